/**
 * pnpm docs:check                         fetch the page each spec operation links (externalDocs) and compare
 * pnpm docs:check <page | folder>...      compare saved pages (.txt text or .html) with specs/
 * pnpm docs:draft <page | url>            print a draft OpenAPI 3.1 spec for the page; writes nothing
 * pnpm docs:draft <page | url> --into specs/<service>.yaml   merge the drafted operation into that spec
 *
 * Exit codes: 0 every page in step, 1 drift, 2 a page or the command line cannot be read, 3 offline (the
 * linked pages cannot be fetched because the network is unreachable).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { checkPageText, drift, type PageCheck } from "./check.js";
import { docLinks } from "./doc-links.js";
import { DraftMergeError, draftYaml, mergeDraft } from "./draft-spec.js";
import { OfflineError, PageFetchError, fetchPage } from "./fetch-page.js";
import { displayName, formatCheck } from "./format-report.js";
import { htmlToPageText } from "./html-text.js";
import { PageParseError } from "./page-model.js";
import { parsePage } from "./parse-page.js";
import { repoRoot } from "./repo-paths.js";
import { loadSpecs, type SpecDocument } from "./spec-index.js";

const USAGE = [
  "usage: docs-check check [<page.txt | page.html | folder>...] [--specs <dir>]",
  "       docs-check draft <page.txt | page.html | url> [--into <spec.yaml>] [--service <name>]",
  "With no page, check fetches the page each spec operation links in externalDocs.",
].join("\n");

export const EXIT = { inStep: 0, drift: 1, unreadable: 2, offline: 3 } as const;

type Out = (s: string) => void;

export async function main(argv: string[], cwd: string, out: Out, err: Out): Promise<number> {
  const [command, ...args] = argv;
  const flags = readFlags(args, ["--specs", "--into", "--service"]);
  if (typeof flags === "string") {
    err(`${flags}\n${USAGE}`);
    return EXIT.unreadable;
  }
  const { values, inputs } = flags;
  const specsDir = values["--specs"] ? resolve(cwd, values["--specs"]) : join(repoRoot(), "specs");
  if ((command !== "check" && command !== "draft") || (command === "draft" && inputs.length === 0)) {
    err(USAGE);
    return EXIT.unreadable;
  }
  try {
    if (command === "draft") {
      if (inputs.length !== 1) {
        err("docs:draft takes exactly one page");
        return EXIT.unreadable;
      }
      return await draft(inputs[0]!, values["--into"], values["--service"], cwd, out, err);
    }
    const specs = await loadSpecs(specsDir);
    if (inputs.length === 0) return await checkLinkedPages(specs, cwd, out, err);
    const files = inputs.flatMap((input) => pageFiles(resolve(cwd, input)));
    if (files.length === 0) {
      err(`no .txt or .html pages in ${inputs.join(", ")}`);
      return EXIT.unreadable;
    }
    return report(
      files.map((file) => () => checkPageText(readPage(file), file, specs)),
      cwd,
      out,
      err,
    );
  } catch (error) {
    if (error instanceof PageParseError) {
      for (const p of error.problems) err(`unread ${displayName(error.source, cwd)}:${p.line}  ${p.message}`);
      return EXIT.unreadable;
    }
    if (error instanceof DraftMergeError || error instanceof PageFetchError) {
      err(error.message);
      return EXIT.unreadable;
    }
    if (error instanceof OfflineError) {
      err(`offline: ${error.message}; save the page and draft from the file instead`);
      return EXIT.offline;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      err(`not found: ${(error as NodeJS.ErrnoException).path}`);
      return EXIT.unreadable;
    }
    throw error;
  }
}

/** Drafts one page (a file or a doc URL): prints a whole spec, or merges the operation into --into's spec. */
async function draft(
  input: string,
  into: string | undefined,
  service: string | undefined,
  cwd: string,
  out: Out,
  err: Out,
): Promise<number> {
  const isUrl = /^https?:\/\//.test(input);
  const source = isUrl ? input : resolve(cwd, input);
  const text = isUrl ? htmlToPageText((await fetchPage(input)).html) : readPage(source);
  const { page, problems } = parsePage(text, source);
  for (const p of problems) err(`unread ${displayName(source, cwd)}:${p.line}  ${p.message}`);
  if (!into) {
    out(draftYaml(page, problems, service));
    return EXIT.inStep;
  }
  const specFile = resolve(cwd, into);
  const specService = service ?? basename(specFile).replace(/\.ya?ml$/, "");
  writeFileSync(specFile, mergeDraft(readFileSync(specFile, "utf8"), page, specService));
  out(
    `added ${page.method} ${page.path} to ${relative(cwd, specFile)}; review its TODOs, then run ` +
      "pnpm --filter @hwcloud-tools/specs lint and pnpm generate",
  );
  return EXIT.inStep;
}

