/** Checks the page's JSON examples against the spec's body schemas with JSON Schema 2020-12. */
import {
  createSpecSchemaValidator,
  type OpenApiDocument,
  type SpecSchemaValidator,
} from "@hwcloud-tools/spec-model";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import type { DocPage } from "./page-model.js";
import { schemaView, type SchemaView } from "./schema-view.js";
import { followRef, isObject, type Json, type SpecDocument, type SpecOperation } from "./spec-index.js";

export interface ExampleFailure {
  /** The response status, or "request" for a request body example. */
  status: string;
  line: number;
  message: string;
  /** Schema nodes from the body schema down to the failing value. */
  nodes: Json[];
  /** Schema nodes of the failing value itself. */
  leafNodes: Json[];
}

const validators = new WeakMap<SpecDocument, SpecSchemaValidator>();

function validatorFor(spec: SpecDocument, pointer: string): ValidateFunction {
  let validator = validators.get(spec);
  if (!validator) {
    validator = createSpecSchemaValidator(spec.file, spec.doc as unknown as OpenApiDocument);
    validators.set(spec, validator);
  }
  return validator.compile(pointer);
}

export function validateExamples(page: DocPage, target: SpecOperation): ExampleFailure[] {
  const spec = target.spec;
  const responses = isObject(target.operation.responses) ? target.operation.responses : {};
  const failures: ExampleFailure[] = [];
  const requestBody = followRef(spec, target.operation.requestBody, `${target.pointer}/requestBody`);
  const bodies = [
    ...page.requestExamples.map((e) => ({ ...e, status: "request", holder: requestBody })),
    ...page.responseExamples.map((e) => {
      const key = e.status in responses ? e.status : `${e.status[0]}XX`;
      return { ...e, holder: followRef(spec, responses[key], `${target.pointer}/responses/${key}`) };
    }),
  ];
  for (const example of bodies) {
    const holder = example.holder;
    const media =
      holder && isObject(holder.node.content) ? holder.node.content["application/json"] : undefined;
    if (!holder || !isObject(media) || media.schema === undefined) continue;
    const pointer = `${holder.pointer}/content/application~1json/schema`;
    const validate = validatorFor(spec, pointer);
    if (validate(example.value)) continue;
    const root = schemaView(spec, media.schema, pointer);
    for (const error of deepestErrors(validate.errors ?? [])) {
      const trail = root ? walk(spec, root, error.instancePath) : [];
      failures.push({
        status: example.status,
        line: example.line,
        message: `${error.instancePath || "(body)"} ${error.message ?? "is invalid"}${describeParams(error)}`,
        nodes: trail.flatMap((v) => v.nodes),
        leafNodes: trail.length > 0 ? trail[trail.length - 1]!.nodes : [],
      });
    }
  }
  return failures;
}

/** One error per failing value: the deepest, so a bad field is not also reported as its parent's oneOf miss. */
function deepestErrors(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) if (!byPath.has(error.instancePath)) byPath.set(error.instancePath, error);
  const paths = [...byPath.keys()];
  return [...byPath.values()].filter(
    (e) => !paths.some((p) => p !== e.instancePath && p.startsWith(`${e.instancePath}/`)),
  );
}

function describeParams(error: ErrorObject): string {
  if (error.keyword === "enum" && Array.isArray(error.params.allowedValues))
    return ` (${error.params.allowedValues.map((v: unknown) => JSON.stringify(v)).join(", ")})`;
  return "";
}

function walk(spec: SpecDocument, root: SchemaView, instancePath: string): SchemaView[] {
  const trail = [root];
  let current: SchemaView | undefined = root;
  for (const raw of instancePath.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!current) break;
    const next: unknown =
      /^\d+$/.test(segment) && current.items !== undefined ? current.items : current.properties[segment];
    current = next === undefined ? undefined : schemaView(spec, next, "");
    if (current) trail.push(current);
  }
  return trail;
}
