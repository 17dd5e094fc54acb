// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../../src/extraction/paragraphs';
import { countWords } from '../../../src/word-count';
import { parse } from './pages';

const blocksOf = (html: string) => paragraphsOf(parse(`<div id="b">${html}</div>`).getElementById('b') as Element); // prettier-ignore

describe('paragraphsOf', () => {
  const cases: { name: string; html: string; paragraphs: string[] }[] = [
    { name: 'white space collapsed, text verbatim', html: '<p>  The  ferry’s\n\tbell —\u00a0“rang”. </p>', paragraphs: ['The ferry’s bell — “rang”.'] }, // prettier-ignore
    { name: 'inline markup kept as text', html: '<p>A <b>bold</b> <a href="/x">link</a>, <em>too</em>.</p>', paragraphs: ['A bold link, too.'] }, // prettier-ignore
    { name: 'a line break is a space', html: '<p>Line one<br>line two</p>', paragraphs: ['Line one line two'] }, // prettier-ignore
    { name: 'h2–h4, li, pre, blockquote', html: '<h2>Two</h2><h3>Three</h3><h4>Four</h4><ul><li>One</li><li>Two</li></ul><pre>a\n  b</pre><blockquote>Said</blockquote>', paragraphs: ['Two', 'Three', 'Four', 'One', 'Two', 'a b', 'Said'] }, // prettier-ignore
    { name: 'a block in a block is its own paragraph, not repeated', html: '<blockquote><p>First.</p><p>Second.</p></blockquote><ul><li>Item <ul><li>sub</li></ul> tail</li></ul>', paragraphs: ['First.', 'Second.', 'Item tail', 'sub'] }, // prettier-ignore
    { name: 'divs in a block do not run together', html: '<li><div>Fares</div><div>£2</div></li>', paragraphs: ['Fares £2'] }, // prettier-ignore
    { name: 'empty blocks, scripts, styles and captions dropped', html: '<p> </p><p>Kept<script>x()</script><style>p{}</style></p><figure><img src="a.png"><figcaption><p>Caption</p></figcaption></figure>', paragraphs: ['Kept'] }, // prettier-ignore
    { name: 'text outside any block is not a paragraph', html: '<div>Loose</div><p>Body</p>', paragraphs: ['Body'] }, // prettier-ignore
  ];

  it.each(cases)('$name', ({ html, paragraphs }) => {
    expect(blocksOf(html)).toEqual(paragraphs);
  });

  it('walks a deep tree without recursion', () => {
    const depth = 20_000;
    expect(blocksOf(`${'<span>'.repeat(depth)}<p>Deep</p>${'</span>'.repeat(depth)}`)).toEqual(['Deep']); // prettier-ignore
  });
});

describe('countWords', () => {
  it.each([
    [['The ferry’s bell rang twice.'], 5],
    [['A well-known crew, 12 of them — all volunteers!'], 8],
    [['One.', 'Two three.'], 3],
    [['渡し船が戻った'], 7],
    [['  ', ''], 0],
  ])('%j has %i words', (texts, words) => {
    expect(countWords(texts)).toBe(words);
  });
});
