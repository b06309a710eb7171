/**
 * What a sender (the node:http one or the fetch one) is handed for one attempt and hands back. Headers go out
 * as a plain record with lower-case names: no `Headers` object is built on the way out.
 */
export interface WireRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array<ArrayBuffer> | undefined;
  /** The caller's signals; any of them firing ends the attempt. */
  readonly signals: readonly AbortSignal[];
  /** Per-attempt deadline in milliseconds covering the whole body; 0 or Infinity for none. */
  readonly timeout: number;
  readonly maxResponseBytes: number;
  /** fetch only: a caller's explicit `credentials` mode (raw calls built from a Request). */
  readonly credentials?: RequestCredentials | undefined;
}

/**
 * An answer's headers. `get` reads one by lower-case name as `Headers.get` does (null when absent) without
 * building a `Headers` object: the node:http sender reads Node's own header record. `all()` builds the
 * `Headers` object on first use, for what hands headers to the caller (withResponse, errors, raw calls).
 */
export interface AnswerHeaders {
  get(name: string): string | null;
  all(): Headers;
}

/** An answer read to its end (so the timeout covered the body). */
export interface WireAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: AnswerHeaders;
  /** Where the answer came from; differs from the request URL only when a caller's fetch followed a redirect. */
  readonly url: string;
  readonly redirected: boolean;
  readonly type: ResponseType;
  readonly body: Uint8Array<ArrayBuffer>;
}

export type Sender = (request: WireRequest) => Promise<WireAnswer>;

/** Thrown by a sender when the attempt's timeout elapsed; the transport turns it into the typed error. */
export class AttemptTimedOut extends Error {
  override name = "AttemptTimedOut";
}

/** Whether the timeout is a real deadline (0 and Infinity mean none). */
export function hasDeadline(timeout: number): boolean {
  return timeout > 0 && Number.isFinite(timeout);
}
