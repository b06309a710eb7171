export type AllowedOrigins = readonly string[] | ((origin: string) => boolean);

/** Headers a page may send; anything else is dropped before forwarding (operation header params are added). */
export const BASE_REQUEST_HEADERS = ["accept", "accept-language", "content-type"] as const;

/** Response headers a page may read: the request id for support tickets, Date for clock checks. */
const EXPOSED_HEADERS = "X-Request-Id, Date";

export function isOriginAllowed(allowed: AllowedOrigins, origin: string): boolean {
  return typeof allowed === "function" ? allowed(origin) : allowed.includes(origin);
}

/** CORS headers for an allowed cross-origin caller; none for same-origin or non-browser callers. */
export function corsHeaders(origin: string | null, allowCredentials: boolean): Record<string, string> {
  if (origin === null) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-expose-headers": EXPOSED_HEADERS,
    vary: "Origin",
    ...(allowCredentials ? { "access-control-allow-credentials": "true" } : {}),
  };
}

export function preflightHeaders(
  origin: string,
  allowCredentials: boolean,
  methods: readonly string[],
  requestHeaders: readonly string[],
): Record<string, string> {
  return {
    ...corsHeaders(origin, allowCredentials),
    "access-control-allow-methods": methods.join(", "),
    "access-control-allow-headers": requestHeaders.join(", "),
    "access-control-max-age": "600",
    vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
  };
}
