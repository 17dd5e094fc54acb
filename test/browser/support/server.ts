import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const MODULES = join(import.meta.dirname, '..', '..', '..', 'node_modules');
/** Test tools served to fixture pages from node_modules, so nothing is fetched from elsewhere. */
const VENDOR: Record<string, string> = {
  '/vendor/axe.min.js': join(MODULES, 'axe-core', 'axe.min.js'),
  '/vendor/mark.min.js': join(MODULES, 'mark.js', 'dist', 'mark.min.js'),
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every request received, as "METHOD url" (absolute URLs when used as a proxy). */
  readonly requests: string[];
  close(): Promise<void>;
}

/** The host name fixture pages have when the server is used as the browser's proxy. */
export const PROXIED_HOST = 'fixtures.test';

/**
 * Serves test/browser/fixtures on 127.0.0.1; `?csp=` sets a Content-Security-Policy header.
 * It doubles as an HTTP proxy that serves only http://fixtures.test/, so a browser pointed at
 * it can reach nothing else, and every request it makes is recorded.
 */
export async function startFixtureServer(
  root = join(import.meta.dirname, '..', 'fixtures'),
): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.host !== PROXIED_HOST && !['127.0.0.1', 'localhost'].includes(url.hostname)) {
      res.writeHead(502).end('no network here');
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const vendor = VENDOR[url.pathname];
    if (vendor) {
      res.writeHead(200, { 'content-type': TYPES['.js'] ?? '' });
      createReadStream(vendor).pipe(res);
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    };
    const csp = url.searchParams.get('csp');
    if (csp) headers['content-security-policy'] = csp;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
