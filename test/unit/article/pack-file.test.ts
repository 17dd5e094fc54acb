import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import bundledFile from '../../../src/article/bundled-pack.json';
import { pack } from '../../../src/article/pack';
import { packFromFile, packToFile, parsePackFile } from '../../../src/article/pack-file';
import { PackFileSchema } from '../../../src/article/schema';

/** A deep copy of the bundled file, loosened so tests can break it in ways the types forbid. */
type Loose = Record<string, unknown>;
function edited(edit: (file: Loose, term: (id: string) => Loose) => void): Loose {
  const copy = structuredClone(bundledFile) as unknown as Loose;
  const term = (id: string) => {
    const found = (copy.terms as Loose[]).find((t) => t.id === id);
    if (!found) throw new Error(`test setup: no term ${id}`);
    return found;
  };
  edit(copy, term);
  return copy;
}
const at = (items: unknown, i: number) => (items as Loose[])[i] as Loose;

describe('parsePackFile', () => {
  it('accepts the bundled file, as the pack the extension uses', () => {
    const parsed = parsePackFile(structuredClone(bundledFile));
    expect(parsed).toStrictEqual({ ok: true, pack });
  });

  // Each case breaks one thing; the message must say what, and where.
  const rejected: [string, unknown, string][] = [
    ['null', null, 'Not a pack file: expected a JSON object, got null'],
    ['an array', [bundledFile], 'Not a pack file: expected a JSON object, got an array'],
    ['a string', 'fact-context-pack', 'Not a pack file: expected a JSON object, got a string'],
    [
      'another format',
      edited((f) => (f.format = 'other-pack')),
      'Not a pack file: "format" must be "fact-context-pack" (got "other-pack")',
    ],
    [
      'no format',
      edited((f) => delete f.format),
      'Not a pack file: "format" must be "fact-context-pack" (it has none)',
    ],
    [
      'version 2',
      edited((f) => (f.version = 2)),
      'This pack file is version 2; this build reads version 1',
    ],
    [
      'a version that is not a number',
      edited((f) => (f.version = '1')),
      'This pack file has no valid version; this build reads version 1',
    ],
    ['no article', edited((f) => delete f.article), 'Article pack invalid: article: is required'],
    [
      'an unknown field',
      edited((f) => (f.articles = [])),
      'Article pack invalid: pack → articles: is not a known field',
    ],
    [
      'an excerpt that is not in the article',
      edited((_, t) => (at(at(t('fentanyl').facts, 0).excerpts, 0).text = 'Fentanyl is harmless.')),
      'Article pack invalid: term "fentanyl" → facts[0].excerpts[0].text: not found verbatim in the article: "Fentanyl is harmless."',
    ],
    [
      'an alias with empty text',
      edited((_, t) => (at(t('beijing').aliases, 0).text = '')),
      'Article pack invalid: term "beijing" → aliases[0].text: must not be empty',
    ],
    [
      'two problems',
      edited((f, t) => {
        (f.article as Loose).url = 'not a url';
        t('china').tier = 'general';
      }),
      'Article pack invalid (2 problems):\n' +
        '  article → url: must be an http or https URL\n' +
        '  term "china" → tier: must be one of: anchor, context',
    ],
  ];

  it.each(rejected)('rejects %s', (_, json, error) => {
    expect(parsePackFile(json)).toStrictEqual({ ok: false, error });
  });

  it('accepts an added article’s source, URL and byline', () => {
    const file = edited((f) => {
      Object.assign(f.article as Loose, {
        source: 'Example News',
        url: 'https://news.example/fentanyl',
        byline: 'A. Reporter',
      });
    });
    const parsed = parsePackFile(file);
    expect(parsed.ok && parsed.pack.article).toMatchObject({
      source: 'Example News',
      url: 'https://news.example/fentanyl',
      byline: 'A. Reporter',
    });
  });
});

describe('packFromFile and packToFile', () => {
  it('round-trip the bundled file', () => {
    const file = v.parse(PackFileSchema, structuredClone(bundledFile));
    expect(packToFile(packFromFile(file))).toStrictEqual(bundledFile);
  });

  it('write a file that reads back as the same pack, through JSON', () => {
    const json: unknown = JSON.parse(JSON.stringify(packToFile(pack)));
    expect(parsePackFile(json)).toStrictEqual({ ok: true, pack });
  });
});
