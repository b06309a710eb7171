import { expect, test } from "vitest";
import { dwsTask } from "../sources/dws.js";
import { eventLine, reasonText, taskRow } from "./render.js";

const CLUSTER = "9b7ff56b-47b3-4d00-a1fd-4c023d34404b";
const failed = dwsTask(
  {
    type: "Expand",
    logical_cluster_name: "lc",
    start_time: "2023-06-21 08:35:58",
    end_time: "2023-06-21 08:36:14",
    result: "failed",
    log: `list index out of range\nChecking whether the reentry command is consistent with the previous command.`,
  },
  CLUSTER,
);

test("a failure reason reads on one line, clipped in a table row and whole in an event line", () => {
  expect(reasonText(failed)).toBe(
    "list index out of range Checking whether the reentry command is consistent with the previous command.",
  );
  const reason = taskRow(failed, new Date()).at(-1)!;
  expect(reason).toHaveLength(60);
  expect(reason).toMatch(/^list index out of range Checking .*…$/);
  const line = eventLine({ type: "finished", task: failed, before: undefined }, new Date(0));
  expect(line).toMatch(/  finished  DWS  Expand  failed  \(16s\)  /);
  expect(line.endsWith(`  ${failed.id}  reason: ${reasonText(failed)}`)).toBe(true);
});

test("a task that did not fail has no reason to show", () => {
  const succeeded = dwsTask({ ...failed.raw, result: "success" }, CLUSTER);
  expect(taskRow(succeeded, new Date()).at(-1)).toBe("");
  expect(eventLine({ type: "finished", task: succeeded, before: undefined }, new Date(0))).not.toContain(
    "reason",
  );
});
