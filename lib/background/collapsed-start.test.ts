/**
 * A person who keeps the panel collapsed gets shop pages whose first layout has no room for it: the
 * background registers the collapsed start at document start while the setting says so, and only then.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bootBackground, type TestBackground } from './background.testutil';
import { collapsedStart, COLLAPSED_START_ID, COLLAPSED_START_SCRIPT, type ContentScriptRegistry } from './collapsed-start';
import { SHOP_PAGES } from '../content/shop-pages';

const AT = Date.parse('2025-11-20T10:00+01:00');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const collapse = (bg: TestBackground, collapsed: boolean) =>
  bg.fromShop({ type: 'sidebar-action', action: { type: 'set-collapsed', collapsed }, url: 'https://www.slbdiensten.nl/account/' }, undefined, 1);

describe('the collapsed start of shop pages', () => {
  it('is registered at document start on the shop’s pages while the panel is kept collapsed, and gone once it is opened', async () => {
    const bg = await bootBackground({ at: AT });
    expect(bg.registeredScripts()).toEqual([]);
    await collapse(bg, true);
    expect(bg.registeredScripts()).toEqual([{ id: COLLAPSED_START_ID, matches: SHOP_PAGES, js: [COLLAPSED_START_SCRIPT], runAt: 'document_start', allFrames: false }]);
    // Collapsing again changes nothing (one registration).
    await collapse(bg, true);
    expect(bg.registeredScripts()).toHaveLength(1);
    await collapse(bg, false);
    expect(bg.registeredScripts()).toEqual([]);
    expect(bg.logs).toEqual([]);
  });

  it('follows the setting whichever way it was written: the options page too', async () => {
    const bg = await bootBackground({ at: AT });
    await bg.fromExtensionPage({ type: 'put-settings', settings: { sidebarCollapsed: true } });
    expect(bg.registeredScripts().map((s) => s.id)).toEqual([COLLAPSED_START_ID]);
  });

  it('is checked again when the background starts: a setting without its registration gets it', async () => {
    const bg = await bootBackground({ at: AT });
    await collapse(bg, true);
    // Gone meanwhile (an update, a browser that did not keep it).
    await fakeBrowser.scripting.unregisterContentScripts({ ids: [COLLAPSED_START_ID] });
    expect(bg.registeredScripts()).toEqual([]);
    await bg.restartBrowser();
    await vi.waitFor(() => expect(bg.registeredScripts().map((s) => s.id)).toEqual([COLLAPSED_START_ID]));
  });

  it('says so when the browser refuses, and the next change tries again', async () => {
    const logs: string[] = [];
    const scripts = new Set<string>();
    let refuse = true;
    const registry: ContentScriptRegistry = {
      getRegisteredContentScripts: async () => [...scripts].map((id) => ({ id })),
      registerContentScripts: async (list) => {
        if (refuse) throw new Error('no host permission');
        for (const s of list) scripts.add(s.id);
      },
      unregisterContentScripts: async ({ ids }) => ids.forEach((id) => scripts.delete(id)),
    };
    const follow = collapsedStart(registry, SHOP_PAGES, (message) => logs.push(message));
    await follow(true);
    expect(scripts.size).toBe(0);
    expect(logs).toEqual(['Vinkje: the collapsed start of shop pages could not be set']);
    refuse = false;
    await follow(true);
    expect([...scripts]).toEqual([COLLAPSED_START_ID]);
  });

  it('does nothing where the browser cannot register content scripts', async () => {
    await expect(collapsedStart(undefined, SHOP_PAGES, () => {})(true)).resolves.toBeUndefined();
  });
});
