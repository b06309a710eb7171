export { SpecModelError } from "./errors.js";
export {
  buildServiceSpec,
  isSpecFile,
  loadServiceSpec,
  loadSpecModel,
  parseSpec,
  serviceNameOf,
} from "./load.js";
export { escapePointer } from "./json-pointer.js";
export type { Follow } from "./references.js";
export { loadSpecDocument, specDocumentOf, type SpecDocument } from "./spec-document.js";
export {
  createAjv,
  createSpecSchemaValidator,
  describeErrors,
  type SpecSchemaValidator,
} from "./schema-validator.js";
export { inlineRefs } from "./inline-refs.js";
export { timeFormatRegExp } from "./time-format.js";
export * from "./types.js";
export { admittedTypes } from "./schema-types.js";
