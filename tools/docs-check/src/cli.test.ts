import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { main } from "./cli.js";
import { sharedDocsDir } from "./repo-paths.js";
import { fixturesDir, root, writeTemp } from "./test-support.js";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    root,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const page = (name: string) => join(fixturesDir, name);

describe("docs-check command", () => {
  it("exits 0 when the pages are in step, listing accepted deviations", async () => {
    const { code, out } = await run(
      "check",
      page("list-widgets.zh.txt"),
      page("show-widget.en.txt"),
      "--specs",
      fixturesDir,
    );
    expect(code).toBe(0);
    expect(out).toContain(
      'accepted  tools/docs-check/fixtures/list-widgets.zh.txt:55  query parameter "colour": enum value "green"',
    );
    expect(out.split("\n").at(-1)).toBe("2 page(s): 0 drift, 1 accepted deviation(s), 0 unread spot(s)");
  });

  it("exits 1 on drift and prints one line per difference with the page line", async () => {
    const text = readFileSync(page("list-widgets.zh.txt"), "utf8").replace("最大值为200", "最大值为300");
    const file = writeTemp("list-widgets.zh.txt", text);
    const { code, out } = await run("check", file, "--specs", fixturesDir);
    expect(code).toBe(1);
    expect(out.split("\n").filter((l) => l.startsWith("  drift"))).toEqual([
      expect.stringMatching(
        /^ {2}drift {5}\S*list-widgets\.zh\.txt:47 {2}query parameter "page_size": maximum: page says 300, spec says 200$/,
      ),
    ]);
  });

  it("checks every .txt page of a folder, going on past a page it cannot read", async () => {
    const { code, out, err } = await run("check", fixturesDir, "--specs", fixturesDir);
    // unreadable.zh.txt documents an operation the fixture spec lacks (drift); no-uri.zh.txt cannot be read.
    expect(code).toBe(1);
    expect(out.split("\n").at(-1)).toBe(
      "4 page(s): 1 drift, 1 accepted deviation(s), 4 unread spot(s), 1 page(s) unreadable",
    );
    expect(err).toMatch(/no-uri\.zh\.txt:4 {2}no URI line/);
  });

  it("exits 2 and names the line when a page cannot be read at all", async () => {
    const { code, err } = await run("check", page("no-uri.zh.txt"), "--specs", fixturesDir);
    expect(code).toBe(2);
    expect(err).toMatch(/no-uri\.zh\.txt:4 {2}no URI line/);
  });

  it("exits 2 with usage on a missing command or page, and on a path that does not exist", async () => {
    expect((await run("draft")).code).toBe(2);
    expect((await run("lint", page("list-widgets.zh.txt"))).err).toMatch(/^usage:/);
    const missing = await run("check", join(fixturesDir, "nope.txt"), "--specs", fixturesDir);
    expect([missing.code, missing.err]).toEqual([2, `not found: ${join(fixturesDir, "nope.txt")}`]);
  });

  it("prints a draft for one page and writes nothing", async () => {
    const before = readdirSync(fixturesDir).sort();
    const { code, out } = await run("draft", page("show-widget.en.txt"));
    expect(code).toBe(0);
    expect(parse(out)).toMatchObject({
      paths: { "/v1/{project_id}/widgets/{widget_id}": { get: { operationId: "ShowWidget" } } },
    });
    expect(readdirSync(fixturesDir).sort()).toEqual(before);
  });

  it("merges a drafted operation into a spec with --into, and names a missing option value", async () => {
    const dir = mkdtempSync(join(tmpdir(), "docs-check-into-"));
    const spec = join(dir, "widgets.yaml");
    writeFileSync(spec, readFileSync(join(fixturesDir, "widgets.yaml"), "utf8"));
    const { code, out } = await run(
      "draft",
      join(fixturesDir, "corpus", "ListPipelines.txt"),
      "--into",
      spec,
    );
    expect(code).toBe(0);
    expect(out).toMatch(/^added GET \/v3\/\{project_id\}\/pipelines to .*widgets\.yaml; review its TODOs/);
    expect(parse(readFileSync(spec, "utf8")).paths["/v3/{project_id}/pipelines"].get.operationId).toBe(
      "ListPipelines",
    );
    const again = await run("draft", join(fixturesDir, "corpus", "ListPipelines.txt"), "--into", spec);
    expect([again.code, again.err]).toEqual([2, expect.stringMatching(/^the spec already has GET/)]);
    const missing = await run("draft", page("show-widget.en.txt"), "--into");
    expect([missing.code, missing.err]).toEqual([2, expect.stringMatching(/^--into needs a value/)]);
  });

  it("runs through the bin script that the root docs:check script calls", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "docs-check-cwd-"));
    const result = spawnSync(
      process.execPath,
      [
        join(root, "tools/docs-check/bin/docs-check.mjs"),
        "check",
        page("show-widget.en.txt"),
        "--specs",
        fixturesDir,
      ],
      { cwd, env: { ...process.env, INIT_CWD: cwd }, encoding: "utf8", timeout: 60_000 },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("-> ShowWidget in");
  }, 60_000);
});

