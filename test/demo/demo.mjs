// @ts-check
/**
 * `npm run demo`: the simulated SLBdiensten shop with Vinkje in Chromium. With a display, a browser
 * window opens at the shop's login page and stays until you close it. Without one (or with
 * --headless), a headless browser walks through the shop as a contact person would and saves a
 * screenshot of every page, sidebar included, to demo-screens/.
 *
 * Then a second walk: the same contact person (of three schools) two days before the deadline, with
 * no school finished. At the next reminder moment, brought forward to now, Vinkje gives one
 * notification that counts them instead of one per school; the demo prints what it says and saves
 * the popup with the detail per school.
 *
 * With --store, the first walk makes the store listing's screenshots: 1280×800, five pages, in
 * store/screenshots/ (npm run store:screenshots).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startShopHost, SHOP_ORIGIN } from '../e2e/shop-host.mjs';
import { chromiumArgs } from '../e2e/chromium-args.mjs';
import { keepNotificationTexts, readNotificationTexts } from '../e2e/notification-texts.mjs';

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
/** Each walk starts as a new installation: its own fresh profile. */
const profiles = /** @type {string[]} */ ([]);
async function launchBrowser() {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinkje-demo-'));
  profiles.push(profileDir);
  return chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless,
    ignoreHTTPSErrors: true,
    proxy: { server: shop.proxyUrl },
    viewport: forStore ? { width: 1280, height: 800 } : headless ? { width: 1360, height: 900 } : null,
    args: chromiumArgs(extensionDir),
  });
}
let context = await launchBrowser();

const cleanup = async () => {
  await context.close().catch(() => {});
  await shop.close().catch(() => {});
  for (const dir of profiles) fs.rmSync(dir, { recursive: true, force: true });
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
let page = await context.newPage();
let shot = 0;
/** @param {string} name */
async function capture(name) {
  // Give the sidebar its moment to read the page and draw.
  await page.waitForFunction(() => document.querySelector('vinkje-sidebar')?.shadowRoot?.querySelector('[data-testid="vinkje-panel"]'), null, { timeout: 10_000 });
  await page.waitForTimeout(400);
  if (forStore && !STORE_SHOTS.has(name)) return;
  const saved = file(name);
  await page.screenshot({ path: saved });
  console.log(`  ${path.relative(root, saved)}`);
}
/** @param {string} name */
function file(name) {
  shot += 1;
  return path.join(outDir, `${String(shot).padStart(2, '0')}-${name}.png`);
}
/** @param {string} name */
const button = (name) => page.getByRole('button', { name, exact: false });
/** @param {string} name */
const link = (name) => page.getByRole('link', { name, exact: false });

/** Two days from today in Amsterdam: the date the shop's Licenties verlengen states as the deadline. */
const inTwoDays = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(Date.now() + 2 * 86_400_000);
/** Vinkje's reminder alarm (README, test hooks): fired now, the next reminder moment is now. */
const REMINDER_ALARM = 'vinkje-reminder';

/**
 * The contact person of three schools, two days before the deadline, none finished: one order
 * placed, two schools not started. The morning's reminder says it once, for all three.
 */
async function severalSchools() {
  console.log('Drie scholen, twee dagen voor de deadline, geen enkele afgerond (een nieuwe installatie):');
  await context.close();
  await shop.reset({ scenario: 'fresh', deadline: inTwoDays });
  context = await launchBrowser();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await keepNotificationTexts(worker);
  context.on('serviceworker', (restarted) => void keepNotificationTexts(restarted));
  page = await context.newPage();
  await page.goto(`${SHOP_ORIGIN}/login/?redirect=%2Faccount%2F`);
  await page.getByLabel('E-mailadres').fill(ACCOUNT.email);
  await page.getByLabel('Wachtwoord').fill(ACCOUNT.password);
  await button('Inloggen').first().click();
  await page.waitForURL('**/account/');
  await page.goto(`${SHOP_ORIGIN}/account/licenties-verlengen/`);
  await capture('drie-scholen-licenties-verlengen');
  // Het Baken College: claimed and ordered, so its order waits for approval; the other two wait.
  await button('Bekijk order').first().click();
  await button('Toevoegen aan winkelwagen').first().click();
  await page.waitForLoadState('load');
  await button('Plaats bestelling').first().click();
  await page.waitForLoadState('load');
  await capture('drie-scholen-bedankt');

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 440, height: 900 });
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  await popup.evaluate(
    (name) => /** @type {{ chrome: { alarms: { create(name: string, info: { when: number }): Promise<void> } } }} */ (/** @type {unknown} */ (globalThis)).chrome.alarms.create(name, { when: Date.now() }),
    REMINDER_ALARM,
  );
  const summary = /** @param {{ message: string }} n */ (n) => /instellingen nog niet afgerond/.test(n.message);
  const until = Date.now() + 15_000;
  let shown = await readNotificationTexts(context.serviceWorkers());
  while (!shown.some(summary) && Date.now() < until) {
    await page.waitForTimeout(250);
    shown = await readNotificationTexts(context.serviceWorkers());
  }
  if (!shown.some(summary)) throw new Error('geen samenvattende melding op het herinneringsmoment');
  console.log('  Meldingen van Vinkje (de laatste op het herinneringsmoment, één voor alle drie):');
  for (const n of shown) console.log(`    ${n.title}: ${n.message}`);
  // The popup as it opens now: the detail per school.
  await popup.reload();
  await popup.waitForSelector('[data-testid="vinkje-popup-institution"]');
  await popup.waitForTimeout(300);
  const saved = file('drie-scholen-popup');
  await popup.screenshot({ path: saved, fullPage: true });
  console.log(`  ${path.relative(root, saved)}`);
}

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
  if (!forStore) await severalSchools();
  console.log(`Klaar: ${shot} schermafbeeldingen in ${path.relative(process.cwd(), outDir) || outDir}/`);
} catch (error) {
  console.error('De demo liep vast:', error instanceof Error ? error.message : error);
  await page.screenshot({ path: path.join(outDir, 'fout.png') }).catch(() => {});
  process.exitCode = 1;
} finally {
  await cleanup();
}
