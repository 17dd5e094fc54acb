/**
 * Runs writes one after another: two quick changes (a double click) must not read the same old
 * value and lose one another. A failed write does not stop the ones queued after it.
 */
export function createSerial(): <T>(write: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(write: () => Promise<T>): Promise<T> => {
    const run = queue.then(write, write);
    queue = run.catch(() => {});
    return run;
  };
}
