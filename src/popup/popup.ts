import type { Pack } from '../article/schema';
import { groupOf } from '../highlighting/groups';
import type { Translate } from '../i18n/translate';
import type { Findings } from '../messages';
import type { Settings } from '../settings/schema';
import { siteSwitch, switchSite } from '../settings/site-rules';
import type { SettingsStore } from '../settings/store';
import { renderAddArticle, type AddArticleActions } from './add-article';
import { renderArticleBrief } from './article-brief';
import { renderArticleSwitches, type ArticleSwitchesOptions } from './article-switches';
import { elementMaker } from '../element';

/** The tab the popup acts on, as the entrypoint reaches it. */
export interface TabLink {
  /** What the tab's top frame found; null where no content script answers. */
  findings(): Promise<Findings | null>;
  /** Goes to the next mention of a term in the tab and opens its card. */
  stepTerm(termId: string): Promise<void>;
  /** Calls back whenever the tab reports new findings; returns the unsubscribe. */
  onFindings(callback: (findings: Findings) => void): () => void;
}

export interface PopupOptions {
  doc: Document;
  root: HTMLElement;
  pack: Pack;
  t: Translate;
  articleUrl: string;
  store: Pick<SettingsStore, 'load' | 'savePreferences' | 'saveSites' | 'watch'>;
  library: ArticleSwitchesOptions['store'];
  /** Null when there is no tab to act on. */
  tab: TabLink | null;
  openOptions: () => void;
  /** "Add this article" and "Paste an article instead". */
  add: AddArticleActions;
}

export interface Popup {
  /** Resolves once the first settings and findings are shown. */
  ready: Promise<void>;
  dispose(): void;
}

type Elements = ReturnType<typeof build>;

function build(o: PopupOptions) {
  const { doc, t } = o;
  const el = elementMaker(doc);
  const toggle = (id: string) => {
    const input = el('input', 'switch-input');
    input.type = 'checkbox';
    input.id = id;
    input.setAttribute('role', 'switch');
    const text = el('span', 'switch-label');
    const label = el('label', 'switch');
    label.htmlFor = id;
    label.append(input, text);
    return { label, input, text };
  };

  const brief = el('section', 'brief');
  brief.setAttribute('aria-label', t('popupArticleHeading'));
  renderArticleBrief(doc, brief, o.pack, o.articleUrl, t);

  const page = el('section', 'page');
  const pageHeading = el('h2', 'section-title', t('popupPageHeading'));
  pageHeading.id = 'page-heading';
  page.setAttribute('aria-labelledby', pageHeading.id);
  const site = toggle('site-switch');
  const siteNote = el('p', 'note');
  siteNote.id = 'site-note';
  site.input.setAttribute('aria-describedby', siteNote.id);
  const state = el('p', 'state');
  state.id = 'page-state';
  state.setAttribute('role', 'status');
  const counts = el('dl', 'counts');
  const count = (label: string, name: string) => {
    const box = el('div', 'count');
    const value = el('dd', 'count-value', '0');
    value.dataset.count = name;
    box.append(el('dt', 'count-label', label), value);
    counts.append(box);
    return value;
  };
  const mentions = count(t('popupMentions'), 'mentions');
  const terms = count(t('popupTerms'), 'terms');
  const listHeading = el('h3', 'list-title', t('popupTermsHeading'));
  listHeading.id = 'terms-heading';
  const list = el('ul', 'terms');
  list.setAttribute('aria-labelledby', listHeading.id);
  const empty = el('p', 'empty');
  page.append(pageHeading, site.label, siteNote, state, counts, listHeading, list, empty);

  const global = toggle('global-switch');
  global.text.textContent = t('popupGlobalSwitch');
  const options = el('button', 'link options', t('popupOpenOptions'));
  options.type = 'button';
  options.id = 'open-options';
  const foot = el('section', 'global');
  foot.append(global.label, options);

  const articles = renderArticleSwitches({
    doc,
    t,
    bundled: o.pack,
    store: o.library,
    openOptions: o.openOptions,
  });
  const adding = renderAddArticle(doc, t, o.add);

  o.root.replaceChildren(brief, page, adding.section, articles.element, foot);
  return {
    el,
    articles,
    adding,
    page,
    site,
    siteNote,
    state,
    counts,
    mentions,
    terms,
    listHeading,
    list,
    empty,
    global,
    options,
  };
}

