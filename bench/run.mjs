// @ts-check
/**
 * `npm run bench` (full) and `npm run bench:quick` (`node bench/run.mjs --quick`): measures the
 * built extension (.output/) against the simulated shop, writes bench/results.json and the table in
 * bench/README.md, prints the budget table and exits 1 when a budget is exceeded.
 * Options: --quick (fewer repetitions), --no-firefox, --no-write (print only), --output DIR (measure the
 * builds in DIR/chrome-mv3 and DIR/firefox-mv3 instead of .output/, e.g. an older commit's; print only).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLib } from './build-lib.mjs';
import { startLab } from './chromium.mjs';
import { measureContentScript } from './measure-size.mjs';
import { measureHeap, measureMutationCpu, measureNavigation, measurePopup, measureStartupCpu } from './measure-page.mjs';
import { measureReadingInBrowser, measureRulesInNode } from './measure-reading.mjs';
import { checkBudgets } from './budgets.mjs';
import { budgetTable, detailTables, writeReadmeResults } from './report.mjs';
import { CHROMIUM_PATH } from '../test/e2e/chromium-args.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const outputIndex = argv.indexOf('--output');
const outputDir = outputIndex >= 0 ? path.resolve(/** @type {string} */ (argv[outputIndex + 1])) : path.join(root, '.output');
const quick = args.has('--quick');
const withFirefox = !quick && !args.has('--no-firefox');
const write = !quick && !args.has('--no-write') && outputIndex < 0;

/** Repetitions per figure: quick still covers every budget. */
const REPEATS = quick
  ? { navigation: 3, realistic: 2, heap: 2, mutation: 1, mutationSeconds: 5, popup: 5, reading: 5, rules: 100, firefox: 0, startup: 3 }
  : { navigation: 9, realistic: 5, heap: 5, mutation: 3, mutationSeconds: 5, popup: 15, reading: 40, rules: 300, firefox: 5, startup: 11 };

/** Realistic shop timing: every response starts this late, like a real server over the network. */
const REALISTIC_DELAY_MS = 150;

if (!fs.existsSync(path.join(outputDir, 'chrome-mv3/manifest.json'))) {
  console.error(`No build in ${outputDir}/chrome-mv3: run "npm run build" first (npm run bench does).`);
  process.exit(2);
}
/** Measures a copy of the builds, so a rebuild during the run cannot change what is measured. */
function snapshot(/** @type {string} */ name) {
  const from = path.join(outputDir, name);
  const to = path.join(here, 'tmp', name);
  fs.rmSync(to, { recursive: true, force: true });
  if (!fs.existsSync(path.join(from, 'manifest.json'))) return null;
  fs.cpSync(from, to, { recursive: true });
  return to;
}
const chromeDir = /** @type {string} */ (snapshot('chrome-mv3'));
const firefoxDir = snapshot('firefox-mv3');

const started = Date.now();
/** @param {string} what */
const step = (what) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}`);

/** @type {any} */
const results = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  repeats: REPEATS,
  machine: {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: CHROMIUM_PATH,
  },
};

step('size');
const sidebarCss = path.join(root, 'components/sidebar.css');
results.size = {
  chrome: measureContentScript(chromeDir, sidebarCss),
  ...(firefoxDir ? { firefox: measureContentScript(firefoxDir, sidebarCss) } : {}),
};

step('bundling lib code');
await buildLib();
step('rules in Node');
results.rules = { node: await measureRulesInNode(REPEATS.rules) };

step('starting the shop and three Chromium profiles (Vinkje, no-op extension, none)');
const lab = await startLab(chromeDir);
try {
  results.machine.chromiumVersion = lab.withExtension.browser()?.version() ?? null;
  step('reading cost in the browser');
  results.reading = await measureReadingInBrowser(lab.baseline, REPEATS.reading);
  step(`navigation: ${Object.keys(lab.urls).length} page kinds × ${REPEATS.navigation} × 3 profiles`);
  results.navigation = await measureNavigation(lab, REPEATS.navigation);
  step(`navigation with realistic shop timing (${REALISTIC_DELAY_MS} ms to the first byte): ${Object.keys(lab.urls).length} page kinds × ${REPEATS.realistic} × 3 profiles`);
  lab.setShopDelay(REALISTIC_DELAY_MS);
  try {
    results.realistic = { responseDelayMs: REALISTIC_DELAY_MS, ...(await measureNavigation(lab, REPEATS.realistic)) };
  } finally {
    lab.setShopDelay(0);
  }
  step('popup');
  results.popup = await measurePopup(lab, REPEATS.popup);
  step('JS heap');
  results.heap = await measureHeap(lab, /** @type {string} */ (lab.urls.cart), REPEATS.heap);
  step(`CPU under DOM changes (${REPEATS.mutation} × ${REPEATS.mutationSeconds} s per profile)`);
  results.mutation = await measureMutationCpu(lab, /** @type {string} */ (lab.urls.cart), REPEATS.mutation, REPEATS.mutationSeconds);
  step('content script CPU per page load (profiler)');
  results.startupCpu = {};
  for (const kind of ['cart', 'order-history']) results.startupCpu[kind] = await measureStartupCpu(lab, /** @type {string} */ (lab.urls[kind]), REPEATS.startup);
  results.machine.foreignRequestsRefused = lab.foreignRequests.length;
} finally {
  await lab.close();
}

if (withFirefox && firefoxDir) {
  step(`Firefox: sidebar on every page kind × ${REPEATS.firefox}`);
  try {
    const { measureFirefoxSidebar } = await import('./firefox.mjs');
    results.firefox = await measureFirefoxSidebar(firefoxDir, REPEATS.firefox);
  } catch (error) {
    results.firefox = { error: error instanceof Error ? error.message : String(error) };
    console.warn(`Firefox figures skipped: ${results.firefox.error}`);
  }
}

results.budgets = checkBudgets(results, { quick });
results.pass = results.budgets.every((/** @type {{ pass: boolean }} */ b) => b.pass);
results.seconds = Math.round((Date.now() - started) / 1000);
step('done');

const budgets = budgetTable(results.budgets);
console.log(`\n${budgets}\n`);
if (write) {
  fs.writeFileSync(path.join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const header = `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.mode} mode, ${results.machine.cpus}, load average ${results.machine.loadAverage.join(' / ')}, Chromium ${results.machine.chromiumVersion ?? '?'}, Node ${process.version}.`;
  writeReadmeResults(path.join(here, 'README.md'), `${header}\n\n${budgets}\n\n${detailTables(results)}`);
  console.log('Wrote bench/results.json and the table in bench/README.md.');
} else if (!quick) {
  console.log(detailTables(results));
}
if (!results.pass) {
  console.error(`Over budget: ${results.budgets.filter((/** @type {{ pass: boolean }} */ b) => !b.pass).map((/** @type {{ id: string }} */ b) => b.id).join(', ')}`);
  process.exit(1);
}
