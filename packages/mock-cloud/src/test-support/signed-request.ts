import { signRequest } from "@hwcloud/signer";

/** A GET Request signed with SDK-HMAC-SHA256, as a client would send it. */
export async function signedGet(
  url: string,
  credentials: { ak: string; sk: string },
  options: { date?: Date; headers?: Record<string, string> } = {},
): Promise<Request> {
  const headers = await signRequest({ method: "GET", url, headers: options.headers ?? {} }, credentials, {
    date: options.date,
  });
  return new Request(url, { method: "GET", headers });
}
