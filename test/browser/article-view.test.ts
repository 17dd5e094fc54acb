import { expect, it } from 'vitest';
import { clickOn, waitForCard } from './support/card-driver';
import { inBothBrowsers } from './support/session';

inBothBrowsers('article view', (session) => {
  it('shows the whole article with its date and tags, and a term highlighted and scrolled to', async () => {
    const page = await session().browser.openExtensionPage('article.html#term=overdose-deaths');
    await page.waitFor(() => document.querySelector('mark.fc-mention') !== null);
    const view = await page.evaluate(() => {
      const supporting = document.querySelector<HTMLElement>('[data-supports]');
      const r = supporting?.getBoundingClientRect();
      return {
        headline: document.querySelector('h1')?.textContent ?? '',
        date: document.querySelector('time')?.getAttribute('datetime'),
        dateText: document.querySelector('time')?.textContent ?? '',
        text: document.body.textContent ?? '',
        marks: [...document.querySelectorAll('mark.fc-mention')].map((m) => m.textContent),
        supportingInView: !!r && r.top >= 0 && r.bottom <= innerHeight,
        scrolled: scrollY,
      };
    });
    expect(view.headline).toBe(
      'Biden Admin Weighs Dropping Sanctions on China in Exchange for Fentanyl Cooperation',
    );
    expect(view.date).toBe('2023-07-24');
    expect(view.dateText).toContain('July 24, 2023');
    // Verbatim, typo and all.
    expect(view.text).toContain('strictly limits access by backlisted companies');
    expect(view.text).toContain('China');
    expect(view.marks.length).toBeGreaterThan(0);
    expect(view.marks.join(' ')).toMatch(/[Oo]verdose/);
    expect(view.supportingInView).toBe(true);
    expect(view.scrolled).toBeGreaterThan(0);
    await page.close();
  });

  it('an unknown term shows the article with a notice, not an error', async () => {
    const page = await session().browser.openExtensionPage('article.html#term=no-such-term');
    await page.waitFor(() => document.querySelector('.fc-notice') !== null);
    expect(await page.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('"Read in the article" on a card opens the article view at that term', async () => {
    const page = await session().open('card/plain.html', 3);
    await clickOn(page, 'Beijing');
    await waitForCard(page, true);
    await page.evaluate(() => {
      document
        .querySelector('fact-context-card')
        ?.shadowRoot?.querySelector<HTMLAnchorElement>('a.read')
        ?.click();
    });
    const ext = await session().browser.openExtensionPage('popup.html');
    await ext.waitFor(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const tabs = await api.tabs.query({});
      return tabs.some((t) => t.url?.endsWith('article.html#term=beijing'));
    });
    await ext.close();
  });
});
