import { TaskServiceError } from "./errors.js";
import { newestFirst, type ListWindow, type TaskSource } from "./sources/source.js";
import type { Task } from "./task.js";

interface Head {
  iterator: AsyncIterator<Task>;
  source: TaskSource;
  next: Task | undefined;
}

/**
 * Merges sources that each list newest first into one stream, newest first. Sources are read concurrently,
 * one page ahead at most; a source that fails ends with a TaskServiceError handed to `onFailure` while the
 * others go on. An abort of the caller's signal is not a source failure: it ends the whole merge.
 */
export async function* mergeNewestFirst(
  sources: TaskSource[],
  window: ListWindow,
  onFailure: (failure: TaskServiceError) => void,
): AsyncGenerator<Task> {
  const heads: Head[] = [];
  const advance = async (head: Head): Promise<void> => {
    try {
      const result = await head.iterator.next();
      head.next = result.done ? undefined : result.value;
    } catch (error) {
      if (window.signal?.aborted) throw window.signal.reason;
      head.next = undefined;
      onFailure(new TaskServiceError(head.source.service, head.source.resourceId, error));
    }
  };
  try {
    for (const source of sources)
      heads.push({ iterator: source.list(window)[Symbol.asyncIterator](), source, next: undefined });
    await Promise.all(heads.map(advance));
    for (;;) {
      let newest: Head | undefined;
      for (const head of heads)
        if (head.next && (!newest || newestFirst(head.next, newest.next!) < 0)) newest = head;
      if (!newest) return;
      yield newest.next!;
      await advance(newest);
    }
  } finally {
    // A consumer that stops early (break, return) ends every source's paging too.
    await Promise.allSettled(heads.map((head) => head.iterator.return?.()));
  }
}
