export interface HoverIntentOptions {
  /** Dwell on a mention before its card opens: a pointer passing over text opens nothing. */
  openDelay?: number;
  /** Grace after the pointer leaves mention and card: time to cross the gap between them. */
  closeDelay?: number;
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
}

export type OpenReason = 'hover' | 'pin' | 'keyboard';
export type HoverState = 'closed' | 'pending' | 'open' | 'pinned';

export interface HoverIntentCallbacks<T> {
  open(target: T, reason: OpenReason): void;
  /** The card already shown by hover was pinned by a click: the same card, now a dialog. */
  pin(target: T): void;
  close(): void;
}

/** A timer that is either idle or running one callback. */
class Timer {
  private handle: unknown = null;

  constructor(
    private readonly schedule: (fn: () => void, ms: number) => unknown,
    private readonly cancelHandle: (handle: unknown) => void,
  ) {}

  get running(): boolean {
    return this.handle !== null;
  }

  start(ms: number, fn: () => void): void {
    this.stop();
    this.handle = this.schedule(() => {
      this.handle = null;
      fn();
    }, ms);
  }

  stop(): void {
    if (this.handle === null) return;
    this.cancelHandle(this.handle);
    this.handle = null;
  }
}

/**
 * Decides when the one card opens, switches and closes, from pointer, click and keyboard input.
 * Targets are compared by identity. Pure: timers are injected, so no DOM is needed.
 */
export class HoverIntent<T> {
  private shown: T | null = null;
  private pinned = false;
  /** The mention being dwelt on; while a card is shown, the one it will switch to. */
  private pending: T | null = null;
  private readonly openTimer: Timer;
  private readonly closeTimer: Timer;
  private openDelay: number;
  private readonly closeDelay: number;
  private callbacks: HoverIntentCallbacks<T>;

  constructor(callbacks: HoverIntentCallbacks<T>, options: HoverIntentOptions = {}) {
    this.callbacks = callbacks;
    this.openDelay = options.openDelay ?? 150;
    this.closeDelay = options.closeDelay ?? 300;
    // Globals are looked up at call time, so fake timers installed later still take effect.
    const schedule = options.schedule ?? ((fn, ms) => setTimeout(fn, ms));
    const cancel =
      options.cancel ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.openTimer = new Timer(schedule, cancel);
    this.closeTimer = new Timer(schedule, cancel);
  }

  /** A new dwell for the next mention hovered (a settings change); a running one keeps its own. */
  setOpenDelay(ms: number): void {
    this.openDelay = ms;
  }

  get state(): HoverState {
    if (this.shown !== null) return this.pinned ? 'pinned' : 'open';
    return this.pending !== null ? 'pending' : 'closed';
  }

  get current(): T | null {
    return this.shown ?? this.pending;
  }

  /** `dwelt`: how long the pointer has already rested there (it is seen a frame late). */
  pointerOverMention(target: T, dwelt = 0): void {
    if (this.pinned) return;
    this.closeTimer.stop();
    if (target === this.shown) {
      this.cancelPending();
      return;
    }
    // Called every frame the pointer stays put: only a new mention restarts the dwell.
    if (target === this.pending) return;
    this.pending = target;
    // Opens whichever mention is pending when the dwell ends: a re-read may have replaced it.
    this.openTimer.start(Math.max(0, this.openDelay - dwelt), () => {
      const pending = this.pending;
      this.pending = null;
      if (pending !== null) this.show(pending, 'hover');
    });
  }

  pointerOverNothing(): void {
    if (this.pinned) return;
    this.cancelPending();
    // Also called every frame: restarting a running timer would postpone the close forever.
    if (this.shown !== null && !this.closeTimer.running) {
      this.closeTimer.start(this.closeDelay, () => this.hide());
    }
  }

  pointerEnterCard(): void {
    this.closeTimer.stop();
    // A mention crossed on the way into the card was not meant.
    this.cancelPending();
  }

  pointerLeaveCard(): void {
    this.pointerOverNothing();
  }

  click(target: T | null, insideCard: boolean): void {
    if (insideCard) return;
    if (target === null) {
      this.hide();
      return;
    }
    this.clearTimers();
    const wasPinned = this.pinned;
    this.pinned = true;
    if (target !== this.shown) this.show(target, 'pin');
    else if (!wasPinned) this.callbacks.pin(target);
  }

  escape(): void {
    this.hide();
  }

  /** Always reports the open, even for the card already shown: the caller moves focus into it. */
  openByKeyboard(target: T): void {
    this.clearTimers();
    this.pinned = true;
    this.show(target, 'keyboard');
  }

  /**
   * The page's text was read again (a rescan, a re-render) and `next` now stands where `old`
   * was: the card, or the dwell, follows it instead of closing under a pointer that never moved.
   */
  retarget(old: T, next: T): void {
    if (old === this.shown) {
      this.shown = next;
      this.callbacks.open(next, this.pinned ? 'pin' : 'hover');
    } else if (old === this.pending) {
      // The dwell goes on where it was: on a page read again more often than the dwell lasts
      // (a React app re-rendering under load), restarting it would never open the card.
      this.pending = next;
    }
  }

  mentionRemoved(target: T): void {
    if (target === this.shown) this.hide();
    else if (target === this.pending) this.cancelPending();
  }

  /** Stops every timer; later input reaches no callback. */
  dispose(): void {
    this.clearTimers();
    this.shown = null;
    this.pinned = false;
    this.callbacks = { open: () => {}, pin: () => {}, close: () => {} };
  }

  private show(target: T, reason: OpenReason): void {
    this.shown = target;
    this.callbacks.open(target, reason);
  }

  /** Closes whatever is shown or pending; reports a close only if a card was shown. */
  private hide(): void {
    this.clearTimers();
    this.pinned = false;
    if (this.shown === null) return;
    this.shown = null;
    this.callbacks.close();
  }

  private cancelPending(): void {
    this.openTimer.stop();
    this.pending = null;
  }

  private clearTimers(): void {
    this.cancelPending();
    this.closeTimer.stop();
  }
}
