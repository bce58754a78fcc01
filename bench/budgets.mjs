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
    ceiling: 36 * 1024,
    gap: 'about 34 KB: the page readers (about 12 KB), Preact with the sidebar views (about 7 KB), and since 2 December the page report built on the device (about 4 KB: redaction and the shop words it keeps) and the approval, bounds and remount code; evaluating only the readers a page needs and loading the report and the English texts on demand would move them out',
  },
  {
    id: 'sidebar-visible-after-dcl',
    label: 'Sidebar visible after DOMContentLoaded, slowest page kind (Chromium)',
    limit: 50,
    unit: 'ms',
    value: (r) => worst(Object.values(r.navigation?.perKind ?? {}).map((k) => /** @type {any} */ (k).sidebarVisibleAfterDclMs)),
    ceiling: 130,
    gap: '58-110 ms over the runs of 2 December (the load on the machine moves it most): the content script waits for the load event so it never delays it, then evaluates, reads and renders in one task',
  },
  {
    id: 'extension-cpu-per-load',
    label: 'Content script main-thread CPU per page load, Vinkje minus no-op, slower of cart and order history (Chromium profiler)',
    limit: 10,
    unit: 'ms',
    value: (r) => worst(Object.values(r.startupCpu ?? {}).map((k) => /** @type {any} */ (k).contentScriptCpuMs)),
    ceiling: 70,
    gap: '31-57 ms over the runs of 2 December, spread over evaluating the whole script, the document walk, the first render and the mount; not yet measured against a no-op extension, so it includes what any content script costs',
  },
  {
    id: 'cart-extra-heap',
    label: 'Extra JS heap on the cart page, Vinkje minus no-op (Chromium)',
    limit: 500,
    unit: 'KB',
    value: (r) => r.heap?.extraKB,
    ceiling: 2200,
    gap: 'about 1,660 KB, still measured against no extension rather than a no-op one, so it includes the isolated world every content script gets',
  },
  {
    id: 'mutation-cpu-per-second',
    label: 'Extension script CPU while the page changes its DOM 1,000 times a second, Vinkje minus no-op (Chromium)',
    limit: 10,
    unit: 'ms/s',
    value: (r) => r.mutation?.extensionScriptMsPerSecond,
    ceiling: 30,
    gap: '10-19 ms/s over the runs of 2 December: every batch of changes is checked for whether it touches what the page readers look at',
  },
  {
    id: 'page-load-ratio',
    label: 'Shop page load, Vinkje / no-op, local shop (Chromium)',
    limit: 1.05,
    unit: '×',
    value: (r) => r.navigation?.loadRatio,
    ceiling: 2,
    gap: 'the content script starts inside the load event, so its startup ends up in loadEventEnd',
  },
  {
    id: 'page-load-ratio-realistic',
    label: 'Shop page load, Vinkje / no-op, realistic timing (150 ms to the first byte, Chromium)',
    limit: 1.02,
    unit: '×',
    value: (r) => r.realistic?.loadRatio,
    ceiling: 1.3,
    gap: 'the content script starts inside the load event, so its startup ends up in loadEventEnd',
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
