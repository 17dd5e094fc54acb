/** One frame of a 60 Hz screen. */
export const FRAME_MS = 1000 / 60;

export interface FrameTimers {
  schedule: (fn: () => void, ms: number) => unknown;
  cancel: (handle: unknown) => void;
}

interface Handle {
  timer?: number;
  frame?: number;
}

/**
 * Timers whose callback runs at the start of the frame in which it is due, in a
 * requestAnimationFrame callback: from half a frame early to half a frame late. A browser hands
 * pointer input over as a frame begins, so a dwell timed from it ends just after one has begun;
 * a card shown from a plain timer then waited for the next frame (in Chromium, 21–27 ms from the
 * card to its first frame on the 5 MB page, against 9–16 ms for the same card shown by the page
 * itself). Shown from the frame's own callback, it is in that frame.
 */
export function frameTimers(view: Window): FrameTimers {
  return {
    schedule: (fn, ms) => {
      const handle: Handle = {};
      handle.timer = view.setTimeout(
        () => {
          handle.frame = view.requestAnimationFrame(() => fn());
        },
        Math.max(0, ms - FRAME_MS / 2),
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
