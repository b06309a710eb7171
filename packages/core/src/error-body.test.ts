import { describe, expect, it } from "vitest";
import { parseErrorBody } from "./error-body.js";

describe("parseErrorBody", () => {
  it.each([
    [
      "the documented flat shape",
      { error_code: "DCS.4001", error_msg: "bad offset", error_ext_msg: "offset < 0" },
      { errorCode: "DCS.4001", errorMsg: "bad offset", errorExtMsg: "offset < 0" },
    ],
    [
      "the API gateway shape with request_id",
      { error_code: "APIGW.0301", error_msg: "Incorrect IAM authentication information", request_id: "r-9" },
      { errorCode: "APIGW.0301", errorMsg: "Incorrect IAM authentication information", requestId: "r-9" },
    ],
    [
      "a null error_ext_msg",
      { error_code: "X.1", error_msg: "m", error_ext_msg: null },
      { errorCode: "X.1", errorMsg: "m" },
    ],
    [
      "the nested { error: { code, message } } shape",
      { error: { code: "DWS.0001", message: "no" } },
      { errorCode: "DWS.0001", errorMsg: "no" },
    ],
    [
      "the nested { error: { error_code, error_msg } } shape",
      { error: { error_code: "E1", error_msg: "inner" } },
      { errorCode: "E1", errorMsg: "inner" },
    ],
    [
      "a flat { code, message } shape",
      { code: "Kafka.00400002", message: "x" },
      { errorCode: "Kafka.00400002", errorMsg: "x" },
    ],
    ["a numeric code", { error_code: 400, error_msg: "m" }, { errorCode: "400", errorMsg: "m" }],
    ["{ error: 'text' }", { error: "plain" }, { errorMsg: "plain" }],
    ["an HTML page", "<html><body>502 Bad Gateway</body></html>", {}],
    ["an array", [1, 2], {}],
    ["null", null, {}],
    ["an empty object", {}, {}],
  ])("reads %s", (_name, body, want) => {
    expect(parseErrorBody(body)).toEqual(want);
  });
});
