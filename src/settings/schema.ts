// The settings' shape, defaults and validation. Stored values are checked field by field on
// every read (storage can hold anything: another version, a sync conflict, a hand edit): a field
// that is not valid falls back to its default and the other fields are kept.
import * as v from 'valibot';
import { KINDS, type Kind } from '../article/schema';
import { parsePattern, type SiteMode, type SiteRules } from './site-rules';

export const DENSITIES = ['passage', 'all', 'first'] as const;
export type Density = (typeof DENSITIES)[number];
export const HIGHLIGHT_STYLES = ['underline', 'background', 'hover'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export const SITE_MODES = ['block', 'allow'] as const satisfies readonly SiteMode[];

export const HOVER_DELAY_MIN = 0;
export const HOVER_DELAY_MAX = 2000;
/** Most rules one list may hold; the sync area also caps an item at 8 KB (see MAX_ITEM_BYTES). */
export const MAX_SITE_RULES = 200;
export const MAX_MUTED_TERMS = 200;

/** What the extension shows, and how. */
export interface Preferences {
  /** The global switch. */
  enabled: boolean;
  /** Kinds of terms not highlighted. */
  hiddenKinds: Kind[];
  /** Ids of terms not highlighted. */
  mutedTerms: string[];
  /** passage: anchors at every mention, context terms once per passage about the story; all:
   * every mention; first: only the first mention of each term on a page. */
  density: Density;
  style: HighlightStyle;
  /** Dwell on a mention before its card opens. */
  hoverDelayMs: number;
}

export type { SiteRules };

export interface Settings {
  preferences: Preferences;
  sites: SiteRules;
}

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  enabled: true,
  hiddenKinds: [],
  mutedTerms: [],
  density: 'passage',
  style: 'underline',
  hoverDelayMs: 150,
});

export const DEFAULT_SITES: Readonly<SiteRules> = Object.freeze({
  mode: 'block',
  block: [],
  allow: [],
});

export function defaultSettings(): Settings {
  return {
    preferences: { ...DEFAULT_PREFERENCES, hiddenKinds: [], mutedTerms: [] },
    sites: { ...DEFAULT_SITES, block: [], allow: [] },
  };
}

/** A bundled term's id, or an added article's term key: `<articleId>--<termId>`, both kebab-case
 * (src/library/catalog.ts). */
const TERM_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const TERM_ID = v.pipe(v.string(), v.regex(TERM_KEY));
const SITE_RULE = v.pipe(
  v.string(),
  v.check((s) => {
    const parsed = parsePattern(s);
    return parsed.ok && parsed.pattern === s;
  }),
);

/** A scalar field is valid or not; a list keeps its valid, distinct entries (up to `max`). */
export type FieldSpec =
  { kind: 'value'; schema: v.GenericSchema } | { kind: 'list'; item: v.GenericSchema; max: number };

export const PREFERENCE_FIELDS: { [K in keyof Preferences]: FieldSpec } = {
  enabled: { kind: 'value', schema: v.boolean() },
  hiddenKinds: { kind: 'list', item: v.picklist(KINDS), max: KINDS.length },
  mutedTerms: { kind: 'list', item: TERM_ID, max: MAX_MUTED_TERMS },
  density: { kind: 'value', schema: v.picklist(DENSITIES) },
  style: { kind: 'value', schema: v.picklist(HIGHLIGHT_STYLES) },
  hoverDelayMs: {
    kind: 'value',
    schema: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(HOVER_DELAY_MIN),
      v.maxValue(HOVER_DELAY_MAX),
    ),
  },
};

export const SITE_FIELDS: { [K in keyof SiteRules]: FieldSpec } = {
  mode: { kind: 'value', schema: v.picklist(SITE_MODES) },
  block: { kind: 'list', item: SITE_RULE, max: MAX_SITE_RULES },
  allow: { kind: 'list', item: SITE_RULE, max: MAX_SITE_RULES },
};

export interface Repaired<T> {
  value: T;
  /** Fields that were missing or not valid and took their default (or lost entries). */
  repaired: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The valid, distinct entries of a list, or null when `value` is not a list at all. */
function validEntries(value: unknown, item: v.GenericSchema, max: number): unknown[] | null {
  if (!Array.isArray(value)) return null;
  const out: unknown[] = [];
  for (const entry of value) {
    if (out.length >= max) break;
    if (v.is(item, entry) && !out.includes(entry)) out.push(entry);
  }
  return out;
}

/** Checks every field of a stored object; keeps what is valid, defaults the rest. */
export function repairFields<T extends object>(
  stored: unknown,
  fields: { [K in keyof T]: FieldSpec },
  defaults: Readonly<T>,
): Repaired<T> {
  const source = isRecord(stored) ? stored : {};
  const value = {} as Record<string, unknown>;
  const repaired: string[] = [];
  for (const [name, spec] of Object.entries(fields) as [string, FieldSpec][]) {
    const raw = source[name];
    const fallback = (defaults as Record<string, unknown>)[name];
    if (spec.kind === 'value') {
      const ok = raw !== undefined && v.is(spec.schema, raw);
      value[name] = ok ? raw : fallback;
      if (!ok) repaired.push(name);
      continue;
    }
    const entries = raw === undefined ? null : validEntries(raw, spec.item, spec.max);
    value[name] = entries ?? [...(fallback as unknown[])];
    if (entries === null || entries.length !== (raw as unknown[]).length) repaired.push(name);
  }
  return { value: value as T, repaired };
}

export function repairPreferences(stored: unknown): Repaired<Preferences> {
  return repairFields<Preferences>(stored, PREFERENCE_FIELDS, DEFAULT_PREFERENCES);
}

export function repairSites(stored: unknown): Repaired<SiteRules> {
  return repairFields<SiteRules>(stored, SITE_FIELDS, DEFAULT_SITES);
}

/** The sync area's limit for one item (key and JSON value), with room for the key. */
export const MAX_ITEM_BYTES = 8192 - 64;

export function storedBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
