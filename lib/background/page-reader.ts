/**
 * Where the background reads the page snapshots the content script sends (lib/content/page-snapshot.ts).
 * Reading needs a DOM. Firefox's background is an event page and has one; Chrome's is a service
 * worker without one, so there the snapshot goes to an offscreen document (entrypoints/reader/),
 * made on the first page and kept while pages come, then closed once no page has been read for
 * READER_IDLE_MS: the browser keeps an offscreen document until it is closed, a whole renderer for
 * a shop visited a few days a year. Either way the reading runs in the extension's own process,
 * warm from the second page on, instead of cold on the shop's main thread in every page load.
 */
import type { PageObservation } from '../core/observation';
import { pageObservationSchema, type PageSnapshot } from '../messages';
import { readSnapshot } from '../site/snapshot';
import { openReaderPort, type ReaderClient, type ReaderPort } from './reader-port';

/** What the offscreen reader answers to, and the page it lives in. */
export const READER_TARGET = 'vinkje-page-reader';
export const READER_PAGE = 'reader.html';

export interface ReaderRequest {
  target: typeof READER_TARGET;
  snapshot: PageSnapshot;
}

/**
 * How long the offscreen document stays without a page to read. Long enough for a person who is
 * working through the cart (a page every few seconds or minutes) to never wait for a new document
 * (about 50-100 ms); the alarm that checks it is kept across restarts of the service worker.
 */
export const READER_IDLE_MS = 5 * 60_000;
export const READER_IDLE_ALARM = 'vinkje-reader-idle';

/** chrome.offscreen, as far as Vinkje uses it. */
export interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: ['DOM_PARSER']; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
  closeDocument?(): Promise<void>;
}

export interface PageReaderEnv {
  /** An HTML parser in this context (Firefox's event page); absent in a service worker. */
  domParser?: { parseFromString(html: string, type: 'text/html'): Document };
  offscreen?: OffscreenApi;
  /** runtime.sendMessage: reaches the offscreen document. */
  sendMessage?: (message: ReaderRequest) => Promise<unknown>;
  /** After every reading in the offscreen document: (re)starts the wait after which closeIfIdle runs. */
  afterOffscreenReading?: () => void;
  /**
   * The offscreen document's window among the worker's clients, for a port straight to it
   * (reader-port.ts); without it, or when it is not found, every reading goes by sendMessage.
   */
  findReaderClient?: () => Promise<ReaderClient | undefined>;
  /** How long a reading may wait on the port (tests shorten it). */
  portTimeoutMs?: number;
}

export type ReadSnapshot = (snapshot: PageSnapshot) => Promise<PageObservation>;

export interface PageReader {
  read: ReadSnapshot;
  /**
   * Closes the offscreen document unless a page is being read in this worker (the next page makes it
   * again); says whether it closed one. Nothing to do where the reading needs no document.
   */
  closeIfIdle(): Promise<boolean>;
}

const JUSTIFICATION = 'Reads the shop page the person is on, so the shop page itself does not pay for reading it';

const NOTHING_TO_CLOSE = async () => false;

export function createPageReader(env: PageReaderEnv): PageReader {
  const { domParser, offscreen, sendMessage } = env;
  if (domParser) {
    return { read: async (snapshot) => readSnapshot(snapshot, (html) => domParser.parseFromString(html, 'text/html')), closeIfIdle: NOTHING_TO_CLOSE };
  }
  if (!offscreen || !sendMessage) return { read: () => Promise.reject(new Error('no page reader in this browser')), closeIfIdle: NOTHING_TO_CLOSE };

  let ready: Promise<void> | null = null;
  // A close under way: a page that comes meanwhile waits for it and then makes the document again.
  let closing: Promise<void> | null = null;
  let reading = 0;
  const ensureDocument = () => {
    ready ??= (async () => {
      if (closing) await closing;
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
  // The port to the document, opened with the first reading; dropped with the document.
  let port: Promise<ReaderPort | null> | null = null;
  const dropPort = () => {
    const dropped = port;
    port = null;
    void dropped?.then((p) => p?.close());
  };
  const portToDocument = () => {
    const { findReaderClient } = env;
    if (!findReaderClient) return Promise.resolve(null);
    const opening = (port ??= findReaderClient().then(
      (client) => (client ? openReaderPort(client, env.portTimeoutMs) : null),
      () => null,
    ));
    // Not found (yet): this reading goes by sendMessage, the next one looks again.
    void opening.then((p) => {
      if (!p && port === opening) port = null;
    });
    return opening;
  };
  const ask = async (snapshot: PageSnapshot, byPort: boolean) => {
    await ensureDocument();
    const line = byPort ? await portToDocument() : null;
    const answer = line ? await line.read(snapshot) : await sendMessage({ target: READER_TARGET, snapshot });
    // The answer crossed a message boundary: it is held to the same schema as an observation from a page.
    return pageObservationSchema.parse(answer) as PageObservation;
  };
  const read = inArrivalOrder(async (snapshot) => {
    reading++;
    try {
      return await ask(snapshot, true);
    } catch {
      // The document may have gone (closed by the browser, a crash): made again once, and asked the
      // way that needs no port (the next page opens a new one).
      ready = null;
      dropPort();
      return await ask(snapshot, false);
    } finally {
      reading--;
      env.afterOffscreenReading?.();
    }
  });
  const closeIfIdle = async () => {
    const { closeDocument } = offscreen;
    // A worker woken by the alarm has read nothing yet: the document an earlier worker made is idle.
    if (!closeDocument || reading > 0 || closing) return false;
    ready = null;
    dropPort();
    let closed = false;
    closing = (async () => {
      if (offscreen.hasDocument && !(await offscreen.hasDocument())) return;
      await closeDocument.call(offscreen);
      closed = true;
    })()
      .catch(() => undefined) // already gone: nothing to close
      .finally(() => {
        closing = null;
      });
    await closing;
    return closed;
  };
  return { read, closeIfIdle };
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
