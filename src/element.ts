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
