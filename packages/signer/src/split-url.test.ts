import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitUrl } from "./split-url.js";

const pieces = [..."aZ09-._~!$&'()*+,;=:@/?#%[]|\\^`{} \t", "%41", "%2e", "%2E", "/.", "/..", "é", "中"];
const origins = [
  "https://h.example",
  "https://H.Example",
  "https://h.example:443",
  "http://h.example:8080",
  "https://user:pw@h.example",
  "http://[::1]:9000",
  "https://bücher.example",
];
const url = fc
  .tuple(fc.constantFrom(...origins), fc.array(fc.constantFrom(...pieces), { maxLength: 12 }))
  .map(([origin, rest]) => `${origin}/${rest.join("")}`);

describe("splitUrl", () => {
  it("gives the host, path and query new URL gives, for 2,000 generated URLs, first seen or repeated", () => {
    fc.assert(
      fc.property(url, (u) => {
        const parsed = new URL(u);
        const want = { host: parsed.host, pathname: parsed.pathname, search: parsed.search };
        for (let i = 0; i < 2; i++) {
          const got = splitUrl(u);
          expect({ host: got.host, pathname: got.pathname, search: got.search }).toEqual(want);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps working past its origin cache's bound: the 65th and later origins are parsed in full", () => {
    for (let i = 0; i < 200; i++) {
      expect(splitUrl(`https://h${i}.example/v1/items?limit=${i}`)).toMatchObject({
        host: `h${i}.example`,
        pathname: "/v1/items",
        search: `?limit=${i}`,
      });
    }
  });

  it("refuses a URL that is not absolute http(s), as signHeaders does", () => {
    for (const bad of ["/v1/items", "ftp://h.example/v1", "https//h.example/v1"]) {
      expect(() => splitUrl(bad)).toThrow(expect.objectContaining({ code: "invalid_url" }));
    }
  });
});
