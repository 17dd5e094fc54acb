import type { ArticleSource } from './types';

/** The outlet's name: JSON-LD publisher, og:site_name, application-name, else the host name. */
export function articleSource(
  publisher: string | undefined,
  tags: ReadonlyMap<string, string>,
  url: string,
): ArticleSource | undefined {
  if (publisher) return { name: publisher, from: 'json-ld' };
  const siteName = tags.get('og:site_name');
  if (siteName) return { name: siteName, from: 'og:site_name' };
  const appName = tags.get('application-name');
  if (appName) return { name: appName, from: 'application-name' };
  const host = new URL(url).hostname.replace(/^www\./, '');
  return host ? { name: host, from: 'hostname' } : undefined;
}
