import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { toNodeListener, type WebHandler } from "./node.js";

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("toNodeListener", () => {
  it("hands the web handler the method, full URL, headers and body, and writes its answer back", async () => {
    let seen: { method: string; url: string; header: string | null; body: string } | undefined;
    const handler: WebHandler = async (request) => {
      seen = {
        method: request.method,
        url: request.url,
        header: request.headers.get("x-test"),
        body: await request.text(),
      };
      return new Response("made", { status: 201, headers: { "x-answer": "yes" } });
    };
    const origin = await serve(toNodeListener(handler));
    const response = await fetch(`${origin}/hwcloud/dcs/v2/p/tasks?limit=1`, {
      method: "POST",
      headers: { "x-test": "1" },
      body: "payload",
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-answer")).toBe("yes");
    expect(await response.text()).toBe("made");
    expect(seen).toEqual({
      method: "POST",
      url: `${origin}/hwcloud/dcs/v2/p/tasks?limit=1`,
      header: "1",
      body: "payload",
    });
  });

  it("sees the full path when mounted under a prefix by connect, Express or Vite", async () => {
    let url = "";
    const listener = toNodeListener(async (request) => {
      url = request.url;
      return new Response(null, { status: 204 });
    });
    // What connect does for app.use("/hwcloud", listener): strips the prefix from url, keeps originalUrl.
    const origin = await serve((req, res) => {
      Object.assign(req, { originalUrl: req.url, url: req.url!.slice("/hwcloud".length) });
      listener(req, res);
    });
    await fetch(`${origin}/hwcloud/dcs/v2/p/tasks`);
    expect(new URL(url).pathname).toBe("/hwcloud/dcs/v2/p/tasks");
  });

  it("streams the answer as the handler produces it", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const listener = toNodeListener(async () => {
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(new TextEncoder().encode("first;"));
          await released;
          controller.enqueue(new TextEncoder().encode("second"));
          controller.close();
        },
      });
      return new Response(body);
    });
    const origin = await serve(listener);
    const reader = (await fetch(origin)).body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("first;");
    release();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("second");
  });

  it("answers 500 with a JSON body and no details when the handler throws, or passes the error to next", async () => {
    const failing: WebHandler = async () => {
      throw new Error("secret detail");
    };
    const origin = await serve(toNodeListener(failing));
    const response = await fetch(origin);
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error_code: "PROXY.INTERNAL", error_msg: "internal error" });

    const errors: unknown[] = [];
    const withNext = await serve((req, res) =>
      toNodeListener(failing)(req, res, (error) => {
        errors.push(error);
        res.end("handled by next");
      }),
    );
    expect(await (await fetch(withNext)).text()).toBe("handled by next");
    expect(errors).toHaveLength(1);
  });

  it("cuts the connection when the answer fails after its headers went out, so it cannot look complete", async () => {
    const origin = await serve(
      toNodeListener(async () => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"partial":'));
            setTimeout(() => controller.error(new Error("upstream broke")), 50);
          },
        });
        return new Response(body, { headers: { "content-type": "application/json" } });
      }),
    );
    const response = await fetch(origin);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it("aborts the handler's request when the client goes away", async () => {
    let aborted!: (value: boolean) => void;
    const wasAborted = new Promise<boolean>((resolve) => (aborted = resolve));
    const origin = await serve(
      toNodeListener((request) => {
        request.signal.addEventListener("abort", () => aborted(true));
        return new Promise<Response>(() => {});
      }),
    );
    const controller = new AbortController();
    const pending = fetch(origin, { signal: controller.signal }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await pending;
    expect(await wasAborted).toBe(true);
  });
});