describe("docs-check without a folder: the pages the specs link", () => {
  let server: Server;
  let origin: string;
  const html = readFileSync(join(fixturesDir, "html", "list-widgets.zh.html"), "utf8");

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/api-widgets/ListWidgets.html") return void res.end(html);
      if (req.url === "/api-widgets/Drifted.html")
        return void res.end(html.replace("最大值为200", "最大值为300"));
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** The fixture spec, with ListWidgets linking the given page, in a folder of its own. */
  function specsLinking(url: string): string {
    const spec = parse(readFileSync(join(fixturesDir, "widgets.yaml"), "utf8"));
    spec.paths["/v1/{project_id}/widgets"].get.externalDocs = { url };
    const dir = mkdtempSync(join(tmpdir(), "docs-check-specs-"));
    writeFileSync(join(dir, "widgets.yaml"), stringify(spec));
    return dir;
  }

  it("fetches each linked page, reads its HTML and exits 0 when it is in step", async () => {
    const url = `${origin}/api-widgets/ListWidgets.html`;
    const { code, out, err } = await run("check", "--specs", specsLinking(url));
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain(`${url}: GET /v1/{project_id}/widgets -> ListWidgets in`);
    expect(out.split("\n").at(-1)).toBe("1 page(s): 0 drift, 1 accepted deviation(s), 0 unread spot(s)");
  });

  it("exits 1 on drift in a fetched page, naming the page by its URL", async () => {
    const url = `${origin}/api-widgets/Drifted.html`;
    const { code, out } = await run("check", "--specs", specsLinking(url));
    expect(code).toBe(1);
    expect(out).toMatch(
      /drift {5}http:\/\/127\.0\.0\.1:\d+\/api-widgets\/Drifted\.html:\d+ {2}query parameter "page_size": maximum: page says 300/,
    );
  });

  it("exits 2 naming the page and the operation when a linked page is missing", async () => {
    const { code, err } = await run("check", "--specs", specsLinking(`${origin}/api-widgets/Gone.html`));
    expect(code).toBe(2);
    expect(err).toMatch(/^unread http:\S+\/Gone\.html: HTTP 404 \(linked by ListWidgets in /);
  });

  it("exits 3 with a clear message when the network cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { code, out, err } = await run("check", "--specs", specsLinking(`http://127.0.0.1:${port}/x.html`));
    expect(code).toBe(3);
    expect(out).toBe("");
    expect(err).toMatch(
      /^offline: cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED.*pnpm docs:check \.\.\/shared\/api-docs$/,
    );
  });

  it("exits 2 when no spec links a page", async () => {
    const { code, err } = await run("check", "--specs", fixturesDir);
    expect(code).toBe(2);
    expect(err).toMatch(/no spec operation links a doc page/);
  });

  it("refuses a link to a host that is not Huawei's documentation, before any traffic", async () => {
    const { code, err } = await run("check", "--specs", specsLinking("https://example.com/page.html"));
    expect(code).toBe(2);
    expect(err).toMatch(/example\.com\/page\.html: docs:check fetches only https pages/);
  });
});

describe("sharedDocsDir", () => {
  it("is undefined when no shared/ folder sits beside the repository, so those tests skip", async () => {
    const lonely = join(mkdtempSync(join(tmpdir(), "docs-check-root-")), "repo");
    expect(sharedDocsDir(lonely)).toBeUndefined();
  });
});
