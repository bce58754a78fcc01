/** Reading the extension's own state through the browser's APIs, from one of its pages. */
import type { E2EBrowser, E2EPage } from './driver';
import { waitFor } from './actions';
import { REMINDER_ALARM } from '../../lib/background/reminder-notifications';

/** The part of the extension API these checks use; `browser` in Firefox, `chrome` in Chromium. */
export interface ExtensionApi {
  action: { getBadgeText(details: object): Promise<string> };
  notifications: {
    getAll(): Promise<Record<string, unknown>>;
    clear(id: string): Promise<boolean>;
    onClosed: { addListener(cb: (id: string) => void): void };
    onShown?: { addListener(cb: (id: string) => void): void };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  alarms: { create(name: string, info: { when: number }): Promise<void> | void };
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

/**
 * Brings Vinkje's next reminder moment (9:00 on a reminder day) forward to now: the browser fires the
 * extension's own reminder alarm, exactly as it would in the morning. The background wakes to it as
 * to any alarm; nothing in Vinkje knows a test asked.
 */
export async function reminderMomentNow(page: E2EPage): Promise<void> {
  await page.evaluate(async (name: string) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    await (g.browser ?? g.chrome).alarms.create(name, { when: Date.now() });
  }, REMINDER_ALARM);
}

/**
 * Closes every notification still on screen, as a person who has read them does. (In headless
 * Firefox an alert still on screen keeps WebDriver BiDi from opening another tab.)
 */
export async function dismissNotifications(page: E2EPage): Promise<void> {
  await page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const api = (g.browser ?? g.chrome).notifications;
    for (const id of Object.keys(await api.getAll())) await api.clear(id);
  });
}
