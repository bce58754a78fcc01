// @ts-check
/**
 * Figures taken on shop pages in the two Chromium profiles: sidebar-visible time per page kind,
 * page load with vs without the extension, JS heap with vs without, the extension's CPU while the
 * page keeps mutating, and the popup's first render.
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

/** Quiet time after each measured navigation, so the other profile starts on a calmer machine. */
const SETTLE_MS = 150;

/** @param {Page} page */
const waitForPanel = (page) =>
  page.waitForFunction(() => /** @type {any} */ (window).__vinkjeBench?.readyAt != null, null, { timeout: 10_000, polling: 50 });

/**
 * Visits every page kind `repeats` times in both profiles, alternating, one fresh navigation each.
 * @param {Lab} lab @param {number} repeats
 */
export async function measureNavigation(lab, repeats) {
  const withPage = await lab.withExtension.newPage();
  const basePage = await lab.baseline.newPage();
  /** @type {Record<string, { panel: number[], panelAfterDcl: number[], ready: number[], readyAfterDcl: number[], loadWith: number[], loadWithout: number[], dclWith: number[], dclWithout: number[], pagesSeen: Set<string> }>} */
  const raw = {};
  for (let rep = 0; rep < repeats; rep++) {
    for (const [kind, url] of Object.entries(lab.urls)) {
      const r = (raw[kind] ??= { panel: [], panelAfterDcl: [], ready: [], readyAfterDcl: [], loadWith: [], loadWithout: [], dclWith: [], dclWithout: [], pagesSeen: new Set() });
      // Alternate which profile goes first, so neither always gets the warmer server.
      const order = rep % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
      for (const which of order) {
        if (which === 'with') {
          await withPage.goto(url, { waitUntil: 'load' });
          await waitForPanel(withPage);
          const p = await readProbe(withPage);
          if (p.panelAt === null || p.readyAt === null || p.domContentLoaded === null || p.load === null) throw new Error(`no panel on ${kind}`);
          r.panel.push(p.panelAt);
          r.panelAfterDcl.push(p.panelAt - p.domContentLoaded);
          r.ready.push(p.readyAt);
          r.readyAfterDcl.push(p.readyAt - p.domContentLoaded);
          r.loadWith.push(p.load);
          r.dclWith.push(p.domContentLoaded);
          r.pagesSeen.add(p.readyPage ?? '?');
          await withPage.waitForTimeout(SETTLE_MS);
        } else {
          await basePage.goto(url, { waitUntil: 'load' });
          // loadEventEnd is set just after the load event returns.
          await basePage.waitForFunction(
            () => (/** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0])?.loadEventEnd ?? 0) > 0,
          );
          const p = await readProbe(basePage);
          r.loadWithout.push(p.load ?? Number.NaN);
          r.dclWithout.push(p.domContentLoaded ?? Number.NaN);
          await basePage.waitForTimeout(SETTLE_MS);
        }
      }
    }
  }
  await withPage.close();
  await basePage.close();
  const perKind = Object.fromEntries(
    Object.entries(raw).map(([kind, r]) => [
      kind,
      {
        sidebarVisibleMs: round(median(r.panel), 1),
        sidebarVisibleAfterDclMs: round(median(r.panelAfterDcl), 1),
        sidebarReadyMs: round(median(r.ready), 1),
        sidebarReadyAfterDclMs: round(median(r.readyAfterDcl), 1),
        detectedAs: [...r.pagesSeen].join(','),
        loadWithMs: round(median(r.loadWith), 1),
        loadWithoutMs: round(median(r.loadWithout), 1),
        loadRatio: round(median(r.loadWith) / median(r.loadWithout), 3),
        dclWithMs: round(median(r.dclWith), 1),
        dclWithoutMs: round(median(r.dclWithout), 1),
      },
    ]),
  );
  const sum = (/** @type {'loadWith' | 'loadWithout'} */ key) => Object.values(raw).reduce((s, r) => s + median(r[key]), 0);
  return { repeats, perKind, loadRatio: round(sum('loadWith') / sum('loadWithout'), 3) };
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
 * isolate, i.e. the page's world plus the content script's isolated world).
 * @param {Lab} lab @param {string} url @param {number} repeats
 */
export async function measureHeap(lab, url, repeats) {
  /** @type {{ with: number[], without: number[] }} */
  const bytes = { with: [], without: [] };
  for (let rep = 0; rep < repeats; rep++) {
    for (const which of /** @type {const} */ (['with', 'without'])) {
      const page = await (which === 'with' ? lab.withExtension : lab.baseline).newPage();
      await page.goto(url, { waitUntil: 'load' });
      if (which === 'with') await waitForPanel(page);
      await page.waitForTimeout(500);
      const { session, read } = await cdpMetrics(page);
      await session.send('HeapProfiler.collectGarbage');
      bytes[which].push((await read()).JSHeapUsedSize ?? Number.NaN);
      await page.close();
    }
  }
  const w = median(bytes.with);
  const wo = median(bytes.without);
  return { repeats, withKB: round(w / 1024, 0), withoutKB: round(wo / 1024, 0), extraKB: round((w - wo) / 1024, 0), ratio: round(w / wo, 3) };
}

/**
 * The page changes its own DOM 1,000 times a second for `seconds` (a ticker's text in <main>, an
 * attribute and a class of a table row; a 4 ms timer that catches up to one change per elapsed ms) while CDP counts the renderer main
 * thread's ScriptDuration and TaskDuration, and a long-task observer records tasks over 50 ms.
 * @param {Lab} lab @param {string} url @param {number} repeats @param {number} seconds
 */
export async function measureMutationCpu(lab, url, repeats, seconds) {
  /** @type {Record<'with' | 'without', { script: number[], task: number[], longTasks: number[], maxLongTask: number[], mutations: number[] }>} */
  const raw = { with: { script: [], task: [], longTasks: [], maxLongTask: [], mutations: [] }, without: { script: [], task: [], longTasks: [], maxLongTask: [], mutations: [] } };
  /** Per run with the extension, reset below. */
  const r0 = { extensionStretchesOver50: /** @type {number[]} */ ([]), longestStretch: 0 };
  let stretchesOver50 = 0;
  for (let rep = 0; rep < repeats; rep++) {
    for (const which of /** @type {('with' | 'without')[]} */ (rep % 2 === 0 ? ['with', 'without'] : ['without', 'with'])) {
      const page = await (which === 'with' ? lab.withExtension : lab.baseline).newPage();
      await page.goto(url, { waitUntil: 'load' });
      if (which === 'with') await waitForPanel(page);
      await page.waitForTimeout(300);
      const { session, read } = await cdpMetrics(page);
      if (which === 'with') {
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
      if (which === 'with') {
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
  const sWith = median(raw.with.script);
  const sWithout = median(raw.without.script);
  const tWith = median(raw.with.task);
  const tWithout = median(raw.without.task);
  const longWith = Math.max(...raw.with.longTasks);
  const longWithout = Math.max(...raw.without.longTasks);
  return {
    repeats,
    seconds,
    mutationsPerRun: median(raw.with.mutations),
    scriptWithMs: round(sWith, 0),
    scriptWithoutMs: round(sWithout, 0),
    extensionScriptMs: round(sWith - sWithout, 0),
    extensionScriptMsPerSecond: round((sWith - sWithout) / seconds, 1),
    taskWithMs: round(tWith, 0),
    taskWithoutMs: round(tWithout, 0),
    extensionTaskMs: round(tWith - tWithout, 0),
    longTasksWith: longWith,
    longTasksWithout: longWithout,
    maxLongTaskWithMs: round(Math.max(...raw.with.maxLongTask), 0),
    maxLongTaskWithoutMs: round(Math.max(...raw.without.maxLongTask), 0),
    // Observer view: more long tasks in runs with the extension than without.
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
 * CPU the content script spends on one page load: the CDP sampling profiler runs from before the
 * navigation until the panel shows the read page; a sample counts for the extension when any frame
 * of its stack is in chrome-extension:// code (so DOM calls and GC it causes count too).
 * @param {Lab} lab @param {string} url @param {number} repeats
 */
export async function measureStartupCpu(lab, url, repeats) {
  /** @type {number[]} */
  const extensionMs = [];
  /** @type {number[]} */
  const pageMs = [];
  for (let rep = 0; rep < repeats; rep++) {
    const page = await lab.withExtension.newPage();
    const cdp = await lab.withExtension.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await waitForPanel(page);
    const { profile } = await cdp.send('Profiler.stop');
    let ext = 0;
    let busy = 0;
    for (const sample of classifySamples(profile)) {
      if (sample.idle) continue;
      busy += sample.ms;
      if (sample.extension) ext += sample.ms;
    }
    extensionMs.push(ext);
    pageMs.push(busy - ext);
    await page.close();
  }
  return { repeats, url, contentScriptCpuMs: round(median(extensionMs), 1), otherMainThreadCpuMs: round(median(pageMs), 1) };
}