/** Splits `--flag value` pairs from the positional arguments; a flag without its value is an error. */
function readFlags(
  args: string[],
  names: string[],
): { values: Record<string, string | undefined>; inputs: string[] } | string {
  const values: Record<string, string | undefined> = {};
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--")) {
      inputs.push(arg);
      continue;
    }
    if (!names.includes(arg)) return `unknown option ${arg}`;
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) return `${arg} needs a value`;
    values[arg] = value;
    i++;
  }
  return { values, inputs };
}

async function checkLinkedPages(specs: SpecDocument[], cwd: string, out: Out, err: Out): Promise<number> {
  const links = docLinks(specs);
  if (links.length === 0) {
    err("no spec operation links a doc page (externalDocs.url); pass saved pages or a folder instead");
    return EXIT.unreadable;
  }
  const pages: (() => PageCheck)[] = [];
  let failed = 0;
  for (const link of links) {
    try {
      const { html } = await fetchPage(link.url);
      pages.push(() => checkPageText(htmlToPageText(html), link.url, specs));
    } catch (error) {
      if (error instanceof OfflineError) {
        err(
          `offline: ${error.message}. docs:check without a folder fetches the ${links.length} page(s) the specs ` +
            "link in externalDocs; with no network, check saved copies instead: pnpm docs:check ../shared/api-docs",
        );
        return EXIT.offline;
      }
      if (!(error instanceof PageFetchError)) throw error;
      failed++;
      err(
        `unread ${error.message} (linked by ${link.operationId ?? "an operation"} in ${relative(cwd, link.spec.file)})`,
      );
    }
  }
  return report(pages, cwd, out, err, failed);
}

/** Runs each page check, prints the report and the summary line, and returns the exit code. */
function report(checks: (() => PageCheck)[], cwd: string, out: Out, err: Out, failedPages = 0): number {
  const done: PageCheck[] = [];
  let unreadablePages = failedPages;
  for (const check of checks) {
    try {
      done.push(check());
    } catch (error) {
      if (!(error instanceof PageParseError)) throw error;
      unreadablePages++;
      for (const p of error.problems) err(`unread ${displayName(error.source, cwd)}:${p.line}  ${p.message}`);
    }
  }
  for (const check of done) for (const line of formatCheck(check, cwd)) out(line);
  const drifted = done.reduce((n, c) => n + drift(c).length, 0);
  const accepted = done.reduce((n, c) => n + c.differences.length - drift(c).length, 0);
  const unread = done.reduce((n, c) => n + c.problems.length, 0);
  const skipped = unreadablePages > 0 ? `, ${unreadablePages} page(s) unreadable` : "";
  out(
    `${done.length} page(s): ${drifted} drift, ${accepted} accepted deviation(s), ${unread} unread spot(s)${skipped}`,
  );
  if (drifted > 0) return EXIT.drift;
  return unreadablePages > 0 ? EXIT.unreadable : EXIT.inStep;
}

/** A saved page: text as copied from the browser, or the page's HTML (.html/.htm). */
export function readPage(file: string): string {
  const text = readFileSync(file, "utf8");
  return /\.html?$/i.test(file) ? htmlToPageText(text) : text;
}

function pageFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => /\.(txt|html?)$/i.test(f))
    .sort()
    .map((f) => join(path, f));
}
