/**
 * Makes elements of `doc` with a class and text, the way the extension's pages build their DOM:
 * from text, never from HTML strings.
 */
export function elementMaker(doc: Document) {
  return <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className = '',
    text?: string,
  ): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
}

/**
 * Makes `nodes` the children of `parent`, in order, moving only the nodes out of place: a list
 * that follows storage keeps its rows, so the focus in a row survives an update.
 */
export function syncChildren(parent: Element, nodes: readonly Node[]): void {
  let at = parent.firstChild;
  for (const node of nodes) {
    if (node === at) at = at.nextSibling;
    else parent.insertBefore(node, at);
  }
  while (at) {
    const next = at.nextSibling;
    at.remove();
    at = next;
  }
}
