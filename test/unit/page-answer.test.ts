import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/messages';
import { askPage, PAGE_ANSWER, type ScriptingApi } from '../../src/page-answer';

/** Runs the injected function here, as the browser runs it in the page's extension world. */
const here: ScriptingApi = {
  scripting: {
    executeScript: async ({ func, args }) => [{ result: await func(...args) }],
  },
};
const world = globalThis as Record<string, unknown>;

describe('asking the page', () => {
  afterEach(() => {
    Reflect.deleteProperty(world, PAGE_ANSWER);
  });

  it.each<[string, Message, unknown]>([
    ['a value', { type: 'step-mention', direction: 1 }, 'stepped'],
    ['a promise', { type: 'get-findings' }, { mentions: 3 }],
  ])('gets the watch’s answer, given as %s', async (_, message, answer) => {
    const asked: unknown[] = [];
    world[PAGE_ANSWER] = (m: unknown) => {
      asked.push(m);
      return message.type === 'get-findings' ? Promise.resolve(answer) : answer;
    };
    await expect(askPage(here, 7, message)).resolves.toEqual(answer);
    expect(asked).toEqual([message]);
  });

  it('gets null from a page where no watch answers', async () => {
    await expect(askPage(here, 7, { type: 'get-findings' })).resolves.toBeNull();
  });
});
