/**
 * Site rules: host names, or `*.example.com` for a domain and every subdomain of it. Rules
 * name hosts only: scheme, port and path are not part of a rule (a pasted URL is reduced to its
 * host). Local files are one site, written `file://`.
 */

/** The rule, and the "site" of a page, that stands for every local file. */
export const FILE_SITE = 'file://';

export type PatternProblem = 'empty' | 'invalid' | 'wildcard' | 'wildcard-ip';

export type PatternResult = { ok: true; pattern: string } | { ok: false; problem: PatternProblem };

export type SiteMode = 'block' | 'allow';

export interface SiteRules {
  mode: SiteMode;
  /** Off on these sites (used when mode is 'block'). */
  block: string[];
  /** On only on these sites (used when mode is 'allow'). */
  allow: string[];
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;

function isIp(host: string): boolean {
  return host.startsWith('[') || IPV4.test(host);
}

/** A host name as a URL gives it (lower case, IDN as punycode, IPv6 in brackets), or null. */
function canonicalHost(raw: string): string | null {
  if (raw === '' || /[\s/\\?#@*]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(`http://${raw}/`);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/\.$/, '');
  if (host === '' || host.length > 253) return null;
  if (isIp(host)) return host;
  return host.split('.').every((label) => LABEL.test(label)) ? host : null;
}

/** Reads what a person typed (a host, `*.domain`, or a whole URL) as a rule, or says why not. */
export function parsePattern(input: string): PatternResult {
  let text = input.trim().toLowerCase();
  if (text === '') return { ok: false, problem: 'empty' };
  if (/^file:/.test(text)) return { ok: true, pattern: FILE_SITE };
  // A pasted URL: keep its host (and port, dropped below).
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '');
  let wildcard = false;
  if (text.startsWith('*.')) {
    wildcard = true;
    text = text.slice(2);
  }
  if (text.includes('*')) return { ok: false, problem: 'wildcard' };
  // A bare IPv6 address has several colons: give it its brackets.
  if (!text.startsWith('[') && (text.match(/:/g)?.length ?? 0) > 1) text = `[${text}]`;
  // The port is not part of a rule.
  text = text.replace(/:\d*$/, '');
  const host = canonicalHost(text);
  if (host === null) return { ok: false, problem: 'invalid' };
  if (wildcard && isIp(host)) return { ok: false, problem: 'wildcard-ip' };
  return { ok: true, pattern: wildcard ? `*.${host}` : host };
}

/** The site of a page: its host name, `file://` for local files, or null (about:, data:…). */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'file:') return FILE_SITE;
  if (!/^(https?|wss?|ftp):$/.test(parsed.protocol)) return null;
  return parsed.hostname.replace(/\.$/, '').toLowerCase() || null;
}

/** Whether a rule (as parsePattern writes it) covers a site (as siteOf gives it). */
export function ruleMatches(pattern: string, site: string): boolean {
  if (pattern.startsWith('*.')) {
    const domain = pattern.slice(2);
    return site === domain || site.endsWith(`.${domain}`);
  }
  return pattern === site;
}

/** The rules of the mode in use that cover a site. */
export function matchingRules(site: string | null, rules: SiteRules): string[] {
  if (site === null) return [];
  return rules[rules.mode].filter((p) => ruleMatches(p, site));
}

/** Whether the site rules let the extension run on a site. */
export function siteEnabled(site: string | null, rules: SiteRules): boolean {
  const covered = matchingRules(site, rules).length > 0;
  return rules.mode === 'block' ? !covered : covered;
}

export interface SiteSwitch {
  on: boolean;
  /** A wildcard rule that decides this site, so one click here cannot change it; else null. */
  lockedBy: string | null;
}

/** The popup's per-site switch: its position, and whether a wildcard rule holds it there. */
export function siteSwitch(site: string, rules: SiteRules): SiteSwitch {
  const wildcard = matchingRules(site, rules).find((p) => p !== site) ?? null;
  return { on: siteEnabled(site, rules), lockedBy: wildcard };
}

/**
 * The rules after switching one site on or off: the site's own exact rule is added or removed
 * in the list of the mode in use. Wildcard rules are left alone (see siteSwitch's lockedBy).
 */
export function switchSite(site: string, rules: SiteRules, on: boolean): SiteRules {
  const list = rules[rules.mode];
  const add = rules.mode === 'block' ? !on : on;
  const next = add
    ? list.includes(site)
      ? list
      : [...list, site]
    : list.filter((p) => p !== site);
  return { ...rules, [rules.mode]: next };
}
