import { ELEMENT_NODE } from '../node-types';

/**
 * A huge page is read ahead of its reader, not all at once. The first pass reads at least this
 * much, all of nearly every news page (25 of 2010–2020 held 640–6,800 nodes; a long
 * encyclopaedia article holds ~20,000 and is read ahead of its reader); past it, the walk
 * stops where the text it would read next lies PAUSE_SCREENS viewport heights down, and goes on
 * once the reader comes within RESUME_SCREENS of it. A page of megabytes then costs what its
 * first screens cost, and the rest as it is scrolled to. The popup's counts and stepping
 * through mentions read the rest first (MentionEngine.readAll).
 */
export const READ_FIRST = { chars: 262_144, nodes: 16_000 };
/** After READ_FIRST, where the walk is looked at again: a position costs a layout read. */
export const CHECK_EVERY = { chars: 65_536, nodes: 6_000 };
export const PAUSE_SCREENS = 4;
export const RESUME_SCREENS = 3;

export interface Read {
  chars: number;
  nodes: number;
}

/** Whether text whose top is at `top` (px from the viewport's top) lies more than `screens`
 * viewport heights down. A viewport of no height (a collapsed frame) never stops the walk. */
export function isBeyond(top: number, viewportHeight: number, screens: number): boolean {
  return viewportHeight > 0 && top > viewportHeight * screens;
}

/** When the walk next looks at where it is: at READ_FIRST, then every CHECK_EVERY. */
export class CheckPoints {
  private next: Read = { ...READ_FIRST };

  reached(read: Read): boolean {
    if (read.chars < this.next.chars && read.nodes < this.next.nodes) return false;
    this.next = { chars: read.chars + CHECK_EVERY.chars, nodes: read.nodes + CHECK_EVERY.nodes };
    return true;
  }
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const DISCONNECTED = 1; // Node.DOCUMENT_POSITION_DISCONNECTED

/**
 * The paused first pass of one document: where it stopped, and the watch on scrolling that
 * resumes it. `onLost` is called instead when the node it stopped at left the page (a TreeWalker
 * would go on inside the removed subtree and never come back).
 */
export class ReadAhead {
  private frontier: Node | null = null;
  private resume: (() => void) | null = null;
  private listening: AbortController | null = null;
  private checkQueued = false;
  /** Set once the reader asked for every mention of the page: the walk stops no more. */
  private released = false;

  constructor(
    private readonly view: Window,
    private readonly onLost: () => void,
  ) {}

  /** Whether a walk that last read `position` is far enough below the reader to stop. */
  due(position: Node | null): boolean {
    if (this.released) return false;
    const top = position ? topOf(position) : null;
    return top !== null && isBeyond(top, this.view.innerHeight, PAUSE_SCREENS);
  }

  /** Stops the walk at `position` until the reader nears it; then `resume` goes on. */
  wait(position: Node, resume: () => void): void {
    this.stop();
    this.frontier = position;
    this.resume = resume;
    this.listening = new AbortController();
    const options = { capture: true, passive: true, signal: this.listening.signal };
    // Captured: scrolling inside an element does not bubble to the window.
    this.view.addEventListener('scroll', () => this.queueCheck(), options);
    this.view.addEventListener('resize', () => this.queueCheck(), options);
  }

  get paused(): boolean {
    return this.frontier !== null;
  }

  /**
   * How much of `nodes` (whole subtrees) lies after where the walk stopped: what does will be
   * read when the walk gets there. 'some' when they hold that node itself: read in part.
   */
  unreadPart(nodes: readonly Node[]): 'none' | 'some' | 'all' {
    const frontier = this.frontier;
    if (!frontier) return 'none';
    let unread = 0;
    for (const node of nodes) {
      if (node.contains(frontier)) return 'some';
      const position = frontier.compareDocumentPosition(node);
      if ((position & FOLLOWING) !== 0 && (position & DISCONNECTED) === 0) unread++;
    }
    return unread === 0 ? 'none' : unread === nodes.length ? 'all' : 'some';
  }

  /** Goes on reading if the reader came near where the walk stopped, or that node left. */
  check(): void {
    const frontier = this.frontier;
    const resume = this.resume;
    if (!frontier || !resume) return;
    const connected = frontier.isConnected;
    if (connected) {
      const top = topOf(frontier);
      if (top !== null && isBeyond(top, this.view.innerHeight, RESUME_SCREENS)) return;
    }
    this.stop();
    if (connected) resume();
    else this.onLost();
  }

  /** Reads on to the end, now and from now on (e.g. to step through every mention). */
  release(): void {
    this.released = true;
    const resume = this.resume;
    this.stop();
    resume?.();
  }

  stop(): void {
    this.listening?.abort();
    this.listening = null;
    this.frontier = null;
    this.resume = null;
  }

  /** One check a frame, however many scroll events it had. */
  private queueCheck(): void {
    if (this.checkQueued) return;
    this.checkQueued = true;
    this.view.requestAnimationFrame(() => {
      this.checkQueued = false;
      this.check();
    });
  }
}

/** The top of the element that holds `node`, in viewport px; null when it has no element. */
function topOf(node: Node): number | null {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element ? element.getBoundingClientRect().top : null;
}
