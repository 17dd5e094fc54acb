/**
 * The page's meta tags by lower-cased property, name, itemprop or http-equiv, first one
 * winning, read in one pass.
 */
export function readMetaTags(doc: Document): ReadonlyMap<string, string> {
  const tags = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const key =
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      meta.getAttribute('http-equiv');
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
  }
  return tags;
}

/** The first of the named tags that the page has. */
export function firstTag(tags: ReadonlyMap<string, string>, names: string[]): string | undefined {
  for (const name of names) {
    const value = tags.get(name);
    if (value) return value;
  }
  return undefined;
}
