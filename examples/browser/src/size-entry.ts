// What the size check bundles: one service, one operation, AK/SK signing, credentials fetched at run time, through
// the operations-only client (no raw openapi-fetch client, paginators or waiters), as a size-minded page would.
import { createDcsOperationsClient } from "@hwcloud/dcs";

const client = createDcsOperationsClient({
  region: "cn-north-4",
  projectId: "0123456789abcdef0123456789abcdef",
  credentials: async () => (await fetch("/temporary-credentials")).json(),
});

export async function countRecentTasks(): Promise<number> {
  const page = await client.listCenterTask({ query: { limit: 10 } });
  return page.tasks?.length ?? 0;
}
