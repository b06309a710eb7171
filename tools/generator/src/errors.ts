/** A spec the generator cannot turn into a package; the message names the spec file and what is wrong. */
export class GeneratorError extends Error {
  override readonly name = "GeneratorError";

  constructor(
    readonly specFile: string,
    message: string,
  ) {
    super(`specs/${specFile}: ${message}`);
  }
}
