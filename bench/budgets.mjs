// @ts-check
/** The performance budgets and how each is read from the results. */

/**
 * `limit` is the target. Where Vinkje does not meet it yet, `ceiling` is today's figure with a margin
 * and `gap` says why: the run still fails above the ceiling (a regression), and the table shows the
 * figure as over target. Quick mode (5 repetitions on a shared machine, in the test command) allows
 * wall-clock figures three times their bound, so it catches real regressions without failing on
 * noise: on these 2-core machines one and the same commit measured the 2,000-row history read at
 * 17.8 ms in a full run and 46-50 ms in quick runs an hour later. The full run judges the bounds
 * as they are.
 * @typedef {{ id: string, label: string, limit: number, unit: string, value: (r: any) => number | null | undefined, ceiling?: number, gap?: string }} Budget
 * @typedef {{ id: string, label: string, limit: number, unit: string, value: number | null, ceiling: number | null, gap: string | null, allowed: number, meetsTarget: boolean, pass: boolean }} BudgetResult
 */

/** How much slack quick mode gives wall-clock figures (milliseconds). */
export const QUICK_NOISE_ALLOWANCE = 3;

/** @param {(number | null | undefined)[]} values */
const worst = (values) => {
  const known = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return known.length ? Math.max(.../** @type {number[]} */ (known)) : null;
};

