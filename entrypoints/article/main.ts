import { pack } from '@/src/article/pack';
import { renderArticle } from '@/src/article/article-view';
import '@/src/article/article-view.css';

const root = document.getElementById('article');
const show = () => {
  if (!root) return;
  const termId = new URLSearchParams(location.hash.slice(1)).get('term') ?? undefined;
  renderArticle(document, root, pack, termId);
};
show();
window.addEventListener('hashchange', show);
