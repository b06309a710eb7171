import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/*
 * typescript and openapi-typescript are loaded with require(), on first use: importing a CommonJS module as
 * ESM makes Node scan its source for export names first, and typescript is 9 MB of CommonJS (about a second
 * of every generator run's start-up).
 */

export const loadTypescript = () => require("typescript") as typeof import("typescript");

export const loadOpenapiTypescript = () =>
  require("openapi-typescript") as typeof import("openapi-typescript");
