import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { keepNotificationTexts, readNotificationTexts } from './notification-texts.mjs';
import type { E2EBrowser, E2EPage, LaunchOptions } from './driver';
import { CHROMIUM_PATH, chromiumArgs } from './chromium-args.mjs';


function wrapPage(page: Page): E2EPage {
  const keyName = (k: string) => (k === 'Space' ? ' ' : k);
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateSource: (source) => page.evaluate(source) as Promise<unknown>,
    addInitScript: async (source) => {
      await page.addInitScript({ content: source });
    },
    mouseClick: (x, y, holdMs = 0) => page.mouse.click(x, y, { delay: holdMs }),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(keyName(key)),
    waitForNavigation: async (action) => {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    screenshot: async (file) => {
      await page.screenshot({ path: file, fullPage: true });
    },
    close: () => page.close(),
  };
}

/** How long an install may take to open its welcome tab, and how long a restart is watched for one. */
const INSTALL_TAB_WAIT_MS = 10_000;
const RESTART_TAB_WAIT_MS = 1_500;

export async function launchChromium(options: LaunchOptions): Promise<E2EBrowser> {
  let context: BrowserContext;
  let extensionId = '';
  const openedOnInstall: string[] = [];
  const openedOnRestart: string[] = [];

  /** Waits (up to `ms`) for tabs of the extension's own pages, and returns their addresses. */
  async function extensionTabs(ms: number, untilOne: boolean): Promise<string[]> {
    const until = Date.now() + ms;
    let found: string[] = [];
    while (Date.now() < until) {
      found = context.pages().map((p) => p.url()).filter((u) => u.startsWith(`chrome-extension://${extensionId}/`));
      if (untilOne && found.length > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return found;
  }

  async function start(first: boolean) {
    context = await chromium.launchPersistentContext(options.profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless,
      ignoreHTTPSErrors: true,
      proxy: { server: options.proxyUrl },
      viewport: { width: 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
      args: chromiumArgs(options.extensionDir),
    });
    let worker = context.serviceWorkers()[0];
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(worker.url()).host;
    if (first) openedOnInstall.push(...(await extensionTabs(INSTALL_TAB_WAIT_MS, true)));
    else openedOnRestart.splice(0, openedOnRestart.length, ...(await extensionTabs(RESTART_TAB_WAIT_MS, false)));
    for (const p of context.pages()) await p.close().catch(() => {});
  }
  await start(true);

  return {
    name: 'chromium',
    openedOnInstall,
    openedOnRestart,
    newPage: async () => wrapPage(await context.newPage()),
    extensionUrl: (file) => `chrome-extension://${extensionId}/${file}`,
    recordNotificationTexts: async () => {
      const ours = () => context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      for (const worker of ours()) await keepNotificationTexts(worker);
      // A worker Chromium stopped and started again has lost the recording: record there too.
      context.on('serviceworker', (worker) => void keepNotificationTexts(worker));
      return () => readNotificationTexts(ours());
    },
    restart: async () => {
      await context.close();
      await start(false);
    },
    close: () => context.close(),
  };
}