/**
 * The popup: the article in brief, what the tab shows, its per-site switch, adding the tab's
 * article, the articles' switches and the global one.
 */
export function renderPopup(o: PopupOptions): Popup {
  const { t } = o;
  const ui: Elements = build(o);
  const number = new Intl.NumberFormat(t('locale'));
  let settings: Settings | null = null;
  let findings: Findings | null = null;
  let reached = o.tab !== null;
  const cleanups: (() => void)[] = [ui.articles.dispose];

  const renderList = (f: Findings | null) => {
    const items = (f?.terms ?? []).map(({ termId, count, label, kind }) => {
      const button = ui.el('button', 'term');
      button.type = 'button';
      button.dataset.term = termId;
      button.title = t('popupStepTerm', label);
      const dot = ui.el('span', `dot kind-${groupOf(kind)}`);
      dot.setAttribute('aria-hidden', 'true');
      const value = ui.el('span', 'term-count', number.format(count));
      value.dataset.count = String(count);
      button.append(dot, ui.el('span', 'term-label', label), value);
      button.addEventListener('click', () => void o.tab?.stepTerm(termId));
      const item = ui.el('li', 'term-item');
      item.append(button);
      return item;
    });
    ui.list.replaceChildren(...items);
  };

  const render = () => {
    const f = findings;
    const siteName = f?.site ?? null;
    const sw = settings && siteName ? siteSwitch(siteName, settings.sites) : null;
    ui.global.input.checked = settings?.preferences.enabled ?? true;
    ui.global.input.disabled = settings === null;

    ui.site.label.hidden = sw === null;
    ui.site.input.checked = sw?.on ?? false;
    ui.site.input.disabled = sw === null || sw.lockedBy !== null;
    ui.site.text.textContent = siteName ? t('popupSiteSwitch', siteName) : '';
    ui.siteNote.textContent = sw?.lockedBy ? t('popupSiteLocked', sw.lockedBy) : '';
    ui.siteNote.hidden = !sw?.lockedBy;

    const active = f?.active === true;
    let state = '';
    if (!reached) state = t('popupUnavailable');
    else if (!settings || !f) state = t('popupLoading');
    else if (!settings.preferences.enabled) state = t('popupStateOffGlobal');
    else if (sw && !sw.on) state = t('popupStateOffSite');
    else if (!siteName && !active) state = t('popupStateNoSite');
    ui.state.textContent = state;
    ui.state.hidden = state === '';

    ui.adding.setReadable(reached);
    ui.counts.hidden = !reached || !f;
    ui.mentions.textContent = number.format(active ? f.mentions : 0);
    ui.terms.textContent = number.format(active ? f.terms.length : 0);
    ui.page.classList.toggle('inactive', !active);
    renderList(active ? f : null);
    ui.listHeading.hidden = !active || f.terms.length === 0;
    ui.empty.textContent = active && f.terms.length === 0 ? t('popupNoTerms') : '';
    ui.empty.hidden = ui.empty.textContent === '';
  };

  ui.global.input.addEventListener('change', () => {
    void o.store.savePreferences({ enabled: ui.global.input.checked });
  });
  ui.site.input.addEventListener('change', () => {
    const site = findings?.site;
    if (!settings || !site) return;
    void o.store.saveSites(switchSite(site, settings.sites, ui.site.input.checked));
  });
  ui.options.addEventListener('click', () => o.openOptions());

  cleanups.push(
    o.store.watch((next) => {
      settings = next;
      render();
    }),
  );
  if (o.tab) {
    cleanups.push(
      o.tab.onFindings((next) => {
        findings = next;
        reached = true;
        render();
      }),
    );
  }
  render();

  const ready = Promise.all([
    ui.articles.ready,
    o.store.load().then((s) => {
      settings ??= s;
    }),
    (o.tab?.findings() ?? Promise.resolve(null)).then((f) => {
      // A report that came in meanwhile is newer.
      findings ??= f;
      reached = findings !== null;
    }),
  ]).then(render);

  return {
    ready,
    dispose: () => {
      for (const c of cleanups) c();
    },
  };
}
