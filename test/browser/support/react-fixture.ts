import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FixtureServer } from './server';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'react');

/**
 * Builds the React fixture and serves it: the page rendered to a string in Node (react-dom's
 * renderToString, as a server would), and the client bundled by esbuild in development mode, so
 * that React's warnings (hydration mismatches among them) reach the console. Returns the page's
 * path on the server.
 */
export async function serveReactFixture(server: FixtureServer): Promise<string> {
  const [bundle, render] = await Promise.all([
    build({
      entryPoints: [join(DIR, 'client.js')],
      bundle: true,
      write: false,
      format: 'iife',
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    }),
    // A variable specifier: the module is plain JavaScript, without types.
    import(/* @vite-ignore */ pathToFileURL(join(DIR, 'render.js')).href) as Promise<{
      renderPage(): string;
    }>,
  ]);
  const client = bundle.outputFiles[0]?.text;
  if (!client) throw new Error('esbuild produced no bundle for the React fixture');
  server.serve('/react/client.js', client);
  server.serve('/react/index.html', render.renderPage());
  return 'react/index.html';
}
