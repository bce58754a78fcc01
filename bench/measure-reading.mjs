// @ts-check
/**
 * Reading cost in the browser: detectPage + readPage on a 2,000-row order history and a 500-line
 * cart (the shop's own markup, see big-pages.mjs), and checkCart on a 500-line cart, in a page of the
 * baseline profile (no extension) with the library bundle from build-lib.mjs. Also checkCart in Node.
 */
import { pathToFileURL } from 'node:url';
import { SHOP_ORIGIN } from '../test/e2e/shop-host.mjs';
import { bigPages, CART_PATH, HISTORY_PATH } from './big-pages.mjs';
import { LIB_ESM, LIB_IIFE } from './build-lib.mjs';
import { median, round } from './stats.mjs';

/** @param {number[]} times */
const summary = (times) => ({ medianMs: round(median(times), 3), firstMs: round(times[0] ?? Number.NaN, 3) });

/**
 * @param {import('playwright-core').BrowserContext} context a profile without the extension
 * @param {number} repeats
 */
export async function measureReadingInBrowser(context, repeats) {
  const pages = bigPages({ orders: 2000, cartLines: 500 });
  const targets = [
    { name: 'orderHistory2000', url: `${SHOP_ORIGIN}${HISTORY_PATH}?bench=2000`, body: pages.history, kind: 'order-history', rows: 2000 },
    { name: 'cart500', url: `${SHOP_ORIGIN}${CART_PATH}?bench=500`, body: pages.cart, kind: 'cart', rows: 500 },
  ];
  /** @type {Record<string, unknown>} */
  const result = {};
  for (const target of targets) {
    await context.route(target.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: target.body }));
    const page = await context.newPage();
    await page.goto(target.url, { waitUntil: 'load' });
    await page.addScriptTag({ path: LIB_IIFE });
    const out = await page.evaluate(
      ({ repeats, kind }) => {
        const lib = /** @type {any} */ (window).vinkjeBench;
        const first = { detect: 0, read: 0 };
        let t = performance.now();
        const detected = lib.detectPage(document, location.href);
        first.detect = performance.now() - t;
        t = performance.now();
        const observation = lib.readPage(document, location.href, Date.now());
        first.read = performance.now() - t;
        const both = lib.timeRuns(() => {
          lib.detectPage(document, location.href);
          lib.readPage(document, location.href, Date.now());
        }, repeats);
        const detect = lib.timeRuns(() => lib.detectPage(document, location.href), repeats);
        const read = lib.timeRuns(() => lib.readPage(document, location.href, Date.now()), repeats);
        const rows = kind === 'cart' ? observation.cartLines.length : observation.orders.length;
        // What the shop's page pays now (the copy), and what the page reader does with it (parse, then read).
        const snapshot = lib.timeRuns(() => lib.takeSnapshot(document, location.href, Date.now()), repeats);
        const copy = lib.takeSnapshot(document, location.href, Date.now());
        const parser = new DOMParser();
        const fromCopy = lib.readSnapshot(copy, (/** @type {string} */ html) => parser.parseFromString(html, 'text/html'));
        const copyRows = kind === 'cart' ? fromCopy.cartLines.length : fromCopy.orders.length;
        const readCopy = lib.timeRuns(() => lib.readSnapshot(copy, (/** @type {string} */ html) => parser.parseFromString(html, 'text/html')), repeats);
        return { detected, observed: observation.kind, rows, copyRows, first, both, detect, read, snapshot, readCopy, htmlChars: copy.html.length };
      },
      { repeats, kind: target.kind },
    );
    if (out.detected !== target.kind || out.observed !== target.kind || out.rows !== target.rows || out.copyRows !== target.rows) {
      throw new Error(`${target.name}: read as ${out.detected}/${out.observed} with ${out.rows} rows, expected ${target.kind} with ${target.rows}`);
    }
    result[target.name] = {
      rows: out.rows,
      detectAndReadMs: round(median(out.both), 2),
      detectMs: round(median(out.detect), 2),
      readMs: round(median(out.read), 2),
      coldDetectAndReadMs: round(out.first.detect + out.first.read, 2),
      snapshotMs: round(median(out.snapshot), 2),
      snapshotChars: out.htmlChars,
      readSnapshotMs: round(median(out.readCopy), 2),
    };
    if (target.kind === 'cart') {
      const rules = await page.evaluate((n) => {
        const lib = /** @type {any} */ (window).vinkjeBench;
        const input = lib.sampleCart(500);
        return lib.timeRuns(() => lib.checkCart(input), n, 10);
      }, repeats * 4);
      result.rulesInBrowser = { lines: 500, ...summary(rules) };
    }
    await page.close();
    await context.unroute(target.url);
  }
  return result;
}

/** checkCart on a 500-line cart in Node (warm engine; plus the cold first call and unseen names). @param {number} repeats */
export async function measureRulesInNode(repeats) {
  // eslint-disable-next-line no-unsanitized/method -- the bundle this run just built from lib/
  const lib = await import(pathToFileURL(LIB_ESM).href);
  const input = lib.sampleCart(500);
  let start = performance.now();
  const findings = lib.checkCart(input).findings.length;
  const firstMs = performance.now() - start;
  const times = lib.timeRuns(() => lib.checkCart(input), repeats, 20);
  const unseen = lib.sampleCart(500, 'gebouw');
  start = performance.now();
  lib.checkCart(unseen);
  const unseenNamesMs = performance.now() - start;
  return { lines: 500, findings, medianMs: round(median(times), 3), firstMs: round(firstMs, 2), unseenNamesMs: round(unseenNamesMs, 2) };
}
