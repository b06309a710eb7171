import { MAX_LEARNED_CLOCK_OFFSET_MS, MIN_CLOCK_CORRECTION_MS } from "./defaults.js";

/** The client's view of server time: local clock plus an offset, learned or set by the caller. */
export class Clock {
  constructor(public offsetMs = 0) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

/** A 401/403 whose body says the signature or request expired: the symptom of a skewed clock. */
export function isExpiredRejection(status: number, bodyText: string): boolean {
  return (status === 401 || status === 403) && /expired/i.test(bodyText);
}

/** Reads "20190213T073722Z" (the X-Sdk-Date form) or anything Date.parse accepts. */
export function parseServerTime(value: string): number | undefined {
  const basic = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim());
  const ms = basic
    ? Date.UTC(+basic[1]!, +basic[2]! - 1, +basic[3]!, +basic[4]!, +basic[5]!, +basic[6]!)
    : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

// No nested or lazy quantifiers: each group runs up to a delimiter it cannot contain, so matching is linear
// (the earlier `([^,;"]+?)\s*,` form took seconds on a few KB of spaces). Values are trimmed afterwards.
const GATEWAY_SKEW = /signature time:([^,;"]*),\s*server time:([^,;"}]*)/i;
/** The gateway's message is short; a longer body is not scanned past this many characters. */
const MAX_SCANNED_CHARS = 4096;

/**
 * The offset to use after an "expired" rejection, or undefined when no usable correction is found.
 * Prefers the response's Date header; falls back to the gateway's message
 * "signature expired, signature time: <t>, server time: <t>" (browsers cannot read Date cross-origin
 * unless the server exposes it). An offset beyond `MAX_LEARNED_CLOCK_OFFSET_MS` is not learned (see
 * there why): the "expired" error then reaches the caller, who can fix the clock or set clockOffsetMs.
 */
export function correctedOffset(
  headers: Pick<Headers, "get">,
  bodyText: string,
  currentOffsetMs: number,
  receivedAt: number,
): number | undefined {
  const serverDate = headers.get("date");
  const fromHeader = serverDate === null ? undefined : parseServerTime(serverDate);
  let offset: number | undefined;
  if (fromHeader !== undefined) {
    offset = fromHeader - receivedAt;
  } else {
    const match = GATEWAY_SKEW.exec(bodyText.slice(0, MAX_SCANNED_CHARS));
    const signedAt = match && parseServerTime(match[1]!.trim());
    const serverAt = match && parseServerTime(match[2]!.trim());
    if (typeof signedAt === "number" && typeof serverAt === "number") {
      offset = currentOffsetMs + (serverAt - signedAt);
    }
  }
  if (offset === undefined || Math.abs(offset - currentOffsetMs) < MIN_CLOCK_CORRECTION_MS) return undefined;
  if (Math.abs(offset) > MAX_LEARNED_CLOCK_OFFSET_MS) return undefined;
  return offset;
}