/** @type {Budget[]} */
export const BUDGETS = [
  {
    id: 'content-script-gzip',
    label: 'Content script JS (CSS inlined), gzip, larger of both builds',
    limit: 16 * 1024,
    unit: 'bytes',
    value: (r) => worst([r.size?.chrome?.js?.gzip, r.size?.firefox?.js?.gzip]),
    ceiling: 33 * 1024,
    gap: 'about 30.2 KB (31.4 KB before the English texts moved out, late on 2 December): the page readers with their label tables (about 13 KB), Preact with the sidebar views and their CSS (about 11 KB), the Dutch texts (under 2 KB) and the content script’s own wiring (3 KB); run by the background in the shop frame only when needed since 2 December: Pagina melden (page-report.js, about 4 KB) and the sidebar’s English texts (english-texts.js, 1.2 KB less here); next: only the readers the page kind needs',
  },
  {
    id: 'sidebar-visible-after-dcl',
    label: 'Sidebar visible after DOMContentLoaded, slowest page kind (Chromium)',
    limit: 50,
    unit: 'ms',
    value: (r) => worst(Object.values(r.navigation?.perKind ?? {}).map((k) => /** @type {any} */ (k).sidebarVisibleAfterDclMs)),
    ceiling: 200,
    gap: '77-191 ms over the runs of 2 December (92 ms at load average 4, 191 ms at 10): the content script starts one task after the load event, so it never delays it, then reads the page and waits for the background’s answer before it draws',
  },
  {
    id: 'extension-cpu-per-load',
    label: 'Content script main-thread CPU per page load, Vinkje minus no-op, slower of cart and order history (Chromium profiler)',
    limit: 10,
    unit: 'ms',
    value: (r) => worst(Object.values(r.startupCpu ?? {}).map((k) => /** @type {any} */ (k).contentScriptCpuMs)),
    ceiling: 100,
    gap: '38-87 ms over the runs of 2 December at load average 4-11 (the no-op’s extension code: 0 ms), spread over evaluating the 88 KB script, the document walk, Preact’s render of the panel and the mount; the profiler’s samples are wall time and grow with the machine’s load',
  },
  {
    id: 'cart-extra-heap',
    label: 'Extra JS heap on the cart page, Vinkje minus no-op (Chromium)',
    limit: 500,
    unit: 'KB',
    value: (r) => r.heap?.extraKB,
    ceiling: 1200,
    gap: 'about 920 KB more than the no-op extension (the figures before 2 December 16:40, 1,480-1,660 KB, counted Playwright’s own injected script, put into the page only by waiting for the panel, as Vinkje’s); a heap snapshot puts about 460 KB in compiled code (290 KB of it machine code the JIT made for the readers and Preact during the start), 70 KB in strings (the inlined CSS and the texts) and 140 KB in objects, shapes and closures',
  },
  {
    id: 'mutation-cpu-per-second',
    label: 'Extension script CPU while the page changes its DOM 1,000 times a second, Vinkje minus no-op (Chromium)',
    limit: 10,
    unit: 'ms/s',
    value: (r) => r.mutation?.extensionScriptMsPerSecond,
    ceiling: 30,
    gap: '11-24 ms/s against the no-op extension over the runs of 2 December at load average 9-11, before and after the changes of that day alike (10 ms/s against none at load 5): every batch of changes is checked for whether it touches what the page readers look at, and a changed reading is sent and drawn',
  },
  {
    id: 'page-load-ratio',
    label: 'Shop page load, Vinkje / no-op, local shop (Chromium)',
    limit: 1.05,
    unit: '×',
    value: (r) => r.navigation?.loadRatio,
    ceiling: 1.3,
    gap: '0.91-1.18 over six runs of 2 December at load average 4-11 (1.14-1.30 with the same bench before the start moved out of the load event): the local page loads in about 70-90 ms, so the script’s evaluation at document_idle and the panel’s room, laid out during the load, weigh heavily',
  },
  {
    id: 'page-load-ratio-realistic',
    label: 'Shop page load, Vinkje / no-op, realistic timing (150 ms to the first byte, Chromium)',
    limit: 1.02,
    unit: '×',
    value: (r) => r.realistic?.loadRatio,
    ceiling: 1.1,
    gap: '0.99-1.04 over six runs of 2 December (1.03-1.11 before the start moved out of the load event): what is left is evaluating the script at document_idle, before the delayed subresources have finished',
  },
  // readPage detects the page kind itself (what the content script calls); detectPage + readPage in a row is in the details.
  { id: 'order-history-read', label: 'Detect and read (readPage), 2,000-row order history (Chromium)', limit: 20, unit: 'ms', value: (r) => r.reading?.orderHistory2000?.readMs },
  {
    id: 'cart-read',
    label: 'Detect and read (readPage), 500-line cart (Chromium)',
    limit: 5,
    unit: 'ms',
    value: (r) => r.reading?.cart500?.readMs,
    ceiling: 8,
    gap: 'about 5-6 ms; the remaining cost is the one document walk every page needs',
  },
  { id: 'rules', label: 'checkCart, 500-line cart (slower of Node and Chromium)', limit: 2, unit: 'ms', value: (r) => worst([r.rules?.node?.medianMs, r.reading?.rulesInBrowser?.medianMs]) },
  { id: 'long-tasks', label: 'Long tasks > 50 ms caused by the extension under 1,000 DOM changes/s (Chromium)', limit: 0, unit: 'tasks', value: (r) => r.mutation?.longTasksCausedByExtension },
  { id: 'popup-first-render', label: 'Popup first render (Chromium)', limit: 150, unit: 'ms', value: (r) => r.popup?.firstRenderMs },
];

/** @param {any} results @param {{ quick?: boolean }} [options] @returns {BudgetResult[]} */
export function checkBudgets(results, options = {}) {
  return BUDGETS.map((b) => {
    const value = b.value(results) ?? null;
    const bound = b.ceiling ?? b.limit;
    const allowed = options.quick && b.unit === 'ms' ? bound * QUICK_NOISE_ALLOWANCE : bound;
    return {
      id: b.id,
      label: b.label,
      limit: b.limit,
      unit: b.unit,
      value,
      ceiling: b.ceiling ?? null,
      gap: b.gap ?? null,
      allowed,
      meetsTarget: value !== null && value <= b.limit,
      pass: value !== null && value <= allowed,
    };
  });
}
