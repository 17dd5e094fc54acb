// `npm run bench`: builds the extension if needed, generates the pages, measures the extension,
// the floor and mark.js in Chromium and Firefox, and writes bench/results.json and
// bench/out/table.md. Options: --runs N, --browsers chromium,firefox, --mark-timeout SECONDS,
// --pages huge-text,many-elements (a subset, never committed), --quick (small pages, for trying
// the bench out), --library N (N invented added articles of 30 terms each in the reader's
// library, seeded before the pages load; never committed).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserName } from '../test/browser/support/browsers';
import { startFixtureServer } from '../test/browser/support/server';
import {
  benchBrowser,
  fmt,
  withContentScript,
  type BenchConfig,
  type BrowserResult,
} from './measure';
import { inventedLibrary } from './invented-library';
import { FULL_SIZES, generatePages, writePages } from './pages';
import { SCRIPT_FLOOR_SOURCE } from './probe';
import { judgeTargets, renderMarkdown } from './report';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out');
/** Terms per invented article of --library. */
const LIBRARY_TERMS = 30;
const BUILDS: Record<BrowserName, string> = { chromium: 'chrome-mv3', firefox: 'firefox-mv2' };

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Runs `npm run build` when a build is missing or older than any source. */
function ensureBuild(): void {
  const manifests = Object.values(BUILDS).map((b) => join(ROOT, '.output', b, 'manifest.json'));
  const built = Math.min(...manifests.map((m) => (existsSync(m) ? statSync(m).mtimeMs : 0)));
  const sources = Math.max(
    ...['src', 'entrypoints', 'public', 'wxt.config.ts'].map((p) => newestMtime(join(ROOT, p))),
  );
  if (built > 0 && built >= sources) {
    console.log('Build is up to date (.output is newer than the sources).');
    return;
  }
  console.log(built === 0 ? 'No build: running npm run build' : 'Sources changed: npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

/**
 * One copy of the build for the whole run, so both browsers measure the same build even if
 * another engineer rebuilds meanwhile; with a short hash of its two page scripts (the content
 * script every page loads, the overlay loaded where a page could mention the story), to say
 * which, and their sizes.
 */
function snapshotBuilds(): {
  dir: (name: BrowserName) => string;
  emptyDir: (name: BrowserName) => string;
  floorDir: (name: BrowserName) => string;
  hashes: Record<string, string>;
  bytes: Record<string, number>;
  overlayBytes: Record<string, number>;
} {
  const dir = join(OUT, 'ext');
  rmSync(dir, { recursive: true, force: true });
  const hashes: Record<string, string> = {};
  const bytes: Record<string, number> = {};
  const overlayBytes: Record<string, number> = {};
  for (const build of Object.values(BUILDS)) {
    cpSync(join(ROOT, '.output', build), join(dir, build), { recursive: true });
    const script = readFileSync(join(dir, build, 'watch.js'));
    const overlay = readFileSync(join(dir, build, 'overlay.js'));
    hashes[build] = createHash('sha256').update(script).update(overlay).digest('hex').slice(0, 12);
    bytes[build] = script.byteLength;
    overlayBytes[build] = overlay.byteLength;
    // The references: an empty content script (for the page without mentions), and the floor
    // pass as the content script.
    withContentScript(join(dir, build), join(dir, `${build}-empty`), '');
    withContentScript(join(dir, build), join(dir, `${build}-floor`), SCRIPT_FLOOR_SOURCE);
  }
  return {
    dir: (name) => join(dir, BUILDS[name]),
    emptyDir: (name) => join(dir, `${BUILDS[name]}-empty`),
    floorDir: (name) => join(dir, `${BUILDS[name]}-floor`),
    hashes,
    bytes,
    overlayBytes,
  };
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', 'src', 'entrypoints'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    if (dirty) commit += ' (src/entrypoints modified)';
  } catch {
    // Not a git checkout.
  }
  return {
    cpu: model,
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    commit,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      browsers: { type: 'string', default: 'chromium,firefox' },
      'mark-timeout': { type: 'string', default: '120' },
      pages: { type: 'string' },
      quick: { type: 'boolean', default: false },
      library: { type: 'string' },
    },
  });
  const started = Date.now();
  const runs = Number(values.runs);
  const browsers = values.browsers.split(',') as BrowserName[];
  const markTimeoutMs = Number(values['mark-timeout']) * 1000;

  ensureBuild();
  const builds = snapshotBuilds();
  const info = {
    ...machine(),
    contentScriptSha256: builds.hashes,
    contentScriptBytes: builds.bytes,
    overlayScriptBytes: builds.overlayBytes,
  };
  const bundles = Object.entries(builds.bytes)
    .map(([build, b]) => {
      const overlay = builds.overlayBytes[build] ?? 0;
      return `${build} ${fmt(b / 1000, 1)} kB (overlay ${fmt(overlay / 1000, 1)} kB)`;
    })
    .join(', ');
  console.log(
    `Content script, and the overlay it loads where a page could mention the story: ${bundles}`,
  );
  const sizes = values.quick
    ? { hugeTextChars: 300_000, manyElements: 20_000, newsWords: 1500 }
    : FULL_SIZES;
  const only = values.pages?.split(',');
  const pages = generatePages(sizes).filter((p) => !only || only.includes(p.id));
  const library = values.library === undefined ? 0 : Number(values.library);
  const trial = values.quick || only !== undefined || library > 0;
  const pagesDir = join(OUT, 'pages');
  writePages(
    pagesDir,
    pages,
    readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8'),
  );
  console.log(
    `Pages in ${pagesDir}: ` +
      pages.map((p) => `${p.file} ${fmt(Buffer.byteLength(p.html) / 1e6, 2)} MB`).join(', '),
  );

  const cfg: BenchConfig = {
    runs,
    // mark.js takes tens of seconds on the two huge pages: one run each there.
    markRuns: { 'huge-text': 1, 'many-elements': 1 },
    markTimeoutMs,
    quietMs: 500,
    settleTimeoutMs: 120_000,
    churnWindowMs: 2000,
    extensionDir: builds.dir,
    emptyExtensionDir: builds.emptyDir,
    floorExtensionDir: builds.floorDir,
    ...(library > 0 ? { library: inventedLibrary(library, LIBRARY_TERMS) } : {}),
    log: (line) => console.log(line),
  };
  const server = await startFixtureServer(pagesDir);
  const results: BrowserResult[] = [];
  try {
    for (const name of browsers) {
      console.log(`\n${name}:`);
      const t = Date.now();
      results.push(await benchBrowser(name, server, pages, cfg));
      console.log(`  ${name} done in ${fmt((Date.now() - t) / 1000, 0)} s`);
    }
  } finally {
    await server.close();
  }

  const elapsedS = (Date.now() - started) / 1000;
  const versions = Object.fromEntries(results.map((r) => [r.browser, r.version]));
  const machineLine =
    `${info.cpu}, ${info.cores} cores, ${info.memoryGB} GB; ` +
    Object.values(versions).join(', ') +
    `; ${new Date().toISOString().slice(0, 10)}; load average at start ${info.loadAverageAtStart.join(' ')}; ` +
    `content script ${bundles}` +
    (library > 0
      ? `; library: ${library} invented added articles of ${LIBRARY_TERMS} terms.`
      : '.');
  const markdown = renderMarkdown(results, { runs, markTimeoutMs, machine: machineLine });
  const doc = {
    date: new Date().toISOString(),
    machine: {
      ...info,
      loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
      browsers: versions,
    },
    config: {
      runs,
      markRuns: { default: runs, ...cfg.markRuns },
      markTimeoutMs,
      quietMs: cfg.quietMs,
      churnWindowMs: cfg.churnWindowMs,
      sizes,
      quick: values.quick,
      library,
    },
    elapsedSeconds: Math.round(elapsedS),
    results,
    targets: judgeTargets(results),
  };
  const tablePath = join(OUT, trial ? 'table.quick.md' : 'table.md');
  writeFileSync(tablePath, markdown);
  // A quick or partial run is for trying things out: it never replaces the committed results.
  const resultsPath = trial ? join(OUT, 'results.quick.json') : join(ROOT, 'bench', 'results.json');
  // Formatted as `npm run lint` (prettier --check .) expects the committed file to be.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(resultsPath)) ?? {};
  writeFileSync(
    resultsPath,
    await prettier.format(JSON.stringify(doc), { ...options, filepath: resultsPath }),
  );
  console.log(`\n${markdown}`);
  console.log(`Wrote ${resultsPath} and ${tablePath} in ${fmt(elapsedS / 60, 1)} min.`);
}

await main();
