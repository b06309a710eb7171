/** A problem with the inputs of the regions command: printed as one line, exit code 2. */
export class RegionsError extends Error {
  override readonly name = "RegionsError";
}
