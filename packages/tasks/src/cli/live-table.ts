import { formatTaskTime } from "../format.js";
import type { Task } from "../task.js";
import { isFinal } from "../task.js";
import type { TaskEvent } from "../watch.js";
import { renderTable, TASK_COLUMNS, taskRow } from "./render.js";

// Finished tasks stay on screen for a while so a change can be read, then make room.
const MAX_ROWS = 20;

/**
 * The live table a terminal gets with --watch: tasks in progress and the latest to finish, redrawn in place
 * (the lines drawn last time are rewritten; the scrollback above is left alone).
 */
export class LiveTable {
  private readonly rows = new Map<string, { task: Task; changedAt: number }>();
  private drawnLines = 0;
  private lastError: string | undefined;

  constructor(
    private readonly stream: { write(text: string): unknown; columns?: number },
    private readonly heading: string,
  ) {}

  apply(event: TaskEvent): void {
    if (event.type === "error") {
      this.lastError = event.error.message;
      return;
    }
    this.rows.set(`${event.task.service}/${event.task.resource?.id ?? ""}/${event.task.id}`, {
      task: event.task,
      changedAt: Date.now(),
    });
    // Bounded: the oldest finished rows go first.
    const finished = [...this.rows]
      .filter(([, row]) => isFinal(row.task.status))
      .sort((a, b) => a[1].changedAt - b[1].changedAt);
    while (this.rows.size > MAX_ROWS && finished.length > 0) this.rows.delete(finished.shift()![0]);
  }

  draw(now: Date): void {
    const rows = [...this.rows.values()]
      .sort((a, b) => (b.task.startedAt?.getTime() ?? 0) - (a.task.startedAt?.getTime() ?? 0))
      .slice(0, MAX_ROWS)
      .map(({ task }) => taskRow(task, now));
    const running = [...this.rows.values()].filter(({ task }) => !isFinal(task.status)).length;
    const lines = [
      `${this.heading}`,
      `${formatTaskTime(now)}: ${running} in progress; Ctrl+C to stop${this.lastError ? `; last error: ${this.lastError}` : ""}`,
      "",
      ...(rows.length ? renderTable(TASK_COLUMNS, rows).split("\n") : ["(no task in progress yet)"]),
    ];
    // A terminal that reports no size (0 columns) gets the lines whole.
    const width = this.stream.columns || Infinity;
    const clipped = lines.map((line) => (line.length > width ? `${line.slice(0, width - 1)}…` : line));
    const up = this.drawnLines > 0 ? `\x1b[${this.drawnLines}F` : "";
    this.stream.write(`${up}\x1b[0J${clipped.join("\n")}\n`);
    this.drawnLines = clipped.length;
  }
}
