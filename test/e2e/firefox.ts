import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { E2EBrowser, E2EPage, LaunchOptions, NotificationText } from './driver';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'vinkje@vinkje.nl';
/** Fixed so moz-extension:// pages have a known address in tests. */
const ADDON_UUID = '6b1f8a52-5d0c-4e0e-9c1d-7a1e0b5c9f31';

function wrapPage(page: Page): E2EPage {
  // WebDriver BiDi knows the space bar as the character itself.
  const keyName = (k: string) => (k === 'Space' ? ' ' : k);
  return {
    goto: async (url) => {
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url, { waitUntil: 'load' });
        return;
      }
      // Over WebDriver BiDi the navigation to an extension page loads but never reports back:
      // start it, then wait until the document is there.
      page.goto(url, { waitUntil: 'load' }).catch(() => {});
      const until = Date.now() + 15_000;
      while (Date.now() < until) {
        const ready = await page
          .evaluate((u: string) => location.href === u && document.readyState === 'complete', url)
          .catch(() => false);
        if (ready) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`extension page did not load: ${url}`);
    },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateSource: (source) => page.evaluate(source) as Promise<unknown>,
    addInitScript: async (source) => {
      await page.evaluateOnNewDocument(source);
    },
    mouseClick: (x, y, holdMs = 0) => page.mouse.click(x, y, { delay: holdMs }),
    type: (text) => page.keyboard.type(text),
    press: async (key) => {
      if (key === 'Shift+Tab') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      } else await page.keyboard.press(keyName(key) as never);
    },
    waitForNavigation: async (action) => {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    },
    close: () => page.close(),
  };
}

/**
 * Where a tab is. Over WebDriver BiDi a tab the extension opened reports about:blank as its URL
 * while its document is the extension page, so ask the document.
 */
async function pageAddress(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => page.url());
}

/** How long an install may take to open its welcome tab, and how long a restart is watched for one. */
const INSTALL_TAB_WAIT_MS = 10_000;
const RESTART_TAB_WAIT_MS = 1_500;

export async function launchFirefox(options: LaunchOptions): Promise<E2EBrowser> {
  const proxy = new URL(options.proxyUrl);
  let browser: Browser;
  const openedOnInstall: string[] = [];
  const openedOnRestart: string[] = [];

  /** Waits (up to `ms`) for tabs of the extension's own pages, and returns their addresses. */
  async function extensionTabs(ms: number, untilOne: boolean): Promise<string[]> {
    const until = Date.now() + ms;
    let found: string[] = [];
    while (Date.now() < until) {
      found = (await Promise.all((await browser.pages()).map(pageAddress))).filter((u) => u.startsWith(`moz-extension://${ADDON_UUID}/`));
      if (untilOne && found.length > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return found;
  }

  // Policies for this profile only: Firefox honours browser.policies.alternatePath under automation.
  const policyFile = path.join(options.profileDir, 'vinkje-policies.json');
  if (options.policies) fs.writeFileSync(policyFile, JSON.stringify({ policies: options.policies }));
  const policyPrefs = options.policies
    ? { 'browser.policies.alternatePath': policyFile, 'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true }
    : {};

  async function start(first: boolean) {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: options.headless,
      protocol: 'webDriverBiDi',
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 900 },
      userDataDir: options.profileDir,
      args: ['--remote-allow-system-access'],
      ...(options.policies ? { env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' } } : {}),
      extraPrefsFirefox: {
        ...policyPrefs,
        // 0 = dark, 1 = light: what prefers-color-scheme says to web pages and extension pages alike.
        ...(options.colorScheme === 'dark' ? { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
        'network.proxy.type': 1,
        'network.proxy.ssl': proxy.hostname,
        'network.proxy.ssl_port': Number(proxy.port),
        'network.proxy.http': proxy.hostname,
        'network.proxy.http_port': Number(proxy.port),
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
        // Quiet the browser's own background traffic, so foreign requests mean the extension.
        'services.settings.server': 'data:,#remote-settings-off',
        'browser.safebrowsing.provider.mozilla.updateURL': '',
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    });
    await browser.installExtension(options.extensionDir);
    const opened = await extensionTabs(first ? INSTALL_TAB_WAIT_MS : RESTART_TAB_WAIT_MS, first);
    if (first) openedOnInstall.push(...opened);
    else openedOnRestart.splice(0, openedOnRestart.length, ...opened);
    // Close the tabs the install opened and the start page, but first open the one blank tab that
    // stays: Firefox closes a window without tabs, and without a window no next page can open.
    const keeper = await browser.newPage();
    for (const p of await browser.pages()) {
      if (p === keeper) continue;
      const address = await pageAddress(p);
      if (address === 'about:blank' || address.startsWith(`moz-extension://${ADDON_UUID}/`)) await p.close().catch(() => {});
    }
  }
  await start(true);

  return {
    name: 'firefox',
    openedOnInstall,
    openedOnRestart,
    newPage: async () => wrapPage(await browser.newPage()),
    extensionUrl: (file) => `moz-extension://${ADDON_UUID}/${file}`,
    recordNotificationTexts: async () => {
      // From an extension page that stays open: the event page may be suspended and woken again,
      // so the page looks every 200 ms and records in the new one too; what it kept lives here.
      const page = wrapPage(await browser.newPage());
      await page.goto(`moz-extension://${ADDON_UUID}/options.html`);
      await page.evaluate(async () => {
        type Create = (...args: unknown[]) => unknown;
        type Api = { notifications: { create: Create; __vinkjeKept?: boolean } };
        const w = window as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } }; __vinkjeNotificationTexts?: NotificationText[] };
        const kept: NotificationText[] = (w.__vinkjeNotificationTexts = []);
        const keep = async () => {
          const background = (await w.browser.runtime.getBackgroundPage()) as unknown as { browser: Api };
          const api = background.browser.notifications;
          if (api.__vinkjeKept) return;
          const create = api.create.bind(api);
          api.create = (...args: unknown[]) => {
            const [id, options] = (typeof args[0] === 'string' ? args : ['', args[0]]) as [string, { title?: string; message?: string } | undefined];
            kept.push({ id, title: options?.title ?? '', message: options?.message ?? '' });
            return create(...args);
          };
          api.__vinkjeKept = true;
        };
        await keep();
        setInterval(() => void keep().catch(() => {}), 200);
      });
      return () => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __vinkjeNotificationTexts: NotificationText[] }).__vinkjeNotificationTexts)) as NotificationText[]);
    },
    restart: async () => {
      await browser.close();
      await start(false);
    },
    close: () => browser.close(),
  };
}
