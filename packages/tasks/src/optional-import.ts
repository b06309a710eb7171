/**
 * The module, or undefined when the package is not installed (any other load error is thrown). The name is a
 * variable so that bundlers leave the import alone: the optional packages stay out of a bundle that does not use
 * them.
 */
export async function optionalImport<T>(name: string): Promise<T | undefined> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if ((code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && String(error).includes(name))
      return undefined;
    throw error;
  }
}
