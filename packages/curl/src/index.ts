export { runCurl, EXIT, type CurlIo } from "./run-curl.js";
export { parseCurlArgs, endpointParts, CurlUsageError, USAGE, type CurlRequest } from "./parse-args.js";
