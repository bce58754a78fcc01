// @ts-check
/** The performance budgets and how each is read from the results. */

/**
 * `limit` is the target. Where Vinkje does not meet it yet, `ceiling` is today's figure with a margin
 * and `gap` says why: the run still fails above the ceiling (a regression), and the table shows the
 * figure as over target. Quick mode (3 repetitions on a shared machine, in the test command) allows
 * wall-clock figures (ms and ms/s) three times their bound, and the page-load ratios twice their excess
 * over 1 (QUICK_RATIO_ALLOWANCE), so it catches real regressions without failing on
 * noise: on these 2-core machines one and the same commit measured the 2,000-row history read at
 * 17.8 ms in a full run and 46-50 ms in quick runs an hour later. The full run judges the bounds
 * as they are.
 * @typedef {{ id: string, label: string, limit: number, unit: string, value: (r: any) => number | null | undefined, ceiling?: number, gap?: string }} Budget
 * @typedef {{ id: string, label: string, limit: number, unit: string, value: number | null, ceiling: number | null, gap: string | null, allowed: number, meetsTarget: boolean, pass: boolean }} BudgetResult
 */

/** How much slack quick mode gives wall-clock figures (milliseconds). */
export const QUICK_NOISE_ALLOWANCE = 3;

/**
 * How much slack quick mode gives a ratio's excess over 1 (the page-load ratios): 3 navigations per
 * kind make the ratio of the sums move by tenths. One and the same build measured 1.06-1.32 in quick
 * runs of 3 December on a calm machine, where its full runs gave 1.12-1.13; twice the excess of the
 * ceiling (1.3 becomes 1.6) still fails a script that makes every page load half as long again.
 */
export const QUICK_RATIO_ALLOWANCE = 2;

/**
 * The units of wall-clock figures. CPU under DOM changes (ms/s) is one too: quick mode measures it
 * in a single 5 s run, and one and the same build gave 15.9 ms/s alone and 33 ms/s beside other work
 * on 2 December evening (8.6-17.7 ms/s as the median of three in full runs).
 */
const WALL_CLOCK_UNITS = new Set(['ms', 'ms/s']);

