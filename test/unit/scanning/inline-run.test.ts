// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inlineRun } from '../../../src/scanning/text-walker';

/** The text of the run read again when the last text node of the paragraph changes. */
function runText(html: string): string {
  document.body.innerHTML = html;
  const p = document.querySelector('p') as HTMLParagraphElement;
  return inlineRun(p.lastChild as Node)
    .map((n) => n.textContent)
    .join('');
}

describe('inlineRun: what is read again when a text changes', () => {
  it.each([
    ['inline elements', '<p><b>Uyghur</b> Muslims</p>', 'Uyghur Muslims'],
    // React's markers between the texts it renders split no line.
    ['a comment', '<p><b>Uyghur</b> <!-- -->Muslims</p>', 'Uyghur  Muslims'],
    ['a line break', '<p>Uyghur<br>Muslims</p>', 'Muslims'],
  ])('across %s', (_, html, text) => {
    expect(runText(html)).toBe(text);
  });
});
