/**
 * When the content script starts its work: after the shop's page has loaded, in a task of its own.
 * A listener on the load event would run inside it, and the browser counts every load listener into
 * the page's load time (loadEventEnd): Vinkje would make every shop page load later by its whole
 * startup. One task later the page has loaded and the panel still appears at once.
 */
export interface LoadTarget {
  readonly readyState: DocumentReadyState;
}

export function afterPageLoad(doc: LoadTarget, win: Pick<Window, 'addEventListener'>, start: () => void, signal: AbortSignal): void {
  if (doc.readyState === 'complete') {
    // Injected after the load event: nothing of the page's load is left to delay.
    start();
    return;
  }
  win.addEventListener(
    'load',
    () => {
      const timer = setTimeout(() => {
        if (!signal.aborted) start();
      }, 0);
      signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    },
    { once: true, signal },
  );
}
