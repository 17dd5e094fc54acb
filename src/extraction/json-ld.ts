/** What a page's JSON-LD says about its article. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
}

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'BlogPosting', 'ReportageNewsArticle']);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const text = (v: Json | undefined): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;

/** A type may be a string or a list, and may carry a schema.org prefix. */
function isArticle(node: JsonObject): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some(
    (t) =>
      typeof t === 'string' && ARTICLE_TYPES.has(t.replace(/^(https?:\/\/)?schema\.org\//, '')),
  );
}

/** The first article node among top-level items, arrays and @graph lists, breadth first. */
function findArticle(roots: Json[]): JsonObject | undefined {
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (Array.isArray(node)) queue.push(...node);
    else if (isObject(node)) {
      if (isArticle(node)) return node;
      if (node['@graph'] !== undefined) queue.push(node['@graph']);
    }
  }
  return undefined;
}

/** A name from a string, a {name} object, or a list of either. */
function names(v: Json | undefined): string[] {
  if (Array.isArray(v)) return v.flatMap((item) => names(item));
  if (isObject(v)) return names(v.name);
  const name = text(v);
  return name ? [name] : [];
}

/** Reads the first NewsArticle / Article / BlogPosting / ReportageNewsArticle in the page. */
export function readJsonLd(doc: Document): JsonLdArticle | undefined {
  const roots: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      roots.push(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A site's broken JSON-LD block says nothing; the other sources still do.
    }
  }
  const node = findArticle(roots);
  if (!node) return undefined;
  return {
    headline: text(node.headline),
    datePublished: text(node.datePublished),
    authors: names(node.author),
    publisher: names(node.publisher)[0],
  };
}
