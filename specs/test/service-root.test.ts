import { describe, expect, it } from "vitest";
import { isObject, loadSpecs, type Json, type JsonObject } from "./spec-files.js";
import { admittedTypes } from "./openapi-walk.js";

const deviationKinds = ["type", "enum", "example", "path", "required", "default", "other"];

describe.each(loadSpecs())("$file", ({ doc }) => {
  const regions = (doc["x-hwcloud-regions"] ?? {}) as JsonObject;
  const components = (doc.components ?? {}) as JsonObject;
  const schemes = (components.securitySchemes ?? {}) as Record<string, JsonObject>;

  it("is an OpenAPI 3.1 document", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it("maps region ids to bare https origins in x-hwcloud-regions", () => {
    expect(Object.keys(regions).length).toBeGreaterThan(0);
    for (const [region, origin] of Object.entries(regions)) {
      expect(region).toMatch(/^[a-z]+(-[a-z]+)+-\d+$/);
      expect(String(origin)).toMatch(/^https:\/\/[a-z0-9.-]+$/);
    }
  });

  it("has a server with a {region} variable whose every value expands to the x-hwcloud-regions origin", () => {
    const servers = doc.servers as JsonObject[];
    expect(servers.length).toBeGreaterThan(0);
    for (const server of servers) {
      const variable = ((server.variables ?? {}) as JsonObject).region as JsonObject;
      expect(String(server.url)).toContain("{region}");
      const values = [variable.default, ...((variable.enum as Json[] | undefined) ?? [])];
      for (const region of values) {
        expect(String(server.url).replace("{region}", String(region)), String(region)).toBe(
          regions[String(region)],
        );
      }
    }
  });

  it("signs with AK/SK through the akSk scheme", () => {
    expect(schemes.akSk).toMatchObject({
      type: "apiKey",
      in: "header",
      name: "Authorization",
      "x-hwcloud-signing": "SDK-HMAC-SHA256",
    });
  });

  it("defines iamToken, when present, as the X-Auth-Token header", () => {
    if (schemes.iamToken)
      expect(schemes.iamToken).toMatchObject({ type: "apiKey", in: "header", name: "X-Auth-Token" });
    expect(Object.keys(schemes).every((name) => name === "akSk" || name === "iamToken")).toBe(true);
  });

  it("has an ErrorResponse with error_code, error_msg and a nullable error_ext_msg", () => {
    const error = ((components.schemas ?? {}) as JsonObject).ErrorResponse as JsonObject;
    const properties = error.properties as Record<string, JsonObject>;
    expect(error.required).toEqual(["error_code", "error_msg"]);
    expect([...admittedTypes(doc, properties.error_code!)]).toEqual(["string"]);
    expect([...admittedTypes(doc, properties.error_msg!)]).toEqual(["string"]);
    expect([...admittedTypes(doc, properties.error_ext_msg!)].sort()).toEqual(["null", "string"]);
  });

  it("writes every x-hwcloud-deviation as { kind, doc, reason }", () => {
    for (const [where, value] of findKey(doc, "x-hwcloud-deviation")) {
      for (const deviation of Array.isArray(value) ? value : [value]) {
        expect(deviation, where).toEqual({
          kind: expect.any(String),
          doc: expect.any(String),
          reason: expect.any(String),
        });
        expect(deviationKinds, where).toContain((deviation as JsonObject).kind);
      }
    }
  });

  it("uses 3.1 null types, never the 3.0 `nullable` keyword", () => {
    expect(findKey(doc, "nullable").map(([where]) => where)).toEqual([]);
  });
});

/** Every [pointer, value] where `key` appears as an object key anywhere in the document. */
function findKey(node: Json, key: string, pointer = ""): [string, Json][] {
  if (Array.isArray(node)) return node.flatMap((child, i) => findKey(child, key, `${pointer}/${i}`));
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([k, child]) => [
    ...(k === key ? ([[pointer, child]] as [string, Json][]) : []),
    ...(k === "example" || k === "examples" ? [] : findKey(child, key, `${pointer}/${k}`)),
  ]);
}