/** The unit of the page-load ratios (Vinkje / no-op). */
const RATIO_UNIT = '×';

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
    // Met since 2 December evening (15.7 KB, from 30.5): the readers and their label tables run in the page
    // reader (lib/background/page-reader.ts). The 12 KB target needs Preact with the views (about 11 KB) smaller.
  },
  {
    id: 'sidebar-visible-after-dcl',
    label: 'Sidebar visible (its frame while the page is read, or the read panel) after DOMContentLoaded, slowest page kind (Chromium)',
    limit: 50,
    unit: 'ms',
    value: (r) => worst(Object.values(r.navigation?.perKind ?? {}).map((k) => /** @type {any} */ (k).sidebarVisibleAfterDclMs)),
    ceiling: 200,
    gap: 'the content script starts one task after the load event (so it never delays it) and draws the frame at once; on the local shop the load event comes 20-80 ms after DOMContentLoaded',
  },
  {
    id: 'sidebar-ready-after-dcl',
    label: 'Sidebar shows the read page after DOMContentLoaded, slowest page kind (Chromium)',
    limit: 50,
    unit: 'ms',
    value: (r) => worst(Object.values(r.navigation?.perKind ?? {}).map((k) => /** @type {any} */ (k).sidebarReadyAfterDclMs)),
    ceiling: 200,
    gap: '55, 56.3, 48.6 and 55.3 ms (the cart, the quantity page, the licences page) in the four full runs of 4 December evening (21:25, 22:03, 22:08, 22:27), after the service worker reads snapshots over a MessagePort to the offscreen reader instead of runtime.sendMessage (70 ms at 20:00, 89.1 at 19:25; the other page kinds 40-51). Timed in the content script on the cart (medians of 6 loads): it starts 2 ms after the load event and sends 2 ms later; the answer comes 24-50 ms after sending, of which the service worker spends 10-30 (reading the snapshot 3-10 ms over the port, recording and building the view 4-20, drawing under 1); the rest is the two messages through the browser, which is busy with the same navigation on these 2 cores. Showing the view takes 1 ms'
  },
  {
    id: 'extension-cpu-per-load',
    label: 'Content script main-thread CPU per page load, Vinkje minus no-op, slower of cart and order history (Chromium profiler)',
    limit: 10,
    unit: 'ms',
    value: (r) => worst(Object.values(r.startupCpu ?? {}).map((k) => /** @type {any} */ (k).contentScriptCpuMs)),
    ceiling: 60,
    gap: '8.1, 9.2, 10.5 and 9.5 ms (the slower of cart and order history) in the four full runs of 4 December evening (21:25, 22:03, 22:08, 22:27) (11.5 at 20:00; 22.7 on 3 December 14:22, before the content scripts carried V8’s compile hint); the profiler’s samples are wall time and grow with the machine’s load: means of 11 loads of one build gave 9.4-20.9 ms within an hour. What is left in a profile of the cart (11 loads): the isolated world’s first use of the extension API about 2 ms (it moves to whichever function touches it first), showing the drawn view with DOMParser 1.4-1.8, the shadow root with its CSS 0.9, the fields’ typed state 0.8-1.0, sending the page 0.7-0.9; the rest is spread thin'
  },
  {
    id: 'cart-extra-heap',
    label: 'Extra JS heap on the cart page, Vinkje minus no-op (Chromium)',
    limit: 500,
    unit: 'KB',
    value: (r) => r.heap?.extraKB,
    // Met since 2 December evening (426 KB, from 934): the readers' code and their compiled form left the page;
    // 271 KB in the quick run of 2 December night, with Preact no longer loaded on a page load.
  },
  {
    id: 'mutation-cpu-per-second',
    label: 'Extension script CPU while the page changes its DOM 1,000 times a second, Vinkje minus no-op (Chromium)',
    limit: 10,
    unit: 'ms/s',
    value: (r) => r.mutation?.extensionScriptMsPerSecond,
    ceiling: 30,
    gap: '12.1 ms/s in the full run of 3 December 14:22 (8.6 at 07:25 and on 2 December evening with the same page watcher; 15.5-17.7 before it kept one timer, 20.5 before the page reader). Since 14:50 the observer rests 50 ms after each batch of changes: medians of three runs, builds taking turns three times, 10.5-19.8 ms/s before and 5.1-9.0 after. Close enough to the target that a busy machine goes over; every batch of changes is looked at once to see whether it is the page’s own, and once a second the changed page is copied and sent',
  },
  {
    id: 'page-load-ratio',
    label: 'Shop page load, Vinkje / no-op, local shop (Chromium)',
    limit: 1.05,
    unit: RATIO_UNIT,
    value: (r) => r.navigation?.loadRatio,
    ceiling: 1.3,
    gap: '1.055, 1.12, 1.148 and 1.071 in the four full runs of 4 December evening (21:25, 22:03, 22:08, 22:27) (1.052 at 20:00, 1.015 at 19:38, 1.075 at 19:25), where the same builds measured 0.951-0.971 against the no-op extension in comparisons of 10 rounds at 22:15 (both builds and the no-op taking turns): the estimator (the ratio of sums of 9 medians of 9 loads) moves more between runs than any change of the last two days did. In the runs of 22:03 and 22:08 the difference is already there at DOMContentLoaded (1.116), before the main content script runs; before it, only the document-start script places the host and the browser adds the room’s stylesheet. A throwaway build with that script emptied measured 0.998 in one comparison and 1.089 in the next. Running the main content script only after the load (scripting.executeScript) did not move the load event in 21 rounds and took 7-39 ms to start: not kept. In the run of 22:27 the paired view (each load against the no-op load of its round and kind, then the median; in the details) gave 1.09 and DOMContentLoaded 1.043: pairing does not take the excess away, so it is not only drift between rounds'
  },
  {
    id: 'page-load-ratio-realistic',
    label: 'Shop page load, Vinkje / no-op, realistic timing (150 ms to the first byte, Chromium)',
    limit: 1.02,
    unit: RATIO_UNIT,
    value: (r) => r.realistic?.loadRatio,
    ceiling: 1.1,
    gap: '1.014, 1.007, 1.017 and 1.013 in the four full runs of 4 December evening (21:25, 22:03, 22:08, 22:27) (1.019 at 20:00, 1.049 at 19:38, 1.012 at 19:25; 1.00-1.06 in quick runs of 3 December): at the target, so that a busy machine goes over; what is left is the host placed at document start and the main content script compiled and run at document_idle, before the delayed subresources have finished'
  },
  {
    id: 'snapshot-history',
    label: 'Snapshot of the page in the shop’s page (what it pays per reading), 2,000-row order history (Chromium)',
    limit: 10,
    unit: 'ms',
    value: (r) => r.reading?.orderHistory2000?.snapshotMs,
    ceiling: 20,
    gap: 'about 10 ms for 649 KB of HTML on this machine (the 500-line cart: under 4 ms, an ordinary page about 1 ms): one native serialisation of the document and a look at its fields',
  },
  // readPage detects the page kind itself (what the page reader calls); detectPage + readPage in a row is in the details.
  {
    id: 'order-history-read',
    label: 'Detect and read (readPage), 2,000-row order history (Chromium; since 2 December in the page reader, not the shop’s page)',
    limit: 20,
    unit: 'ms',
    value: (r) => r.reading?.orderHistory2000?.readMs,
    ceiling: 80,
    gap: '19.3, 18.4, 18.75 and 19.05 ms in the four full runs of 4 December evening (21:25, 22:03, 22:08, 22:27) (26.1-50.5 ms earlier that day), after institution texts are parsed once per list, amounts as the shop writes them are read by one pattern, and the walk gathers a line in one string; met, but close enough that a busy machine goes over (the same readers measured 43-52 ms on the machine of 2 December evening)'
  },
  {
    id: 'cart-read',
    label: 'Detect and read (readPage), 500-line cart (Chromium; in the page reader)',
    limit: 5,
    unit: 'ms',
    value: (r) => r.reading?.cart500?.readMs,
    ceiling: 20,
    gap: '5.5, 5.4, 5.5 and 6.25 ms in the four full runs of 4 December evening (21:25, 22:03, 22:08, 22:27) (6.25 at 20:00 too), after a line’s text is gathered in one string in the page walk and a cell of one column finds its column without a set; the walk itself is 2.3-2.5 ms of it (fastest of 31), detecting the page kind 0.6, the cart reader 1.5'
  },
  {
    id: 'rules',
    label: 'checkCart, 500-line cart (slower of Node and Chromium)',
    limit: 2,
    unit: 'ms',
    value: (r) => worst([r.rules?.node?.medianMs, r.reading?.rulesInBrowser?.medianMs]),
    ceiling: 3,
    gap: 'Node 1.16-2.25 ms between two runs of the same build on 2 December evening, Chromium 1.2 ms: met in most runs, over in some on this machine',
  },
  { id: 'long-tasks', label: 'Long tasks > 50 ms caused by the extension under 1,000 DOM changes/s (Chromium)', limit: 0, unit: 'tasks', value: (r) => r.mutation?.longTasksCausedByExtension },
  { id: 'popup-first-render', label: 'Popup first render (Chromium)', limit: 150, unit: 'ms', value: (r) => r.popup?.firstRenderMs },
];

/** @param {any} results @param {{ quick?: boolean }} [options] @returns {BudgetResult[]} */
export function checkBudgets(results, options = {}) {
  return BUDGETS.map((b) => {
    const value = b.value(results) ?? null;
    const bound = b.ceiling ?? b.limit;
    const allowed = !options.quick
      ? bound
      : WALL_CLOCK_UNITS.has(b.unit)
        ? bound * QUICK_NOISE_ALLOWANCE
        : b.unit === RATIO_UNIT
          ? 1 + (bound - 1) * QUICK_RATIO_ALLOWANCE
          : bound;
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
