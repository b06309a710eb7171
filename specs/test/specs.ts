import { fileURLToPath } from "node:url";
import { loadSpecModel, type ServiceSpec } from "@hwcloud-tools/spec-model";

export const specsDir = fileURLToPath(new URL("../", import.meta.url));

/**
 * Every spec of specs/, read through the spec model: a spec the model rejects (a broken `$ref`, an extension
 * outside specs/x-hwcloud.schema.json, paging over a missing parameter, ...) fails every suite here, naming it.
 */
export const specs: readonly ServiceSpec[] = (await loadSpecModel(specsDir)).services;
