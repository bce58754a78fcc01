// @ts-check
/**
 * A script run at document start in every page of the benchmark profiles (page world). It records,
 * in ms since navigation start (performance.now()), when the sidebar's panel first has a layout box
 * and when it first shows a read page (data-page other than "unknown"), when the popup's root
 * appears, and every long task. The sidebar's shadow root is open, so the page world can look in.
 */
function probe() {
  /** @type {{ panelAt: number | null, readyAt: number | null, readyPage: string | null, popupAt: number | null, longTasks: { start: number, duration: number }[] }} */
  const record = { panelAt: null, readyAt: null, readyPage: null, popupAt: null, longTasks: [] };
  Object.defineProperty(window, '__vinkjeBench', { value: record });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) record.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser.
  }
  /** @type {ShadowRoot | null} */
  let watchedRoot = null;
  const check = () => {
    const now = performance.now();
    if (record.popupAt === null && document.querySelector('[data-testid="vinkje-popup"]')) record.popupAt = now;
    const host = document.querySelector('vinkje-sidebar');
    const root = host?.shadowRoot ?? null;
    if (root && root !== watchedRoot) {
      watchedRoot = root;
      new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true });
    }
    // Visible: the panel, or its frame while the page is being read (data-testid vinkje-panel-pending).
    const shown = root?.querySelector('[data-testid="vinkje-panel"], [data-testid="vinkje-panel-pending"]');
    if (record.panelAt === null && shown && shown.getBoundingClientRect().width > 0) record.panelAt = now;
    const panel = root?.querySelector('[data-testid="vinkje-panel"]');
    if (!panel) return;
    const page = panel.getAttribute('data-page');
    if (record.readyAt === null && page && page !== 'unknown') {
      record.readyAt = now;
      record.readyPage = page;
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
}

export const OBSERVER_SCRIPT = `(${probe.toString()})();`;

/** Reads the probe and the navigation timing of the page. @param {import('playwright-core').Page} page */
export function readProbe(page) {
  return page.evaluate(() => {
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
    const record = /** @type {any} */ (window).__vinkjeBench;
    return {
      domContentLoaded: nav?.domContentLoadedEventStart ?? null,
      load: nav?.loadEventEnd ?? null,
      panelAt: record?.panelAt ?? null,
      readyAt: record?.readyAt ?? null,
      readyPage: record?.readyPage ?? null,
      popupAt: record?.popupAt ?? null,
      longTasks: /** @type {{ start: number, duration: number }[]} */ (record?.longTasks ?? []),
    };
  });
}
