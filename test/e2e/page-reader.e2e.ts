/**
 * Chrome's page reader lives in an offscreen document, which the browser keeps until the extension
 * closes it: Vinkje closes it once no shop page has been read for a while and makes it again for the
 * next page. (Firefox reads in its background page: nothing to close there.)
 */
import { describe, expect, it } from 'vitest';
import { useE2E, browserName } from './setup';
import { waitFor } from './actions';
import { waitForSidebar } from './sidebar';
import { logIn } from './flows';
import { openExtensionPage } from './extension-pages';
import { READER_IDLE_ALARM, READER_IDLE_MS } from '../../lib/background/page-reader';
import type { E2EPage } from './driver';

interface ChromeApi {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined>; create(name: string, info: { when: number }): Promise<void> };
}

/** How many offscreen documents the extension has, and when the reader's is due to close. */
const readerState = (extensionPage: E2EPage) =>
  extensionPage.evaluate(async (alarm: string) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const documents = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    return { documents: documents.length, closesAt: (await api.alarms.get(alarm))?.scheduledTime ?? null };
  }, READER_IDLE_ALARM);

describe.skipIf(browserName !== 'chromium')(`the page reader's document (${browserName})`, () => {
  const e2e = useE2E();

  it('is closed once no shop page has been read for a while, and made again for the next page', async () => {
    const shop = await e2e.browser.newPage();
    await logIn(shop);
    await waitForSidebar(shop, 'account page', (s) => s.page === 'account');
    const popup = await openExtensionPage(e2e.browser, 'popup.html');
    const read = await readerState(popup);
    expect(read.documents).toBe(1);
    expect(read.closesAt).toBeGreaterThan(Date.now() + READER_IDLE_MS - 60_000);

    // The moment comes now instead of in five minutes: the browser fires Vinkje's own alarm.
    await popup.evaluate(async (alarm: string) => {
      await (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.create(alarm, { when: Date.now() });
    }, READER_IDLE_ALARM);
    await waitFor('the reader document closed', () => readerState(popup), (s) => s.documents === 0, 40_000);

    await shop.reload();
    const again = await waitForSidebar(shop, 'account page, read again', (s) => s.page === 'account');
    expect(again.steps['1']).toBe('done');
    expect((await readerState(popup)).documents).toBe(1);
    await popup.close();
    await shop.close();
  });
});
