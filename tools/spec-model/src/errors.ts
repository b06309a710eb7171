/** A spec that cannot be read into the model; the message names the spec file and what is wrong. */
export class SpecModelError extends Error {
  override readonly name: string = "SpecModelError";

  constructor(
    readonly specFile: string,
    message: string,
  ) {
    super(`specs/${specFile}: ${message}`);
  }
}
