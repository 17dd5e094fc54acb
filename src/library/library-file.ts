// Export and import of articles. One article exports as its pack file; the whole library as a
// library file that holds the pack files. An import reads either, checks every pack first, and
// gives one clear message for a file that is not valid: nothing is added from it.
import { packToFile, parsePackFile } from '../article/pack-file';
import { PACK_FILE_FORMAT, type Pack, type PackFile } from '../article/schema';
import type { Outcome } from './types';

export const LIBRARY_FILE_FORMAT = 'fact-context-library';
export const LIBRARY_FILE_VERSION = 1;
/** A 50,000-word article's pack is well under 1 MB: a file past this is not an export. */
export const MAX_LIBRARY_IMPORT_BYTES = 64 * 1024 * 1024;

export function exportPack(pack: Pack): string {
  return `${JSON.stringify(packToFile(pack), null, 2)}\n`;
}

export function exportLibrary(files: PackFile[]): string {
  const file = { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, packs: files };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "fact-context-<article id>.json", or "fact-context-library-<date>.json" for the library. */
export function exportName(what: { id: string } | 'library', now: Date): string {
  return what === 'library'
    ? `fact-context-library-${now.toISOString().slice(0, 10)}.json`
    : `fact-context-${what.id}.json`;
}

const failed = (
  key: 'importNotJson' | 'importNotArticles' | 'importBadArticle',
  ...subs: string[]
) => ({ ok: false, problem: { key, substitutions: subs } }) as const;

/** The packs in an exported file's text: every one valid, or one message and none. */
export function parseImport(text: string): Outcome<{ packs: Pack[] }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failed('importNotJson');
  }
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  let files: unknown[];
  if (record.format === PACK_FILE_FORMAT) files = [json];
  else if (
    record.format === LIBRARY_FILE_FORMAT &&
    record.version === LIBRARY_FILE_VERSION &&
    Array.isArray(record.packs)
  )
    files = record.packs;
  else return failed('importNotArticles');
  const packs: Pack[] = [];
  for (const [i, file] of files.entries()) {
    const parsed = parsePackFile(file);
    if (!parsed.ok) return failed('importBadArticle', String(i + 1), parsed.error);
    packs.push(parsed.pack);
  }
  return { ok: true, packs };
}
