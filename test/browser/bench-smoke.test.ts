// The benchmark's measuring code, run once on a tiny page in both browsers, so it cannot rot.
// It checks that the bench measures something real, never how fast anything is.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { benchBrowser, withContentScript, type BrowserResult } from '../../bench/measure';
import { tinyPage, writePages } from '../../bench/pages';
import { SCRIPT_FLOOR_SOURCE } from '../../bench/probe';
import { TABLE_COLUMNS, renderMarkdown } from '../../bench/report';
import { BROWSERS, extensionDir } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/server';

const MARK_JS = join(import.meta.dirname, '..', '..', 'node_modules', 'mark.js', 'dist');

describe('benchmark smoke run', () => {
  const page = tinyPage();
  const results: BrowserResult[] = [];
  let dir = '';
  let server: FixtureServer | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fc-bench-'));
    writePages(dir, [page], readFileSync(join(MARK_JS, 'mark.min.js'), 'utf8'));
    server = await startFixtureServer(dir);
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(BROWSERS)('%s: measures the extension, the floor and mark.js', async (name) => {
    if (!server) throw new Error('no server');
    // A hang shows only as the test's timeout: the phases reached say where it was.
    const t0 = Date.now();
    const steps: string[] = [];
    onTestFailed(() => console.log(`${name} phases (ms since start):\n${steps.join('\n')}`));
    const result = await benchBrowser(name, server, [page], {
      runs: 1,
      markRuns: {},
      markTimeoutMs: 10_000,
      quietMs: 300,
      settleTimeoutMs: 10_000,
      churnWindowMs: 500,
      floorExtensionDir: (b) =>
        withContentScript(extensionDir(b), join(dir, `floor-${b}`), SCRIPT_FLOOR_SOURCE),
      log: () => {},
      step: (what) => steps.push(`${Date.now() - t0} ${what}`),
    });
    results.push(result);
    const p = result.pages[0];
    if (!p) throw new Error('no result for the tiny page');
    expect(p.failedRuns).toBe(0);
    expect(p.ranges).toBeGreaterThan(0);
    const settle = p.settleMs?.median;
    expect(Number.isFinite(settle)).toBe(true);
    expect(settle).toBeGreaterThanOrEqual(0);
    expect(p.floorMs?.median).toBeGreaterThanOrEqual(0);
    expect(p.textNodes).toBeGreaterThan(10);
    expect(p.scriptFloorMs?.n).toBe(1);
    expect(p.scriptFloorMs?.median).toBeGreaterThanOrEqual(0);
    expect(p.scriptWalkMs?.n).toBe(1);
    expect(p.scriptWalkMs?.median).toBeGreaterThanOrEqual(0);
    expect(p.markJs.runs).toBe(1);
    expect(p.markJs.timedOut).toBe(false);
    expect(p.markJs.marks).toBeGreaterThan(0);
    // The card opened after the dwell: the hover clock saw the pointer and the card.
    expect(Number.isFinite(p.hoverMs?.median)).toBe(true);
    expect(p.hoverPaintedMs?.median).toBeGreaterThanOrEqual(p.hoverMs?.median ?? Infinity);
    // The engine's own account of its longest slice, read from its marks in both browsers.
    expect(p.longestSliceMs?.max).toBeGreaterThan(0);
    if (name === 'chromium') {
      // The trace found the content script's tasks (its evaluation at least).
      expect(p.trace?.scriptTasks).toBeGreaterThan(0);
      expect(p.trace?.longestScriptMs).toBeGreaterThan(0);
      expect(p.heapAddedMB).not.toBeNull();
      expect(p.taskMs?.ext).toBeGreaterThan(0);
    } else {
      expect(p.trace).toBeNull();
      // The Gecko profiler sampled the extension's page scripts in the one profiled load.
      expect(p.profiledScriptMs?.n).toBe(1);
      expect(p.profiledScriptMs?.median).toBeGreaterThan(0);
    }
  });

  it('renders the README table with the expected columns', () => {
    expect(results.map((r) => r.browser)).toEqual([...BROWSERS]);
    const markdown = renderMarkdown(results, { runs: 1, markTimeoutMs: 10_000, machine: 'test' });
    const lines = markdown.split('\n');
    expect(lines[0]).toBe(`| ${TABLE_COLUMNS.join(' | ')} |`);
    const rows = lines.slice(2, 2 + results.length);
    for (const row of rows) {
      const cells = row.split(' | ');
      expect(cells).toHaveLength(TABLE_COLUMNS.length);
      expect(row).toContain(page.title);
    }
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| Chromium', '| Firefox']);
  });
});
