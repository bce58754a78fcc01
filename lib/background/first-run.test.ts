/**
 * The first run, with the real background on a fake browser: the welcome page opens once, on
 * install, and never on an update, a browser start, or when the organisation's policy says not to.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bootBackground } from './background.testutil';

const NOW = Date.parse('2026-11-20T10:00:00+01:00');
const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html'));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the welcome page', () => {
  it('opens in a new tab when Vinkje is installed', async () => {
    await bootBackground({ at: NOW });
    const tabs = await welcomeTabs();
    expect(tabs).toHaveLength(1);
    expect(tabs[0]?.url).toBe(fakeBrowser.runtime.getURL('/welcome.html'));
  });

  it('does not open on an update or when the browser starts', async () => {
    await bootBackground({ at: NOW, install: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '2027.0.0', temporary: false });
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await welcomeTabs()).toEqual([]);
  });

  it('does not open when the organisation switched it off by policy', async () => {
    await bootBackground({ at: NOW, install: false });
    await fakeBrowser.storage.managed.set({ openWelcomePage: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await welcomeTabs()).toEqual([]);
  });
});
