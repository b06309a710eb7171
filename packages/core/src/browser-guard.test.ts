import { afterEach, describe, expect, it, vi } from "vitest";
import { isBrowserPage } from "./browser-guard.js";
import { HuaweiCloudConfigError } from "./errors.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type TestServer } from "./test-support/server.js";
import { AK, SK, TOKEN } from "./test-support/signature.js";

let server: TestServer | undefined;
afterEach(async () => {
  vi.unstubAllGlobals();
  await server?.close();
  server = undefined;
});

function pretendBrowser() {
  vi.stubGlobal("window", {});
  vi.stubGlobal("document", {});
  vi.stubGlobal("navigator", {});
}

const endpoint = "http://127.0.0.1:1";

describe("browser guard", () => {
  it("does not see a browser in Node", () => {
    expect(isBrowserPage()).toBe(false);
    expect(() => createTestClient({ endpoint, credentials: { ak: AK, sk: SK } })).not.toThrow();
  });

  it("refuses a permanent AK/SK in a browser page, pointing to the proxy and temporary credentials", () => {
    pretendBrowser();
    expect(isBrowserPage()).toBe(true);
    const create = () => createTestClient({ endpoint, credentials: { ak: AK, sk: SK } });
    expect(create).toThrow(HuaweiCloudConfigError);
    expect(create).toThrow(/@hwcloud\/proxy/);
    expect(create).toThrow(/securityToken/);
    expect(create).toThrow(/dangerouslyAllowBrowser: true/);
    expect(create).not.toThrow(SK);
  });

  it.each([
    ["temporary credentials", { credentials: { ak: AK, sk: SK, securityToken: TOKEN } }],
    ["an explicit opt-in", { credentials: { ak: AK, sk: SK }, dangerouslyAllowBrowser: true }],
    ['credentials "none" (a signing proxy)', { credentials: "none" }],
    ["an IAM token", { credentials: { iamToken: "t" } }],
  ])("allows %s in a browser page", (_name, options) => {
    pretendBrowser();
    expect(() => createTestClient({ endpoint, ...(options as { credentials: "none" }) })).not.toThrow();
  });

  it("refuses a provider that returns permanent keys in a browser page, before sending", async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    pretendBrowser();
    const client = createTestClient({
      endpoint: server.url,
      projectId: "p",
      credentials: async () => ({ ak: AK, sk: SK }),
    });
    await expect(client.listTasks()).rejects.toThrow(/@hwcloud\/proxy/);
    expect(server.requests).toHaveLength(0);
  });
});
