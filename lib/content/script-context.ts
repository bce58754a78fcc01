/**
 * The content script's lifetime, in place of WXT's ContentScriptContext (swapped in at build time by
 * build/native-browser.ts). Vinkje only needs "tell me when this copy of the script must stop"; WXT's
 * class also brings timers, a location watcher and a logger to every shop page (about 0.5 KB gzip).
 *
 * An extension update leaves the old copy running in open tabs. The new copy announces itself with
 * WXT's own event (same name, same detail), so an old copy stops whichever of the two classes it runs.
 *
 * Any script on the page can dispatch that event too (the name holds only the public extension id).
 * So the announcement alone never stops this copy: it stops only when its own extension context is
 * gone as well, which is what an update or reload does to the copy left behind (runtime.id vanishes,
 * or in Firefox the API throws). A page imitating the announcement therefore changes nothing.
 */
import { extensionContextGone, runtime } from './extension-api';
import { afterPageLoad } from './after-load';

/** What the entrypoint may use of its context. */
export interface ScriptContext {
  readonly signal: AbortSignal;
  /** Calls back once when this copy of the script is replaced; returns a function that unsubscribes. */
  onInvalidated(callback: () => void): () => void;
}

interface ScriptStarted {
  contentScriptName?: string;
  messageId?: string;
}

export class ContentScriptContext implements ScriptContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);

  private announcing = false;

  // WXT passes the content script's options as a second argument; none of them matters here.
  constructor(private readonly contentScriptName: string) {}

  /**
   * Only a script that asks when it must stop announces itself: the document-start script, which
   * only places the host, never asks, and so never pays for the extension API or the event.
   * Once the shop's page has loaded, as the rest of Vinkje starts (after-load.ts): the event's name
   * needs the extension API, whose first use costs about 2 ms that would otherwise delay the load.
   * Until then a newer copy cannot arrive (it comes with an update, long after a page load).
   */
  private announceOnce(): void {
    if (this.announcing) return;
    this.announcing = true;
    afterPageLoad(document, window, () => this.announce(), this.controller.signal);
  }

  private announce(): void {
    const startedEvent = `${runtime()?.id}:${this.contentScriptName}:wxt:content-script-started`;
    const announcement: ScriptStarted = { contentScriptName: this.contentScriptName, messageId: this.id };
    // Stop an older copy first, then listen for a newer one. Only as a DOM event on the document, which
    // WXT's own class listens for too: WXT also posts it to the window for older versions of itself, but
    // that wakes every message listener of the shop's page and cost about 3 ms on each page load.
    document.dispatchEvent(new CustomEvent(startedEvent, { detail: announcement }));
    const onNewerScript = (event: Event) => {
      const detail = (event as CustomEvent<ScriptStarted | undefined>).detail;
      if (event instanceof CustomEvent && detail?.contentScriptName === this.contentScriptName && detail.messageId !== this.id && extensionContextGone()) {
        this.controller.abort('Content script context invalidated');
      }
    };
    document.addEventListener(startedEvent, onNewerScript);
    this.onInvalidated(() => document.removeEventListener(startedEvent, onNewerScript));
  }

  get signal(): AbortSignal {
    this.announceOnce();
    return this.controller.signal;
  }

  onInvalidated(callback: () => void): () => void {
    this.announceOnce();
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }
}
