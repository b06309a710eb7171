import { BRAND, HuaweiCloudError, type HuaweiCloudErrorDetails } from "./errors.js";

export interface WaiterErrorDetails extends HuaweiCloudErrorDetails {
  waiter: string;
  /** The last state seen, e.g. "FAILED". */
  state?: string;
  /** The service's reason for the failure (the descriptor's reasonField, e.g. `fail_reason`). */
  failReason?: string;
  /** True when the deadline passed before a final state. */
  timedOut: boolean;
  /** The last polled response body. */
  lastResult?: unknown;
}

/** A waiter ended without success: the resource reached a failure state, or the deadline passed. */
export class WaiterError extends HuaweiCloudError {
  static override readonly [BRAND]: string = "WaiterError";
  override name = "WaiterError";
  override readonly kind = "waiter";
  readonly waiter: string;
  readonly state: string | undefined;
  readonly failReason: string | undefined;
  readonly timedOut: boolean;
  readonly lastResult: unknown;

  constructor(message: string, details: WaiterErrorDetails) {
    super(message, details);
    this.waiter = details.waiter;
    this.state = details.state;
    this.failReason = details.failReason;
    this.timedOut = details.timedOut;
    this.lastResult = details.lastResult;
  }
}
