import { collapseSpace } from './paragraphs';

/** Above this share of the body's text in links, the body is a list of links. */
const MAX_LINK_SHARE = 0.5;
/** A body where this share of the blocks are links and nothing else is an index of links. */
const MAX_LINK_BLOCK_SHARE = 0.25;
const MIN_LINK_BLOCKS = 3;
const BLOCK = 'p, li, blockquote, h2, h3, h4, pre';

/**
 * Whether an extracted body reads as a list of links (search results, a section front)
 * rather than an article: most of its text is in links, or, on a page that does not declare
 * an article, many of its blocks are a link alone (each result's title).
 */
export function readsAsLinkList(body: Element, blocks: number, declaresArticle: boolean): boolean {
  const all = collapseSpace(body.textContent ?? '').length;
  let linked = 0;
  const linkBlocks = new Set<Element>();
  // Each block's text is read once, however many links it holds, so the work stays linear.
  const blockTexts = new Map<Element, string>();
  for (const a of body.querySelectorAll('a')) {
    const text = collapseSpace(a.textContent ?? '');
    linked += text.length;
    const block = a.closest(BLOCK);
    if (!text || !block) continue;
    let blockText = blockTexts.get(block);
    if (blockText === undefined) {
      blockText = collapseSpace(block.textContent ?? '');
      blockTexts.set(block, blockText);
    }
    if (blockText === text) linkBlocks.add(block);
  }
  if (all && linked / all > MAX_LINK_SHARE) return true;
  return (
    !declaresArticle &&
    linkBlocks.size >= MIN_LINK_BLOCKS &&
    linkBlocks.size / Math.max(blocks, 1) >= MAX_LINK_BLOCK_SHARE
  );
}
