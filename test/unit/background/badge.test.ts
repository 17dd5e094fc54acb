import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { badgeText, showBadge, toolbarButton, type BadgeApi } from '../../../src/background/badge';
import type { Findings } from '../../../src/messages';

const found = (terms: number, active = true): Findings => ({
  site: 'example.com',
  active,
  mentions: terms * 2,
  terms: Array.from({ length: terms }, (_, i) => ({
    termId: `t${i}`,
    count: 2,
    label: `T${i}`,
    kind: 'concept' as const,
  })),
});

describe('the toolbar badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the number of distinct terms, nothing when none or off', () => {
    expect(badgeText(found(4))).toBe('4');
    expect(badgeText(found(0))).toBe('');
    expect(badgeText(found(4, false))).toBe('');
    expect(badgeText(null)).toBe('');
  });

  it('uses action (MV3), or browserAction where action is undefined (Firefox MV2)', () => {
    const action: BadgeApi = { setBadgeText: vi.fn() };
    const browserAction: BadgeApi = { setBadgeText: vi.fn() };
    expect(toolbarButton({ action, browserAction })).toBe(action);
    expect(toolbarButton({ action: undefined, browserAction })).toBe(browserAction);
    expect(toolbarButton({})).toBeNull();
  });

  it('is set per tab, and cleared when the extension is off there', async () => {
    const button = toolbarButton(fakeBrowser as never);
    await showBadge(button, 1, found(3));
    await showBadge(button, 2, found(5));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('3');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('5');
    await showBadge(button, 1, found(3, false));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('5');
  });

  it('a tab that closed meanwhile is no error', async () => {
    const button: BadgeApi = { setBadgeText: vi.fn().mockRejectedValue(new Error('No tab')) };
    await expect(showBadge(button, 9, found(1))).resolves.toBeUndefined();
  });
});
