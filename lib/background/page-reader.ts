/**
 * Where the background reads the page snapshots the content script sends (lib/content/page-snapshot.ts).
 * Reading needs a DOM. Firefox's background is an event page and has one; Chrome's is a service
 * worker without one, so there the snapshot goes to an offscreen document (entrypoints/reader/),
 * made on the first page and kept. Either way the reading runs in the extension's own process,
 * warm from the second page on, instead of cold on the shop's main thread in every page load.
 */
import type { PageObservation } from '../core/observation';
import { pageObservationSchema, type PageSnapshot } from '../messages';
import { readSnapshot } from '../site/snapshot';

/** What the offscreen reader answers to, and the page it lives in. */
export const READER_TARGET = 'vinkje-page-reader';
export const READER_PAGE = 'reader.html';

export interface ReaderRequest {
  target: typeof READER_TARGET;
  snapshot: PageSnapshot;
}

/** chrome.offscreen, as far as Vinkje uses it. */
export interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: ['DOM_PARSER']; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export interface PageReaderEnv {
  /** An HTML parser in this context (Firefox's event page); absent in a service worker. */
  domParser?: { parseFromString(html: string, type: 'text/html'): Document };
  offscreen?: OffscreenApi;
  /** runtime.sendMessage: reaches the offscreen document. */
  sendMessage?: (message: ReaderRequest) => Promise<unknown>;
}

export type ReadSnapshot = (snapshot: PageSnapshot) => Promise<PageObservation>;

const JUSTIFICATION = 'Reads the shop page the person is on, so the shop page itself does not pay for reading it';

export function createPageReader(env: PageReaderEnv): ReadSnapshot {
  const { domParser, offscreen, sendMessage } = env;
  if (domParser) {
    return async (snapshot) => readSnapshot(snapshot, (html) => domParser.parseFromString(html, 'text/html'));
  }
  if (!offscreen || !sendMessage) return () => Promise.reject(new Error('no page reader in this browser'));

  let ready: Promise<void> | null = null;
  const ensureDocument = () => {
    ready ??= (async () => {
      if (offscreen.hasDocument && (await offscreen.hasDocument())) return;
      try {
        await offscreen.createDocument({ url: READER_PAGE, reasons: ['DOM_PARSER'], justification: JUSTIFICATION });
      } catch (error) {
        // Made meanwhile by an earlier worker of this extension: one offscreen document is allowed, and it is there.
        if (!/single offscreen|already/i.test(String(error))) throw error;
      }
    })().catch((error: unknown) => {
      ready = null; // the next page tries again
      throw error;
    });
    return ready;
  };
  const ask = async (snapshot: PageSnapshot) => {
    await ensureDocument();
    const answer = await sendMessage({ target: READER_TARGET, snapshot });
    // The answer crossed a message boundary: it is held to the same schema as an observation from a page.
    return pageObservationSchema.parse(answer) as PageObservation;
  };
  return inArrivalOrder(async (snapshot) => {
    try {
      return await ask(snapshot);
    } catch {
      // The document may have gone (closed by the browser, a crash): made again once.
      ready = null;
      return ask(snapshot);
    }
  });
}

/**
 * Readings run side by side but are answered in the order the pages sent them: a claim pressed on one
 * page must be recorded before the cart page that follows it, even when that shorter page is read
 * first. A failed reading fails only its own caller.
 */
export function inArrivalOrder(read: ReadSnapshot): ReadSnapshot {
  let previous: Promise<unknown> = Promise.resolve();
  return (snapshot) => {
    const reading = read(snapshot);
    const answered = previous.then(
      () => reading,
      () => reading,
    );
    previous = answered.catch(() => undefined);
    return answered;
  };
}
