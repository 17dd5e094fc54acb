import { readFileSync } from 'node:fs';

/** Noon UTC on 1 June 2024: the "now" against which every test's dates are judged. */
export const NOW = new Date('2024-06-01T12:00:00Z');

/** An invented story, long enough to be an article, with no full date anywhere in it. */
export const STORY = [
  'The small ferry that once carried walkers across the Elm estuary made its first crossing in six years on Sunday morning, watched by a crowd of around two hundred people on the old slipway.',
  'The service, run by a volunteer trust, will sail at high tide on weekends through the summer. “We were told it could not be done without a new pier,” said Marta Pennick, who chairs the trust.',
  'Records kept in the parish hall show a boat on the crossing long before the road bridge upstream was built. The last operator retired when his licence lapsed, and nobody took it on.',
  'The district council has agreed to repaint the landing stages, and the trust hopes to add a second boat if the first season covers its costs. Tickets are sold on board, in cash or by card.',
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A news page: `head` goes in <head>, `top` between the headline and the story. */
export function newsPage({
  head = '',
  top = '',
  htmlLang = 'lang="en"',
  title = 'Tidal ferry returns to Elmsworth',
  story = STORY,
  after = '',
}: {
  head?: string;
  top?: string;
  htmlLang?: string;
  title?: string;
  story?: string[];
  after?: string;
} = {}): string {
  return `<!doctype html><html ${htmlLang}><head><meta charset="utf-8"><title>${esc(title)}</title>${head}</head>
<body><nav><a href="/">Home</a> <a href="/coast">Coast</a></nav>
<article><h1>Tidal ferry returns to Elmsworth</h1>${top}
${story.map((p) => `<p>${esc(p)}</p>`).join('\n')}${after}</article>
<footer><p>© The Gull Courier</p></footer></body></html>`;
}

export const jsonLd = (data: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

export const meta = (key: string, content: string, attr = 'property') =>
  `<meta ${attr}="${key}" content="${content}">`;

export const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export const fixture = (name: string): Document =>
  parse(readFileSync(`test/fixtures/extraction/${name}.html`, 'utf8'));
