import { KINDS, type Kind, type Pack } from '../article/schema';
import { groupOf } from '../highlighting/groups';
import { paintableStyle } from '../highlighting/paintable-style';
import { KIND_MESSAGES } from '../i18n/kinds';
import type { MessageKey, Translate } from '../i18n/translate';
import {
  DENSITIES,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX,
  HOVER_DELAY_MIN,
  MAX_ITEM_BYTES,
  MAX_SITE_RULES,
  SITE_MODES,
  storedBytes,
  type Settings,
} from '../settings/schema';
import { parsePattern, type PatternProblem, type SiteMode } from '../settings/site-rules';
import type { SettingsStore } from '../settings/store';
import {
  exportFileName,
  exportSettings,
  importSettings,
  MAX_IMPORT_BYTES,
} from '../settings/transfer';
import { renderArticleBrief } from '../popup/article-brief';
import { elementMaker } from '../element';
import { jsonFilePicker } from './json-file-picker';
import { renderLibrarySection, type LibrarySectionOptions } from './library-section';
import { renderTermList } from './term-list';
import type { Library } from '../library/library-schema';
import type { LibraryStore } from '../library/library-store';

export interface OptionsPageOptions {
  doc: Document;
  root: HTMLElement;
  pack: Pack;
  t: Translate;
  articleUrl: string;
  store: Pick<SettingsStore, 'load' | 'savePreferences' | 'saveSites' | 'replace' | 'watch'>;
  library: LibrarySectionOptions['store'] & Pick<LibraryStore, 'enabledPacks'>;
  /** Whether this browser paints an underline in ::highlight() (paintable-style.ts); default yes. */
  underlinePaints?: boolean;
  /** Whether an underline slows the frames of very large pages here, which get the background
   * instead (paintable-style.ts); default no. */
  underlineSlowsFrames?: boolean;
  /** Saves a file for the person (the export). */
  download: (fileName: string, text: string) => void;
  now?: () => Date;
}

export interface OptionsPage {
  ready: Promise<void>;
  dispose(): void;
}

const STYLE_MESSAGES = {
  underline: ['styleUnderline', 'styleUnderlineHint'],
  background: ['styleBackground', 'styleBackgroundHint'],
  hover: ['styleHover', 'styleHoverHint'],
} as const satisfies Record<(typeof HIGHLIGHT_STYLES)[number], [MessageKey, MessageKey]>;

const DENSITY_MESSAGES = {
  passage: 'densityPassage',
  all: 'densityAll',
  first: 'densityFirst',
} as const satisfies Record<(typeof DENSITIES)[number], MessageKey>;

const MODE_MESSAGES = {
  block: ['siteModeBlock', 'sitesBlockLabel'],
  allow: ['siteModeAllow', 'sitesAllowLabel'],
} as const satisfies Record<SiteMode, [MessageKey, MessageKey]>;

const RULE_PROBLEMS: Record<PatternProblem, MessageKey> = {
  empty: 'ruleInvalid',
  invalid: 'ruleInvalid',
  wildcard: 'ruleWildcard',
  'wildcard-ip': 'ruleWildcardIp',
};

export interface RulesCheck {
  rules: string[];
  /** One message per line that is not a valid rule (already translated). */
  errors: string[];
}

/** Reads the site rules text box: one rule per line, blank lines ignored, duplicates merged. */
export function readRules(text: string, t: Translate): RulesCheck {
  const rules: string[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = parsePattern(line);
    if (!parsed.ok) {
      errors.push(t('ruleProblem', [String(i + 1), line.trim(), t(RULE_PROBLEMS[parsed.problem])]));
    } else if (!rules.includes(parsed.pattern)) {
      rules.push(parsed.pattern);
    }
  });
  if (errors.length === 0 && rules.length > MAX_SITE_RULES) {
    errors.push(t('sitesTooMany', String(MAX_SITE_RULES)));
  }
  return { rules, errors };
}

