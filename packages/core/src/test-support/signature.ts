import { verifySignature } from "@hwcloud/signer";
import type { SeenRequest } from "./server.js";

export const AK = "TESTAK0000000000EXAMPLE";
export const SK = "test-secret-key-never-printed-0123456789";
export const TOKEN = "security-token-never-printed";

/** Checks a recorded request's SDK-HMAC-SHA256 signature against SK, as the cloud would. */
export async function signatureOf(request: SeenRequest, now?: number) {
  return verifySignature(
    { method: request.method, url: request.url, headers: request.headers, body: request.body },
    (ak) => (ak === AK ? SK : undefined),
    now === undefined ? {} : { now },
  );
}
