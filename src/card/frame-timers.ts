import type { HoverIntentOptions } from './hover-intent';

/** One frame of a 60 Hz screen. */
export const FRAME_MS = 1000 / 60;
/** How much sooner than asked a frame timer may call back. */
export const EARLY_MS = FRAME_MS / 2;

export type FrameTimers = Required<Pick<HoverIntentOptions, 'schedule' | 'cancel'>>;

interface Handle {
  timer?: number;
  frame?: number;
}

/**
 * Timers whose callback runs at the start of the frame in which it is due, in a
 * requestAnimationFrame callback: from half a frame early to half a frame late. A browser hands
 * pointer input over as a frame begins, so a dwell timed from it ends just after one has begun,
 * and a card shown from a plain timer waited for the next frame (Chromium, 5 MB page: dwell to
 * the card's first frame 24.5 ms; 11.8–16.4 from the frame's callback).
 */
export function frameTimers(view: Window): FrameTimers {
  return {
    schedule: (fn, ms) => {
      const handle: Handle = {};
      handle.timer = view.setTimeout(
        () => {
          handle.frame = view.requestAnimationFrame(() => fn());
        },
        Math.max(0, ms - EARLY_MS),
      );
      return handle;
    },
    cancel: (handle) => {
      const { timer, frame } = handle as Handle;
      view.clearTimeout(timer);
      if (frame !== undefined) view.cancelAnimationFrame(frame);
    },
  };
}

/** Calls `start` in a task after the next frame (at once without a window); returns what undoes
 * it, whether it has run yet or not. */
export function afterNextFrame(view: Window | null, start: () => () => void): () => void {
  if (!view) return start();
  let stop: (() => void) | null = null;
  let timer: number | undefined;
  const frame = view.requestAnimationFrame(() => {
    timer = view.setTimeout(() => (stop = start()), 0);
  });
  return () => {
    view.cancelAnimationFrame(frame);
    view.clearTimeout(timer);
    stop?.();
  };
}