/** The options page: the reader's articles, then every setting, live, with export and import. */
export function renderOptions(o: OptionsPageOptions): OptionsPage {
  const { doc, t, pack } = o;
  const el = elementMaker(doc);
  let uid = 0;
  const choice = (
    type: 'checkbox' | 'radio',
    name: string,
    value: string,
    label: string,
    hint?: string,
  ) => {
    const input = el('input');
    input.type = type;
    input.name = name;
    input.value = value;
    input.id = `${name}-${value || ++uid}`;
    const text = el('label', 'choice-label', label);
    text.htmlFor = input.id;
    const row = el('div', 'choice');
    row.append(input, text);
    if (hint) {
      const small = el('p', 'hint', hint);
      small.id = `${input.id}-hint`;
      input.setAttribute('aria-describedby', small.id);
      row.append(small);
    }
    return { row, input };
  };
  const fieldset = (legend: string, hint?: string) => {
    const set = el('fieldset', 'group');
    set.append(el('legend', '', legend));
    if (hint) set.append(el('p', 'hint', hint));
    return set;
  };
  const status = (id: string) => {
    const p = el('p', 'status');
    p.id = id;
    p.setAttribute('role', 'status');
    return p;
  };
  const say = (p: HTMLElement, text: string, error = false) => {
    p.textContent = text;
    p.classList.toggle('error', error);
  };

  const heading = el('h1', 'page-title', t('optionsHeading'));
  const library = renderLibrarySection({
    doc,
    t,
    bundled: pack,
    store: o.library,
    download: o.download,
    now: o.now,
  });
  const brief = el('section', 'brief');
  brief.setAttribute('aria-label', t('popupArticleHeading'));
  renderArticleBrief(doc, brief, pack, o.articleUrl, t);

  // Highlighting: on/off, style, density, hover delay.
  const general = fieldset(t('optionsGeneral'));
  const enabled = choice('checkbox', 'enabled', 'on', t('popupGlobalSwitch'));
  enabled.input.setAttribute('role', 'switch');
  general.append(enabled.row);
  const styleSet = fieldset(t('optionsStyle'));
  const styles = HIGHLIGHT_STYLES.map((style) => {
    const [label, hint] = STYLE_MESSAGES[style];
    const bigPages = style === 'underline' && o.underlineSlowsFrames;
    const c = choice(
      'radio',
      'style',
      style,
      t(label),
      bigPages ? `${t(hint)} ${t('styleUnderlineBigPages')}` : t(hint),
    );
    styleSet.append(c.row);
    return c.input;
  });
  const styleInEffect = status('style-in-effect');
  styleSet.append(styleInEffect);
  const densitySet = fieldset(t('optionsDensity'));
  const densities = DENSITIES.map((density) => {
    const c = choice('radio', 'density', density, t(DENSITY_MESSAGES[density]));
    densitySet.append(c.row);
    return c.input;
  });
  const delayRow = el('div', 'field');
  const delay = el('input');
  delay.type = 'number';
  delay.name = 'hoverDelayMs';
  delay.id = 'hover-delay';
  delay.min = String(HOVER_DELAY_MIN);
  delay.max = String(HOVER_DELAY_MAX);
  delay.step = '50';
  delay.inputMode = 'numeric';
  const delayLabel = el('label', '', t('optionsHoverDelay'));
  delayLabel.htmlFor = delay.id;
  const delayStatus = status('hover-delay-status');
  delay.setAttribute('aria-describedby', delayStatus.id);
  delayRow.append(delayLabel, delay, delayStatus);
  general.append(styleSet, densitySet, delayRow);

  // Kinds the pack uses, each with a few of its terms as examples.
  const usedKinds = KINDS.filter((kind) => pack.terms.some((term) => term.kind === kind));
  const kindSet = fieldset(t('optionsKinds'), t('optionsKindsHint'));
  const kinds = usedKinds.map((kind: Kind) => {
    const examples = pack.terms.filter((term) => term.kind === kind).map((term) => term.label);
    const shown = examples.slice(0, 3).join(', ') + (examples.length > 3 ? ', \u2026' : '');
    const c = choice('checkbox', 'kind', kind, t(KIND_MESSAGES[kind]), shown);
    c.row.classList.add(`kind-${groupOf(kind)}`);
    kindSet.append(c.row);
    return c.input;
  });

  // Terms: each can be muted on its own.
  const terms = renderTermList({
    el,
    fieldset,
    choice,
    t,
    bundled: pack,
    save: (mutedTerms) => void o.store.savePreferences({ mutedTerms }),
  });
  // The last library change read wins: its packs may arrive before an earlier one's.
  let libraryReads = 0;
  const showAddedTerms = (index: Library) => {
    const read = ++libraryReads;
    return o.library
      .enabledPacks(index)
      .catch(() => [])
      .then((added) => read === libraryReads && terms.showAdded(added, index.bundledEnabled));
  };
  const unwatchLibrary = o.library.watch((index) => void showAddedTerms(index));
  const termsReady = o.library.load().then(showAddedTerms);

  // Site rules.
  const siteSet = fieldset(t('optionsSites'));
  const modes = SITE_MODES.map((mode) => {
    const c = choice('radio', 'siteMode', mode, t(MODE_MESSAGES[mode][0]));
    siteSet.append(c.row);
    return c.input;
  });
  const rulesLabel = el('label', 'rules-label');
  const rules = el('textarea');
  rules.id = 'site-rules';
  rules.rows = 6;
  rules.spellcheck = false;
  rules.setAttribute('autocapitalize', 'off');
  rulesLabel.htmlFor = rules.id;
  const rulesHint = el('p', 'hint', t('sitesHint'));
  rulesHint.id = 'site-rules-hint';
  const saveRules = el('button', 'button', t('sitesSave'));
  saveRules.type = 'button';
  saveRules.id = 'save-site-rules';
  const rulesStatus = status('site-rules-status');
  rules.setAttribute('aria-describedby', `${rulesHint.id} ${rulesStatus.id}`);
  siteSet.append(rulesLabel, rules, rulesHint, saveRules, rulesStatus);

  // Export and import.
  const transferSet = fieldset(t('optionsTransfer'), t('optionsTransferHint'));
  const exportButton = el('button', 'button', t('exportButton'));
  exportButton.type = 'button';
  exportButton.id = 'export-settings';
  const transferStatus = status('transfer-status');
  const importFile = jsonFilePicker(el, {
    id: 'import-settings',
    label: t('importButton'),
    maxBytes: MAX_IMPORT_BYTES,
    tooLarge: () => say(transferStatus, t('importTooLarge', String(MAX_IMPORT_BYTES / 1024)), true),
    read: async (text) => {
      const result = importSettings(text, new Set(pack.terms.map((term) => term.id)));
      if (!result.ok) {
        say(
          transferStatus,
          t('importFailed', t(result.problem.key, result.problem.substitutions)),
          true,
        );
        return;
      }
      rulesDirty = false;
      await o.store.replace(result.settings);
      say(transferStatus, t('importDone'));
    },
    // Made further down, with the other status helpers.
    failed: () => failed(transferStatus)(),
  });
  const transferRow = el('div', 'row');
  transferRow.append(exportButton, importFile.input, importFile.label);
  transferSet.append(transferRow, transferStatus);

  o.root.replaceChildren(
    heading,
    library.element,
    brief,
    general,
    kindSet,
    terms.element,
    siteSet,
    transferSet,
  );

  let settings: Settings | null = null;
  /** The rules box holds edits not saved yet: settings arriving do not overwrite them. */
  let rulesDirty = false;

  const update = (next: Settings) => {
    settings = next;
    const p = next.preferences;
    enabled.input.checked = p.enabled;
    for (const input of styles) input.checked = input.value === p.style;
    const painted = paintableStyle(p.style, o.underlinePaints ?? true);
    say(styleInEffect, painted === p.style ? '' : t('styleInEffect'));
    for (const input of densities) input.checked = input.value === p.density;
    if (doc.activeElement !== delay) delay.value = String(p.hoverDelayMs);
    for (const input of kinds) input.checked = !p.hiddenKinds.includes(input.value as Kind);
    terms.showMuted(p.mutedTerms);
    const mode = next.sites.mode;
    for (const input of modes) input.checked = input.value === mode;
    rulesLabel.textContent = t(MODE_MESSAGES[mode][1]);
    if (!rulesDirty) rules.value = next.sites[mode].join('\n');
  };

  const failed = (p: HTMLElement) => () => say(p, t('saveFailed'), true);

  enabled.input.addEventListener('change', () => {
    void o.store.savePreferences({ enabled: enabled.input.checked });
  });
  for (const input of styles) {
    input.addEventListener('change', () => {
      if (input.checked)
        void o.store.savePreferences({ style: input.value as Settings['preferences']['style'] });
    });
  }
  for (const input of densities) {
    input.addEventListener('change', () => {
      if (input.checked)
        void o.store.savePreferences({
          density: input.value as Settings['preferences']['density'],
        });
    });
  }
  delay.addEventListener('change', () => {
    const ms = Number(delay.value);
    if (
      delay.value.trim() === '' ||
      !Number.isInteger(ms) ||
      ms < HOVER_DELAY_MIN ||
      ms > HOVER_DELAY_MAX
    ) {
      say(
        delayStatus,
        t('hoverDelayInvalid', [String(HOVER_DELAY_MIN), String(HOVER_DELAY_MAX)]),
        true,
      );
      delay.setAttribute('aria-invalid', 'true');
      return;
    }
    delay.removeAttribute('aria-invalid');
    say(delayStatus, '');
    void o.store.savePreferences({ hoverDelayMs: ms }).catch(failed(delayStatus));
  });
  for (const input of kinds) {
    input.addEventListener('change', () => {
      const hidden = kinds.filter((k) => !k.checked).map((k) => k.value as Kind);
      void o.store.savePreferences({ hiddenKinds: hidden });
    });
  }
  for (const input of modes) {
    input.addEventListener('change', () => {
      if (!input.checked || !settings) return;
      rulesDirty = false;
      say(rulesStatus, '');
      void o.store.saveSites({ ...settings.sites, mode: input.value as SiteMode });
    });
  }
  rules.addEventListener('input', () => {
    rulesDirty = true;
  });
  saveRules.addEventListener('click', () => {
    if (!settings) return;
    const check = readRules(rules.value, t);
    if (check.errors.length > 0) {
      say(rulesStatus, check.errors.join('\n'), true);
      rules.setAttribute('aria-invalid', 'true');
      return;
    }
    const next = { ...settings.sites, [settings.sites.mode]: check.rules };
    if (storedBytes(next) > MAX_ITEM_BYTES) {
      say(rulesStatus, t('sitesTooLarge'), true);
      return;
    }
    rules.removeAttribute('aria-invalid');
    o.store.saveSites(next).then(() => {
      rulesDirty = false;
      rules.value = check.rules.join('\n');
      say(rulesStatus, t('sitesSaved'));
    }, failed(rulesStatus));
  });

  exportButton.addEventListener('click', () => {
    if (!settings) return;
    o.download(exportFileName(o.now?.() ?? new Date()), exportSettings(settings));
    say(transferStatus, t('exportDone'));
  });

  const unwatch = o.store.watch(update);
  const ready = o.store.load().then((s) => {
    if (!settings) update(s);
  });
  return {
    ready: Promise.all([ready, library.ready, termsReady]).then(() => {}),
    dispose: () => {
      unwatch();
      unwatchLibrary();
      library.dispose();
    },
  };
}
