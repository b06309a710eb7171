// The signing rules as data: [what the rule says, input, canonical output]. Shared by the Node and
// Chromium suites. Expected values are written by hand from the rules in the README.
import type { SignableRequest } from "../request.js";

export const uriCases: ReadonlyArray<readonly [string, string, string]> = [
  ["the root path is a single slash", "/", "/"],
  ["a path gets a trailing slash", "/v1/projects", "/v1/projects/"],
  ["an existing trailing slash is not doubled", "/v1/projects/", "/v1/projects/"],
  ["empty segments are kept", "/v1//jobs", "/v1//jobs/"],
  ["an escaped space is decoded then re-encoded", "/v1/a%20b", "/v1/a%20b/"],
  ["a raw space is encoded", "/v1/a b", "/v1/a%20b/"],
  ["escaped unreserved characters are decoded", "/v1/%7Euser%2D1", "/v1/~user-1/"],
  ["lower-case escapes come out upper-case", "/v1/%e4%b8%ad", "/v1/%E4%B8%AD/"],
  ["non-ASCII is encoded as UTF-8", "/v1/café", "/v1/caf%C3%A9/"],
  ["an encoded slash stays inside its segment", "/v1/a%2Fb", "/v1/a%2Fb/"],
  [
    "sub-delimiters and : @ are encoded",
    "/v1/a:b@c!$&'()*+,;=",
    "/v1/a%3Ab%40c%21%24%26%27%28%29%2A%2B%2C%3B%3D/",
  ],
  ["a percent sign that starts no escape is encoded", "/v1/100%", "/v1/100%25/"],
  ["an escape that is not UTF-8 becomes U+FFFD", "/v1/%FF", "/v1/%EF%BF%BD/"],
];

export const queryCases: ReadonlyArray<readonly [string, string, string]> = [
  ["no query is an empty string", "", ""],
  ["a bare question mark is an empty string", "?", ""],
  ["parameters are sorted by name", "?limit=10&offset=0&instance_id=x", "instance_id=x&limit=10&offset=0"],
  ["repeated names are sorted by value (string order)", "?a=2&a=10&a=1", "a=1&a=10&a=2"],
  ["a name without = gets an empty value", "?detail", "detail="],
  ["an empty value stays empty", "?name=&b=1", "b=1&name="],
  ["empty pieces are dropped", "?a=1&&b=2&", "a=1&b=2"],
  ["only the first = splits name from value", "?a=b=c", "a=b%3Dc"],
  ["an escaped space is %20", "?q=a%20b", "q=a%20b"],
  ["a plus is a literal plus, not a space", "?q=a+b", "q=a%2Bb"],
  ["escaped unreserved characters are decoded", "?k=%7e%2e", "k=~."],
  [
    "names and values are re-encoded as UTF-8",
    "?name=caf%C3%A9&city=K%C3%B6ln",
    "city=K%C3%B6ln&name=caf%C3%A9",
  ],
  ["sorting is case-sensitive, upper case first", "?b=1&B=2&a=3", "B=2&a=3&b=1"],
  ["sorting uses decoded names", "?%C3%A9=1&z=2", "z=2&%C3%A9=1"],
  ["punctuation sorts by code unit", "?a_b=1&a-b=2&a.b=3", "a-b=2&a.b=3&a_b=1"],
  ["sub-delimiters in values are encoded", "?x=!*'()", "x=%21%2A%27%28%29"],
  ["a percent sign that starts no escape is encoded", "?x=%zz", "x=%25zz"],
];

const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

export interface CanonicalCase {
  readonly request: SignableRequest;
  readonly credentials?: { ak: string; sk: string; securityToken?: string };
  readonly date?: Date;
  /** The canonical request, lines joined with \n. */
  readonly want: readonly string[];
}

