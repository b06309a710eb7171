import { pathTemplateMatcher, type PathTemplateMatcher } from "@hwcloud/core";
import type { MockOperation } from "./mock-operation.js";

export type RouteMatch =
  | {
      readonly kind: "found";
      readonly operation: MockOperation;
      /** The path parameters' raw (still percent-encoded) text, by name. */
      readonly rawPathValues: ReadonlyMap<string, string>;
    }
  | { readonly kind: "wrong-method" }
  | { readonly kind: "not-found" };

/** Finds the operation a request is for, by method and path. */
export class Routes {
  private readonly routes: readonly { operation: MockOperation; matcher: PathTemplateMatcher }[];

  constructor(operations: readonly MockOperation[]) {
    this.routes = operations.map((operation) => ({
      operation,
      matcher: pathTemplateMatcher(operation.pathTemplate),
    }));
  }

  match(method: string, pathname: string): RouteMatch {
    let pathKnown = false;
    for (const { operation, matcher } of this.routes) {
      const values = matcher.match(pathname);
      if (values === undefined) continue;
      if (operation.method === method) {
        const rawPathValues = new Map(matcher.names.map((name, index) => [name, values[index] ?? ""]));
        return { kind: "found", operation, rawPathValues };
      }
      pathKnown = true;
    }
    return { kind: pathKnown ? "wrong-method" : "not-found" };
  }
}
