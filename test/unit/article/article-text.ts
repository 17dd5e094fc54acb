// The article's plain text (src/article/article.txt), which the bundled pack's article is parsed
// from (the article tests hold the two together).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ARTICLE_TXT = fileURLToPath(
  new URL('../../../src/article/article.txt', import.meta.url),
);
export const articleText = readFileSync(ARTICLE_TXT, 'utf8');
