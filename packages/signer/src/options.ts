import { SignerError } from "./errors.js";

/**
 * The signer's one check for numeric options: a value that is given must be a finite number (NaN would make
 * every comparison false, which for a verifier means accepting any date), at least `min`. Throws
 * SignerError("invalid_option") naming the option; strings are refused, never coerced.
 */
export function checkNumberOption(name: string, value: unknown, min = 0): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
    const range = min === Number.NEGATIVE_INFINITY ? "a finite number" : `a finite number >= ${min}`;
    throw new SignerError("invalid_option", `${name} must be ${range}`);
  }
  return value;
}
