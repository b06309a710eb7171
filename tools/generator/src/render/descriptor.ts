import type { ServiceModel } from "../model-types.js";
import { tsHeader } from "./header.js";

/**
 * descriptor.ts: the service as data for the @hwcloud/core runtime (ServiceDescriptor), printed in
 * prettier's layout except for over-long lines (the caller formats the members holding those).
 */
export function renderDescriptor(model: ServiceModel): string {
  const operations = Object.fromEntries(
    model.operations.map((operation) => [
      operation.methodName,
      {
        operationId: operation.operationId,
        method: operation.method,
        path: operation.path,
        ...(operation.pagination === undefined ? {} : { pagination: operation.pagination }),
        ...(Object.keys(operation.timeFormats).length === 0 ? {} : { timeFormats: operation.timeFormats }),
      },
    ]),
  );
  const waiters = Object.fromEntries(
    model.waiters.map(({ name, operation, idParam, statusField, success, failure, reasonField }) => [
      name,
      {
        operation,
        idParam,
        statusField,
        success,
        failure,
        ...(reasonField === undefined ? {} : { reasonField }),
      },
    ]),
  );
  const descriptor = {
    service: model.service,
    regions: model.regions,
    operations,
    ...(model.waiters.length === 0 ? {} : { waiters }),
  };
  return [
    tsHeader(`specs/${model.specFile}`),
    `import type { ServiceDescriptor } from "@hwcloud/core";`,
    ``,
    `/** What the runtime needs to know about ${model.title}: endpoints, operations, paging, time formats, waiters. */`,
    `export const descriptor = ${printValue(descriptor, "")} as const satisfies ServiceDescriptor;`,
    ``,
  ].join("\n");
}

/**
 * An object literal as prettier prints it: objects one property per line, identifier keys unquoted, arrays
 * of scalars on one line (prettier keeps them there while the line fits).
 */
function printValue(value: unknown, indent: string): string {
  if (typeof value === "string") return printString(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.some((item) => typeof item === "object" && item !== null)) {
      return `[${value.map((item) => printValue(item, inner)).join(", ")}]`;
    }
    return `[\n${value.map((item) => `${inner}${printValue(item, inner)},\n`).join("")}${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([key, item]) => `${inner}${printKey(key)}: ${printValue(item, inner)},\n`);
  return `{\n${lines.join("")}${indent}}`;
}

const printKey = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : printString(key));

/** Prettier's quotes: double, unless the text holds more double quotes than single ones. */
function printString(text: string): string {
  const quoted = JSON.stringify(text);
  const count = (quote: string) => text.split(quote).length - 1;
  if (count('"') <= count("'")) return quoted;
  const body = quoted
    .slice(1, -1)
    .replace(/\\(.)|'/g, (match, escaped?: string) =>
      escaped === '"' ? '"' : escaped === undefined ? "\\'" : match,
    );
  return `'${body}'`;
}
