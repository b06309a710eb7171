/**
 * What the generator knows about a service, emitted as data into each service package
 * (packages/<service>/src/generated/descriptor.ts) and read by the shared runtime.
 * Every field comes from specs/<service>.yaml; nothing here is written by hand per service.
 */
export interface ServiceDescriptor {
  /** Spec file name without extension, e.g. "dcs", "gaussdb-mysql". */
  readonly service: string;
  /** Region id -> endpoint origin, e.g. { "cn-north-4": "https://dcs.cn-north-4.myhuaweicloud.com" } (from `x-hwcloud-regions`). */
  readonly regions: Readonly<Record<string, string>>;
  /** Keyed by the lower camelCase method name, e.g. "listCenterTask". */
  readonly operations: Readonly<Record<string, OperationDescriptor>>;
  /** Keyed by waiter method name, e.g. "waitForJob" (from `x-hwcloud-waiter`). */
  readonly waiters?: Readonly<Record<string, WaiterDescriptor>>;
}

export interface OperationDescriptor {
  /** Huawei's operation name, e.g. "ListCenterTask". */
  readonly operationId: string;
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";
  /** OpenAPI path template, e.g. "/v2/{project_id}/jobs/{job_id}". */
  readonly path: string;
  /** From `x-hwcloud-pagination` on the operation; absent when the operation does not page. */
  readonly pagination?: PaginationDescriptor;
  /** Query parameter name -> format (from `x-hwcloud-time-format` on the parameter). */
  readonly timeFormats?: Readonly<Record<string, TimeFormat>>;
}

/**
 * How a list operation pages. `unit: "item"` means the offset parameter counts items (next = offset + items
 * received); `unit: "page"` means it counts pages (next = offset + 1).
 */
export interface PaginationDescriptor {
  readonly offsetParam: string;
  readonly limitParam: string;
  readonly unit: "item" | "page";
  /** The offset of the first page: 0 or 1. */
  readonly first: number;
  /** Response field that holds the page's items. */
  readonly items: string;
  /** Response field that holds the total item count (number or numeric string), when the service sends one. */
  readonly total?: string;
  /** The page size the service uses when none is sent. */
  readonly defaultLimit?: number;
  readonly maxLimit?: number;
  /** When the service accepts only some page sizes (GaussDB: 10, 20, 50). */
  readonly limitValues?: readonly number[];
}

/**
 * Date formatting patterns for time parameters, written as the docs write them.
 * Tokens: yyyy MM dd HH mm ss (UTC) and Z (offset as +0000); other characters are literal.
 */
export type TimeFormat = string;

/** Polls an operation until a field reaches a final value (from `x-hwcloud-waiter` on the polled operation). */
export interface WaiterDescriptor {
  /** Method name of the polled operation, e.g. "showJobInfo". */
  readonly operation: string;
  /** Path parameter that takes the waited-for id, e.g. "job_id". */
  readonly idParam: string;
  /** Response field holding the state, e.g. "status". */
  readonly statusField: string;
  readonly success: readonly string[];
  readonly failure: readonly string[];
  /** Response field with the failure reason, e.g. "fail_reason". */
  readonly reasonField?: string;
}
