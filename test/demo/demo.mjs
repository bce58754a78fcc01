// @ts-check
/**
 * `npm run demo`: the simulated SLBdiensten shop with Vinkje in Chromium. With a display, a browser
 * window opens at the shop's login page and stays until you close it. Without one (or with
 * --headless), a headless browser walks through the shop as a contact person would and saves a
 * screenshot of every page, sidebar included, to demo-screens/.
 *
 * With --store, the same walk makes the store listing's screenshots: 1280×800, five pages, in
 * store/screenshots/ (npm run store:screenshots).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startShopHost, SHOP_ORIGIN } from '../e2e/shop-host.mjs';
import { chromiumArgs } from '../e2e/chromium-args.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const extensionDir = path.join(root, '.output/chrome-mv3');
const forStore = process.argv.includes('--store');
const outDir = path.join(root, forStore ? 'store/screenshots' : 'demo-screens');
// The stores show at most five; these tell the story from a cart with mistakes to the approved order.
const STORE_SHOTS = new Set(['mijn-account', 'winkelwagen-met-fouten', 'aantal-wijzigen', 'bedankt', 'openstaande-bestellingen']);
const ACCOUNT = { email: 'j.devries@onderwijsgroep-rivierland.nl', password: 'vinkje' };

function findChromium() {
  const candidates = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  const found = candidates.find((p) => p && fs.existsSync(p));
  if (!found) {
    console.error('Geen Chromium of Chrome gevonden. Installeer chromium (apt-get install chromium) of zet CHROME_PATH.');
    process.exit(1);
  }
  return found;
}

if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
  console.error('Geen gebouwde extensie gevonden: draai eerst "npm run build:chrome" (npm run demo doet dat zelf).');
  process.exit(1);
}

const headless = forStore || process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const shop = await startShopHost({ scenario: 'demo' });
const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinkje-demo-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: findChromium(),
  headless,
  ignoreHTTPSErrors: true,
  proxy: { server: shop.proxyUrl },
  viewport: forStore ? { width: 1280, height: 800 } : headless ? { width: 1360, height: 900 } : null,
  args: chromiumArgs(extensionDir),
});

const cleanup = async () => {
  await context.close().catch(() => {});
  await shop.close().catch(() => {});
  fs.rmSync(profileDir, { recursive: true, force: true });
};

console.log(`Gesimuleerde SLBdiensten-webshop: ${SHOP_ORIGIN}/ (alleen in deze browser)`);
console.log(`Demo-account (1e contactpersoon van 3 instellingen): ${ACCOUNT.email} / ${ACCOUNT.password}`);
console.log('Collega (geen 1e contactpersoon): p.jansen@onderwijsgroep-rivierland.nl / vinkje');

if (!headless) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${SHOP_ORIGIN}/login/?redirect=%2Faccount%2F`);
  console.log('Sluit het browservenster om de demo te stoppen.');
  await new Promise((resolve) => context.on('close', () => resolve(undefined)));
  await cleanup();
  process.exit(0);
}

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const page = await context.newPage();
let shot = 0;
/** @param {string} name */
async function capture(name) {
  // Give the sidebar its moment to read the page and draw.
  await page.waitForFunction(() => document.querySelector('vinkje-sidebar')?.shadowRoot?.querySelector('[data-testid="vinkje-panel"]'), null, { timeout: 10_000 });
  await page.waitForTimeout(400);
  if (forStore && !STORE_SHOTS.has(name)) return;
  shot += 1;
  const file = path.join(outDir, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  ${path.relative(root, file)}`);
}
/** @param {string} name */
const button = (name) => page.getByRole('button', { name, exact: false });
/** @param {string} name */
const link = (name) => page.getByRole('link', { name, exact: false });

try {
  console.log('Geen scherm gevonden: de demo loopt zelf door de webshop en bewaart schermafbeeldingen:');
  await page.goto(`${SHOP_ORIGIN}/login/?redirect=%2Faccount%2F`);
  await capture('inloggen');
  await page.getByLabel('E-mailadres').fill(ACCOUNT.email);
  await page.getByLabel('Wachtwoord').fill(ACCOUNT.password);
  await button('Inloggen').first().click();
  await page.waitForURL('**/account/');
  await capture('mijn-account');
  await page.goto(`${SHOP_ORIGIN}/account/licenties/?filter=toekomstig`);
  await capture('toekomstige-licenties');
  await page.goto(`${SHOP_ORIGIN}/account/licenties-verlengen/`);
  await button('Bekijk order').nth(1).click();
  await capture('licenties-verlengen');
  await button('Toevoegen aan winkelwagen').nth(0).click();
  await page.waitForLoadState('load');
  await capture('winkelwagen-met-fouten');
  await link('Wijzigen').nth(1).click();
  await page.waitForLoadState('load');
  await page.getByLabel('Hoeveel licenties wil je bestellen?').fill('2.500');
  await capture('aantal-wijzigen');
  await page.getByLabel('Hoeveel licenties wil je bestellen?').fill('1.996');
  await button('Ga verder').first().click();
  await page.waitForLoadState('load');
  await page.getByRole('textbox', { name: 'Referentie' }).fill('PO-2027-114');
  await capture('winkelwagen');
  await button('Plaats bestelling').first().click();
  await page.waitForLoadState('load');
  await capture('bedankt');
  await page.goto(`${SHOP_ORIGIN}/account/`);
  await link('Openstaande bestellingen').first().click();
  await page.waitForLoadState('load');
  await capture('openstaande-bestellingen');
  await button('Goedkeuren').first().click();
  await page.waitForLoadState('load');
  await link('Bestelhistorie').first().click();
  await page.waitForLoadState('load');
  await capture('bestelhistorie');
  console.log(`Klaar: ${shot} schermafbeeldingen in ${path.relative(process.cwd(), outDir) || outDir}/`);
} catch (error) {
  console.error('De demo liep vast:', error instanceof Error ? error.message : error);
  await page.screenshot({ path: path.join(outDir, 'fout.png') }).catch(() => {});
  process.exitCode = 1;
} finally {
  await cleanup();
}
