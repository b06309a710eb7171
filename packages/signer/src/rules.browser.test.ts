import { describe, expect, it } from "vitest";
import { defaultBackend, webCryptoBackend } from "./crypto.js";
import { signFetchRequest, signingMiddleware, verifySignature } from "./index.js";
import { defineRuleSuite } from "./test-support/rule-suite.js";

defineRuleSuite(webCryptoBackend());

describe("in the browser", () => {
  it("runs without Node: no process, and the default backend is WebCrypto", () => {
    expect(typeof (globalThis as { process?: unknown }).process).toBe("undefined");
    expect(defaultBackend().name).toBe("webcrypto");
  });

  it("signs a fetch Request through the middleware and verifies it", async () => {
    const middleware = signingMiddleware({ ak: "AK", sk: "SK", securityToken: "tok" });
    const request = new Request("https://h.example:8443/v1/jobs?b=2&a=1", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"a":1}',
    });
    const signed = await middleware.onRequest({ request });
    expect(signed.headers.get("x-security-token")).toBe("tok");
    expect(await verifySignature(signed, (ak) => (ak === "AK" ? "SK" : undefined))).toMatchObject({
      ok: true,
    });
  });

  it("signs a FormData upload as the bytes Chromium will send", async () => {
    const form = new FormData();
    form.set("file", new Blob(["hello"]), "a.txt");
    const signed = await signFetchRequest(
      new Request("https://h.example/upload", { method: "POST", body: form }),
      {
        ak: "AK",
        sk: "SK",
      },
    );
    expect(await verifySignature(signed, () => "SK")).toMatchObject({ ok: true });
  });
});
