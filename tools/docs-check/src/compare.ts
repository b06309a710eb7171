/** Compares what a page documents with the spec operation of the same method and path. */
import { acceptance, type Difference, type Place, type Report } from "./acceptance.js";
import { bodySchemaView, compareObject, compareValue, yesNo } from "./compare-fields.js";
import { deviationsOf, type DeviationKind } from "./deviations.js";
import type { DocPage } from "./page-model.js";
import { schemaView } from "./schema-view.js";
import {
  escapePointer,
  isObject,
  followRef,
  matchesTemplate,
  type Json,
  type SpecOperation,
} from "./spec-index.js";
import { validateExamples } from "./validate-examples.js";

export type { Difference } from "./acceptance.js";

/** Optional field of the shared ErrorResponse contract that pages often leave out. */
const CONTRACT_ERROR_FIELDS = new Set(["error_ext_msg"]);

export function compareOperation(page: DocPage, target: SpecOperation): Difference[] {
  const operation = target.operation;
  const differences: Difference[] = [];
  const report = (kind: DeviationKind, subject: string, message: string, place: Place, line?: number) =>
    differences.push({ kind, subject, message, line, ...acceptance(kind, place) });

  compareParameters(page, target, report);

  const responses = isObject(operation.responses) ? operation.responses : {};
  for (const docResponse of page.responses) {
    const specResponse = followRef(
      target.spec,
      responses[docResponse.status],
      `${target.pointer}/responses/${docResponse.status}`,
    );
    if (!specResponse || !docResponse.fields) continue;
    const view = bodySchemaView(target.spec, specResponse.node, specResponse.pointer);
    if (!view) continue;
    const isError = Number(docResponse.status) >= 400;
    compareObject(
      target.spec,
      docResponse.fields,
      view,
      `response ${docResponse.status} field `,
      "",
      [...specResponse.chain, operation],
      report,
      {
        ignoreMissing: isError ? CONTRACT_ERROR_FIELDS : new Set(),
        line: docResponse.line,
        compareRequired: false,
      },
    );
  }

  compareRequestBody(page, target, report);
  compareStatuses(page, responses, operation, report);

  for (const failure of validateExamples(page, target)) {
    // A note on the failing value itself (e.g. "declared String, example sends a number") also covers its example.
    const accepted =
      acceptance("example", { own: failure.nodes, around: [operation], name: failure.status }).accepted ??
      failure.leafNodes.flatMap(deviationsOf)[0];
    const subject = failure.status === "request" ? "request example" : `response ${failure.status} example`;
    differences.push({ kind: "example", subject, message: failure.message, line: failure.line, accepted });
  }
  for (const example of page.requestExamplePaths) {
    if (matchesTemplate(example.path, target.path)) continue;
    const place = { own: [], around: [operation], name: "request example" };
    const message = `uses ${example.path}, which is not ${target.method} ${target.path}`;
    const accepted = acceptance("example", place).accepted ?? acceptance("path", place).accepted;
    differences.push({ kind: "example", subject: "request example", message, line: example.line, accepted });
  }
  return differences;
}

function compareRequestBody(page: DocPage, target: SpecOperation, report: Report): void {
  const body = followRef(target.spec, target.operation.requestBody, `${target.pointer}/requestBody`);
  const around = [target.operation];
  const line = page.requestBody?.[0]?.line ?? page.uriLine;
  if (!page.requestBody && !body) return;
  if (!page.requestBody || !body) {
    const message = page.requestBody
      ? "is on the page but not in the spec"
      : "is in the spec but not on the page";
    report("other", "request body", message, { own: body?.chain ?? [], around, name: "request body" }, line);
    return;
  }
  const view = bodySchemaView(target.spec, body.node, body.pointer);
  if (!view) return;
  compareObject(
    target.spec,
    page.requestBody,
    view,
    "request body field ",
    "",
    [...body.chain, ...around],
    report,
    {
      ignoreMissing: new Set(),
      line,
      compareRequired: true,
    },
  );
}

