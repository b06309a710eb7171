import type { AllowedOperation, AllowedService } from "./allowlist.js";

export interface Route {
  readonly operation: AllowedOperation;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  /** Literal characters in the template; the most specific template wins when several match. */
  readonly specificity: number;
}

export type RouteMatch =
  | {
      readonly kind: "found";
      readonly operation: AllowedOperation;
      readonly pathParams: Record<string, string>;
    }
  | { readonly kind: "wrong-method"; readonly allowed: readonly string[] }
  | { readonly kind: "not-found" }
  | { readonly kind: "bad-encoding" };

export function compileRoutes(service: AllowedService): Route[] {
  return service.operations.map((operation) => {
    const names: string[] = [];
    const source = operation.path
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(name);
        return "([^/]+)";
      })
      .join("");
    const specificity = operation.path.replace(/\{[^}]+\}/g, "").length;
    return { operation, pattern: new RegExp(`^${source}/?$`), names, specificity };
  });
}

/**
 * Finds the operation for a method and a raw (still percent-encoded) path below the service prefix; the
 * path has passed unsafePathReason, so its parameters hold no separators or dot segments.
 */
export function matchRoute(routes: readonly Route[], method: string, rawPath: string): RouteMatch {
  const candidates = routes
    .map((route) => ({ route, match: route.pattern.exec(rawPath) }))
    .filter((c): c is { route: Route; match: RegExpExecArray } => c.match !== null)
    .sort((a, b) => b.route.specificity - a.route.specificity);
  if (candidates.length === 0) return { kind: "not-found" };
  const hit = candidates.find((c) => c.route.operation.method === method);
  if (hit === undefined) {
    return { kind: "wrong-method", allowed: [...new Set(candidates.map((c) => c.route.operation.method))] };
  }
  const pathParams: Record<string, string> = {};
  for (const [i, name] of hit.route.names.entries()) {
    let value: string;
    try {
      value = decodeURIComponent(hit.match[i + 1] ?? "");
    } catch {
      return { kind: "bad-encoding" };
    }
    pathParams[name] = value;
  }
  return { kind: "found", operation: hit.route.operation, pathParams };
}
