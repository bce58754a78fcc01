// @ts-check
/**
 * Three Chromium profiles behind the same simulated shop: one with the built extension, one with the
 * no-op extension (noop-extension.mjs: same matches and run_at, an empty script) and one without any
 * (the baseline), all logged in as the demo's contact person with a claimed cart, so every page kind
 * has a URL that renders it. The shop can answer with a delay (realistic timing).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startShopHost, SHOP_ORIGIN } from '../test/e2e/shop-host.mjs';
import { CHROMIUM_PATH, chromiumArgs } from '../test/e2e/chromium-args.mjs';
import { OPEN_ORDER_NUMBER } from '../test/site/scenarios.mjs';
import { CLAIM_ARGS, logInAndClaimInPage } from './shop-session.mjs';
import { OBSERVER_SCRIPT } from './page-probe.mjs';
import { makeNoopExtension } from './noop-extension.mjs';

/** Chromium flags of the extension profile, minus the extension. */
const BASELINE_ARGS = chromiumArgs('/nonexistent').filter((a) => !a.includes('extension'));

/** How long a fresh install may take to open its welcome tab. */
const WELCOME_TAB_WAIT_MS = 10_000;

/**
 * Closes the welcome tab a fresh install opens, as a person does after reading it. Left open, it is a
 * page of its own rendering in the Vinkje profile only, and every figure measured there pays for it.
 * @param {import('playwright-core').BrowserContext} context @param {string} extensionId
 */
async function closeWelcomeTab(context, extensionId) {
  const until = Date.now() + WELCOME_TAB_WAIT_MS;
  const ours = () => context.pages().filter((p) => p.url().startsWith(`chrome-extension://${extensionId}/`));
  while (ours().length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  for (const page of ours()) await page.close();
}

/** @param {string} profileDir @param {string} proxyUrl @param {string[]} args */
async function launch(profileDir, proxyUrl, args) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    proxy: { server: proxyUrl },
    viewport: { width: 1280, height: 900 },
    args,
  });
  await context.addInitScript(OBSERVER_SCRIPT);
  return context;
}

/**
 * Logs in and claims from inside a shop page, so the session cookie lands in the browser profile.
 * @param {import('playwright-core').BrowserContext} context
 */
async function logInAndClaim(context) {
  const page = await context.newPage();
  await page.goto(`${SHOP_ORIGIN}/login/`, { waitUntil: 'load' });
  const line = await page.evaluate(logInAndClaimInPage, CLAIM_ARGS);
  if (!line) throw new Error('no cart line after logging in and claiming');
  // This page stays open: closing a profile's last page ends its session cookies.
  for (const other of context.pages()) if (other !== page) await other.close().catch(() => {});
  await page.goto('about:blank');
  return line;
}

/**
 * @typedef {{
 *   withExtension: import('playwright-core').BrowserContext,
 *   noop: import('playwright-core').BrowserContext,
 *   baseline: import('playwright-core').BrowserContext,
 *   setShopDelay(ms: number): void,
 *   extensionId: string,
 *   urls: Record<string, string>,
 *   foreignRequests: string[],
 *   close(): Promise<void>,
 * }} Lab
 */

/** @param {string} extensionDir @returns {Promise<Lab>} */
export async function startLab(extensionDir) {
  const shop = await startShopHost({ scenario: 'open-order' });
  const noopDir = makeNoopExtension(extensionDir);
  const dirs = [0, 1, 2].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'vinkje-bench-')));
  const withExtension = await launch(/** @type {string} */ (dirs[0]), shop.proxyUrl, chromiumArgs(extensionDir));
  const noop = await launch(/** @type {string} */ (dirs[1]), shop.proxyUrl, chromiumArgs(noopDir));
  const baseline = await launch(/** @type {string} */ (dirs[2]), shop.proxyUrl, BASELINE_ARGS);
  dirs.push(noopDir);
  const worker = withExtension.serviceWorkers()[0] ?? (await withExtension.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  await closeWelcomeTab(withExtension, extensionId);
  const line = await logInAndClaim(withExtension);
  await logInAndClaim(noop);
  await logInAndClaim(baseline);
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
  return {
    withExtension,
    noop,
    baseline,
    extensionId,
    setShopDelay: (ms) => shop.setResponseDelay(ms),
    // The browsers' own background traffic (autofill, updates), refused by the proxy; counted only.
    foreignRequests: shop.foreignRequests,
    urls: Object.fromEntries(Object.entries(urls).map(([kind, p]) => [kind, SHOP_ORIGIN + p])),
    async close() {
      await withExtension.close().catch(() => {});
      await noop.close().catch(() => {});
      await baseline.close().catch(() => {});
      await shop.close().catch(() => {});
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
