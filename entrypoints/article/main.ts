import { pack } from '@/src/article/pack';
import { renderArticle } from '@/src/article/article-view';
import type { Translate } from '@/src/i18n/translate';
import '@/src/article/article-view.css';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
// The page is the article, in English: only its title and its few own words are translated.
document.title = t('articleTitle');
const root = document.getElementById('article');
const show = () => {
  if (!root) return;
  const termId = new URLSearchParams(location.hash.slice(1)).get('term') ?? undefined;
  renderArticle(document, root, pack, termId, t);
};
show();
window.addEventListener('hashchange', show);
