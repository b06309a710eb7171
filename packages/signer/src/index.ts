export {
  signHeaders,
  signRequest,
  signFetchRequest,
  canonicalRequest,
  type SignOptions,
  type SignedHeaders,
} from "./sign.js";
export { signCheckedRequest, type CheckedRequest } from "./sign-checked.js";
export { signingMiddleware, type SigningMiddleware, type SigningMiddlewareOptions } from "./middleware.js";
export {
  verifySignature,
  type SecretLookup,
  type VerifyFailureReason,
  type VerifyOptions,
  type VerifyResult,
} from "./verify.js";
export {
  CREDENTIAL_ENV_VARS,
  RedactedCredentials,
  checkCredentials,
  fromEnv,
  refreshingCredentials,
  resolveCredentials,
  staticCredentials,
  type Credentials,
  type CredentialsProvider,
  type CredentialsSource,
  type ExpiringCredentials,
  type RefreshingCredentialsOptions,
} from "./credentials.js";
export { SignerError, type SignerErrorCode } from "./errors.js";
export type { HeadersLike, SignableBody, SignableRequest } from "./request.js";
export type { SignatureParts } from "./signature.js";
