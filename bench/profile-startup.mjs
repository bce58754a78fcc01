// @ts-check
/**
 * Where the content script's time goes on a page load: `node bench/profile-startup.mjs [kind] [runs]`
 * (kind: cart, order-history, …; default cart). Profiles navigation → panel shows the read page in
 * the extension profile and prints, for samples with extension code on the stack, the innermost
 * extension frame (with a snippet of the built, minified code at that position) and the leaf frame.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startLab } from './chromium.mjs';

const kind = process.argv[2] ?? 'cart';
const runs = Number(process.argv[3] ?? 5);
const extensionDir = path.join(process.cwd(), '.output/chrome-mv3');
const source = fs.readFileSync(path.join(extensionDir, 'content-scripts/shop.js'), 'utf8').split('\n');

const lab = await startLab(extensionDir);
/** @type {Map<string, number>} */
const inner = new Map();
/** @type {Map<string, number>} */
const leaf = new Map();
let total = 0;
try {
  const url = lab.urls[kind];
  if (!url) throw new Error(`unknown page kind ${kind}`);
  for (let i = 0; i < runs; i++) {
    const page = await lab.withExtension.newPage();
    const cdp = await lab.withExtension.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => /** @type {any} */ (window).__vinkjeBench?.readyAt != null, null, { timeout: 10_000, polling: 50 });
    const { profile } = await cdp.send('Profiler.stop');
    /** @type {Map<number, number>} */
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, s) => {
      const ms = (deltas[s + 1] ?? 0) / 1000;
      /** @type {number | undefined} */
      let cur = id;
      while (cur !== undefined && !byId.get(cur)?.callFrame.url.startsWith('chrome-extension://')) cur = parent.get(cur);
      if (cur === undefined) return;
      const f = /** @type {any} */ (byId.get(cur)).callFrame;
      const snippet = (source[f.lineNumber] ?? '').slice(f.columnNumber, f.columnNumber + 60).replace(/\s+/g, ' ');
      const key = `${f.functionName || '(top level)'} @${f.lineNumber + 1}:${f.columnNumber}  ${snippet}`;
      inner.set(key, (inner.get(key) ?? 0) + ms);
      const l = /** @type {any} */ (byId.get(id)).callFrame;
      const leafKey = l.url.startsWith('chrome-extension://') ? '(extension JS itself)' : l.functionName || '(native)';
      leaf.set(leafKey, (leaf.get(leafKey) ?? 0) + ms);
      total += ms;
    });
    await page.close();
  }
} finally {
  await lab.close();
}
console.log(`${kind}: content script ${(total / runs).toFixed(1)} ms per load (median-free mean of ${runs}); innermost extension frame, top 25:`);
for (const [k, ms] of [...inner].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(ms / runs).toFixed(2).padStart(7)} ms  ${k}`);
console.log('leaf frames (what the time is spent in), top 10:');
for (const [k, ms] of [...leaf].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`${(ms / runs).toFixed(2).padStart(7)} ms  ${k}`);
