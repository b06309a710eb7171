import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "./repo.js";

export interface BundleSize {
  readonly minified: number;
  readonly gzipped: number;
  /** Minified bytes per source module of the one-operation bundle, largest first. */
  readonly modules: readonly { readonly module: string; readonly bytes: number }[];
  /**
   * Gzip bytes (and minified bytes) each behaviour adds to the one-operation bundle: what gzip -9 of the
   * bundle loses when that behaviour's modules are taken out, largest first.
   */
  readonly behaviours: readonly {
    readonly behaviour: string;
    readonly minified: number;
    readonly gzipped: number;
  }[];
  readonly budget: number;
  /** The same DCS client under @hwcloud/tasks (list and watch of one service). */
  readonly tasks: { readonly minified: number; readonly gzipped: number };
}

interface SizeCheck {
  measureBundle(entry?: "operation" | "tasks"): Promise<{
    minified: number;
    gzipped: number;
    modules: { module: string; bytes: number }[];
    behaviours: { behaviour: string; minified: number; gzipped: number }[];
  }>;
  budgetBytes: number;
}

/**
 * The browser example's own size check (one DCS operation with signing, minified, gzip -9). Loaded from
 * its file at run time rather than bundled, because it locates the workspace from its own URL.
 */
export async function measureOneOperationBundle(): Promise<BundleSize> {
  const script = pathToFileURL(join(repoRoot, "examples/browser/scripts/size-check.mjs")).href;
  const { measureBundle, budgetBytes } = (await import(script)) as SizeCheck;
  const tasks = await measureBundle("tasks");
  return {
    ...(await measureBundle()),
    budget: budgetBytes,
    tasks: { minified: tasks.minified, gzipped: tasks.gzipped },
  };
}
