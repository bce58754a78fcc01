/**
 * Some pages tidy up elements they did not create (a framework re-rendering <html>, a "clean up"
 * script). When Vinkje's host is taken out, it is put back once, with its shadow tree and panel as
 * they were. A second removal is the page insisting: Vinkje then stays away instead of fighting it
 * in a loop that would cost the page CPU on every mutation.
 */
export interface KeepMountedOptions {
  doc: Document;
  host: HTMLElement;
  /** False when this copy of the script should not come back (its extension was updated or removed). */
  mayReturn: () => boolean;
  signal: AbortSignal;
}

export function keepMounted({ doc, host, mayReturn, signal }: KeepMountedOptions): void {
  let returned = false;
  // Only the host's parent (<html>) and a replaced <body>/<head> can take it out: watch children of <html>.
  const observer = new MutationObserver(() => {
    if (host.isConnected || signal.aborted) return;
    if (returned || !mayReturn()) {
      observer.disconnect();
      return;
    }
    returned = true;
    doc.documentElement.append(host);
  });
  observer.observe(doc.documentElement, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
