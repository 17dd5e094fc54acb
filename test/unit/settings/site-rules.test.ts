import { describe, expect, it } from 'vitest';
import {
  FILE_SITE,
  matchingRules,
  parsePattern,
  ruleMatches,
  siteEnabled,
  siteOf,
  siteSwitch,
  switchSite,
  type SiteRules,
} from '../../../src/settings/site-rules';

describe('parsePattern: what a person types, as a rule', () => {
  it.each([
    // exact hosts
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['news.example.co.uk', 'news.example.co.uk'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['my_host.internal', 'my_host.internal'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['bücher.de', 'xn--bcher-kva.de'],
    // wildcards
    ['*.example.com', '*.example.com'],
    ['*.EXAMPLE.com', '*.example.com'],
    ['*.com', '*.com'],
    // ports are not part of a rule
    ['example.com:8080', 'example.com'],
    ['*.example.com:443', '*.example.com'],
    ['localhost:5173', 'localhost'],
    // pasted URLs keep their host
    ['https://www.example.com/path?q=1#top', 'www.example.com'],
    ['http://example.com:8080/', 'example.com'],
    ['https://*.example.com/', '*.example.com'],
    // IP hosts
    ['127.0.0.1', '127.0.0.1'],
    ['127.0.0.1:8080', '127.0.0.1'],
    ['http://192.168.1.20:3000/x', '192.168.1.20'],
    ['[::1]', '[::1]'],
    ['::1', '[::1]'],
    ['[::1]:8080', '[::1]'],
    ['http://[2001:db8::1]/', '[2001:db8::1]'],
    // local files are one site
    ['file://', FILE_SITE],
    ['file:///home/me/page.html', FILE_SITE],
    ['FILE:', FILE_SITE],
  ])('%j → %j', (input, pattern) => {
    expect(parsePattern(input)).toEqual({ ok: true, pattern });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['*', 'wildcard'],
    ['ex*ample.com', 'wildcard'],
    ['*example.com', 'wildcard'],
    ['www.*.example.com', 'wildcard'],
    ['example.*', 'wildcard'],
    ['**.example.com', 'wildcard'],
    ['*.127.0.0.1', 'wildcard-ip'],
    ['*.[::1]', 'wildcard-ip'],
    ['exa mple.com', 'invalid'],
    ['example..com', 'invalid'],
    ['-example.com', 'invalid'],
    ['example-.com', 'invalid'],
    ['user@example.com', 'invalid'],
    ['example.com:port', 'invalid'],
    ['999.1.1.1', 'invalid'],
    ['[::g]', 'invalid'],
    ['a'.repeat(64) + '.com', 'invalid'],
    [`${'a.'.repeat(127)}com`, 'invalid'],
    ['exam%ple.com', 'invalid'],
    ['*.', 'invalid'],
  ])('%j is refused (%s)', (input, problem) => {
    expect(parsePattern(input)).toEqual({ ok: false, problem });
  });
});

describe('siteOf: the site of a page', () => {
  it.each([
    ['https://www.example.com/a/b?c#d', 'www.example.com'],
    ['http://EXAMPLE.com:8080/', 'example.com'],
    ['http://127.0.0.1:5173/fixture.html', '127.0.0.1'],
    ['http://[::1]:8000/', '[::1]'],
    ['https://example.com./', 'example.com'],
    ['file:///home/me/page.html', FILE_SITE],
    ['file://server/share/page.html', FILE_SITE],
    ['about:blank', null],
    ['data:text/html,hi', null],
    ['chrome-extension://abc/popup.html', null],
    ['moz-extension://abc/popup.html', null],
    ['not a url', null],
    ['null', null],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('ruleMatches', () => {
  it.each([
    // exact host: that host only
    ['example.com', 'example.com', true],
    ['example.com', 'www.example.com', false],
    ['www.example.com', 'example.com', false],
    ['example.com', 'notexample.com', false],
    // wildcard: the domain and every subdomain
    ['*.example.com', 'example.com', true],
    ['*.example.com', 'www.example.com', true],
    ['*.example.com', 'a.b.example.com', true],
    ['*.example.com', 'notexample.com', false],
    ['*.example.com', 'example.com.evil.org', false],
    ['*.co.uk', 'news.bbc.co.uk', true],
    // IP hosts are exact
    ['127.0.0.1', '127.0.0.1', true],
    ['127.0.0.1', '127.0.0.10', false],
    ['[::1]', '[::1]', true],
    // files
    [FILE_SITE, FILE_SITE, true],
    [FILE_SITE, 'example.com', false],
  ])('%s covers %s: %s', (pattern, site, expected) => {
    expect(ruleMatches(pattern, site)).toBe(expected);
  });

  it('a port in the page URL does not matter', () => {
    const site = siteOf('http://localhost:3000/') as string;
    expect(ruleMatches('localhost', site)).toBe(true);
  });
});

describe('siteEnabled', () => {
  const rules = (mode: SiteRules['mode'], block: string[], allow: string[]): SiteRules => ({
    mode,
    block,
    allow,
  });

  it.each([
    ['block', [], [], 'example.com', true],
    ['block', ['example.com'], [], 'example.com', false],
    ['block', ['example.com'], [], 'www.example.com', true],
    ['block', ['*.example.com'], [], 'www.example.com', false],
    ['block', [], ['example.com'], 'example.com', true],
    ['allow', [], [], 'example.com', false],
    ['allow', [], ['*.example.com'], 'news.example.com', true],
    ['allow', ['news.example.com'], ['*.example.com'], 'news.example.com', true],
    ['allow', [], ['example.com'], 'other.org', false],
    ['block', [FILE_SITE], [], FILE_SITE, false],
    // pages without a site: on in block mode, off in allow mode
    ['block', ['*.com'], [], null, true],
    ['allow', [], ['*.com'], null, false],
  ] as const)('%s list %j / allow %j, site %s → %s', (mode, block, allow, site, on) => {
    expect(siteEnabled(site, rules(mode, [...block], [...allow]))).toBe(on);
  });
});

describe('the per-site switch', () => {
  const block = (list: string[]): SiteRules => ({ mode: 'block', block: list, allow: [] });
  const allow = (list: string[]): SiteRules => ({ mode: 'allow', block: [], allow: list });

  it('in block mode, off adds the exact host and on removes it', () => {
    const off = switchSite('www.example.com', block(['other.org']), false);
    expect(off.block).toEqual(['other.org', 'www.example.com']);
    expect(siteSwitch('www.example.com', off)).toEqual({ on: false, lockedBy: null });
    const on = switchSite('www.example.com', off, true);
    expect(on.block).toEqual(['other.org']);
    expect(siteSwitch('www.example.com', on)).toEqual({ on: true, lockedBy: null });
  });

  it('in allow mode, on adds the exact host and off removes it', () => {
    const on = switchSite('example.com', allow([]), true);
    expect(on.allow).toEqual(['example.com']);
    expect(siteEnabled('example.com', on)).toBe(true);
    expect(switchSite('example.com', on, false).allow).toEqual([]);
  });

  it('does not add a rule twice, and leaves the other list alone', () => {
    const rules: SiteRules = { mode: 'block', block: ['a.com'], allow: ['b.com'] };
    expect(switchSite('a.com', rules, false)).toEqual(rules);
    expect(switchSite('a.com', rules, true)).toEqual({ ...rules, block: [] });
  });

  it('a wildcard rule that decides the site locks the switch', () => {
    expect(siteSwitch('www.example.com', block(['*.example.com']))).toEqual({
      on: false,
      lockedBy: '*.example.com',
    });
    expect(siteSwitch('news.example.com', allow(['*.example.com']))).toEqual({
      on: true,
      lockedBy: '*.example.com',
    });
    expect(matchingRules('www.example.com', block(['*.example.com', 'www.example.com']))).toEqual([
      '*.example.com',
      'www.example.com',
    ]);
  });
});