function compareParameters(page: DocPage, target: SpecOperation, report: Report): void {
  const doc = target.spec.doc;
  const pathItem = (doc.paths as Json)[target.path] as Json;
  const specParams = new Map<string, { node: Json; chain: Json[]; pointer: string }>();
  const lists: [unknown, string][] = [
    [pathItem.parameters, `/paths/${escapePointer(target.path)}/parameters`],
    [target.operation.parameters, `${target.pointer}/parameters`],
  ];
  for (const [list, pointer] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((p, i) => {
      const resolved = followRef(target.spec, p, `${pointer}/${i}`);
      if (resolved && typeof resolved.node.name === "string")
        specParams.set(paramKey(String(resolved.node.in), resolved.node.name), resolved);
    });
  }
  const authHeaders = securityHeaders(doc, target.operation);
  const around = [target.operation];
  const seen = new Set<string>();

  for (const param of page.params) {
    const key = paramKey(param.in, param.name);
    seen.add(key);
    const subject = `${param.in} parameter "${param.name}"`;
    const spec = specParams.get(key);
    if (!spec) {
      if (param.in === "header" && authHeaders.has(param.name.toLowerCase())) continue;
      // Content-Type and friends are the transport's job; a spec never lists them as parameters.
      if (param.in === "header" && TRANSPORT_HEADERS.test(param.name)) continue;
      report(
        "other",
        subject,
        "is on the page but not in the spec",
        { own: [], around, name: param.name },
        param.line,
      );
      continue;
    }
    const view = schemaView(target.spec, spec.node.schema, `${spec.pointer}/schema`);
    if (!view) continue;
    const place: Place = { own: [...spec.chain, ...view.nodes], around, name: param.name };
    compareValue(target.spec, param, view, subject, place, report);
    const docRequired = param.in === "path" ? true : param.required;
    const specRequired = spec.node.required === true;
    if (docRequired !== undefined && docRequired !== specRequired) {
      report(
        "required",
        subject,
        `required: page says ${yesNo(docRequired)}, spec says ${yesNo(specRequired)}`,
        place,
        param.line,
      );
    }
    const specFormat = spec.node["x-hwcloud-time-format"];
    if (param.timeFormat !== specFormat && (param.timeFormat !== undefined || specFormat !== undefined)) {
      report(
        "other",
        subject,
        `time format: page says ${param.timeFormat ?? "none"}, spec says ${specFormat ?? "none"}`,
        place,
        param.line,
      );
    }
  }
  for (const [key, spec] of specParams) {
    if (seen.has(key)) continue;
    const subject = `${spec.node.in} parameter "${spec.node.name}"`;
    const place = { own: spec.chain, around, name: String(spec.node.name) };
    // The page no longer has the row; point at the first row of the same kind, or the URI line.
    const line = page.params.find((p) => p.in === spec.node.in)?.line ?? page.uriLine;
    report("other", subject, "is in the spec but not on the page", place, line);
  }
}

function compareStatuses(page: DocPage, responses: Json, operation: Json, report: Report): void {
  const documented = new Map<string, number>();
  for (const s of [...page.statusCodes, ...page.responses, ...page.responseExamples]) {
    if (!documented.has(s.status)) documented.set(s.status, s.line);
  }
  const specStatuses = Object.keys(responses);
  const explicit = new Set(specStatuses.filter((s) => /^\d{3}$/.test(s)));
  const ranges = new Set(specStatuses.filter((s) => /^\dXX$/i.test(s)).map((s) => s[0]));
  for (const [status, line] of documented) {
    if (explicit.has(status) || ranges.has(status[0])) continue;
    report(
      "other",
      `status ${status}`,
      "is on the page but not in the spec's responses",
      { own: [], around: [operation], name: status },
      line,
    );
  }
  const statusTableLine = page.statusCodes[0]?.line ?? page.uriLine;
  for (const status of explicit) {
    if (documented.has(status)) continue;
    const place = {
      own: [isObject(responses[status]) ? (responses[status] as Json) : {}],
      around: [operation],
      name: status,
    };
    report(
      "other",
      `status ${status}`,
      "is in the spec's responses but not on the page",
      place,
      statusTableLine,
    );
  }
}

const TRANSPORT_HEADERS = /^(content-type|content-length|host|accept)$/i;

/** Header names the spec covers with security schemes (e.g. X-Auth-Token for iamToken). */
function securityHeaders(doc: Json, operation: Json): Set<string> {
  const requirements = (Array.isArray(operation.security) ? operation.security : doc.security) as
    | unknown[]
    | undefined;
  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes)
      ? doc.components.securitySchemes
      : {};
  const headers = new Set<string>();
  for (const requirement of requirements ?? []) {
    if (!isObject(requirement)) continue;
    for (const name of Object.keys(requirement)) {
      const scheme = schemes[name];
      if (
        isObject(scheme) &&
        scheme.type === "apiKey" &&
        scheme.in === "header" &&
        typeof scheme.name === "string"
      )
        headers.add(scheme.name.toLowerCase());
    }
  }
  return headers;
}

function paramKey(location: string, name: string): string {
  return `${location}:${location === "header" ? name.toLowerCase() : name}`;
}
