import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Page as PwPage,
} from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const EXTENSION_DIR: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output', 'chrome-mv3'),
  firefox: join(ROOT, '.output', 'firefox-mv2'),
};
const GECKO_ID = 'fact-context@example.org';
export const FIREFOX_UUID = '6f1d2c3b-8a4e-4f5a-9b7c-0d1e2f3a4b5c';

const EXECUTABLE: Record<BrowserName, { env: string; path: string; install: string }> = {
  chromium: {
    env: 'CHROMIUM_PATH',
    path: '/usr/bin/chromium',
    install: 'sudo apt-get install -y chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    path: '/usr/bin/firefox-esr',
    install: 'sudo apt-get install -y firefox-esr',
  },
};

/** The browser's binary, or an error that says how to install it: a missing browser never skips. */
export function executableFor(name: BrowserName): string {
  const spec = EXECUTABLE[name];
  const path = process.env[spec.env] ?? spec.path;
  if (!existsSync(path)) {
    throw new Error(
      `${name} not found at ${path}. Install it (${spec.install}) or set ${spec.env} to its binary.`,
    );
  }
  return path;
}

/**
 * A private copy of the build for one launch: a rebuild while tests run (`npm run zip`, a
 * developer's build) must not change an extension under a running browser.
 */
export function extensionDir(name: BrowserName): string {
  const dir = EXTENSION_DIR[name];
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No build at ${dir}: run \`npm run build\` first.`);
  }
  const copy = mkdtempSync(join(tmpdir(), `fc-ext-${name}-`));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a test needs from a tab, the same in both drivers. */
export interface TestPage {
  /** Console errors and uncaught errors, of the page and of content scripts. */
  readonly errors: string[];
  /** Console warnings (e.g. React's, or a content script's logged faults). */
  readonly warnings: string[];
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Turns the mouse wheel by `deltaY` pixels where the pointer is. */
  wheel(deltaY: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Types `text` into the focused element, one key press per character. */
  type(text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(path: string, clip?: Clip): Promise<void>;
  close(): Promise<void>;
  /** Chromium only: sends a DevTools Protocol command for this tab (the benchmark's metrics). */
  cdp?(method: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Chromium only: starts a trace of the tab's main-thread tasks, the browser's reading of the
   * page's text and the page's marks (or of `categories`); the returned function stops it and
   * gives its events (the benchmark attributes tasks with them). */
  trace?(categories?: string[]): Promise<() => Promise<Record<string, unknown>[]>>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  newPage(): Promise<TestPage>;
  /** Opens one of the extension's own pages, e.g. `article.html#term=fentanyl`. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** A tab the browser has open (e.g. one the extension opened) whose URL contains `part`. */
  findPage(part: string, timeout?: number): Promise<TestPage>;
  /** With `witnessRequests` (Chromium): the network requests made by extension code so far. */
  extensionRequests?(): string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Source run in every new page before the page's own scripts (e.g. a benchmark's observers). */
  initScript?: string;
  /** false launches the same browser without the extension: a baseline. Default true. */
  extension?: boolean;
  /** A build to load instead of .output's (e.g. a copy that a concurrent rebuild cannot touch). */
  extensionDir?: string;
  /** Extra Firefox preferences (ignored by Chromium). */
  firefoxPrefs?: Record<string, string | number | boolean>;
  /** The user's preferences the browser reports to pages (Firefox takes them only at launch). */
  dark?: boolean;
  /** Chromium: record the requests that an extension's code starts (see extensionRequests). */
  witnessRequests?: boolean;
  /** Firefox: more environment variables for the browser (e.g. its profiler's). */
  env?: Record<string, string>;
}

export async function launch(
  name: BrowserName,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

function wrapPlaywright(page: PwPage): TestPage {
  const errors: string[] = [];
  const warnings: string[] = [];
  let cdp: Promise<CDPSession> | undefined;
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  return {
    errors,
    warnings,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    waitFor: async (fn, arg, timeout = 15_000) => {
      await page.waitForFunction(fn, arg as never, { timeout });
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    wheel: (deltaY) => page.mouse.wheel(0, deltaY),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, clip) => {
      await page.screenshot({ path, ...(clip ? { clip } : {}) });
    },
    close: () => page.close(),
    cdp: async (method, params) => {
      cdp ??= page.context().newCDPSession(page);
      return (await cdp).send(method as never, params as never);
    },
    trace: async (
      categories = ['devtools.timeline', 'toplevel', 'v8.execute', 'renderer', 'blink.user_timing'],
    ) => {
      const session = await page.context().newCDPSession(page);
      const events: Record<string, unknown>[] = [];
      session.on('Tracing.dataCollected', (e) => events.push(...e.value));
      await session.send('Tracing.start', {
        traceConfig: { includedCategories: categories },
        transferMode: 'ReportEvents',
      });
      return async () => {
        const done = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
        await session.send('Tracing.end');
        await done;
        await session.detach();
        return events;
      };
    },
  };
}

async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const withExtension = options.extension !== false;
  const ext = withExtension ? (options.extensionDir ?? extensionDir('chromium')) : '';
  const profile = mkdtempSync(join(tmpdir(), 'fc-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: executableFor('chromium'),
    headless: true,
    viewport: { width: 1000, height: 700 },
    colorScheme: options.dark ? 'dark' : 'light',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(withExtension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
    ],
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const witness = options.witnessRequests ? witnessExtensionRequests(context) : null;
  const worker = withExtension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : null;
  const id = worker ? new URL(worker.url()).host : '';
  const newPage = async () => {
    const page = await context.newPage();
    await witness?.watch(page);
    return wrapPlaywright(page);
  };
  return {
    name: 'chromium',
    newPage,
    findPage: (part, timeout = 15_000) =>
      pollFor(() => context.pages().find((p) => p.url().includes(part)), part, timeout).then(
        wrapPlaywright,
      ),
    ...(witness ? { extensionRequests: () => [...witness.requests] } : {}),
    openExtensionPage: async (path) => {
      const page = await newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (ext && !options.extensionDir) rmSync(ext, { recursive: true, force: true });
    },
  };
}

const EXTENSION_CODE = /^chrome-extension:\/\//;

interface Initiator {
  stack?: { callFrames: { url: string }[]; parent?: Initiator['stack'] };
}

/** Whether any frame of the initiator's stack, async parents included, is extension code. */
function startedByExtension(initiator: Initiator): boolean {
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    if (stack.callFrames.some((f) => EXTENSION_CODE.test(f.url))) return true;
  }
  return false;
}

/**
 * Attributes Chromium's network requests to extension code: every request of an extension
 * context (service worker, extension page) and each request in a web page whose initiator's
 * stack runs through extension code (a content script). The browser's own traffic (updates,
 * sync) belongs to no page or worker and is never seen here, whatever the browser's version.
 */
function witnessExtensionRequests(context: BrowserContext) {
  const requests: string[] = [];
  const record = (method: string, url: string) => {
    if (!EXTENSION_CODE.test(url) && !url.startsWith('data:')) requests.push(`${method} ${url}`);
  };
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    const from = worker ? worker.url() : request.frame().url();
    if (EXTENSION_CODE.test(from)) record(request.method(), request.url());
  });
  return {
    requests,
    /** Content scripts run in web pages: their requests are told apart by initiator. */
    async watch(page: PwPage) {
      const cdp = await context.newCDPSession(page);
      cdp.on('Network.requestWillBeSent', (e) => {
        if (!EXTENSION_CODE.test(e.documentURL) && startedByExtension(e.initiator as Initiator)) {
          record(e.request.method, e.request.url);
        }
      });
      await cdp.send('Network.enable');
    },
  };
}

function wrapPuppeteer(page: PpPage): TestPage {
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warn') warnings.push(m.text());
  });
  return {
    errors,
    warnings,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    waitFor: (fn, arg, timeout = 15_000) => pollFromNode(page, fn, arg, timeout),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    wheel: (deltaY) => page.mouse.wheel({ deltaY }),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    setViewport: (width, height) => setFirefoxViewport(page, width, height),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, clip) => {
      await page.screenshot({ path: path as `${string}.png`, ...(clip ? { clip } : {}) });
    },
    close: () => page.close(),
  };
}

