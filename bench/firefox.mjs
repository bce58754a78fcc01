// @ts-check
/**
 * Firefox figures that are cheap to take: the sidebar-visible time per page kind, through
 * puppeteer-core over WebDriver BiDi (same browser setup as the end-to-end tests). No baseline
 * profile, so the with/without figures stay Chromium-only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startShopHost, SHOP_ORIGIN } from '../test/e2e/shop-host.mjs';
import { OPEN_ORDER_NUMBER } from '../test/site/scenarios.mjs';
import { CLAIM_ARGS, logInAndClaimInPage } from './shop-session.mjs';
import { OBSERVER_SCRIPT } from './page-probe.mjs';
import { median, round } from './stats.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** @param {string} extensionDir @param {number} repeats */
export async function measureFirefoxSidebar(extensionDir, repeats) {
  if (!fs.existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}`);
  const shop = await startShopHost({ scenario: 'open-order' });
  const proxy = new URL(shop.proxyUrl);
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinkje-bench-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': proxy.hostname,
      'network.proxy.ssl_port': Number(proxy.port),
      'network.proxy.http': proxy.hostname,
      'network.proxy.http_port': Number(proxy.port),
      'services.settings.server': 'data:,#remote-settings-off',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const page = await browser.newPage();
    await page.goto(`${SHOP_ORIGIN}/login/`, { waitUntil: 'load' });
    const line = await page.evaluate(logInAndClaimInPage, CLAIM_ARGS);
    if (!line) throw new Error('Firefox: no cart line after logging in and claiming');
    await page.evaluateOnNewDocument(OBSERVER_SCRIPT);
    const urls = {
      login: '/login/?redirect=%2Faccount%2F',
      account: '/account/',
      licenses: '/account/licenties/?filter=toekomstig',
      renewals: '/account/licenties-verlengen/',
      cart: '/winkelwagen/',
      quantity: `/winkelwagen/regel/${line}/wijzigen/`,
      'thank-you': `/bestelling/${OPEN_ORDER_NUMBER}/bedankt/`,
      'open-orders': '/account/openstaande-bestellingen/',
      'order-history': '/account/bestelhistorie/',
    };
    /** @type {Record<string, { visible: number[], afterDcl: number[], readyAfterDcl: number[] }>} */
    const raw = {};
    for (let rep = 0; rep < repeats; rep++) {
      for (const [kind, p] of Object.entries(urls)) {
        await page.goto(SHOP_ORIGIN + p, { waitUntil: 'load' });
        await page.waitForFunction(() => /** @type {any} */ (window).__vinkjeBench?.readyAt != null, { timeout: 10_000, polling: 50 });
        const r = await page.evaluate(() => {
          const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
          const b = /** @type {any} */ (window).__vinkjeBench;
          return { dcl: nav?.domContentLoadedEventStart ?? Number.NaN, panelAt: b.panelAt ?? Number.NaN, readyAt: b.readyAt ?? Number.NaN };
        });
        const k = (raw[kind] ??= { visible: [], afterDcl: [], readyAfterDcl: [] });
        k.visible.push(r.panelAt);
        k.afterDcl.push(r.panelAt - r.dcl);
        k.readyAfterDcl.push(r.readyAt - r.dcl);
      }
    }
    const perKind = Object.fromEntries(
      Object.entries(raw).map(([kind, k]) => [
        kind,
        { sidebarVisibleMs: round(median(k.visible), 1), sidebarVisibleAfterDclMs: round(median(k.afterDcl), 1), sidebarReadyAfterDclMs: round(median(k.readyAfterDcl), 1) },
      ]),
    );
    return { repeats, version: await browser.version(), perKind };
  } finally {
    await browser.close().catch(() => {});
    await shop.close().catch(() => {});
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
}
