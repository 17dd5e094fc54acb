// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editablesUnder, isSkipped } from '../../../src/scanning/dom-rules';

describe('editablesUnder', () => {
  // The walk asks the query's set instead of each element's attributes: both must agree.
  it.each([
    ['<div contenteditable="true">', true],
    ['<div contenteditable="">', true],
    ['<div contenteditable>', true],
    ['<div contenteditable="plaintext-only">', true],
    ['<div role="textbox">', true],
    ['<div contenteditable="false">', false],
    ['<div role="text">', false],
    ['<div class="editor">', false],
  ])('%s is found: %s, as isSkipped says', (open, editable) => {
    document.body.innerHTML = `<main><section>${open}x</div></section></main>`;
    const el = document.querySelector('section > div') as Element;
    expect(editablesUnder(document).has(el)).toBe(editable);
    expect(isSkipped(el)).toBe(editable);
  });

  it('finds only descendants of the root', () => {
    document.body.innerHTML = '<div contenteditable id="outer"><p role="textbox">x</p></div>';
    const outer = document.querySelector('#outer') as Element;
    expect([...editablesUnder(outer)].map((el) => el.localName)).toEqual(['p']);
  });
});
