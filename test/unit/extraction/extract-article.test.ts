// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  extractArticle,
  type ExtractedArticle,
  type ExtractionResult,
} from '../../../src/extraction';
import { fixture, jsonLd, meta, newsPage, NOW, parse, STORY } from './pages';

const PAGE_URL = 'https://www.gullcourier.example/coast/ferry';

function article(html: string, url = PAGE_URL): ExtractedArticle & { warnings: unknown[] } {
  const result = extractArticle(parse(html), url, NOW);
  if (result.kind !== 'article') throw new Error(`not an article: ${result.reason}`);
  return { ...result.article, warnings: result.warnings };
}

const newsArticle = (type: string, fields: object) => ({
  '@context': 'https://schema.org',
  '@type': type,
  ...fields,
});

describe('a full news page (fixture)', () => {
  const doc = fixture('news-article');
  const before = doc.documentElement.outerHTML;
  const result = extractArticle(doc, `${PAGE_URL}?utm_campaign=x`, NOW);

  it('reads what the page says about its article, JSON-LD first', () => {
    expect(result).toMatchObject({
      kind: 'article',
      article: {
        title: 'Tidal ferry returns to Elmsworth after six years',
        source: { name: 'The Gull Courier', from: 'json-ld' },
        url: 'https://gullcourier.example/coast/elmsworth-ferry?id=42',
        byline: 'Jane Roe, Tomas Quill',
        published: { iso: '2024-03-03', from: 'json-ld' },
        lang: 'en-GB',
      },
      warnings: [],
    });
  });

  it('keeps the body verbatim, block by block, without the headline, byline or page chrome', () => {
    if (result.kind !== 'article') throw new Error(result.reason);
    expect(result.article.paragraphs).toEqual([
      'The small ferry that once carried walkers across the Elm estuary made its first crossing in six years on Sunday morning, watched by a crowd of around two hundred people who had gathered on the old slipway before dawn.',
      'The service, run by a volunteer trust, will sail at high tide on weekends from April to October. “We were told it could not be done without a new pier,” said Marta Pennick, who chairs the trust. “It turns out a patient crew and a good tide table are enough.”',
      'A crossing older than the bridge',
      'Records kept in the parish hall show a boat on the crossing as early as 1820, long before the road bridge upstream was built. The last operator retired in 2018, and the licence lapsed the following spring.',
      'Every child in this town used to know the ferry bell. Now their children will too.',
      'Adult single fare: £2',
      'Children under twelve travel free',
      'The district council has agreed to repaint the landing stages this summer, and the trust hopes to add a second boat if the first season covers its costs. Tickets are sold on board, in cash or by card.',
    ]);
    expect(result.article.words).toBe(195);
  });

  it('leaves the page itself as it was', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('publication date', () => {
  const cases: { name: string; html: string; published: ExtractedArticle['published'] }[] = [
    {
      name: 'JSON-LD object',
      html: newsPage({ head: jsonLd(newsArticle('NewsArticle', { datePublished: '2024-03-03' })) }),
      published: { iso: '2024-03-03', from: 'json-ld' },
    },
    {
      name: 'JSON-LD array, article second',
      html: newsPage({
        head: jsonLd([
          { '@type': 'WebPage', datePublished: '2020-01-01' },
          newsArticle('BlogPosting', { datePublished: '2024-03-05' }),
        ]),
      }),
      published: { iso: '2024-03-05', from: 'json-ld' },
    },
    {
      name: 'JSON-LD @graph, @type a list',
      html: newsPage({
        head: jsonLd({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'Organization', name: 'Gull' },
            { '@type': ['ReportageNewsArticle'], datePublished: '2024-03-06T10:00:00Z' },
          ],
        }),
      }),
      published: { iso: '2024-03-06', from: 'json-ld' },
    },
    {
      name: 'JSON-LD after a broken block',
      html: newsPage({
        head: `<script type="application/ld+json">{ not json</script>${jsonLd(newsArticle('Article', { datePublished: '2024-03-07' }))}`,
      }),
      published: { iso: '2024-03-07', from: 'json-ld' },
    },
    {
      name: 'late evening west of UTC stays that day',
      html: newsPage({
        head: jsonLd(newsArticle('NewsArticle', { datePublished: '2024-03-03T23:30:00-05:00' })),
      }),
      published: { iso: '2024-03-03', from: 'json-ld' },
    },
    {
      name: 'early morning east of UTC stays that day',
      html: newsPage({ head: meta('article:published_time', '2024-03-04T00:30:00+09:00') }),
      published: { iso: '2024-03-04', from: 'meta' },
    },
    ...(
      [
        ['article:published_time', '2024-03-08T09:00:00+00:00', 'property'],
        ['date', '2024-03-09', 'name'],
        ['pubdate', '2024-03-10', 'name'],
        ['parsely-pub-date', '2024-03-11T08:00:00Z', 'name'],
        ['citation_publication_date', '2024/03/12', 'name'],
        ['DC.date', '2024-03-13', 'name'],
        ['date', 'March 14, 2024', 'name'],
      ] as const
    ).map(([key, value, attr], i) => ({
      name: `meta ${key}="${value}"`,
      html: newsPage({ head: meta(key, value, attr) }),
      published: { iso: `2024-03-${String(8 + i).padStart(2, '0')}`, from: 'meta' as const },
    })),
    {
      name: '<time datetime> in the article',
      html: newsPage({ top: '<p><time datetime="2024-03-15T07:00:00-08:00">Friday</time></p>' }),
      published: { iso: '2024-03-15', from: 'time' },
    },
    {
      name: 'itemprop=datePublished',
      html: newsPage({ top: '<meta itemprop="datePublished" content="2024-03-16">' }),
      published: { iso: '2024-03-16', from: 'time' },
    },
    {
      name: 'only in the text, "Published March 3, 2024"',
      html: newsPage({ top: '<p class="dateline">Published March 3, 2024</p>' }),
      published: { iso: '2024-03-03', from: 'text' },
    },
    {
      name: 'only in the text, "3 March 2024"',
      html: newsPage({ top: '<p>ELMSWORTH, 3 March 2024 —</p>' }),
      published: { iso: '2024-03-03', from: 'text' },
    },
    {
      name: 'only in a byline line',
      html: newsPage({ top: '<p class="byline">By Jane Roe | Published April 2, 2024</p>' }),
      published: { iso: '2024-04-02', from: 'text' },
    },
    // Dates in an attribute of a tag other than <time>.
    ...(
      [
        ['an hAtom date: <abbr class="published" title>', '<p class="meta"><abbr class="published" title="2024-03-17T09:00:00Z">2 hrs ago</abbr></p>', '2024-03-17'],
        ['an <abbr title> in the byline', '<p class="byline">By Jane Roe – <abbr title="2024-03-18T09:00:00Z">1 hr ago</abbr></p>', '2024-03-18'],
        ['itemprop=datePublished with the date in its title', '<p><abbr itemprop="datePublished" title="2024-03-19T05:06:00-07:00">5:06 AM</abbr></p>', '2024-03-19'],
      ] as const
    ).map(([name, top, iso]) => ({ name, html: newsPage({ top }), published: { iso, from: 'time' as const } })), // prettier-ignore
    {
      name: 'a date a sentence of the story names is not the publication date',
      html: newsPage({ top: '<ul><li>The ferry act was signed into law on August 14, 1935</li></ul>' }), // prettier-ignore
      published: undefined,
    },
    {
      name: 'a time relative to today is not the publication date',
      html: newsPage({ top: '<p>Head to the quay an hour before the ferry sails.</p>' }),
      published: undefined,
    },
    {
      name: 'JSON-LD before meta before <time>',
      html: newsPage({
        head:
          jsonLd(newsArticle('NewsArticle', { datePublished: '2024-01-01' })) +
          meta('article:published_time', '2024-01-02'),
        top: '<p><time datetime="2024-01-03">Jan 3</time></p>',
      }),
      published: { iso: '2024-01-01', from: 'json-ld' },
    },
    {
      name: 'a future JSON-LD date is passed over for the meta date',
      html: newsPage({
        head:
          jsonLd(newsArticle('NewsArticle', { datePublished: '2024-07-01' })) +
          meta('article:published_time', '2024-03-03'),
      }),
      published: { iso: '2024-03-03', from: 'meta' },
    },
    {
      name: 'tomorrow in the far east of the world is not future yet',
      html: newsPage({ head: meta('article:published_time', '2024-06-02T01:00:00+14:00') }),
      published: { iso: '2024-06-02', from: 'meta' },
    },
    { name: 'a future date alone', html: newsPage({ top: '<p>Published 3 July 2024</p>' }), published: undefined }, // prettier-ignore
    { name: 'an impossible date', html: newsPage({ head: meta('date', '2024-02-30', 'name') }), published: undefined }, // prettier-ignore
    { name: 'no date at all', html: newsPage(), published: undefined },
    {
      name: 'a date deep in the text is not the publication date',
      html: newsPage({ after: `${'<p>More of the story, with nothing dated in it at all.</p>'.repeat(20)}<p>The trust meets again on 3 May 2024.</p>` }), // prettier-ignore
      published: undefined,
    },
  ];

  it.each(cases)('$name', ({ html, published }) => {
    const a = article(html);
    expect(a.published).toEqual(published);
    if (published) expect(a.warnings).not.toContainEqual({ code: 'no-date' });
    else expect(a.warnings).toContainEqual({ code: 'no-date' });
  });
});

describe('byline', () => {
  const cases: { name: string; html: string; byline: string | undefined }[] = [
    { name: 'JSON-LD author string', html: newsPage({ head: jsonLd(newsArticle('NewsArticle', { author: 'Jane Roe' })) }), byline: 'Jane Roe' }, // prettier-ignore
    {
      name: 'JSON-LD author object',
      html: newsPage({ head: jsonLd(newsArticle('NewsArticle', { author: { '@type': 'Person', name: 'Jane Roe' } })) }), // prettier-ignore
      byline: 'Jane Roe',
    },
    {
      name: 'JSON-LD two authors',
      html: newsPage({ head: jsonLd(newsArticle('NewsArticle', { author: [{ name: 'Jane Roe' }, 'Tomas Quill'] })) }), // prettier-ignore
      byline: 'Jane Roe, Tomas Quill',
    },
    { name: 'meta author "By Jane Roe"', html: newsPage({ head: meta('author', 'By Jane Roe', 'name') }), byline: 'Jane Roe' }, // prettier-ignore
    { name: 'article:author as a name', html: newsPage({ head: meta('article:author', 'Tomas Quill') }), byline: 'Tomas Quill' }, // prettier-ignore
    {
      name: 'article:author as a link, then the page byline',
      html: newsPage({
        head: meta('article:author', 'https://social.example/janeroe'),
        top: '<p class="byline">By Jane Roe</p>',
      }),
      byline: 'Jane Roe',
    },
    {
      name: 'page byline with a date run into it',
      html: newsPage({ top: '<div class="byline">By  Jane Roe,\n March 3, 2024</div>' }),
      byline: 'Jane Roe',
    },
    { name: 'none', html: newsPage(), byline: undefined },
  ];

  it.each(cases)('$name', ({ html, byline }) => {
    expect(article(html).byline).toBe(byline);
  });

  it('a page byline line is not kept as a paragraph', () => {
    const a = article(newsPage({ top: '<p>By Jane Roe and Tomas Quill</p>' }));
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('source', () => {
  const cases: { name: string; html: string; url?: string; source: ExtractedArticle['source'] }[] =
    [
      {
        name: 'JSON-LD publisher',
        html: newsPage({
          head:
            jsonLd(newsArticle('NewsArticle', { publisher: { '@type': 'Organization', name: 'The Gull Courier' } })) + // prettier-ignore
            meta('og:site_name', 'Gull Online'),
        }),
        source: { name: 'The Gull Courier', from: 'json-ld' },
      },
      {
        name: 'og:site_name',
        html: newsPage({ head: meta('og:site_name', 'Gull Online') + meta('application-name', 'Gull App', 'name') }), // prettier-ignore
        source: { name: 'Gull Online', from: 'og:site_name' },
      },
      {
        name: 'application-name',
        html: newsPage({ head: meta('application-name', 'Gull App', 'name') }),
        source: { name: 'Gull App', from: 'application-name' },
      },
      {
        name: 'the host name, without www.',
        html: newsPage(),
        source: { name: 'gullcourier.example', from: 'hostname' },
      },
      {
        name: 'no host name (a local file)',
        html: newsPage(),
        url: 'file:///home/me/ferry.html',
        source: undefined,
      },
    ];

  it.each(cases)('$name', ({ html, url, source }) => {
    expect(article(html, url).source).toEqual(source);
  });
});

describe('url', () => {
  const cases: { name: string; head: string; pageUrl: string; url: string }[] = [
    {
      name: 'canonical, tracking parameters stripped and others kept',
      head: '<link rel="canonical" href="https://gull.example/a?utm_source=x&amp;id=7&amp;utm_medium=y&amp;fbclid=z&amp;gclid=w#top">', // prettier-ignore
      pageUrl: PAGE_URL,
      url: 'https://gull.example/a?id=7#top',
    },
    {
      name: 'a relative canonical is passed over for og:url',
      head: `<link rel="canonical" href="/a">${meta('og:url', 'https://gull.example/b?fbclid=1')}`,
      pageUrl: PAGE_URL,
      url: 'https://gull.example/b',
    },
    {
      name: 'a non-http canonical is passed over for the page URL',
      head: '<link rel="canonical" href="ftp://gull.example/a">',
      pageUrl: `${PAGE_URL}?utm_source=news&page=2&gclid=abc`,
      url: `${PAGE_URL}?page=2`,
    },
  ];

  it.each(cases)('$name', ({ head, pageUrl, url }) => {
    expect(article(newsPage({ head }), pageUrl).url).toBe(url);
  });
});

describe('title', () => {
  const cases: { name: string; html: string; title: string }[] = [
    {
      name: 'JSON-LD headline',
      html: newsPage({ head: jsonLd(newsArticle('NewsArticle', { headline: 'Ferry back' })) + meta('og:title', 'OG') }), // prettier-ignore
      title: 'Ferry back',
    },
    { name: 'og:title', html: newsPage({ head: meta('og:title', 'Ferry is back') }), title: 'Ferry is back' }, // prettier-ignore
    {
      name: '" | Site" dropped when it names the source',
      html: newsPage({ title: 'Tidal ferry returns to Elmsworth | Gull Online', head: meta('og:site_name', 'Gull Online') }), // prettier-ignore
      title: 'Tidal ferry returns to Elmsworth',
    },
    {
      name: '" - Site" dropped when it is the host',
      html: newsPage({ head: meta('og:title', 'Ferry back - gullcourier.example') }),
      title: 'Ferry back',
    },
    {
      name: 'a tail that is not the source is kept',
      html: newsPage({ head: meta('og:title', 'Ferry back - and busy') + meta('og:site_name', 'Gull') }), // prettier-ignore
      title: 'Ferry back - and busy',
    },
  ];

  it.each(cases)('$name', ({ html, title }) => {
    expect(article(html).title).toBe(title);
  });
});

describe('pages with no article', () => {
  const cases: { name: string; doc: () => Document; reason: string }[] = [
    { name: 'search results', doc: () => fixture('search-results'), reason: 'mostly-links' },
    { name: 'an app shell', doc: () => fixture('app-shell'), reason: 'no-article' },
    { name: 'a section front of links', doc: () => fixture('link-list'), reason: 'no-article' },
    {
      name: 'a declared article of a few words',
      doc: () =>
        parse(
          newsPage({
            head: jsonLd(newsArticle('NewsArticle', { headline: 'Ferry' })),
            story: ['The ferry is back. More soon.'],
          }),
        ),
      reason: 'too-short',
    },
    {
      name: 'a declared article whose body is links',
      doc: () =>
        parse(
          newsPage({
            head: meta('og:type', 'article'),
            story: [],
            after: STORY.map((p, i) => `<p><a href="/s/${i}">${p}</a></p>`).join(''),
          }),
        ),
      reason: 'mostly-links',
    },
  ];

  it.each(cases)('$name', ({ doc, reason }) => {
    expect(extractArticle(doc(), PAGE_URL, NOW)).toEqual({ kind: 'not-article', reason });
  });
});

describe('language', () => {
  it('a French article is returned, with a warning that it is not English', () => {
    const result = extractArticle(fixture('french-article'), PAGE_URL, NOW);
    expect(result).toMatchObject({
      kind: 'article',
      article: { lang: 'fr-FR', source: { name: 'La Mouette', from: 'og:site_name' } },
      warnings: [{ code: 'not-english', lang: 'fr-FR' }],
    });
    if (result.kind === 'article') {
      expect(result.article.paragraphs[0]).toMatch(/^Le petit bac qui reliait autrefois/);
    }
  });

  const french = fixture('french-article').querySelector('article')?.innerHTML ?? '';
  const bare = (head: string, body: string) =>
    `<!doctype html><html><head><title>Le bac</title>${head}</head><body><article>${body}</article></body></html>`;
  const english = STORY.map((p) => `<p>${p}</p>`).join('');

  const cases: { name: string; html: string; lang: string | undefined; warned: boolean }[] = [
    { name: 'og:locale', html: bare(meta('og:locale', 'fr_FR'), french), lang: 'fr-FR', warned: true }, // prettier-ignore
    {
      name: 'content-language',
      html: bare(meta('content-language', 'de-DE, en', 'http-equiv'), french),
      lang: 'de-DE',
      warned: true,
    },
    { name: 'undeclared French, guessed from its words', html: bare('', french), lang: 'fr', warned: true }, // prettier-ignore
    { name: 'undeclared English', html: bare('', english), lang: undefined, warned: false },
    { name: 'declared English', html: newsPage({ htmlLang: 'lang="en-US"' }), lang: 'en-US', warned: false }, // prettier-ignore
  ];

  it.each(cases)('$name', ({ html, lang, warned }) => {
    const a = article(html);
    expect(a.lang).toBe(lang);
    const warning = a.warnings.find((w) => (w as { code: string }).code === 'not-english');
    expect(warning).toEqual(warned ? { code: 'not-english', lang } : undefined);
  });
});

describe('a 50,000-word article', () => {
  const WORDS = 'tide ferry harbour crossing estuary slipway volunteer crew boat bell'.split(' ');
  // 500 paragraphs of 100 words: one sentence each, every word counted once.
  const story = Array.from(
    { length: 500 },
    (_, p) => Array.from({ length: 100 }, (_, w) => WORDS[(p + w) % WORDS.length]).join(' ') + '.',
  );
  const result: ExtractionResult = extractArticle(
    parse(newsPage({ story, head: meta('og:site_name', 'Gull Online') })),
    PAGE_URL,
    NOW,
  );

  it('is returned whole, with a warning that it is long', () => {
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.article.words).toBe(50_000);
    expect(result.article.paragraphs).toHaveLength(500);
    expect(result.article.paragraphs[499]).toBe(story[499]);
    expect(result.warnings).toEqual([{ code: 'no-date' }, { code: 'long', words: 50_000 }]);
  });
});

describe('links in an article', () => {
  it('an undeclared article whose paragraphs each hold a link amid their text is still one', () => {
    const linked = STORY.map((p) => `<p>${p.replace('the', '<a href="/the">the</a>')}</p>`);
    expect(linked.every((p) => p.includes('</a>'))).toBe(true);
    expect(article(newsPage({ story: [], after: linked.join('') })).paragraphs).toEqual(STORY);
  });
});

describe('a page that names no title', () => {
  it('gives an empty title and says so, for the user to fill in', () => {
    const body = STORY.map((p) => `<p>${p}</p>`).join('');
    const a = article(`<!doctype html><html lang="en"><head></head><body><article>${body}</article></body></html>`); // prettier-ignore
    expect(a.title).toBe('');
    expect(a.warnings).toEqual([{ code: 'no-date' }, { code: 'no-title' }]);
  });
});
