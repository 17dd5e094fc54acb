// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PassageCache } from '../../../src/scanning/passages';

const textIn = (selector: string) =>
  (document.querySelector(selector) as Element).firstChild as Text;
const names = (els: Element[]) => els.map((el) => el.id || el.localName);

describe('PassageCache', () => {
  it('gives each text its containers, nearest first, however many share ancestors', () => {
    document.body.innerHTML =
      '<article id="a"><section id="s"><p id="p1">x</p><ul><li id="l1"><b id="b">y</b></li>' +
      '<li id="l2">z</li></ul></section></article><p id="out">w</p>';
    const cache = new PassageCache();
    const stream = {};
    expect(names(cache.of(textIn('#p1'), stream))).toEqual(['s', 'a']);
    expect(names(cache.of(textIn('#b'), stream))).toEqual(['l1', 's', 'a']);
    expect(names(cache.of(textIn('#l2'), stream))).toEqual(['l2', 's', 'a']);
    expect(names(cache.of(textIn('#out'), stream))).toEqual([]);
  });

  it('asks again in a new reading, after the page moved things', () => {
    document.body.innerHTML = '<section id="s"><p id="p">x</p></section><aside id="side"></aside>';
    const cache = new PassageCache();
    expect(names(cache.of(textIn('#p'), {}))).toEqual(['s']);
    (document.querySelector('#side') as Element).append(document.querySelector('#p') as Element);
    expect(names(cache.of(textIn('#p'), {}))).toEqual(['side']);
    (document.querySelector('#s') as Element).append(document.querySelector('#p') as Element);
    const stream = {};
    cache.forget(stream);
    expect(names(cache.of(textIn('#p'), stream))).toEqual(['s']);
  });
});
