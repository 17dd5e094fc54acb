import type { RangeInfo } from './page-probes';

/** Highlighted texts grouped by the `data-case` they are in, whitespace collapsed, sorted. */
export function textsByCase(ranges: RangeInfo[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of ranges) {
    const key = r.caseId ?? '(none)';
    (out[key] ??= []).push(r.text.replace(/\s+/g, ' '));
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** Highlighted texts, whitespace collapsed, sorted. */
export function texts(ranges: RangeInfo[]): string[] {
  return ranges.map((r) => r.text.replace(/\s+/g, ' ')).sort();
}