export const canonicalCases: ReadonlyArray<readonly [string, CanonicalCase]> = [
  [
    "a GET signs host and the date, and hashes the empty body",
    {
      request: { method: "GET", url: "https://dcs.cn-north-4.myhuaweicloud.com/v2/p1/jobs/j1" },
      date,
      want: [
        "GET",
        "/v2/p1/jobs/j1/",
        "",
        "host:dcs.cn-north-4.myhuaweicloud.com",
        "x-sdk-date:20260102T030405Z",
        "",
        "host;x-sdk-date",
        EMPTY,
      ],
    },
  ],
  [
    "a non-default port is part of the signed host",
    {
      request: { method: "GET", url: "http://127.0.0.1:8443/v1" },
      date,
      want: [
        "GET",
        "/v1/",
        "",
        "host:127.0.0.1:8443",
        "x-sdk-date:20260102T030405Z",
        "",
        "host;x-sdk-date",
        EMPTY,
      ],
    },
  ],
  [
    "a default port is not part of the signed host",
    {
      request: { method: "GET", url: "https://Example.COM:443/" },
      date,
      want: ["GET", "/", "", "host:example.com", "x-sdk-date:20260102T030405Z", "", "host;x-sdk-date", EMPTY],
    },
  ],
  [
    "a caller's Host header is signed instead of the URL's host",
    {
      request: { method: "GET", url: "http://127.0.0.1:9000/v1", headers: { Host: "dws.example.com" } },
      date,
      want: [
        "GET",
        "/v1/",
        "",
        "host:dws.example.com",
        "x-sdk-date:20260102T030405Z",
        "",
        "host;x-sdk-date",
        EMPTY,
      ],
    },
  ],
  [
    "caller headers are lower-cased, trimmed, sorted and all signed",
    {
      request: {
        method: "GET",
        url: "https://h.example/v1?b=2&a=1",
        headers: { "X-Project-Id": "  p1 ", "Content-Type": "application/json", "X-Language": "en-us" },
      },
      date,
      want: [
        "GET",
        "/v1/",
        "a=1&b=2",
        "content-type:application/json",
        "host:h.example",
        "x-language:en-us",
        "x-project-id:p1",
        "x-sdk-date:20260102T030405Z",
        "",
        "content-type;host;x-language;x-project-id;x-sdk-date",
        EMPTY,
      ],
    },
  ],
  [
    "a header given twice is signed once with its values joined by comma-space",
    {
      request: {
        method: "GET",
        url: "https://h.example/",
        headers: [
          ["X-Tag", "a"],
          ["x-tag", "b"],
        ],
      },
      date,
      want: [
        "GET",
        "/",
        "",
        "host:h.example",
        "x-sdk-date:20260102T030405Z",
        "x-tag:a, b",
        "",
        "host;x-sdk-date;x-tag",
        EMPTY,
      ],
    },
  ],
  [
    "header names differing only in case are combined, as new Headers(record) does",
    {
      request: { method: "GET", url: "https://h.example/", headers: { "X-Tag": "a", "x-tag": "b" } },
      date,
      want: [
        "GET",
        "/",
        "",
        "host:h.example",
        "x-sdk-date:20260102T030405Z",
        "x-tag:a, b",
        "",
        "host;x-sdk-date;x-tag",
        EMPTY,
      ],
    },
  ],
  [
    "Node-style array header values are joined by comma-space",
    {
      request: {
        method: "GET",
        url: "https://h.example/",
        headers: { "x-tag": ["a", "b"], "x-none": undefined },
      },
      date,
      want: [
        "GET",
        "/",
        "",
        "host:h.example",
        "x-sdk-date:20260102T030405Z",
        "x-tag:a, b",
        "",
        "host;x-sdk-date;x-tag",
        EMPTY,
      ],
    },
  ],
  [
    "a string body is hashed as UTF-8",
    {
      request: { method: "POST", url: "https://h.example/v1", body: '{"name":"é"}' },
      date,
      want: [
        "POST",
        "/v1/",
        "",
        "host:h.example",
        "x-sdk-date:20260102T030405Z",
        "",
        "host;x-sdk-date",
        "2f16b8477146a1b2ba7d6bb7cf7c9979c191cc2838a107dbf5f0d920b4cb3ba1",
      ],
    },
  ],
  [
    "a binary body is hashed as bytes",
    {
      request: { method: "PUT", url: "https://h.example/v1", body: new Uint8Array([0, 1, 2, 255]) },
      date,
      want: [
        "PUT",
        "/v1/",
        "",
        "host:h.example",
        "x-sdk-date:20260102T030405Z",
        "",
        "host;x-sdk-date",
        "3d1f57c984978ef98a18378c8166c1cb8ede02c03eeb6aee7e2f121dfeee3e56",
      ],
    },
  ],
  [
    "X-Sdk-Content-Sha256 replaces the body hash and is signed",
    {
      request: {
        method: "POST",
        url: "https://h.example/v1",
        headers: { "X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD" },
        body: "ignored",
      },
      date,
      want: [
        "POST",
        "/v1/",
        "",
        "host:h.example",
        "x-sdk-content-sha256:UNSIGNED-PAYLOAD",
        "x-sdk-date:20260102T030405Z",
        "",
        "host;x-sdk-content-sha256;x-sdk-date",
        "UNSIGNED-PAYLOAD",
      ],
    },
  ],
  [
    "a security token is sent and signed as X-Security-Token (canonicalRequest shows it redacted)",
    {
      request: { method: "GET", url: "https://h.example/" },
      credentials: { ak: "AK", sk: "SK", securityToken: "tok" },
      date,
      want: [
        "GET",
        "/",
        "",
        "host:h.example",
        "x-sdk-date:20260102T030405Z",
        "x-security-token:[redacted]",
        "",
        "host;x-sdk-date;x-security-token",
        EMPTY,
      ],
    },
  ],
  [
    "an X-Sdk-Date header is used when no date option is given",
    {
      request: { method: "GET", url: "https://h.example/", headers: { "X-Sdk-Date": "20251231T235959Z" } },
      want: ["GET", "/", "", "host:h.example", "x-sdk-date:20251231T235959Z", "", "host;x-sdk-date", EMPTY],
    },
  ],
  [
    "the date option wins over an X-Sdk-Date header",
    {
      request: { method: "GET", url: "https://h.example/", headers: { "X-Sdk-Date": "20251231T235959Z" } },
      date,
      want: ["GET", "/", "", "host:h.example", "x-sdk-date:20260102T030405Z", "", "host;x-sdk-date", EMPTY],
    },
  ],
  [
    "an existing Authorization header is dropped, not signed",
    {
      request: {
        method: "GET",
        url: "https://h.example/",
        headers: { Authorization: "SDK-HMAC-SHA256 old" },
      },
      date,
      want: ["GET", "/", "", "host:h.example", "x-sdk-date:20260102T030405Z", "", "host;x-sdk-date", EMPTY],
    },
  ],
  [
    "standard methods are upper-cased as fetch sends them",
    {
      request: { method: "delete", url: "https://h.example/v1/x" },
      date,
      want: [
        "DELETE",
        "/v1/x/",
        "",
        "host:h.example",
        "x-sdk-date:20260102T030405Z",
        "",
        "host;x-sdk-date",
        EMPTY,
      ],
    },
  ],
  [
    "the fragment is not signed",
    {
      request: { method: "GET", url: "https://h.example/v1?a=1#frag" },
      date,
      want: [
        "GET",
        "/v1/",
        "a=1",
        "host:h.example",
        "x-sdk-date:20260102T030405Z",
        "",
        "host;x-sdk-date",
        EMPTY,
      ],
    },
  ],
];
