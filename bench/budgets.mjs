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
    gap: '70 ms on the cart in the full run of 4 December 20:00, 45.9-52.4 ms on the other eight page kinds (89.1 on the cart at 19:25, 92.4 on 3 December 14:22), since the view is answered before what the page changed is stored: the cart’s view is the largest to build, send and show. The content script starts one task after the load event; from there, in the background (medians of 18 page loads of three kinds, timed in the service worker): reading the snapshot in the offscreen document 13-20 ms, recording it and building the view 10-16 ms before the view went first, drawing it as HTML under 1 ms; the rest is the content script’s start, the messages both ways and showing the view. Starting at document_idle instead of after the load gained 10-15 ms and cost 0.04 on the load ratio'
  },
  {
    id: 'extension-cpu-per-load',
    label: 'Content script main-thread CPU per page load, Vinkje minus no-op, slower of cart and order history (Chromium profiler)',
    limit: 10,
    unit: 'ms',
    value: (r) => worst(Object.values(r.startupCpu ?? {}).map((k) => /** @type {any} */ (k).contentScriptCpuMs)),
    ceiling: 60,
    gap: '11.5 ms on the cart and 8.8 on the order history in the full run of 4 December 20:00 (11.6 and 5.8 at 19:25, 10.5 at 19:38; 22.7 and 11.4 on 3 December 14:22, before the content scripts carried V8’s compile hint and compiled all its functions at once; the profiler’s samples are wall time and grow with the machine’s load: means of 11 loads of one build gave 11.4-20.9 ms within the hour). What is left in a profile of the cart (11 loads): the isolated world’s first use of the extension API about 2 ms (it moves to whichever function touches it first), the shadow root with its CSS 0.9-1.8, the fields’ typed state 1.0-1.2, showing the drawn view with DOMParser 0.9-1.8, sending the page 0.9, moving the host 0.4-0.9; the rest is spread thin',
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
    gap: '1.052 in the full run of 4 December 20:00, 1.015 at 19:38 and 1.075 at 19:25 with the same content scripts (1.082 on 3 December 14:22, 1.13 on 2 December evening; quick runs of one build spread over 1.06-1.32, and one build against itself over 0.97-1.08 in runs of 9-11 rounds): the local page loads in about 60-90 ms, so the host placed at document start and the main content script, compiled and run at document_idle just before the load event (its first statement 0.7-1.4 ms before loadEventStart), weigh heavily: extension main-thread time before the load event 8.1-8.5 ms in a trace of the cart and the account page. Running the main content script only after the load (the background running it with scripting.executeScript) cut that to 3.3-3.7 ms but did not move the load event in a comparison of 21 rounds (sums 578.1 and 577.9 ms), and executeScript took 7-39 ms, so the frame came 28 ms later: not kept',
  },
  {
    id: 'page-load-ratio-realistic',
    label: 'Shop page load, Vinkje / no-op, realistic timing (150 ms to the first byte, Chromium)',
    limit: 1.02,
    unit: RATIO_UNIT,
    value: (r) => r.realistic?.loadRatio,
    ceiling: 1.1,
    gap: '1.019 in the full run of 4 December 20:00, 1.049 at 19:38 and 1.012 at 19:25 with the same content scripts (1.018 on 3 December 14:22; 1.00-1.06 in quick runs of 3 December): at the target, so that a busy machine goes over; what is left is the host placed at document start and the main content script compiled and run at document_idle, before the delayed subresources have finished'
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
    gap: '26.1, 28.4, 31.7 and 50.5 ms in four full runs of 4 December within an hour with the readers unchanged (60.2 in a run of 3 December evening, over the 60 ms ceiling of then); 43-52 ms on the machine of 2 December evening at load average 1, where the same readers measured 15.5 ms on another machine of this kind that afternoon: a slower machine, not slower code (the reading and rule figures of that run were 2-3 times the afternoon’s; the afternoon’s commit read as slowly there); the page walk is a fifth of it, the rest is spread over the table and line readers',
  },
  {
    id: 'cart-read',
    label: 'Detect and read (readPage), 500-line cart (Chromium; in the page reader)',
    limit: 5,
    unit: 'ms',
    value: (r) => r.reading?.cart500?.readMs,
    ceiling: 20,
    gap: '12.4-13.4 ms on the machine of 2 December evening, 16.1-16.6 ms on 3 December with the readers unchanged (4.75 ms on another machine of this kind on 2 December afternoon); the remaining cost is the one document walk every page needs',
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
