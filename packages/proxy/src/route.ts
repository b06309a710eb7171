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

/** The service's routes, most specific first (ties in spec order), as matchRoute expects them. */
export function compileRoutes(service: AllowedService): Route[] {
  const routes = service.operations.map((operation) => {
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
  // Sorted once here, so a request's match is the first route that fits, found without sorting anything.
  return routes.sort((a, b) => b.specificity - a.specificity);
}

/**
 * Finds the operation for a method and a raw (still percent-encoded) path below the service prefix, in
 * routes from compileRoutes; the path has passed unsafePathReason, so its parameters hold no separators or
 * dot segments.
 */
export function matchRoute(routes: readonly Route[], method: string, rawPath: string): RouteMatch {
  // Methods of the templates that fit the path but not the method, for a 405's Allow header.
  let allowed: string[] | undefined;
  for (const route of routes) {
    const match = route.pattern.exec(rawPath);
    if (match === null) continue;
    const routeMethod = route.operation.method;
    if (routeMethod !== method) {
      allowed ??= [];
      if (!allowed.includes(routeMethod)) allowed.push(routeMethod);
      continue;
    }
    const pathParams: Record<string, string> = {};
    for (let i = 0; i < route.names.length; i++) {
      try {
        pathParams[route.names[i]!] = decodeURIComponent(match[i + 1] ?? "");
      } catch {
        return { kind: "bad-encoding" };
      }
    }
    return { kind: "found", operation: route.operation, pathParams };
  }
  return allowed === undefined ? { kind: "not-found" } : { kind: "wrong-method", allowed };
}
