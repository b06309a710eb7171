import { admittedTypes } from "@hwcloud-tools/spec-model";
import { describe, expect, it } from "vitest";
import { isObject } from "./examples.js";
import { specs } from "./specs.js";

// Region ids and origins, the signing extension and deviation notes are held to specs/x-hwcloud.schema.json
// by the spec model; these are the conventions around them.
describe.each(specs)("$specFile", (spec) => {
  const { document } = spec;

  it("has a server with a {region} variable whose every value expands to the x-hwcloud-regions origin", () => {
    const servers = document.servers as {
      url: string;
      variables?: { region?: { default?: string; enum?: string[] } };
    }[];
    expect(servers.length).toBeGreaterThan(0);
    for (const server of servers) {
      const variable = server.variables?.region;
      expect(server.url).toContain("{region}");
      for (const region of [variable?.default, ...(variable?.enum ?? [])]) {
        expect(server.url.replace("{region}", String(region)), String(region)).toBe(
          spec.regions[String(region)],
        );
      }
    }
  });

  it("signs with AK/SK through the akSk scheme", () => {
    expect(spec.securitySchemes.akSk).toEqual({
      type: "apiKey",
      in: "header",
      name: "Authorization",
      signing: "SDK-HMAC-SHA256",
    });
  });

  it("defines iamToken, when present, as the X-Auth-Token header", () => {
    const schemes = spec.securitySchemes;
    if (schemes.iamToken)
      expect(schemes.iamToken).toEqual({ type: "apiKey", in: "header", name: "X-Auth-Token" });
    expect(Object.keys(schemes).every((name) => name === "akSk" || name === "iamToken")).toBe(true);
  });

  it("has an ErrorResponse with error_code, error_msg and a nullable error_ext_msg", () => {
    const error = spec.at("/components/schemas/ErrorResponse") as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(error.required).toEqual(["error_code", "error_msg"]);
    expect([...admittedTypes(spec, error.properties.error_code)]).toEqual(["string"]);
    expect([...admittedTypes(spec, error.properties.error_msg)]).toEqual(["string"]);
    expect([...admittedTypes(spec, error.properties.error_ext_msg)].sort()).toEqual(["null", "string"]);
  });

  it("uses 3.1 null types, never the 3.0 `nullable` keyword", () => {
    expect(findKey(document, "nullable")).toEqual([]);
  });
});

/** Every pointer where `key` appears as an object key anywhere in the document, outside examples. */
function findKey(node: unknown, key: string, pointer = ""): string[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => findKey(child, key, `${pointer}/${i}`));
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([k, child]) => [
    ...(k === key ? [pointer] : []),
    ...(k === "example" || k === "examples" ? [] : findKey(child, key, `${pointer}/${k}`)),
  ]);
}
