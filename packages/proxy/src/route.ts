import { pathTemplateMatcher, type PathTemplateMatcher } from "@hwcloud/core";
import type { AllowedOperation, AllowedService } from "./allowlist.js";

export interface Route {
  readonly operation: AllowedOperation;
  /** The most specific template (most literal characters) wins when several match. */
  readonly matcher: PathTemplateMatcher;
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
  const routes = service.operations.map((operation) => ({
    operation,
    matcher: pathTemplateMatcher(operation.path),
  }));
  // Sorted once here, so a request's match is the first route that fits, found without sorting anything.
  return routes.sort((a, b) => b.matcher.literalLength - a.matcher.literalLength);
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
    const values = route.matcher.match(rawPath);
    if (values === undefined) continue;
    const routeMethod = route.operation.method;
    if (routeMethod !== method) {
      allowed ??= [];
      if (!allowed.includes(routeMethod)) allowed.push(routeMethod);
      continue;
    }
    const pathParams: Record<string, string> = {};
    const { names } = route.matcher;
    for (let i = 0; i < names.length; i++) {
      try {
        pathParams[names[i]!] = decodeURIComponent(values[i] ?? "");
      } catch {
        return { kind: "bad-encoding" };
      }
    }
    return { kind: "found", operation: route.operation, pathParams };
  }
  return allowed === undefined ? { kind: "not-found" } : { kind: "wrong-method", allowed };
}
