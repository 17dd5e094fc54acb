/** Runs a callback in a task of its own, soon; returns a function that cancels it. */
export type Defer = (fn: () => void) => () => void;

export const timeoutDefer: Defer = (fn) => {
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
};

/** Resolves in a task of its own: long work split at it leaves the page room in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => void timeoutDefer(resolve));

/**
 * A task by message: a long scan is a chain of tasks, and browsers clamp nested setTimeout(0) to
 * 4 ms, half as long as a slice of work; a message is not delayed. Between tasks the browser still
 * renders and handles input. Falls back to setTimeout where MessageChannel is missing.
 */
export function messageDefer(): Defer {
  if (typeof MessageChannel !== 'function') return timeoutDefer;
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (fn) => {
    let live = true;
    queue.push(() => {
      if (live) fn();
    });
    channel.port2.postMessage(null);
    return () => {
      live = false;
    };
  };
}
