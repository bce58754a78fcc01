// @ts-check
/**
 * Figures taken on shop pages in the three Chromium profiles (Vinkje, the no-op extension, none):
 * sidebar-visible time per page kind, page load, JS heap, the extension's CPU per load and while the
 * page keeps mutating, and the popup's first render. Vinkje's own cost is always Vinkje minus no-op.
 */
import { readProbe } from './page-probe.mjs';
import { median, round } from './stats.mjs';

/** @typedef {import('./chromium.mjs').Lab} Lab */
/** @typedef {import('playwright-core').Page} Page */

/**
 * Classifies the samples of a CDP CPU profile: for each, its wall time (ms), whether the thread
 * was idle, and whether extension code (chrome-extension://) is anywhere on its stack.
 * @param {{ nodes: { id: number, callFrame: { functionName: string, url: string }, children?: number[] }[], samples?: number[], timeDeltas?: number[] }} profile
 */
function classifySamples(profile) {
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, boolean>} */
  const memo = new Map();
  /** @param {number} id @returns {boolean} */
  const isExtension = (id) => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const result = Boolean(byId.get(id)?.callFrame.url.startsWith('chrome-extension://')) || (up !== undefined && isExtension(up));
    memo.set(id, result);
    return result;
  };
  const deltas = profile.timeDeltas ?? [];
  return (profile.samples ?? []).map((id, i) => ({
    ms: (deltas[i + 1] ?? deltas[i] ?? 0) / 1000,
    idle: byId.get(id)?.callFrame.functionName === '(idle)',
    extension: isExtension(id),
  }));
}

/** Quiet time after each measured navigation, so the next profile starts on a calmer machine. */
const SETTLE_MS = 150;

/** The three profiles, named as the tables name them. */
export const PROFILES = /** @type {const} */ (['vinkje', 'noop', 'none']);
/** @typedef {typeof PROFILES[number]} ProfileName */

/** @param {Lab} lab @param {ProfileName} which */
export const contextOf = (lab, which) => (which === 'vinkje' ? lab.withExtension : which === 'noop' ? lab.noop : lab.baseline);

/** Rotates which profile goes first, so none always gets the warmer server. @param {number} rep */
const rotation = (rep) => PROFILES.map((_, i) => /** @type {ProfileName} */ (PROFILES[(i + rep) % PROFILES.length]));

/** @param {Page} page */
const waitForPanel = (page) =>
  page.waitForFunction(() => /** @type {any} */ (window).__vinkjeBench?.readyAt != null, null, { timeout: 10_000, polling: 50 });

