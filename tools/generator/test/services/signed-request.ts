import { verifySignature } from "@hwcloud/signer";
import { expect } from "vitest";
import type { RecordedRequest } from "./recording-server.js";

export const credentials = { ak: "AKTESTEXAMPLE0000001", sk: "sk-test-secret-never-logged" };
export const projectId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

/**
 * Asserts what every signed call carries: an SDK-HMAC-SHA256 Authorization over at least host and
 * X-Sdk-Date that the server can verify with the SK, X-Sdk-Date, and X-Project-Id from the client options.
 */
export async function expectSignedByTestCredentials(origin: string, request: RecordedRequest): Promise<void> {
  const { authorization, "x-sdk-date": sdkDate, "x-project-id": projectHeader } = request.headers;
  expect(authorization).toMatch(
    new RegExp(
      `^SDK-HMAC-SHA256 Access=${credentials.ak}, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$`,
    ),
  );
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(String(authorization))?.[1]?.split(";");
  expect(signedHeaders).toEqual(expect.arrayContaining(["host", "x-sdk-date"]));
  expect(sdkDate).toMatch(/^\d{8}T\d{6}Z$/);
  expect(projectHeader).toBe(projectId);
  expect(request.headers["x-auth-token"]).toBeUndefined();
  const verdict = await verifySignature(
    {
      method: request.method,
      url: `${origin}${request.target}`,
      headers: request.headers,
      body: request.body,
    },
    (ak) => (ak === credentials.ak ? credentials.sk : undefined),
  );
  expect(verdict).toMatchObject({ ok: true, ak: credentials.ak });
}
