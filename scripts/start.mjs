// `npm start`: opens a browser with the built extension on the demo page, for a first look.
// `npm start -- -b firefox` opens Firefox. Nothing is downloaded: the system's browser is used.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { browser: { type: 'string', short: 'b' } } });
const browser = values.browser ?? 'chromium';
const targets = {
  chromium: {
    dir: '.output/chrome-mv3',
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    flag: '--chromium-binary',
    target: 'chromium',
  },
  firefox: {
    dir: '.output/firefox-mv2',
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    flag: '--firefox',
    target: 'firefox-desktop',
  },
};
const spec = targets[browser === 'chrome' ? 'chromium' : browser];
if (!spec) {
  console.error(`npm start: unknown browser "${browser}"; use -b chromium or -b firefox.`);
  process.exit(2);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    'npm start opens a browser window, and this machine has no display (neither DISPLAY nor ' +
      'WAYLAND_DISPLAY is set). Run it on a desktop, or run `npm test` here: it drives both ' +
      'browsers headless.',
  );
  process.exit(0);
}
if (!existsSync(join(ROOT, spec.dir, 'manifest.json'))) {
  console.error(`npm start: no build in ${spec.dir}. Run \`npm run build\` first.`);
  process.exit(1);
}
const binary = process.env[spec.env] ?? spec.paths.find((p) => existsSync(p));

// The demo page is served from this machine: content scripts do not run on file:// pages
// unless the user allows it by hand.
const server = createServer((req, res) => {
  if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/') {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  createReadStream(join(ROOT, 'demo', 'index.html')).pipe(res);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${port}/`;
  const args = [
    'run',
    '--no-reload',
    '--target',
    spec.target,
    '--source-dir',
    join(ROOT, spec.dir),
    '--start-url',
    url,
    ...(binary ? [spec.flag, binary] : []),
    // Chromium will not start as root without this (containers, CI boxes).
    ...(spec.target === 'chromium' && process.getuid?.() === 0 ? ['--arg=--no-sandbox'] : []),
  ];
  console.log(`Opening ${browser} with the extension on the demo page ${url} (close it to stop).`);
  const runner = spawn(join(ROOT, 'node_modules', '.bin', 'web-ext'), args, { stdio: 'inherit' });
  const stop = () => server.close();
  runner.on('exit', (code) => {
    stop();
    process.exit(code ?? 0);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => runner.kill(signal));
});
