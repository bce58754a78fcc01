// @ts-check
/** The performance budgets and how each is read from the results. */

/**
 * @typedef {{ id: string, label: string, limit: number, unit: string, value: (r: any) => number | null | undefined }} Budget
 * @typedef {{ id: string, label: string, limit: number, unit: string, value: number | null, pass: boolean }} BudgetResult
 */

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
  },
  {
    id: 'sidebar-visible-after-dcl',
    label: 'Sidebar visible after DOMContentLoaded, slowest page kind (Chromium)',
    limit: 100,
    unit: 'ms',
    value: (r) => worst(Object.values(r.navigation?.perKind ?? {}).map((k) => /** @type {any} */ (k).sidebarVisibleAfterDclMs)),
  },
  { id: 'page-load-ratio', label: 'Shop page load with / without extension (Chromium)', limit: 1.1, unit: '×', value: (r) => r.navigation?.loadRatio },
  // readPage detects the page kind itself (what the content script calls); detectPage + readPage in a row is in the details.
  { id: 'order-history-read', label: 'Detect and read (readPage), 2,000-row order history (Chromium)', limit: 20, unit: 'ms', value: (r) => r.reading?.orderHistory2000?.readMs },
  { id: 'cart-read', label: 'Detect and read (readPage), 500-line cart (Chromium)', limit: 5, unit: 'ms', value: (r) => r.reading?.cart500?.readMs },
  { id: 'rules', label: 'checkCart, 500-line cart (slower of Node and Chromium)', limit: 2, unit: 'ms', value: (r) => worst([r.rules?.node?.medianMs, r.reading?.rulesInBrowser?.medianMs]) },
  { id: 'long-tasks', label: 'Long tasks > 50 ms caused by the extension under 1,000 DOM changes/s (Chromium)', limit: 0, unit: 'tasks', value: (r) => r.mutation?.longTasksCausedByExtension },
  { id: 'popup-first-render', label: 'Popup first render (Chromium)', limit: 150, unit: 'ms', value: (r) => r.popup?.firstRenderMs },
];

/** @param {any} results @returns {BudgetResult[]} */
export function checkBudgets(results) {
  return BUDGETS.map((b) => {
    const value = b.value(results) ?? null;
    return { id: b.id, label: b.label, limit: b.limit, unit: b.unit, value, pass: value !== null && value <= b.limit };
  });
}
