// @ts-check
/**
 * Where the reading time goes: `node bench/profile-reading.mjs [history|cart] [runs]` loads the big
 * page in Chromium (no extension), runs detectPage + readPage under the CDP sampling profiler and
 * prints the functions with the most self time (lib code bundled unminified, so names are real).
 */
import { SHOP_ORIGIN } from '../test/e2e/shop-host.mjs';
import { bigPages, CART_PATH, HISTORY_PATH } from './big-pages.mjs';
import { buildLib, LIB_IIFE } from './build-lib.mjs';
import { startLab } from './chromium.mjs';

const which = process.argv[2] === 'cart' ? 'cart' : 'history';
const runs = Number(process.argv[3] ?? 10);

/** @param {any} profile */
function selfTimes(profile) {
  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<string, number>} */
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) => {
    const f = nodes.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}

await buildLib();
const pages = bigPages();
const url = `${SHOP_ORIGIN}${which === 'cart' ? CART_PATH : HISTORY_PATH}?bench=profile`;
const lab = await startLab(process.cwd() + '/.output/chrome-mv3');
try {
  await lab.baseline.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: which === 'cart' ? pages.cart : pages.history }));
  const page = await lab.baseline.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: LIB_IIFE });
  const cdp = await lab.baseline.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate((n) => {
    const lib = /** @type {any} */ (window).vinkjeBench;
    const start = performance.now();
    for (let i = 0; i < n; i++) lib.readPage(document, location.href, Date.now());
    return (performance.now() - start) / n;
  }, runs);
  const { profile } = await cdp.send('Profiler.stop');
  const rows = selfTimes(profile);
  const total = rows.reduce((s, [, t]) => s + t, 0);
  console.log(`${which}: readPage ${ms.toFixed(1)} ms per call (${runs} calls); self time, top 20:`);
  for (const [name, t] of rows.slice(0, 20)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${(t / runs).toFixed(2).padStart(7)} ms/call  ${name}`);
} finally {
  await lab.close();
}
