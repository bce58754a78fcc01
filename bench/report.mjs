// @ts-check
/** Markdown tables of the results: the budgets (also printed by quick mode) and every figure. */
import fs from 'node:fs';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** @param {number | null | undefined} v @param {string} [unit] */
const fmt = (v, unit = '') => (v === null || v === undefined || !Number.isFinite(v) ? '–' : `${v.toLocaleString('en-US', { maximumFractionDigits: 3 })}${unit}`);
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @param {import('./budgets.mjs').BudgetResult[]} budgets */
export function budgetTable(budgets) {
  const rows = budgets.map((b) => {
    const value = b.unit === 'bytes' && b.value !== null ? kb(b.value) : fmt(b.value, b.unit === '×' ? '' : ` ${b.unit}`);
    const limit = b.unit === 'bytes' ? kb(b.limit) : `${b.limit}${b.unit === '×' ? '' : ` ${b.unit}`}`;
    const allowed = b.unit === 'bytes' ? kb(b.allowed) : `${fmt(b.allowed)}${b.unit === '×' ? '' : ` ${b.unit}`}`;
    const result = !b.pass ? `**FAIL** (above ${allowed})` : b.meetsTarget ? 'pass' : `over target, within ${allowed}${b.gap ? `: ${b.gap}` : ''}`;
    return `| ${b.label} | ${value} | ≤ ${limit} | ${result} |`;
  });
  return ['| Budget | Measured (median) | Target | Result |', '|---|---|---|---|', ...rows].join('\n');
}

