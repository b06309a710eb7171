/** Lets browser clients on any origin call the mock and read the request id and date of each response. */
export function corsHeaders(request: Request): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": request.headers.get("origin") ?? "*",
    "Access-Control-Expose-Headers": "X-Request-Id, Date",
    Vary: "Origin",
  };
}

export function isPreflight(request: Request): boolean {
  return request.method === "OPTIONS" && request.headers.has("access-control-request-method");
}

/** The answer to a preflight: every method and whatever headers the client asks to send (signing adds several). */
export function preflightHeaders(request: Request): Record<string, string> {
  return {
    ...corsHeaders(request),
    "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": request.headers.get("access-control-request-headers") ?? "*",
    "Access-Control-Max-Age": "600",
  };
}
