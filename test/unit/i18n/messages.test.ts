import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, type MessageEntry } from '../../../src/i18n/translate';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const messages = JSON.parse(
  readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, MessageEntry>;
const t = createTranslator(messages);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|html)$/.test(name) ? [path] : [];
  });
}

const code = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'entrypoints'))]
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');

describe('messages.json', () => {
  it('names every message as the browser allows, with a description for translators', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message, key).not.toBe('');
      expect(entry.description, key).toBeTruthy();
    }
  });

  it('every $placeholder$ in a message is defined, and every placeholder is used', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) =>
        (m[1] ?? '').toLowerCase(),
      );
      const defined = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase());
      expect(used.sort(), key).toEqual([...new Set(defined)].sort());
    }
  });

  it('has every message the code asks for, and the manifest’s', () => {
    const asked = new Set<string>();
    for (const m of code.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) asked.add(m[1] ?? '');
    for (const m of code.matchAll(/:\s*'((?:kind|style|density|siteMode|sites|rule)[A-Za-z]+)'/g)) {
      asked.add(m[1] ?? '');
    }
    for (const m of config.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) asked.add(m[1] ?? '');
    for (const m of code.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) asked.add(m[1] ?? '');
    const missing = [...asked].filter((key) => !(key in messages));
    expect(missing).toEqual([]);
    expect(asked.size).toBeGreaterThan(40);
  });

  it('the manifest’s name, description and commands are messages', () => {
    expect(config).toMatch(/name: '__MSG_extName__'/);
    expect(config).toMatch(/description: '__MSG_extDescription__'/);
    expect(config).toMatch(/default_locale: 'en'/);
    expect(t('extDescription').length).toBeLessThanOrEqual(132);
  });
});

describe('createTranslator (the browser’s rules, for tests and fallbacks)', () => {
  const fake = createTranslator({
    plain: { message: 'Hello' },
    named: {
      message: 'On for $SITE$ ($Count$)',
      placeholders: { site: { content: '$1' }, count: { content: '$2' } },
    },
    direct: { message: '$1 and $2, $$5' },
  });

  it('substitutes named placeholders (any case) and numbered ones, and $$', () => {
    expect(fake('plain' as never)).toBe('Hello');
    expect(fake('named' as never, ['example.com', '3'])).toBe('On for example.com (3)');
    expect(fake('direct' as never, ['a', 'b'])).toBe('a and b, $5');
    expect(fake('direct' as never, 'only')).toBe('only and , $5');
  });

  it('a missing message is empty, as in the browser', () => {
    expect(fake('nope' as never)).toBe('');
  });

  it('reads the real messages', () => {
    expect(t('popupSiteSwitch', 'www.example.com')).toBe('On for www.example.com');
    expect(t('cardReported', ['July 24, 2023', '3 years ago'])).toBe(
      'Reported July 24, 2023 \u00b7 3 years ago',
    );
    expect(t('locale')).toBe('en');
  });
});
