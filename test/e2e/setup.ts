/**
 * Per scenario file: the simulated shop behind its proxy, and the built extension in the browser
 * named by E2E_BROWSER (chromium or firefox), on a fresh profile.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startShopHost, SHOP_ORIGIN } from './shop-host.mjs';
import type { ShopHost, ShopOptions } from './shop-host.mjs';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, E2EBrowser, LaunchOptions } from './driver';

export { SHOP_ORIGIN };
export const browserName = (process.env.E2E_BROWSER ?? 'chromium') as BrowserName;
const root = path.resolve(import.meta.dirname, '../..');
export const extensionDir = path.join(root, '.output', browserName === 'firefox' ? 'firefox-mv3' : 'chrome-mv3');

export interface E2EContext {
  shop: ShopHost;
  browser: E2EBrowser;
  profileDir: string;
}

export async function launch(shopOptions: ShopOptions = {}, browserOptions: Pick<LaunchOptions, 'policies' | 'colorScheme'> = {}): Promise<E2EContext> {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  const shop = await startShopHost(shopOptions);
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), `vinkje-${browserName}-`));
  const options = { extensionDir, proxyUrl: shop.proxyUrl, profileDir, headless: process.env.HEADED !== '1', ...browserOptions };
  const browser = browserName === 'firefox' ? await launchFirefox(options) : await launchChromium(options);
  return { shop, browser, profileDir };
}

/** beforeAll/afterAll for a scenario file; the returned object is filled in before the first test. */
export function useE2E(shopOptions: ShopOptions = {}, browserOptions: Pick<LaunchOptions, 'policies' | 'colorScheme'> = {}): E2EContext {
  const ctx = {} as E2EContext;
  beforeAll(async () => {
    Object.assign(ctx, await launch(shopOptions, browserOptions));
  }, 60_000);
  afterAll(async () => {
    await ctx.browser?.close().catch(() => {});
    await ctx.shop?.close().catch(() => {});
    if (ctx.profileDir) fs.rmSync(ctx.profileDir, { recursive: true, force: true });
  }, 30_000);
  return ctx;
}
