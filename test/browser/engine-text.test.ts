/**
 * Mention engine, what is read (issue "Mention engine", points 6, 7, 8 and 13), in both browsers:
 * names across inline elements but never across blocks, the places that are never read, and
 * hit-testing (passage gating: engine-relevance.test.ts). Every assertion reads CSS.highlights in the page (C1).
 */
import { expect, it } from 'vitest';
import type { TestPage } from './support/browsers';
import { textsByCase } from './support/engine-expect';
import { pageNow, sleep, waitSettled } from './support/engine-waits';
import { countRanges, pointOfWord, readCard, readRanges } from './support/page-probes';
import { inBothBrowsers } from './support/session';

/** The label of the open card (its h2), or null when no card is visible (C2). */
function openCardLabel(): string | null {
  const host = document.querySelector('fact-context-card');
  if (!host || getComputedStyle(host).display === 'none') return null;
  return host.shadowRoot?.querySelector('h2')?.textContent ?? null;
}

async function hover(page: TestPage, at: { x: number; y: number } | null, what: string) {
  if (!at) throw new Error(`nothing to hover: ${what}`);
  await page.mouseMove(at.x, at.y);
}

inBothBrowsers('engine: what is read', (session) => {
  it('joins a name split across inline elements, never across a block boundary', async () => {
    const page = await session().open('engine/inline-blocks.html', 1);
    await waitSettled(page, 0);
    const ranges = await page.evaluate(readRanges);
    expect(textsByCase(ranges)).toEqual({
      // The split names are context: an anchor beside each lights it.
      b: ['Antony Blinken', 'fentanyl'],
      'a-em': ['Janet Yellen', 'fentanyl'],
      'span-in-word': ['Xinjiang'],
      'deep-inline': ['Antony Blinken', 'fentanyl'],
      newline: ['Antony Blinken', 'fentanyl'],
      // Never across a block: only the first word, an alias of its own (not "Uyghur Muslims").
      'p-p': ['Uyghur'],
      'li-li': ['Uyghur'],
      'td-td': ['Uyghur'],
      br: ['Uyghur'],
      'div-div': ['Uyghur'],
      'text-div-text': ['Uyghur'],
      'inline-block-sibling': ['fentanyl'],
      'li-li-2': ['fentanyl'],
      'text-p': ['fentanyl'],
      'pre-between': ['Uyghur'],
      'input-between': ['Uyghur'],
      'button-between': ['fentanyl'],
      // One name around an unrendered script: the range spans it (only rendered text paints).
      'script-inside': ['Xin/* nothing */jiang'],
    });
    // The split names are one range each, in the person colour (a tint where no underline paints).
    for (const r of ranges) expect(r.duplicates).toBe(0);
    const persons = ranges.filter((r) => /Antony|Janet/.test(r.text));
    expect(persons.map((r) => r.name.replace(/-tint$/, ''))).toEqual([
      'fact-context-person',
      'fact-context-person',
      'fact-context-person',
      'fact-context-person',
    ]);
    expect(page.errors).toEqual([]);
  });

  it('never reads scripts, styles, form controls, editors, code or pre, even when they change', async () => {
    const page = await session().open('engine/skipped.html', 1);
    await waitSettled(page, 0);
    const expected: Record<string, string[]> = {
      script: ['fentanyl'],
      style: ['fentanyl'],
      noscript: ['fentanyl'],
      template: ['fentanyl'],
      textarea: ['fentanyl'],
      input: ['fentanyl'],
      select: ['fentanyl'],
      contenteditable: ['fentanyl'],
      'contenteditable-empty': ['fentanyl'],
      'plaintext-only': ['fentanyl'],
      textbox: ['fentanyl'],
      pre: ['fentanyl'],
      code: ['fentanyl'],
      'pre-code': ['fentanyl'],
      'kbd-samp': ['fentanyl'],
      button: ['fentanyl'],
      'not-editable': ['Beijing', 'fentanyl'],
    };
    const before = await page.evaluate(readRanges);
    expect(textsByCase(before)).toEqual(expected);
    expect(before.filter((r) => r.skipped !== null)).toEqual([]);

    // Key terms typed or written into the skipped places stay unread; a real change next to
    // them is read, which proves the batch was handled.
    const since = await pageNow(page);
    await page.evaluate(() => {
      const q = (s: string) => document.querySelector(s) as HTMLElement;
      q('#editor p').append(' and China');
      (q('#editor p').firstChild as Text).data = 'Xinjiang and ';
      const typed = document.createElement('p');
      typed.textContent = 'Beijing typed';
      q('[data-case="contenteditable-empty"] [contenteditable]').append(typed);
      q('#plain').textContent = 'Beijing and China';
      q('#log').append(' Xinjiang');
      (q('#code').firstChild as Text).data = 'Beijing';
      const code = document.createElement('code');
      code.textContent = 'Xinjiang';
      q('[data-case="code"]').append(code);
      q('[data-case="textarea"] textarea').textContent = 'Xinjiang';
      q('[data-case="script"] script').textContent = '/* Beijing */';
      const ce = document.createElement('div');
      ce.setAttribute('contenteditable', 'true');
      ce.textContent = 'China in a new editor';
      q('[data-case="plaintext-only"]').append(ce);
      q('[data-case="live"]').textContent = 'Officials in Xinjiang.';
    });
    await page.waitFor(
      () => {
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('fact-context')) continue;
          for (const r of h as Iterable<AbstractRange>) {
            if ((r.startContainer as Text).data?.includes('Officials in Xinjiang')) return true;
          }
        }
        return false;
      },
      undefined,
      1500,
    );
    await waitSettled(page, since);
    const after = await page.evaluate(readRanges);
    expect(textsByCase(after)).toEqual({ ...expected, live: ['Xinjiang'] });
    expect(after.filter((r) => r.skipped !== null || !r.connected)).toEqual([]);
  });

  it('never reads its own card, even when the page is read again while it is open', async () => {
    const page = await session().open('engine/skipped.html', 1);
    await hover(
      page,
      await page.evaluate(pointOfWord, { selector: '[data-case="script"]', word: 'fentanyl' }),
      'fentanyl',
    );
    await page.waitFor(() => {
      const host = document.querySelector('fact-context-card');
      return host !== null && getComputedStyle(host).display !== 'none';
    });
    const card = await page.evaluate(readCard);
    // The card repeats key terms: a scanner that read it would highlight them.
    expect(card.text).toMatch(/fentanyl/i);
    expect(card.text).toMatch(/China/);
    const count = await page.evaluate(countRanges);
    // A burst of more than 500 changes makes the engine read the whole document again.
    const since = await pageNow(page);
    await page.evaluate(() => {
      const live = document.querySelector('[data-case="live"]') as HTMLElement;
      const words: HTMLElement[] = [];
      for (let i = 0; i < 600; i++) {
        const w = document.createElement('span');
        w.textContent = ' word';
        words.push(w);
      }
      live.replaceChildren(...words);
    });
    await waitSettled(page, since);
    const ranges = await page.evaluate(readRanges);
    expect(ranges.filter((r) => r.root === 'fact-context-card')).toEqual([]);
    expect(ranges.filter((r) => r.skipped !== null || !r.connected)).toEqual([]);
    expect(ranges.length).toBe(count);
    // And nothing inside the card's shadow root while it is shown.
    expect(
      await page.evaluate(() => {
        const shadow = document.querySelector('fact-context-card')?.shadowRoot;
        let inCard = 0;
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('fact-context')) continue;
          for (const r of h as Iterable<AbstractRange>) {
            if (shadow && r.startContainer.getRootNode() === shadow) inCard++;
          }
        }
        return inCard;
      }),
    ).toBe(0);
  });

  it('opens the card of the word under the pointer, and none over plain text', async () => {
    const page = await session().open('engine/hover.html', 3);
    await waitSettled(page, 0);
    // Plain text right after a mention: nothing opens.
    await hover(
      page,
      await page.evaluate(pointOfWord, { selector: '#talks', word: 'yesterday' }),
      'yesterday',
    );
    await sleep(400);
    expect(await page.evaluate(openCardLabel)).toBeNull();

    await hover(
      page,
      await page.evaluate(pointOfWord, { selector: '#talks', word: 'Blinken' }),
      'Blinken',
    );
    await page.waitFor(() => {
      const host = document.querySelector('fact-context-card');
      return host !== null && getComputedStyle(host).display !== 'none';
    });
    expect(await page.evaluate(openCardLabel)).toBe('Antony Blinken');
    // The hovered mention is the active highlight.
    expect(
      await page.evaluate(() => {
        const active = CSS.highlights.get('fact-context-active');
        const out: string[] = [];
        for (const r of (active ?? []) as Iterable<AbstractRange>) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          out.push(range.toString());
        }
        return out;
      }),
    ).toEqual(['Antony Blinken']);

    // Another mention: its own card. A name split across <em>: the same.
    await hover(
      page,
      await page.evaluate(pointOfWord, { selector: '#talks', word: 'Beijing' }),
      'Beijing',
    );
    await page.waitFor(() => {
      const host = document.querySelector('fact-context-card');
      return host?.shadowRoot?.querySelector('h2')?.textContent === 'Beijing';
    });
    await hover(
      page,
      await page.evaluate(pointOfWord, { selector: '#split', word: 'Yellen' }),
      'Yellen',
    );
    await page.waitFor(() => {
      const host = document.querySelector('fact-context-card');
      return host?.shadowRoot?.querySelector('h2')?.textContent === 'Janet Yellen';
    });

    // Away onto plain text: the card closes and stays closed.
    await hover(
      page,
      await page.evaluate(pointOfWord, { selector: '#plain', word: 'written' }),
      'written',
    );
    await page.waitFor(() => {
      const host = document.querySelector('fact-context-card');
      return host === null || getComputedStyle(host).display === 'none';
    });
    await sleep(400);
    expect(await page.evaluate(openCardLabel)).toBeNull();
    expect(page.errors).toEqual([]);
  });
});
