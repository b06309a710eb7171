import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { verifySignature } from "@hwcloud/signer";

const basic = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/**
 * A cloud endpoint whose clock runs `aheadMs` ahead and which answers stale signatures as the API gateway does
 * ("signature expired, signature time: ..., server time: ..."). It allows CORS but does not expose Date, so a
 * page can correct its clock only from the error body.
 */
export async function startSkewedCloud(keys: Record<string, string>, aheadMs: number) {
  const attempts: { status: number; sdkDate: string | null }[] = [];
  const server = createServer((req, res) => {
    const cors = { "access-control-allow-origin": req.headers.origin ?? "*", vary: "Origin" };
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        ...cors,
        "access-control-allow-methods": "GET",
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "",
      });
      return res.end();
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    const now = Date.now() + aheadMs;
    void verifySignature(
      { method: req.method ?? "GET", url: `http://${req.headers.host}${req.url}`, headers },
      (ak) => keys[ak],
      {
        now,
      },
    ).then((result) => {
      const sdkDate = headers.get("x-sdk-date");
      const status = result.ok ? 200 : 401;
      attempts.push({ status, sdkDate });
      const body = result.ok
        ? { task_count: 0, tasks: [] }
        : {
            error_code: "APIGW.0301",
            error_msg: `Incorrect IAM authentication information: verify aksk signature fail, signature expired, signature time: ${sdkDate}, server time: ${basic(now)}`,
          };
      res.writeHead(status, {
        ...cors,
        "content-type": "application/json",
        date: new Date(now).toUTCString(),
      });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
