import { SpecModelError } from "@hwcloud-tools/spec-model";

/**
 * A spec the model reads but the generator cannot turn into a package (two operationIds giving one method
 * name, a name that would shadow openapi-fetch, ...); the message names the spec file and what is wrong.
 */
export class GeneratorError extends SpecModelError {
  override readonly name: string = "GeneratorError";
}
