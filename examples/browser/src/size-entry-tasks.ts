// What the tasks size check bundles: the one-operation entry's DCS client, plus @hwcloud/tasks listing and
// watching its tasks (one service), formatted for a table.
import { createDcsClient } from "@hwcloud/dcs";
import { createTaskFeed, formatStatus, formatTaskTime } from "@hwcloud/tasks";

const feed = createTaskFeed({
  dcs: createDcsClient({
    region: "cn-north-4",
    projectId: "0123456789abcdef0123456789abcdef",
    credentials: async () => (await fetch("/temporary-credentials")).json(),
  }),
});

export async function recentTaskLines(): Promise<string[]> {
  const lines: string[] = [];
  for await (const task of feed.list())
    lines.push(`${formatTaskTime(task.startedAt)} ${task.name} ${formatStatus(task)}`);
  return lines;
}

export const watchTasks = () => feed.watch({ interval: 10_000 });