/** loadEventEnd is set just after the load event returns. @param {Page} page */
const waitForLoadEnd = (page) =>
  page.waitForFunction(() => (/** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0])?.loadEventEnd ?? 0) > 0);

/**
 * The same kind of wait in every profile: Playwright's waitForFunction puts its own injected script
 * (about 320 KB of source, and its compiled code) into the page, so waiting only in Vinkje's profile
 * would count that script as Vinkje's heap.
 * @param {Page} page @param {ProfileName} which
 */
const waitUntilSettled = (page, which) => (which === 'vinkje' ? waitForPanel(page) : waitForLoadEnd(page));

/** @param {number[]} values */
const med1 = (values) => round(median(values), 1);

/**
 * Visits every page kind `repeats` times in the three profiles, rotating their order, one fresh
 * navigation each. Load ratios: Vinkje / no-op (what Vinkje itself costs) and no-op / none (what
 * any content script costs).
 * @param {Lab} lab @param {number} repeats
 */
export async function measureNavigation(lab, repeats) {
  const pages = Object.fromEntries(await Promise.all(PROFILES.map(async (p) => [p, await contextOf(lab, p).newPage()])));
  /** @typedef {{ panel: number[], panelAfterDcl: number[], ready: number[], readyAfterDcl: number[], load: Record<ProfileName, number[]>, dcl: Record<ProfileName, number[]>, pagesSeen: Set<string> }} Raw */
  /** @type {Record<string, Raw>} */
  const raw = {};
  for (let rep = 0; rep < repeats; rep++) {
    for (const [kind, url] of Object.entries(lab.urls)) {
      const r = (raw[kind] ??= {
        panel: [],
        panelAfterDcl: [],
        ready: [],
        readyAfterDcl: [],
        load: { vinkje: [], noop: [], none: [] },
        dcl: { vinkje: [], noop: [], none: [] },
        pagesSeen: new Set(),
      });
      for (const which of rotation(rep)) {
        const page = /** @type {Page} */ (pages[which]);
        await page.goto(url, { waitUntil: 'load' });
        if (which === 'vinkje') await waitForPanel(page);
        else await waitForLoadEnd(page);
        const p = await readProbe(page);
        if (p.domContentLoaded === null || p.load === null) throw new Error(`no navigation timing on ${kind} (${which})`);
        r.load[which].push(p.load);
        r.dcl[which].push(p.domContentLoaded);
        if (which === 'vinkje') {
          if (p.panelAt === null || p.readyAt === null) throw new Error(`no panel on ${kind}`);
          r.panel.push(p.panelAt);
          r.panelAfterDcl.push(p.panelAt - p.domContentLoaded);
          r.ready.push(p.readyAt);
          r.readyAfterDcl.push(p.readyAt - p.domContentLoaded);
          r.pagesSeen.add(p.readyPage ?? '?');
        }
        await page.waitForTimeout(SETTLE_MS);
      }
    }
  }
  for (const page of Object.values(pages)) await page.close();
  const perKind = Object.fromEntries(
    Object.entries(raw).map(([kind, r]) => [
      kind,
      {
        sidebarVisibleMs: med1(r.panel),
        sidebarVisibleAfterDclMs: med1(r.panelAfterDcl),
        sidebarReadyMs: med1(r.ready),
        sidebarReadyAfterDclMs: med1(r.readyAfterDcl),
        detectedAs: [...r.pagesSeen].join(','),
        loadMs: { vinkje: med1(r.load.vinkje), noop: med1(r.load.noop), none: med1(r.load.none) },
        dclMs: { vinkje: med1(r.dcl.vinkje), noop: med1(r.dcl.noop), none: med1(r.dcl.none) },
        loadRatio: round(median(r.load.vinkje) / median(r.load.noop), 3),
        loadRatioVsNone: round(median(r.load.vinkje) / median(r.load.none), 3),
      },
    ]),
  );
  const sum = (/** @type {ProfileName} */ which) => Object.values(raw).reduce((s, r) => s + median(r.load[which]), 0);
  return {
    repeats,
    perKind,
    loadSumMs: { vinkje: round(sum('vinkje'), 1), noop: round(sum('noop'), 1), none: round(sum('none'), 1) },
    loadRatio: round(sum('vinkje') / sum('noop'), 3),
    loadRatioVsNone: round(sum('vinkje') / sum('none'), 3),
    noopRatioVsNone: round(sum('noop') / sum('none'), 3),
    // Two more views of the same loads, for judging the ratio's noise (not budgets): each Vinkje load
    // against the no-op load of the same round and page kind, then the median (pairing takes out what
    // drifts between rounds); and the ratio already at DOMContentLoaded, before the main content script.
    pairedLoadRatio: round(median(Object.values(raw).flatMap((r) => r.load.vinkje.map((v, i) => v / /** @type {number} */ (r.load.noop[i])))), 3),
    dclRatio: round(
      Object.values(raw).reduce((s, r) => s + median(r.dcl.vinkje), 0) / Object.values(raw).reduce((s, r) => s + median(r.dcl.noop), 0),
      3,
    ),
  };
}

/** @param {Page} page */
async function cdpMetrics(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const read = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
  return { session, read };
}

/**
 * JS heap of the cart page after a forced garbage collection (CDP JSHeapUsedSize: the renderer's
 * isolate, i.e. the page's world plus the content script's isolated world), in the three profiles.
 * Vinkje's own heap is Vinkje minus no-op: the no-op's empty isolated world is what any content script costs.
 * @param {Lab} lab @param {string} url @param {number} repeats
 */
export async function measureHeap(lab, url, repeats) {
  /** @type {Record<ProfileName, number[]>} */
  const bytes = { vinkje: [], noop: [], none: [] };
  for (let rep = 0; rep < repeats; rep++) {
    for (const which of rotation(rep)) {
      const page = await contextOf(lab, which).newPage();
      await page.goto(url, { waitUntil: 'load' });
      await waitUntilSettled(page, which);
      await page.waitForTimeout(500);
      const { session, read } = await cdpMetrics(page);
      await session.send('HeapProfiler.collectGarbage');
      bytes[which].push((await read()).JSHeapUsedSize ?? Number.NaN);
      await page.close();
    }
  }
  const kb = (/** @type {number} */ v) => round(v / 1024, 0);
  const [v, n, o] = [median(bytes.vinkje), median(bytes.noop), median(bytes.none)];
  return { repeats, withKB: kb(v), noopKB: kb(n), withoutKB: kb(o), extraKB: kb(v - n), extraVsNoneKB: kb(v - o), noopExtraKB: kb(n - o), ratio: round(v / n, 3) };
}

/**
 * The page changes its own DOM 1,000 times a second for `seconds` (a ticker's text in <main>, an
 * attribute and a class of a table row; a 4 ms timer that catches up to one change per elapsed ms) while CDP counts the renderer main
 * thread's ScriptDuration and TaskDuration, and a long-task observer records tasks over 50 ms.
 * @param {Lab} lab @param {string} url @param {number} repeats @param {number} seconds
 */
export async function measureMutationCpu(lab, url, repeats, seconds) {
  const empty = () => ({ script: /** @type {number[]} */ ([]), task: /** @type {number[]} */ ([]), longTasks: /** @type {number[]} */ ([]), maxLongTask: /** @type {number[]} */ ([]), mutations: /** @type {number[]} */ ([]) });
  /** @type {Record<ProfileName, ReturnType<typeof empty>>} */
  const raw = { vinkje: empty(), noop: empty(), none: empty() };
  /** Per run with the extension, reset below. */
  const r0 = { extensionStretchesOver50: /** @type {number[]} */ ([]), longestStretch: 0 };
  let stretchesOver50 = 0;
  for (let rep = 0; rep < repeats; rep++) {
    for (const which of rotation(rep)) {
      const page = await contextOf(lab, which).newPage();
      await page.goto(url, { waitUntil: 'load' });
      await waitUntilSettled(page, which);
      await page.waitForTimeout(300);
      const { session, read } = await cdpMetrics(page);
      if (which === 'vinkje') {
        await session.send('Profiler.enable');
        await session.send('Profiler.setSamplingInterval', { interval: 1000 });
        await session.send('Profiler.start');
      }
      const before = await read();
      const run = await page.evaluate(async (ms) => {
        const main = document.querySelector('main') ?? document.body;
        const row = main.querySelector('tbody tr') ?? main;
        const ticker = document.createElement('p');
        main.append(ticker);
        const start = performance.now();
        let n = 0;
        await new Promise((resolve) => {
          const id = setInterval(() => {
            // Catch up to one change per elapsed millisecond, so a late timer does not lower the rate.
            const elapsed = performance.now() - start;
            while (n < Math.min(elapsed, ms)) {
              n += 1;
              if (n % 4 === 0) row.setAttribute('data-tick', String(n));
              else if (n % 4 === 1) row.classList.toggle('tick');
              else ticker.textContent = `Bijgewerkt ${n}`;
            }
            if (elapsed >= ms) {
              clearInterval(id);
              resolve(undefined);
            }
          }, 4);
        });
        // Let the debounced read after the last change happen inside the window too.
        await new Promise((resolve) => setTimeout(resolve, 400));
        return { start, mutations: n };
      }, seconds * 1000);
      const after = await read();
      if (which === 'vinkje') {
        // Stretches of consecutive samples with extension code on the stack: the extension's own
        // uninterrupted work, whatever the page did around it.
        const { profile } = await session.send('Profiler.stop');
        let stretch = 0;
        for (const sample of classifySamples(profile)) {
          stretch = sample.extension ? stretch + sample.ms : 0;
          if (stretch > 50 && stretch - sample.ms <= 50) r0.extensionStretchesOver50.push(1);
          r0.longestStretch = Math.max(r0.longestStretch, stretch);
        }
      }
      const probe = await readProbe(page);
      const longs = probe.longTasks.filter((t) => t.start >= run.start && t.duration > 50);
      const r = raw[which];
      r.script.push(((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000);
      r.task.push(((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000);
      r.longTasks.push(longs.length);
      r.maxLongTask.push(Math.max(0, ...longs.map((t) => t.duration)));
      r.mutations.push(run.mutations);
      stretchesOver50 = Math.max(stretchesOver50, r0.extensionStretchesOver50.length);
      r0.extensionStretchesOver50 = [];
      await page.close();
    }
  }
  // Vinkje's own cost is against the no-op extension; without any extension is shown for reference.
  const sWith = median(raw.vinkje.script);
  const sWithout = median(raw.noop.script);
  const tWith = median(raw.vinkje.task);
  const tWithout = median(raw.noop.task);
  const longWith = Math.max(...raw.vinkje.longTasks);
  const longWithout = Math.max(...raw.noop.longTasks);
  return {
    repeats,
    seconds,
    mutationsPerRun: median(raw.vinkje.mutations),
    scriptWithMs: round(sWith, 0),
    scriptWithoutMs: round(sWithout, 0),
    scriptNoneMs: round(median(raw.none.script), 0),
    taskNoneMs: round(median(raw.none.task), 0),
    extensionScriptMs: round(sWith - sWithout, 0),
    extensionScriptMsPerSecond: round((sWith - sWithout) / seconds, 1),
    taskWithMs: round(tWith, 0),
    taskWithoutMs: round(tWithout, 0),
    extensionTaskMs: round(tWith - tWithout, 0),
    longTasksWith: longWith,
    longTasksWithout: longWithout,
    maxLongTaskWithMs: round(Math.max(...raw.vinkje.maxLongTask), 0),
    maxLongTaskWithoutMs: round(Math.max(...raw.noop.maxLongTask), 0),
    // Observer view: more long tasks in runs with Vinkje than with the no-op extension.
    extraLongTasksWithExtension: Math.max(0, longWith - longWithout),
    // Profiler view, the one the budget uses: the extension's own code ran over 50 ms in a row.
    longestExtensionStretchMs: round(r0.longestStretch, 1),
    longTasksCausedByExtension: stretchesOver50,
  };
}

/** Opens popup.html as a page until its root exists. @param {Lab} lab @param {number} repeats */
export async function measurePopup(lab, repeats) {
  /** @type {number[]} */
  const times = [];
  for (let rep = 0; rep < repeats; rep++) {
    const page = await lab.withExtension.newPage();
    await page.goto(`chrome-extension://${lab.extensionId}/popup.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => /** @type {any} */ (window).__vinkjeBench?.popupAt != null, null, { timeout: 10_000, polling: 50 });
    const p = await readProbe(page);
    times.push(p.popupAt ?? Number.NaN);
    await page.close();
  }
  return { repeats, firstRenderMs: round(median(times), 1), firstOpenMs: round(times[0] ?? Number.NaN, 1) };
}

/**
 * CPU the content script spends on one page load, in the Vinkje and the no-op profile: the CDP
 * sampling profiler runs from before the navigation until the panel shows the read page (no-op: the
 * load event's end plus a frame); a sample counts for the extension when any frame of its stack is
 * in chrome-extension:// code (so DOM calls and GC it causes count too). Vinkje's own cost is Vinkje
 * minus no-op (the no-op's empty script is what being a content script costs in code).
 * @param {Lab} lab @param {string} url @param {number} repeats
 */
export async function measureStartupCpu(lab, url, repeats) {
  /** @type {Record<'vinkje' | 'noop', { ext: number[], busy: number[] }>} */
  const raw = { vinkje: { ext: [], busy: [] }, noop: { ext: [], busy: [] } };
  for (let rep = 0; rep < repeats; rep++) {
    for (const which of /** @type {('vinkje' | 'noop')[]} */ (rep % 2 === 0 ? ['vinkje', 'noop'] : ['noop', 'vinkje'])) {
      const context = contextOf(lab, which);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'load' });
      if (which === 'vinkje') await waitForPanel(page);
      else {
        await waitForLoadEnd(page);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      }
      const { profile } = await cdp.send('Profiler.stop');
      let ext = 0;
      let busy = 0;
      for (const sample of classifySamples(profile)) {
        if (sample.idle) continue;
        busy += sample.ms;
        if (sample.extension) ext += sample.ms;
      }
      raw[which].ext.push(ext);
      raw[which].busy.push(busy);
      await page.close();
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
  }
  const v = median(raw.vinkje.ext);
  const n = median(raw.noop.ext);
  return {
    repeats,
    url,
    contentScriptCpuMs: round(v - n, 1),
    vinkjeExtensionCpuMs: round(v, 1),
    noopExtensionCpuMs: round(n, 1),
    otherMainThreadCpuMs: round(median(raw.vinkje.busy) - v, 1),
    vinkjeBusyMs: round(median(raw.vinkje.busy), 1),
    noopBusyMs: round(median(raw.noop.busy), 1),
  };
}
