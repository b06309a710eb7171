import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DEMO_CREDENTIALS,
  DEMO_PROJECT_ID,
  startMockCloud,
  type RunningMockCloud,
} from "@hwcloud/mock-cloud";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT, runCurl } from "./run-curl.js";

let cloud: RunningMockCloud;
beforeAll(async () => {
  cloud = await startMockCloud({ dataset: "seeded" });
});
afterAll(() => cloud.close());

const demoEnv = {
  HUAWEICLOUD_SDK_AK: DEMO_CREDENTIALS.ak,
  HUAWEICLOUD_SDK_SK: DEMO_CREDENTIALS.sk,
  HUAWEICLOUD_SDK_PROJECT_ID: DEMO_PROJECT_ID,
};

async function curl(argv: string[], env: Record<string, string | undefined> = demoEnv) {
  let stdout = "";
  let stderr = "";
  const decoder = new TextDecoder();
  const code = await runCurl(argv, {
    env,
    stdout: { write: (chunk) => (stdout += typeof chunk === "string" ? chunk : decoder.decode(chunk)) },
    stderr: { write: (chunk) => (stderr += chunk) },
  });
  return { code, stdout, stderr };
}

describe("hwcloud-curl against the mock cloud", () => {
  it("signs a GET with the HUAWEICLOUD_SDK_* keys and prints the JSON answer", async () => {
    const { code, stdout, stderr } = await curl(["GET", `${cloud.url}/v2/${DEMO_PROJECT_ID}/tasks?limit=2`]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(stdout).tasks).toHaveLength(2);
  });

  it("fills {project_id} from HUAWEICLOUD_SDK_PROJECT_ID", async () => {
    const { code, stdout } = await curl([`${cloud.url}/v2/{project_id}/tasks?limit=1`]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).tasks).toHaveLength(1);
  });

  it("-i prints the status line and headers before the body", async () => {
    const { stdout } = await curl(["-i", `${cloud.url}/v2/{project_id}/tasks?limit=1`]);
    expect(stdout).toMatch(/^HTTP 200 OK\n/);
    expect(stdout).toMatch(/\nx-request-id: [0-9a-f]+\n/);
    expect(stdout.split("\n\n")[1]).toMatch(/^\{/);
  });

  it("-H headers are sent and signed (the mock verifies every signed header)", async () => {
    const { code, stderr } = await curl([
      "-v",
      "-H",
      "X-Language: en-us",
      `${cloud.url}/v2/{project_id}/tasks`,
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/SignedHeaders=host;x-language;x-sdk-date/);
  });

  it("-d sends a body as JSON with POST, signed over the body", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "hwcloud-curl-")), "body.json");
    writeFileSync(file, JSON.stringify({ any: "thing" }));
    const inline = await curl(["-v", "-d", '{"any":"thing"}', `${cloud.url}/v2/{project_id}/tasks`]);
    const fromFile = await curl(["-v", "-d", `@${file}`, `${cloud.url}/v2/{project_id}/tasks`]);
    for (const run of [inline, fromFile]) {
      expect(run.stderr).toMatch(/^> POST \/v2\/\w+\/tasks$/m);
      expect(run.stderr).toMatch(/^> content-type: application\/json$/m);
      // The mock has no POST /tasks: a signed, validated request reaching routing gets 404, an unsigned one 401.
      expect(run.stdout).not.toMatch(/APIGW\.0301/);
    }
  });

  it("a wrong key is the gateway's 401 on stdout, exit 0 as curl; -f makes it exit 22", async () => {
    const env = { ...demoEnv, HUAWEICLOUD_SDK_SK: "not-the-demo-secret" };
    const plain = await curl([`${cloud.url}/v2/{project_id}/tasks`], env);
    expect(plain.code).toBe(EXIT.ok);
    expect(plain.stdout).toMatch(/APIGW\.0301/);
    expect((await curl(["-f", `${cloud.url}/v2/{project_id}/tasks`], env)).code).toBe(EXIT.httpError);
  });
});

describe("hwcloud-curl never prints a secret", () => {
  it("verbose output redacts the signature and the security token, and never shows the SK", async () => {
    const env = { ...demoEnv, HUAWEICLOUD_SDK_SECURITY_TOKEN: "secret-session-token-value" };
    const { stdout, stderr } = await curl(["-v", "-i", `${cloud.url}/v2/{project_id}/tasks?limit=1`], env);
    const printed = stdout + stderr;
    expect(stderr).toMatch(/Signature=\[REDACTED\]/);
    expect(stderr).toMatch(/^> x-security-token: \[REDACTED\]$/m);
    for (const secret of [DEMO_CREDENTIALS.sk, "secret-session-token-value"])
      expect(printed).not.toContain(secret);
    expect(stderr).not.toMatch(/Signature=[0-9a-f]{16}/);
  });
});

describe("hwcloud-curl refuses bad input before any traffic", () => {
  it.each([
    ["no URL", [], /give one URL/],
    ["a relative URL", ["/v2/tasks"], /not an absolute URL/],
    ["an unknown option", ["--insecure", "https://x.test/"], /unknown option --insecure/],
    ["a header without a colon", ["-H", "X-Bad", "https://x.test/"], /-H needs "Name: value"/],
    ["a header value with a line break", ["-H", "X-A: b\r\nX-Injected: c", "https://x.test/"], /line break/],
    ["an unknown method", ["FETCH", "https://x.test/"], /unknown method FETCH/],
    ["credentials in the URL", ["https://user:pw@x.test/"], /user name or password/],
    ["a bad --max-time", ["-m", "forever", "https://x.test/"], /--max-time/],
  ])("%s", async (_name, argv, message) => {
    const { code, stderr } = await curl(argv as string[]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(message);
  });

  it("names the missing variable when no keys are set", async () => {
    const { code, stderr } = await curl([`${cloud.url}/v2/p/tasks`], {});
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/HUAWEICLOUD_SDK_AK is not set/);
  });

  it("says {project_id} needs HUAWEICLOUD_SDK_PROJECT_ID", async () => {
    const { stderr } = await curl([`${cloud.url}/v2/{project_id}/tasks`], {
      ...demoEnv,
      HUAWEICLOUD_SDK_PROJECT_ID: undefined,
    });
    expect(stderr).toMatch(/HUAWEICLOUD_SDK_PROJECT_ID is not set/);
  });

  it("an unreachable endpoint is exit 7 with the origin named", async () => {
    const { code, stderr } = await curl(["http://127.0.0.1:9/v2/p/tasks"]);
    expect(code).toBe(EXIT.couldNotConnect);
    expect(stderr).toMatch(/could not reach http:\/\/127\.0\.0\.1:9/);
  });
});
