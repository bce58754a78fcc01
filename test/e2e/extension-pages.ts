/** Reading the extension's own state through the browser's APIs, from one of its pages. */
import type { E2EBrowser, E2EPage } from './driver';
import { waitFor } from './actions';

/** The part of the extension API these checks use; `browser` in Firefox, `chrome` in Chromium. */
export interface ExtensionApi {
  action: { getBadgeText(details: object): Promise<string> };
  notifications: {
    getAll(): Promise<Record<string, unknown>>;
    onClosed: { addListener(cb: (id: string) => void): void };
    onShown?: { addListener(cb: (id: string) => void): void };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Opens popup.html or options.html as a tab and waits until it has drawn. */
export async function openExtensionPage(browser: E2EBrowser, file: 'popup.html' | 'options.html'): Promise<E2EPage> {
  const page = await browser.newPage();
  await page.goto(browser.extensionUrl(file));
  const hook = file === 'popup.html' ? 'vinkje-popup' : 'vinkje-options';
  await waitFor(`${file} drawn`, () => page.evaluate((id: string) => document.querySelector(`[data-testid="${id}"]`) !== null, hook), Boolean);
  return page;
}

/** Runs in an extension page, where `browser` (Firefox) or `chrome` (Chromium) is the extension API. */
export function badgeText(page: E2EPage): Promise<string> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    return (g.browser ?? g.chrome).action.getBadgeText({});
  });
}

/**
 * Starts recording Vinkje's notifications in this page: every id shown (Firefox reports onShown) and
 * every id still on screen (notifications.getAll). Headless Firefox closes notifications at once.
 */
export async function recordNotifications(page: E2EPage): Promise<void> {
  await page.evaluate(() => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const api = g.browser ?? g.chrome;
    const seen: string[] = [];
    (window as unknown as { __vinkjeSeen: string[] }).__vinkjeSeen = seen;
    api.notifications.onShown?.addListener((id) => seen.push(id));
    api.notifications.onClosed.addListener((id) => seen.push(id));
  });
}

export function notifications(page: E2EPage): Promise<{ seen: string[]; onScreen: string[] }> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const onScreen = Object.keys(await (g.browser ?? g.chrome).notifications.getAll());
    const seen = (window as unknown as { __vinkjeSeen?: string[] }).__vinkjeSeen ?? [];
    return { seen: [...new Set([...seen, ...onScreen])], onScreen };
  });
}

export function waitForBadge(page: E2EPage, what: string, ok: (text: string) => boolean) {
  return waitFor(`badge: ${what}`, () => badgeText(page), ok, 10_000);
}
