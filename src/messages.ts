/** Messages between the extension's parts; checked at runtime because anything can arrive. */
export type Message =
  { type: 'open-article'; termId: string } | { type: 'step-mention'; direction: 1 | -1 };

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.type === 'open-article') return typeof m.termId === 'string';
  if (m.type === 'step-mention') return m.direction === 1 || m.direction === -1;
  return false;
}

export const COMMAND_DIRECTIONS: Record<string, 1 | -1> = {
  'next-mention': 1,
  'previous-mention': -1,
};

export function articlePath(termId?: string): `/article.html${string}` {
  return termId ? `/article.html#term=${encodeURIComponent(termId)}` : '/article.html';
}
