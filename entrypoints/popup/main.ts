import { pack } from '@/src/article/pack';
import { renderArticleBrief } from '@/src/popup/article-brief';
import { articlePath } from '@/src/messages';
import '@/src/popup/popup.css';

const root = document.getElementById('popup');
if (root) renderArticleBrief(document, root, pack, browser.runtime.getURL(articlePath()));
