import { defineConfig } from 'wxt';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArticle } from './src/article/article';
import { terms } from './src/article/terms';
import { validatePack } from './src/article/validate';

// Firefox ships as MV2: its MV3 treats host permissions as opt-in per site, which would leave
// the overlay silent until the user grants each site by hand.
export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: { excludeSources: ['bench/out/**', 'test-results/**', 'docs/**'] },
  hooks: {
    // The article pack is validated again when the extension loads it (src/article/pack.ts);
    // validating it here, with the same function, makes an invalid pack fail `npm run build`.
    'build:before': (wxt) => {
      const articleText = readFileSync(resolve(wxt.config.root, 'src/article/article.txt'), 'utf8');
      validatePack({ article: parseArticle(articleText), terms }, articleText);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Fact Context',
    description:
      'Highlights the key terms of one news article on any page and shows, on hover, what the article says about them.',
    permissions: [],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next highlighted mention and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous highlighted mention and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fact-context@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
