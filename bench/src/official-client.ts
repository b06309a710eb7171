import { createRequire } from "node:module";

interface OfficialHcClient {
  sendRequest(options: Record<string, unknown>): Promise<Record<string, unknown>>;
}

const require = createRequire(import.meta.url);

/**
 * The official Node SDK core's client (HcClient over axios), built the way its generated service clients
 * build theirs: ClientBuilder with an endpoint and BasicCredentials, then one `sendRequest` per call with
 * the options its DcsClient.listCenterTask would pass.
 */
export function officialListCenterTask(
  endpoint: string,
  credentials: { ak: string; sk: string },
  projectId: string,
  query: Record<string, string | number>,
): () => Promise<Record<string, unknown>> {
  const { ClientBuilder } = require("@huaweicloud/huaweicloud-sdk-core/ClientBuilder") as {
    ClientBuilder: new (init: (client: OfficialHcClient) => OfficialHcClient) => {
      withEndpoint(endpoint: string): { withCredential(credential: unknown): { build(): OfficialHcClient } };
    };
  };
  const { BasicCredentials } = require("@huaweicloud/huaweicloud-sdk-core") as {
    BasicCredentials: new () => {
      withAk(ak: string): { withSk(sk: string): { withProjectId(id: string): unknown } };
    };
  };
  const credential = new BasicCredentials()
    .withAk(credentials.ak)
    .withSk(credentials.sk)
    .withProjectId(projectId);
  const client = new ClientBuilder((hc) => hc).withEndpoint(endpoint).withCredential(credential).build();
  return () =>
    client.sendRequest({
      method: "GET",
      url: "/v2/{project_id}/tasks",
      contentType: "application/json",
      headers: {},
      pathParams: { project_id: projectId },
      queryParams: { ...query },
      data: {},
    });
}