/** Asks `find` every 50 ms until it gives something; fails after `timeout` ms. */
async function pollFor<T>(
  find: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeout: number,
): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`waited ${timeout} ms for a tab at ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits until `fn(arg)` is truthy in the page, asking from Node every 50 ms. Puppeteer's own
 * waitForFunction builds its poller with Function(), which an extension page's CSP blocks in
 * Firefox 140; one evaluation at a time goes through WebDriver BiDi in every version.
 */
async function pollFromNode<A>(
  page: PpPage,
  fn: (arg: A) => unknown,
  arg: A | undefined,
  timeout: number,
): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    // A navigation may destroy the context mid-call: that is "not yet", not a failure.
    const done: unknown = await page.evaluate(fn as never, arg as never).catch(() => false);
    if (done) return;
    if (Date.now() > until)
      throw new Error(`waited ${timeout} ms for ${fn.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Puppeteer sends the viewport together with a screen orientation override, a command Firefox
 * 140 does not know: there the orientation is not wanted anyway, so that one refusal is let go
 * once the size has taken effect.
 */
async function setFirefoxViewport(page: PpPage, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
    await pollFromNode(
      page,
      (size: { w: number; h: number }) => innerWidth === size.w && innerHeight === size.h,
      { w: width, h: height },
      15_000,
    );
  }
}

async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const ext =
    options.extension !== false ? (options.extensionDir ?? extensionDir('firefox')) : null;
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executableFor('firefox'),
    headless: true,
    // No viewport emulation at launch: Puppeteer would set it with a command Firefox 140 refuses.
    defaultViewport: null,
    args: ['-remote-allow-system-access'],
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'layout.css.prefers-color-scheme.content-override': options.dark ? 0 : 1,
      ...options.firefoxPrefs,
    },
  });
  if (ext) await browser.installExtension(ext);
  const newPage = async () => {
    const page = await browser.newPage();
    await setFirefoxViewport(page, 1000, 700);
    if (options.initScript) await page.evaluateOnNewDocument(options.initScript);
    return wrapPuppeteer(page);
  };
  return {
    name: 'firefox',
    newPage,
    // Asked of each page: under BiDi, Puppeteer's url() of a tab the extension opened stays stale.
    findPage: async (part, timeout = 15_000) =>
      wrapPuppeteer(
        await pollFor(
          async () => {
            for (const page of await browser.pages()) {
              const href = await page.evaluate(() => location.href).catch(() => '');
              if (href.includes(part)) return page;
            }
            return undefined;
          },
          part,
          timeout,
        ),
      ),
    openExtensionPage: async (path) => {
      const raw = await browser.newPage();
      await setFirefoxViewport(raw, 1000, 700);
      // goto never resolves on moz-extension: pages under BiDi, though the tab does navigate.
      await raw.goto(`moz-extension://${FIREFOX_UUID}/${path}`, { timeout: 1500 }).catch(() => {});
      await pollFromNode(
        raw,
        () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
        undefined,
        15_000,
      );
      return wrapPuppeteer(raw);
    },
    close: async () => {
      await browser.close();
      if (ext && !options.extensionDir) rmSync(ext, { recursive: true, force: true });
    },
  };
}