/** @param {any} r */
export function detailTables(r) {
  const out = [];
  const size = r.size;
  out.push('**Content script size** (bytes; the sidebar CSS is inlined in the JS, its source size is shown for reference)', '');
  out.push('| Build | JS raw | JS gzip | CSS files raw / gzip | inlined sidebar CSS raw / gzip |', '|---|---|---|---|---|');
  for (const b of ['chrome', 'firefox']) {
    const s = size[b];
    if (s) out.push(`| ${b} | ${fmt(s.js.raw)} | ${fmt(s.js.gzip)} | ${fmt(s.css.raw)} / ${fmt(s.css.gzip)} | ${fmt(s.inlinedSidebarCss.raw)} / ${fmt(s.inlinedSidebarCss.gzip)} |`);
  }
  if (r.navigation) {
    const ff = r.firefox?.perKind ?? {};
    out.push('', `**Sidebar and page load per page kind** (ms, median of ${r.navigation.repeats} navigations per kind and profile; Chromium unless marked Firefox)`, '');
    out.push(
      '| Page kind | visible after nav start | visible after DCL | with read page after DCL | Firefox: visible after DCL | load with ext | load without | ratio |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const [kind, k] of Object.entries(r.navigation.perKind)) {
      const f = /** @type {any} */ (ff)[kind];
      out.push(
        `| ${kind} | ${fmt(k.sidebarVisibleMs)} | ${fmt(k.sidebarVisibleAfterDclMs)} | ${fmt(k.sidebarReadyAfterDclMs)} | ${fmt(f?.sidebarVisibleAfterDclMs)} | ${fmt(k.loadWithMs)} | ${fmt(k.loadWithoutMs)} | ${fmt(k.loadRatio)} |`,
      );
    }
    out.push(`| **all (sum of medians)** | | | | | | | **${fmt(r.navigation.loadRatio)}** |`);
  }
  if (r.startupCpu) {
    const parts = Object.entries(r.startupCpu).map(([kind, s]) => `${kind} ${fmt(/** @type {any} */ (s).contentScriptCpuMs)} ms (rest of the main thread ${fmt(/** @type {any} */ (s).otherMainThreadCpuMs)} ms)`);
    out.push('', `**Content script CPU per page load** (Chromium, CDP sampling profiler from navigation until the panel shows the read page; samples with extension code anywhere on the stack, so it includes evaluating the script, reading the page and rendering; median of ${Object.values(r.startupCpu)[0]?.repeats}): ${parts.join('; ')}.`);
  }
  const rd = r.reading;
  if (rd) {
    out.push('', '**Reading and rules** (ms, median of warm calls; cold = the first calls in a fresh page)', '');
    out.push('| Work | readPage (detects too) | detectPage alone | detectPage + readPage | cold detectPage + readPage |', '|---|---|---|---|---|');
    /** @type {[string, string][]} */
    const works = [['orderHistory2000', '2,000-row order history (Chromium)'], ['cart500', '500-line cart (Chromium)']];
    for (const [name, label] of works) {
      const x = rd[name];
      if (x) out.push(`| ${label} | ${fmt(x.readMs)} | ${fmt(x.detectMs)} | ${fmt(x.detectAndReadMs)} | ${fmt(x.coldDetectAndReadMs)} |`);
    }
    out.push('', '| Rules, 500-line cart | checkCart median | cold (first call) |', '|---|---|---|');
    if (rd.rulesInBrowser) out.push(`| Chromium | ${fmt(rd.rulesInBrowser.medianMs)} | ${fmt(rd.rulesInBrowser.firstMs)} |`);
  }
  if (r.rules?.node) out.push(`| Node ${process.version} | ${fmt(r.rules.node.medianMs)} | ${fmt(r.rules.node.firstMs)} |`);
  const m = r.mutation;
  if (m) {
    out.push('', `**CPU while the page changes its DOM ${fmt(Math.round(m.mutationsPerRun / m.seconds))} times/s for ${m.seconds} s** (Chromium, CDP Performance.getMetrics deltas of the tab's renderer main thread, median of ${m.repeats} runs per profile)`, '');
    out.push('| | with extension | without | extension |', '|---|---|---|---|');
    out.push(`| ScriptDuration (ms) | ${fmt(m.scriptWithMs)} | ${fmt(m.scriptWithoutMs)} | ${fmt(m.extensionScriptMs)} (${fmt(m.extensionScriptMsPerSecond)} ms/s) |`);
    out.push(`| TaskDuration (ms) | ${fmt(m.taskWithMs)} | ${fmt(m.taskWithoutMs)} | ${fmt(m.extensionTaskMs)} |`);
    out.push(`| long tasks > 50 ms, PerformanceObserver (most in one run) | ${fmt(m.longTasksWith)} (longest ${fmt(m.maxLongTaskWithMs)} ms) | ${fmt(m.longTasksWithout)} (longest ${fmt(m.maxLongTaskWithoutMs)} ms) | ${fmt(m.extraLongTasksWithExtension)} more |`);
    out.push(`| extension code > 50 ms in a row, CPU profiler (most in one run) | ${fmt(m.longTasksCausedByExtension)} (longest ${fmt(m.longestExtensionStretchMs)} ms) | | ${fmt(m.longTasksCausedByExtension)} |`);
  }
  if (r.heap) {
    out.push('', `**JS heap of the cart page** (Chromium, CDP JSHeapUsedSize after a forced GC, median of ${r.heap.repeats})`, '');
    out.push(`| with extension | without | extra | ratio |`, '|---|---|---|---|', `| ${fmt(r.heap.withKB)} KB | ${fmt(r.heap.withoutKB)} KB | ${fmt(r.heap.extraKB)} KB | ${fmt(r.heap.ratio)} |`);
  }
  if (r.popup) {
    out.push('', `**Popup** (Chromium, popup.html opened as a tab, ms from navigation start until \`[data-testid="vinkje-popup"]\` exists): median ${fmt(r.popup.firstRenderMs)} of ${r.popup.repeats}, first open ${fmt(r.popup.firstOpenMs)}.`);
  }
  return out.join('\n');
}

/** Replaces the results section of bench/README.md. @param {string} readmePath @param {string} markdown */
export function writeReadmeResults(readmePath, markdown) {
  const text = fs.readFileSync(readmePath, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${readmePath} has no results markers`);
  fs.writeFileSync(readmePath, `${text.slice(0, start + START.length)}\n${markdown}\n${text.slice(end)}`);
}
