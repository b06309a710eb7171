import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { configFromEnvironment, parseBasicSection } from "./environment-config.js";
import { HuaweiCloudConfigError } from "./errors.js";
import { AK, SK, TOKEN, signatureOf } from "./test-support/signature.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type TestServer } from "./test-support/server.js";

const NAMES = [
  "HUAWEICLOUD_SDK_AK",
  "HUAWEICLOUD_SDK_SK",
  "HUAWEICLOUD_SDK_SECURITY_TOKEN",
  "HUAWEICLOUD_SDK_PROJECT_ID",
  "HUAWEICLOUD_SDK_REGION",
  "HUAWEICLOUD_SDK_CREDENTIALS_FILE",
];
let dir: string;
let server: TestServer | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "hwcloud-env-"));
  // A clean environment, and a credentials file that does not exist unless a test writes it.
  for (const name of NAMES) vi.stubEnv(name, "");
  vi.stubEnv("HUAWEICLOUD_SDK_CREDENTIALS_FILE", "");
  vi.stubEnv("HOME", dir);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

const errorOf = (create: () => unknown) => {
  try {
    create();
  } catch (error) {
    return error as Error;
  }
  throw new Error("no error");
};

describe("client options from the environment (server runtimes)", () => {
  it("takes credentials, project id and region from HUAWEICLOUD_SDK_*, and signs with them", async () => {
    server = await startServer((_req, res) => json(res, 200, { tasks: [], count: 0 }));
    vi.stubEnv("HUAWEICLOUD_SDK_AK", AK);
    vi.stubEnv("HUAWEICLOUD_SDK_SK", SK);
    vi.stubEnv("HUAWEICLOUD_SDK_SECURITY_TOKEN", TOKEN);
    vi.stubEnv("HUAWEICLOUD_SDK_PROJECT_ID", "env-project");
    const client = createTestClient({ endpoint: server.url });
    await client.listTasks();
    const [req] = server.requests;
    expect(req!.path).toBe("/v2/env-project/tasks");
    expect(req!.headers["x-security-token"]).toBe(TOKEN);
    expect(await signatureOf(req!)).toMatchObject({ ok: true });
  });

  it("resolves the region from HUAWEICLOUD_SDK_REGION", () => {
    vi.stubEnv("HUAWEICLOUD_SDK_REGION", "cn-north-4");
    expect(configFromEnvironment("testsvc", { credentials: "none" }).region).toBe("cn-north-4");
    expect(configFromEnvironment("testsvc", { credentials: "none", region: "ap-southeast-1" }).region).toBe(
      "ap-southeast-1",
    );
  });

  it("options win over the environment", () => {
    vi.stubEnv("HUAWEICLOUD_SDK_AK", "ENVAK");
    vi.stubEnv("HUAWEICLOUD_SDK_SK", "envsk");
    vi.stubEnv("HUAWEICLOUD_SDK_PROJECT_ID", "env-project");
    const config = configFromEnvironment("testsvc", { credentials: { ak: AK, sk: SK }, projectId: "mine" });
    expect(config).toMatchObject({ credentials: { ak: AK, sk: SK }, projectId: "mine" });
  });

  it("reads the [basic] section of the credentials file when the variables are not set", async () => {
    const file = join(dir, "creds.ini");
    await writeFile(
      file,
      "# comment\n[other]\nak = WRONG\n\n[basic]\nak = FILEAK\nsk = file-secret\nproject_id = file-project\nsecurity_token = file-token\n",
    );
    vi.stubEnv("HUAWEICLOUD_SDK_CREDENTIALS_FILE", file);
    expect(configFromEnvironment("testsvc", { endpoint: "http://127.0.0.1:1" })).toEqual({
      credentials: { ak: "FILEAK", sk: "file-secret", securityToken: "file-token" },
      projectId: "file-project",
      region: undefined,
    });
  });

  it("finds the default file under ~/.huaweicloud/credentials", async () => {
    const { mkdir } = await import("node:fs/promises");
    await mkdir(join(dir, ".huaweicloud"));
    await writeFile(join(dir, ".huaweicloud", "credentials"), "[basic]\nak=HOMEAK\nsk=home-secret\n");
    expect(configFromEnvironment("testsvc", { endpoint: "http://127.0.0.1:1" }).credentials).toEqual({
      ak: "HOMEAK",
      sk: "home-secret",
    });
  });

  it("with nothing anywhere, createClient() names the option, the variables and the file", () => {
    const error = errorOf(() => createTestClient({} as never));
    expect(error).toBeInstanceOf(HuaweiCloudConfigError);
    expect(error.message).toContain("`credentials`");
    expect(error.message).toContain("HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK");
    expect(error.message).toContain(".huaweicloud/credentials");
  });

  it("half a key pair is an error naming the missing variable, never echoing the other", () => {
    vi.stubEnv("HUAWEICLOUD_SDK_AK", "ENVAK-VISIBLE");
    const error = errorOf(() => createTestClient({ endpoint: "http://127.0.0.1:1" }));
    expect(error.message).toContain("HUAWEICLOUD_SDK_SK is not");
    expect(error.message).not.toContain("ENVAK-VISIBLE");
  });

  it("{ region } alone with credentials in the environment works; without a region it says which variable", () => {
    vi.stubEnv("HUAWEICLOUD_SDK_AK", AK);
    vi.stubEnv("HUAWEICLOUD_SDK_SK", SK);
    expect(() => createTestClient({ region: "cn-north-4" })).not.toThrow();
    expect(errorOf(() => createTestClient({})).message).toContain("HUAWEICLOUD_SDK_REGION");
  });

  it("a named credentials file that does not exist is an error naming the variable", () => {
    vi.stubEnv("HUAWEICLOUD_SDK_CREDENTIALS_FILE", join(dir, "missing"));
    expect(errorOf(() => createTestClient({ endpoint: "http://127.0.0.1:1" })).message).toContain(
      "HUAWEICLOUD_SDK_CREDENTIALS_FILE",
    );
  });

  it("a browser page never reads the environment", () => {
    vi.stubEnv("HUAWEICLOUD_SDK_AK", AK);
    vi.stubEnv("HUAWEICLOUD_SDK_SK", SK);
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", {});
    vi.stubGlobal("navigator", {});
    try {
      const error = errorOf(() => createTestClient({ endpoint: "http://127.0.0.1:1" }));
      expect(error.message).toContain("browser page");
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("parseBasicSection", () => {
  it("reads only the known keys of [basic], case-insensitively, ignoring comments", () => {
    expect(parseBasicSection("[BASIC]\r\nAK = a\r\n; note\nsk=b=c\nregion = x\n[next]\nak = z")).toEqual({
      ak: "a",
      sk: "b=c",
    });
  });
});
