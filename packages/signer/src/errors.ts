/** Machine-readable reasons a signing call can fail. */
export type SignerErrorCode =
  | "invalid_credentials"
  | "credentials_unavailable"
  | "invalid_url"
  | "invalid_method"
  | "invalid_header"
  | "invalid_date"
  | "unsupported_body"
  | "invalid_option";

/**
 * The only error this package throws. Messages name what is wrong, never a secret value:
 * no SK, security token or Authorization header ever ends up in `message`.
 */
export class SignerError extends Error {
  override readonly name = "SignerError";
  readonly code: SignerErrorCode;

  constructor(code: SignerErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
