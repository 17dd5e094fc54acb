import { describe, expect, it } from 'vitest';
import { pack as bundled } from '../../../src/article/pack';
import { packToFile } from '../../../src/article/pack-file';
import type { Pack } from '../../../src/article/schema';
import {
  exportLibrary,
  exportName,
  exportPack,
  parseImport,
} from '../../../src/library/library-file';

const other: Pack = {
  ...bundled,
  article: { ...bundled.article, id: 'other-2024-05-06', title: 'Other' },
};

describe('export and import of articles', () => {
  it('an exported article imports as the same pack', () => {
    expect(parseImport(exportPack(bundled))).toEqual({ ok: true, packs: [bundled] });
  });

  it('an exported library imports as the same packs, in order', () => {
    const text = exportLibrary([packToFile(other), packToFile(bundled)]);
    expect(JSON.parse(text)).toMatchObject({ format: 'fact-context-library', version: 1 });
    expect(parseImport(text)).toEqual({ ok: true, packs: [other, bundled] });
  });

  it('names the files by article id, or the library by date', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    expect(exportName(bundled.article, now)).toBe(
      'fact-context-biden-china-fentanyl-2023-07-24.json',
    );
    expect(exportName('library', now)).toBe('fact-context-library-2026-11-30.json');
  });

  const badSecond = JSON.stringify({
    format: 'fact-context-library',
    version: 1,
    packs: [packToFile(other), { ...packToFile(bundled), terms: [] }],
  });
  it.each([
    ['not JSON', '{"format":', 'importNotJson', []],
    ['a settings file', '{"format":"fact-context-settings","version":1}', 'importNotArticles', []],
    [
      'a library of another version',
      '{"format":"fact-context-library","version":2,"packs":[]}',
      'importNotArticles',
      [],
    ],
    ['a JSON array', '[1,2]', 'importNotArticles', []],
    ['a library whose second pack has no terms', badSecond, 'importBadArticle', ['2']],
  ])('%s: one message, no packs', (_name, text, key, first) => {
    const outcome = parseImport(text);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.key).toBe(key);
    expect(outcome.problem.substitutions?.slice(0, first.length)).toEqual(first);
  });

  it('a bad pack file says what is wrong with it', () => {
    const outcome = parseImport(badSecond);
    expect(outcome.ok ? '' : outcome.problem.substitutions?.[1]).toMatch(/terms.*at least 1/);
  });
});
