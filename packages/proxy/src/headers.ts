/** Credentials and signatures a page might send; the proxy signs itself and never passes these on. */
export const SIGNING_HEADERS = new Set(["authorization", "x-sdk-date", "x-security-token", "x-auth-token"]);
