// Reads a Chromium trace of a card's opening (bench/profile.ts --hover --frames): what the main
// thread did from the task that showed the card until its first frame was done, and what made
// the layout dirty. Pure, so unit tests reach it.
import type { TraceEvent } from './trace-tasks';

/** Marks the benchmark's probe makes in the page (bench/probe.ts). */
export const VISIBLE_MARK = 'fc-bench-card-visible';
export const PAINTED_MARK = 'fc-bench-card-painted';

/** The trace categories that hold the steps, the marks and the layout invalidations. */
export const CARD_FRAME_CATEGORIES = [
  'devtools.timeline',
  'toplevel',
  'blink.user_timing',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'disabled-by-default-devtools.timeline.stack',
];

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** Rendering steps, and the hit test of a pointer move (its own step of a frame). */
const STEPS = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest'];

export interface FrameEvent extends TraceEvent {
  args?: {
    name?: string;
    data?: {
      url?: string;
      reason?: string;
      stackTrace?: { url?: string }[];
    };
  };
}

export interface CardFrame {
  /** From the start of the task that showed the card to the end of its first frame. */
  totalMs: number;
  /** Time per step (outermost events of each name), and the extension's script in all (with
   * the style and layout it forces). */
  steps: Map<string, number>;
  extensionScriptMs: number;
  /** Layout invalidations in that time, by reason and by whose script made them. */
  invalidations: { reason: string; byExtension: boolean; nodes: number }[];
}

const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** Events of one name that no other of that name holds. */
function outermostOf(events: FrameEvent[]): FrameEvent[] {
  const out: FrameEvent[] = [];
  let until = -Infinity;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < until) continue;
    out.push(e);
    until = end(e);
  }
  return out;
}

/** The card's frame in `events`, or null where the probe's marks are missing. */
export function cardFrame(events: FrameEvent[], origin: string): CardFrame | null {
  const visible = events.find((e) => e.name === VISIBLE_MARK);
  const painted = events.find((e) => e.name === PAINTED_MARK);
  if (!visible || !painted) return null;
  const main = events.filter(
    (e) => e.pid === visible.pid && e.tid === visible.tid && e.ts <= painted.ts,
  );
  const task = main.find(
    (e) => TASKS.has(e.name) && e.ph === 'X' && e.ts <= visible.ts && end(e) >= visible.ts,
  );
  const from = task?.ts ?? visible.ts;
  const inside = main.filter((e) => e.ts >= from);
  const timed = (name: string) =>
    outermostOf(inside.filter((e) => e.name === name && e.ph === 'X')).reduce(
      (ms, e) => ms + (e.dur ?? 0) / 1000,
      0,
    );
  const steps = new Map(STEPS.map((name) => [name, timed(name)]));
  const ours = outermostOf(
    inside.filter((e) => e.ph === 'X' && (e.args?.data?.url ?? '').startsWith(origin)),
  );
  const byKey = new Map<string, { reason: string; byExtension: boolean; nodes: number }>();
  for (const e of inside.filter((x) => x.name === 'LayoutInvalidationTracking')) {
    const reason = e.args?.data?.reason ?? '(no reason)';
    const stack = e.args?.data?.stackTrace ?? [];
    const byExtension = stack.some((f) => (f.url ?? '').startsWith(origin));
    const key = `${reason}\u0000${byExtension}`;
    const row = byKey.get(key) ?? { reason, byExtension, nodes: 0 };
    row.nodes++;
    byKey.set(key, row);
  }
  return {
    totalMs: (painted.ts - from) / 1000,
    steps,
    extensionScriptMs: ours.reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0),
    invalidations: [...byKey.values()].sort((a, b) => b.nodes - a.nodes),
  };
}
