import { defineConfig } from 'wxt';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundlePack, type BundledPack } from './src/article/bundle';
import { PAGE_MODULE_FILES } from './src/content/page-modules';

const BUNDLED_PACK = 'virtual:bundled-pack';
const PAGE_PROBE = 'virtual:page-probe';
const PACK_FILE = resolve(import.meta.dirname, 'src/article/bundled-pack.json');
const readPackFile = (): unknown => JSON.parse(readFileSync(PACK_FILE, 'utf8'));
/** The files of src/content/page-modules.ts's PAGE_MODULE_FILES, as the manifest names them. */
const PAGE_MODULES = Object.values(PAGE_MODULE_FILES).map((file) => file.slice(1));

/**
 * The pack, validated and with its matcher compiled, as a module of data: an invalid pack fails
 * `npm run build`, and pages load the result without work (JSON.parse of a string literal is the
 * cheapest way to load data in V8 and SpiderMonkey). The content script gets only the probe.
 */
function bundledPackModule() {
  const modules: Record<string, (b: BundledPack) => unknown> = {
    [BUNDLED_PACK]: (b) => b,
    [PAGE_PROBE]: (b) => b.probe,
  };
  // Made once for both modules of a build.
  let bundled: BundledPack | undefined;
  return {
    name: 'bundled-pack',
    resolveId: (id: string) => (id in modules ? `\0${id}` : undefined),
    load(id: string) {
      const data = id.startsWith('\0') ? modules[id.slice(1)] : undefined;
      if (!data) return undefined;
      bundled ??= bundlePack(readPackFile());
      const json = JSON.stringify(data(bundled));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}

// Firefox ships as MV2: its MV3 treats host permissions as opt-in per site, which would leave
// the overlay silent until the user grants each site by hand.
export default defineConfig({
  srcDir: '.',
  zip: { excludeSources: ['bench/out/**', 'test-results/**', 'docs/**'] },
  vite: () => ({
    plugins: [bundledPackModule()],
    // chrono-node names its English parser by a wildcard export ("./*") that WXT's Vite does not
    // resolve (Node and Vitest do): the extraction's import is pointed at that file.
    resolve: {
      alias: [
        {
          find: /^chrono-node\/en$/,
          replacement: resolve(
            import.meta.dirname,
            'node_modules/chrono-node/dist/esm/locales/en/index.js',
          ),
        },
      ],
    },
  }),
  hooks: {
    // Validated here too, so that a pack only the extension pages use cannot ship invalid.
    'build:before': () => {
      bundlePack(readPackFile());
    },
    // The page's scripts (see entrypoints/watch.ts and entrypoints/content.css), listed by hand:
    // the watch is a plain script, not a WXT content script. The highlight rules must be in
    // place before the page is first styled: added later, a sheet restyles the whole page
    // (0.7 s on a 200,000-element page), so they come at document start.
    'build:manifestGenerated': (_wxt, manifest) => {
      const everywhere = { matches: ['<all_urls>'], all_frames: true, match_about_blank: true };
      manifest.content_scripts = [
        { ...everywhere, css: ['content-scripts/content.css'], run_at: 'document_start' },
        { ...everywhere, js: ['watch.js'], run_at: 'document_idle' },
      ];
    },
  },
  manifest: ({ browser }) => ({
    // Every string is in public/_locales/<locale>/messages.json, ready for translation.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the settings (sync area) and the library (local area), read by the page scripts,
    // popup and options page. While the reader has added articles switched on, the background
    // registers a second page script for every frame (src/background/library-watch.ts):
    // Chromium's scripting API needs `scripting` and host permissions for the pages it runs in,
    // Firefox's contentScripts API (MV2) needs them in `permissions`. The content scripts
    // already match <all_urls>, so the install warning stays the same. `scripting` also lets the
    // popup and the shortcuts ask a tab's page script (src/page-answer.ts).
    ...(browser === 'firefox'
      ? { permissions: ['storage', 'scripting', '<all_urls>'] }
      : { permissions: ['storage', 'scripting'], host_permissions: ['<all_urls>'] }),
    // The scripts the content script imports (src/content/page-modules.ts): the overlay, once a
    // page could mention the story, and the article extraction, when the reader asks to add the
    // page's article. Only through a URL made for each session in Chromium, so pages cannot probe
    // for the extension (Firefox's URLs carry a random ID of each install anyway).
    web_accessible_resources:
      browser === 'firefox'
        ? PAGE_MODULES
        : [{ resources: PAGE_MODULES, matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNext__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPrevious__',
      },
    },
    // 105: the first Chrome with the CSS Custom Highlight API, the newest API the extension needs
    // (caretPositionFromPoint, from 128, has a fallback).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the first Firefox with the CSS Custom Highlight API (and an ESR line). Its
            // ::highlight() paints no underline, so the style falls back at run time
            // (src/highlighting/paintable-style.ts). Android reads the data-collection key
            // only from 142 on, and the linter wants that said.
            gecko: {
              id: 'fact-context@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
