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
  out.push('| Build | JS raw | JS gzip | CSS files raw / gzip | inlined sidebar CSS raw / gzip | on demand: sidebar-ui.js raw / gzip | on demand: page-report.js raw / gzip |', '|---|---|---|---|---|---|---|');
  for (const b of ['chrome', 'firefox']) {
    const s = size[b];
    if (s) out.push(`| ${b} | ${fmt(s.js.raw)} | ${fmt(s.js.gzip)} | ${fmt(s.css.raw)} / ${fmt(s.css.gzip)} | ${fmt(s.inlinedSidebarCss.raw)} / ${fmt(s.inlinedSidebarCss.gzip)} | ${fmt(s.onDemandSidebarUi?.raw)} / ${fmt(s.onDemandSidebarUi?.gzip)} | ${fmt(s.onDemandPageReport?.raw)} / ${fmt(s.onDemandPageReport?.gzip)} |`);
  }
  if (r.navigation) {
    const ff = r.firefox?.perKind ?? {};
    out.push('', `**Sidebar and page load per page kind** (ms, median of ${r.navigation.repeats} navigations per kind and profile; Chromium unless marked Firefox; load = \`loadEventEnd\` with none / no-op / Vinkje, ratio = Vinkje / no-op)`, '');
    out.push(
      '| Page kind | visible after nav start | visible after DCL | with read page after DCL | Firefox: visible after DCL | load none | load no-op | load Vinkje | ratio |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const [kind, k] of Object.entries(r.navigation.perKind)) {
      const f = /** @type {any} */ (ff)[kind];
      out.push(
        `| ${kind} | ${fmt(k.sidebarVisibleMs)} | ${fmt(k.sidebarVisibleAfterDclMs)} | ${fmt(k.sidebarReadyAfterDclMs)} | ${fmt(f?.sidebarVisibleAfterDclMs)} | ${fmt(k.loadMs.none)} | ${fmt(k.loadMs.noop)} | ${fmt(k.loadMs.vinkje)} | ${fmt(k.loadRatio)} |`,
      );
    }
    const t = r.navigation.loadSumMs;
    out.push(`| **all (sum of medians)** | | | | | ${fmt(t.none)} | ${fmt(t.noop)} | ${fmt(t.vinkje)} | **${fmt(r.navigation.loadRatio)}** |`);
    out.push('', `Load ratios, sum of medians: Vinkje / no-op ${fmt(r.navigation.loadRatio)}, Vinkje / none ${fmt(r.navigation.loadRatioVsNone)}, no-op / none ${fmt(r.navigation.noopRatioVsNone)} (what any content script costs). Paired (each load against the no-op load of its round and kind, median): ${fmt(r.navigation.pairedLoadRatio)}; at DOMContentLoaded, sum of medians: ${fmt(r.navigation.dclRatio)}.`);
  }
  const rl = r.realistic;
  if (rl) {
    out.push('', `**Page load with realistic shop timing** (every shop response ${rl.responseDelayMs} ms late, like a real server over the network; ms, median of ${rl.repeats} navigations per kind and profile, Chromium)`, '');
    out.push('| Page kind | sidebar visible after DCL | load none | load no-op | load Vinkje | ratio Vinkje / no-op |', '|---|---|---|---|---|---|');
    for (const [kind, k] of Object.entries(rl.perKind)) {
      const x = /** @type {any} */ (k);
      out.push(`| ${kind} | ${fmt(x.sidebarVisibleAfterDclMs)} | ${fmt(x.loadMs.none)} | ${fmt(x.loadMs.noop)} | ${fmt(x.loadMs.vinkje)} | ${fmt(x.loadRatio)} |`);
    }
    out.push(`| **all (sum of medians)** | | ${fmt(rl.loadSumMs.none)} | ${fmt(rl.loadSumMs.noop)} | ${fmt(rl.loadSumMs.vinkje)} | **${fmt(rl.loadRatio)}** |`);
  }
  if (r.startupCpu) {
    out.push('', `**Content script CPU per page load** (Chromium, CDP sampling profiler from navigation until the panel shows the read page, no-op: until the load event's end and a frame; samples with extension code anywhere on the stack, so it includes evaluating the script, reading the page and rendering; median of ${Object.values(r.startupCpu)[0]?.repeats})`, '');
    out.push('| Page kind | extension code, no-op | extension code, Vinkje | Vinkje minus no-op | main thread busy, no-op | main thread busy, Vinkje |', '|---|---|---|---|---|---|');
    for (const [kind, s] of Object.entries(r.startupCpu)) {
      const x = /** @type {any} */ (s);
      out.push(`| ${kind} | ${fmt(x.noopExtensionCpuMs)} | ${fmt(x.vinkjeExtensionCpuMs)} | ${fmt(x.contentScriptCpuMs)} | ${fmt(x.noopBusyMs)} | ${fmt(x.vinkjeBusyMs)} |`);
    }
  }
  const rd = r.reading;
  if (rd) {
    out.push('', '**Reading and rules** (ms, median of warm calls; cold = the first calls in a fresh page)', '');
    out.push('| Work | readPage (detects too) | detectPage alone | detectPage + readPage | cold detectPage + readPage | snapshot in the shop page (HTML size) | page reader: parse + read the snapshot |', '|---|---|---|---|---|---|---|');
    /** @type {[string, string][]} */
    const works = [['orderHistory2000', '2,000-row order history (Chromium)'], ['cart500', '500-line cart (Chromium)']];
    for (const [name, label] of works) {
      const x = rd[name];
      if (x) out.push(`| ${label} | ${fmt(x.readMs)} | ${fmt(x.detectMs)} | ${fmt(x.detectAndReadMs)} | ${fmt(x.coldDetectAndReadMs)} | ${fmt(x.snapshotMs)} (${fmt(Math.round((x.snapshotChars ?? 0) / 1024))} KB) | ${fmt(x.readSnapshotMs)} |`);
    }
    out.push('', '| Rules, 500-line cart | checkCart median | cold (first call) |', '|---|---|---|');
    if (rd.rulesInBrowser) out.push(`| Chromium | ${fmt(rd.rulesInBrowser.medianMs)} | ${fmt(rd.rulesInBrowser.firstMs)} |`);
  }
  if (r.rules?.node) out.push(`| Node ${process.version} | ${fmt(r.rules.node.medianMs)} | ${fmt(r.rules.node.firstMs)} |`);
  const m = r.mutation;
  if (m) {
    out.push('', `**CPU while the page changes its DOM ${fmt(Math.round(m.mutationsPerRun / m.seconds))} times/s for ${m.seconds} s** (Chromium, CDP Performance.getMetrics deltas of the tab's renderer main thread, median of ${m.repeats} runs per profile)`, '');
    out.push('| | none | no-op | Vinkje | Vinkje minus no-op |', '|---|---|---|---|---|');
    out.push(`| ScriptDuration (ms) | ${fmt(m.scriptNoneMs)} | ${fmt(m.scriptWithoutMs)} | ${fmt(m.scriptWithMs)} | ${fmt(m.extensionScriptMs)} (${fmt(m.extensionScriptMsPerSecond)} ms/s) |`);
    out.push(`| TaskDuration (ms) | ${fmt(m.taskNoneMs)} | ${fmt(m.taskWithoutMs)} | ${fmt(m.taskWithMs)} | ${fmt(m.extensionTaskMs)} |`);
    out.push(`| long tasks > 50 ms, PerformanceObserver (most in one run) | | ${fmt(m.longTasksWithout)} (longest ${fmt(m.maxLongTaskWithoutMs)} ms) | ${fmt(m.longTasksWith)} (longest ${fmt(m.maxLongTaskWithMs)} ms) | ${fmt(m.extraLongTasksWithExtension)} more |`);
    out.push(`| extension code > 50 ms in a row, CPU profiler (most in one run) | | | ${fmt(m.longTasksCausedByExtension)} (longest ${fmt(m.longestExtensionStretchMs)} ms) | ${fmt(m.longTasksCausedByExtension)} |`);
  }
  if (r.heap) {
    const h = r.heap;
    out.push('', `**JS heap of the cart page** (Chromium, CDP JSHeapUsedSize after a forced GC, median of ${h.repeats})`, '');
    out.push('| none | no-op | Vinkje | Vinkje minus no-op | no-op minus none | Vinkje / no-op |', '|---|---|---|---|---|---|', `| ${fmt(h.withoutKB)} KB | ${fmt(h.noopKB)} KB | ${fmt(h.withKB)} KB | ${fmt(h.extraKB)} KB | ${fmt(h.noopExtraKB)} KB | ${fmt(h.ratio)} |`);
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
