import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bootBackground, deliver, EXTENSION_PAGE } from './background.testutil';

const T = Date.parse('2025-12-03T10:00+01:00');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

// The scripts the content script loads only when needed: the page report's code and the interactive sidebar.
describe('"Pagina melden" loads its code on demand', () => {
  it('adds page-report.js to the very frame of the shop tab that asked', async () => {
    const bg = await bootBackground({ at: T });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const url = 'https://www.slbdiensten.nl/onbekend/';
    const answer = await deliver({ type: 'load-page-report' }, { id: fakeBrowser.runtime.id, url, origin: new URL(url).origin, tab: { id: 12 }, frameId: 3 });
    expect(answer.ok).toBe(true);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 12, frameIds: [3] }, files: ['/page-report.js'] });
    expect(bg.logs).toEqual([]);
  });

  it('runs nothing for an extension page or another site', async () => {
    const bg = await bootBackground({ at: T });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const page = EXTENSION_PAGE();
    expect((await deliver({ type: 'load-page-report' }, { id: fakeBrowser.runtime.id, url: page, origin: new URL(page).origin })).ok).toBe(false);
    const other = 'https://example.org/';
    expect((await deliver({ type: 'load-page-report' }, { id: fakeBrowser.runtime.id, url: other, origin: new URL(other).origin, tab: { id: 4 } })).ok).toBe(false);
    expect(inject).not.toHaveBeenCalled();
    expect(bg.logs.length).toBe(2);
  });
});

describe('the interactive sidebar loads on demand', () => {
  it('adds sidebar-ui.js to the very frame of the shop tab that asked', async () => {
    const bg = await bootBackground({ at: T });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const url = 'https://www.slbdiensten.nl/winkelwagen/';
    const answer = await deliver({ type: 'load-sidebar-ui' }, { id: fakeBrowser.runtime.id, url, origin: new URL(url).origin, tab: { id: 7 }, frameId: 0 });
    expect(answer.ok).toBe(true);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/sidebar-ui.js'] });
    expect(bg.logs).toEqual([]);
  });

  it('runs nothing for another site', async () => {
    const bg = await bootBackground({ at: T });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const other = 'https://example.org/';
    expect((await deliver({ type: 'load-sidebar-ui' }, { id: fakeBrowser.runtime.id, url: other, origin: new URL(other).origin, tab: { id: 4 } })).ok).toBe(false);
    expect(inject).not.toHaveBeenCalled();
    expect(bg.logs.length).toBe(1);
  });
});
