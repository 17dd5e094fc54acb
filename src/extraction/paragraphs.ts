/** The blocks whose texts are the article's paragraphs. */
const BLOCKS = new Set(['p', 'li', 'blockquote', 'h2', 'h3', 'h4', 'pre']);
/** Never read as text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'figcaption']);
/** Elements that break a line where they start and end, so their texts are not run together. */
const LINE_BREAKING = new Set([
  'address', 'article', 'aside', 'br', 'dd', 'div', 'dl', 'dt', 'figure', 'footer', 'h1', 'h5',
  'h6', 'header', 'hr', 'main', 'ol', 'section', 'table', 'td', 'th', 'tr', 'ul',
]); // prettier-ignore

export const collapseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The texts of the body's p, li, blockquote, h2–h4 and pre blocks in document order, each
 * verbatim but for white space, none empty. A block inside another is a paragraph of its own,
 * and its text is not repeated in the outer one. One pass, without recursion, so a page of any
 * length or depth costs time in proportion to its size.
 */
export function paragraphsOf(body: Node): string[] {
  const out: string[] = [];
  const open: { slot: number; parts: string[] }[] = [];
  /** A node to read, the index in `out` of a block that ends here, or a line break to write. */
  const todo: (Node | number | ' ')[] = [];
  const pushChildren = (node: Node) => {
    for (let c = node.lastChild; c; c = c.previousSibling) todo.push(c);
  };
  const write = (text: string) => open.at(-1)?.parts.push(text);

  pushChildren(body);
  while (todo.length) {
    const next = todo.pop() as Node | number | ' ';
    if (next === ' ') {
      write(' ');
      continue;
    }
    if (typeof next === 'number') {
      const block = open.pop();
      if (block) out[block.slot] = collapseSpace(block.parts.join(''));
      continue;
    }
    if (next.nodeType === 3 /* TEXT_NODE */) {
      write(next.nodeValue ?? '');
      continue;
    }
    if (next.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const name = (next as Element).localName;
    if (SKIPPED.has(name)) continue;
    if (BLOCKS.has(name)) {
      const slot = out.push('') - 1;
      open.push({ slot, parts: [] });
      todo.push(slot);
    } else if (LINE_BREAKING.has(name)) {
      write(' ');
      todo.push(' ');
    }
    pushChildren(next);
  }
  return out.filter((p) => p !== '');
}
