// Realistic requests and the Authorization header the official Node SDK (3.1.211) computes for
// them. vectors.test.ts re-derives every `authorization` from the official signer, so these stay true.
import type { OracleRequest } from "./oracle-request.js";

export interface Vector {
  readonly name: string;
  readonly credentials: { ak: string; sk: string; securityToken?: string };
  readonly request: OracleRequest;
  readonly authorization: string;
}

const credentials = { ak: "HPUAEXAMPLEAK000001", sk: "exampleSecretKey0123456789abcdefghijklmn" };
const date = { "X-Sdk-Date": "20260102T030405Z" };

export const vectors: readonly Vector[] = [
  {
    name: "DCS ListCenterTask with a time range",
    credentials,
    request: {
      method: "GET",
      origin: "https://dcs.cn-north-4.myhuaweicloud.com",
      segments: ["v2", "0a1b2c3d4e5f", "center-tasks"],
      trailingSlash: false,
      query: [
        ["start_time", "20260101000000"],
        ["end_time", "20260102000000"],
        ["limit", "10"],
        ["offset", "0"],
      ],
      headers: { ...date, "X-Project-Id": "0a1b2c3d4e5f", "Content-Type": "application/json" },
    },
    authorization:
      "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK000001, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=f25eca5e911d0b4ec7ce46d5dda77c3ac7c50a2c3bf55bd553c1d9ce5ff53dba",
  },
  {
    name: "DCS ShowJobInfo",
    credentials,
    request: {
      method: "GET",
      origin: "https://dcs.cn-north-4.myhuaweicloud.com",
      segments: ["v2", "0a1b2c3d4e5f", "jobs", "ff80808190c2e3b30190c2f6c0b50005"],
      trailingSlash: false,
      query: [],
      headers: { ...date },
    },
    authorization:
      "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK000001, SignedHeaders=host;x-sdk-date, Signature=f756f75ffc236af737a6f398fe52aff864c8f72ce4190acbbc2c9828165da90f",
  },
  {
    name: "GaussDB list instances with ISO times and non-ASCII name filter",
    credentials,
    request: {
      method: "GET",
      origin: "https://gaussdb.ap-southeast-1.myhuaweicloud.com",
      segments: ["v3", "p-01", "instances"],
      trailingSlash: false,
      query: [
        ["name", "测试 db"],
        ["created_after", "2026-01-01T00:00:00+0000"],
        ["limit", "100"],
      ],
      headers: { ...date, "X-Language": "en-us" },
    },
    authorization:
      "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK000001, SignedHeaders=host;x-language;x-sdk-date, Signature=77a2e7f98ee846485d6a0f7e8f2e856d345adf451726f4130e0b76f00c242733",
  },
  {
    name: "Kafka create topic with a JSON body",
    credentials,
    request: {
      method: "POST",
      origin: "https://dms.cn-east-3.myhuaweicloud.com",
      segments: ["v2", "p-01", "instances", "i-9", "topics"],
      trailingSlash: false,
      query: [],
      headers: { ...date, "Content-Type": "application/json" },
      json: { id: "orders", partition: 3, replication: 3, sync_replication: false, retention_time: 72 },
    },
    authorization:
      "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK000001, SignedHeaders=content-type;host;x-sdk-date, Signature=7b2dd8a924c237cf4f6db113d4720da9f571e0c716863917e896d6c6895ad0d6",
  },
  {
    name: "DWS repeated query names and an empty value",
    credentials,
    request: {
      method: "GET",
      origin: "https://dws.cn-north-4.myhuaweicloud.com",
      segments: ["v1.0", "p-01", "clusters"],
      trailingSlash: true,
      query: [
        ["tags", "env=prod"],
        ["tags", "app=web"],
        ["marker", ""],
      ],
      headers: { ...date },
    },
    authorization:
      "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK000001, SignedHeaders=host;x-sdk-date, Signature=df23856d841a8426387a8adc16368db78d23f3d70becbdc123bdc27bed87ae74",
  },
  {
    name: "temporary credentials with a security token on a non-default port",
    credentials: { ...credentials, securityToken: "gQpjbi1ub3J0aC00ExampleSecurityToken==" },
    request: {
      method: "DELETE",
      origin: "https://127.0.0.1:8443",
      segments: ["v2", "p-01", "instances", "i-9"],
      trailingSlash: false,
      query: [],
      headers: { ...date },
    },
    authorization:
      "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK000001, SignedHeaders=host;x-sdk-date;x-security-token, Signature=1de63f4112b8d0e68fa4fb375355db72df2ad6a8239c4c4f98ab0f3e964fc0d0",
  },
  {
    name: "unsigned payload for a non-JSON upload",
    credentials,
    request: {
      method: "PUT",
      origin: "https://obs-like.cn-north-4.myhuaweicloud.com",
      segments: ["v1", "files", "report-2026.csv"],
      trailingSlash: false,
      query: [["overwrite", "true"]],
      headers: { ...date, "Content-Type": "text/csv", "X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD" },
    },
    authorization:
      "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK000001, SignedHeaders=content-type;host;x-sdk-content-sha256;x-sdk-date, Signature=5dd61ec0ccad0190f87909d060cb21c7ae857fef94c9105ead4454df473b5ac0",
  },
];
