/**
 * One writer for stored state. Every change (an observation, a sidebar choice, settings, import,
 * reset, the reminders' bookkeeping) reads, modifies and writes; two of them running at once would
 * each write what it read before the other finished, and one would be lost. The queue runs them one
 * at a time in the order they arrived. A failing job fails only its own caller; the next still runs.
 */
export interface WriteQueue {
  run<T>(job: () => Promise<T>): Promise<T>;
}

export function createWriteQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      const result = tail.then(job);
      // The chain continues whether this job succeeded or not.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
