const TRACKING = /^(utm_.*|fbclid|gclid)$/i;

/** An absolute http(s) URL, or undefined: a relative or other-scheme canonical is not trusted. */
function httpUrl(raw: string | null | undefined): URL | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The URL without utm_*, fbclid and gclid parameters; the others may identify the article. */
export function withoutTracking(url: URL): string {
  const clean = new URL(url.href);
  // Collected by forEach: in a Firefox content script the params' iterator is not iterable.
  const keys: string[] = [];
  clean.searchParams.forEach((_, key) => keys.push(key));
  for (const key of keys) if (TRACKING.test(key)) clean.searchParams.delete(key);
  return clean.href;
}

/** The article's URL: the canonical link, else og:url, else the page's own URL. */
export function articleUrl(
  doc: Document,
  tags: ReadonlyMap<string, string>,
  pageUrl: string,
): string {
  const url =
    httpUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) ??
    httpUrl(tags.get('og:url')) ??
    new URL(pageUrl);
  return withoutTracking(url);
}
