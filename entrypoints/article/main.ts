import { pack } from '@/src/article/pack';
import { renderArticle, renderMissing, viewedPack, viewTarget } from '@/src/article/article-view';
import type { Translate } from '@/src/i18n/translate';
import { createLibraryStore } from '@/src/library/library-store';
import '@/src/article/article-view.css';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
// The page is the article, in English: only its title and its few own words are translated.
document.title = t('articleTitle');
const root = document.getElementById('article');
const library = createLibraryStore();
const show = async () => {
  if (!root) return;
  const { articleId, termId } = viewTarget(location.hash);
  const shown = await viewedPack(articleId, pack, (id) => library.file(id));
  if (shown) renderArticle(document, root, shown, termId, t);
  else renderMissing(document, root, t);
};
void show();
window.addEventListener('hashchange', () => void show());
