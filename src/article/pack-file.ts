// Pack files: the JSON the bundled pack is kept in (src/article/bundled-pack.json), and that
// added articles, export and import will use (format: src/article/PACK.md). The envelope (format
// and version) is checked first: a file of another kind or version is named as such rather than
// reported field by field.
import {
  PACK_FILE_FORMAT,
  PACK_FILE_VERSION,
  PackFileSchema,
  type Pack,
  type PackFile,
} from './schema';
import { checkPack, invalidPackMessage } from './validate';

export type ParsedPackFile = { ok: true; pack: Pack } | { ok: false; error: string };

/** The pack a file holds. */
export function packFromFile({ article, blockers, terms }: PackFile): Pack {
  return { article, blockers, terms };
}

/** The file that holds a pack, at this build's version. */
export function packToFile({ article, blockers, terms }: Pack): PackFile {
  return { format: PACK_FILE_FORMAT, version: PACK_FILE_VERSION, article, blockers, terms };
}

function kindOf(json: unknown): string {
  if (json === null) return 'null';
  return Array.isArray(json) ? 'an array' : `a ${typeof json}`;
}

/** Why the file is not a pack file of this build's version, or undefined if it is one. */
function envelopeError(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return `Not a pack file: expected a JSON object, got ${kindOf(json)}`;
  }
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== PACK_FILE_FORMAT) {
    const got = format === undefined ? 'it has none' : `got ${JSON.stringify(format)}`;
    return `Not a pack file: "format" must be "${PACK_FILE_FORMAT}" (${got})`;
  }
  if (version !== PACK_FILE_VERSION) {
    const which = typeof version === 'number' ? `is version ${version}` : 'has no valid version';
    return `This pack file ${which}; this build reads version ${PACK_FILE_VERSION}`;
  }
  return undefined;
}

/**
 * Checks a parsed JSON value as a pack file: its format and version, its shape and its grounding
 * in its own article. The pack, or one message naming every problem.
 */
export function parsePackFile(json: unknown): ParsedPackFile {
  const error = envelopeError(json);
  if (error !== undefined) return { ok: false, error };
  const checked = checkPack(PackFileSchema, json);
  return checked.ok
    ? { ok: true, pack: packFromFile(checked.pack) }
    : { ok: false, error: invalidPackMessage(checked.problems) };
}
