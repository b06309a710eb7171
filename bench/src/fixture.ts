import { createDcsClient } from "@hwcloud/dcs";
import { createMockCloud, DEMO_CREDENTIALS, DEMO_PROJECT_ID } from "@hwcloud/mock-cloud";

export const credentials = DEMO_CREDENTIALS;
export const projectId = DEMO_PROJECT_ID;
/** The one call every request-level benchmark makes. */
export const listQuery = { limit: 10 } as const;

/** A realistic ListCenterTask page (10 seeded tasks) from the mock cloud, for the canned server to replay. */
export async function recordListCenterTaskPage(): Promise<string> {
  const mock = createMockCloud({ dataset: "seeded" });
  const client = createDcsClient({
    endpoint: "https://dcs.mock.invalid",
    projectId,
    credentials,
    fetch: (input, init) => mock.handle(new Request(input, init)),
  });
  const page = await client.listCenterTask({ query: listQuery });
  if (!page.tasks?.length) throw new Error("the mock cloud answered ListCenterTask without tasks");
  return JSON.stringify(page);
}
