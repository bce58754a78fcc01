/**
 * The port between Chrome's service worker and the offscreen reader: readings go over it once the
 * reader's window is found, on one port for every page; a port that stops answering, or a document
 * that is closed, costs no reading (it goes the runtime's way, the next page opens a new port); and
 * the reader takes a port only from its own worker.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DOMParser } from 'linkedom';
import type { PageSnapshot } from '../messages';
import { createPageReader, READER_PAGE, type ReaderRequest } from './page-reader';
import { listenAsPageReader } from './reader-document';
import { readerClientFinder, type ReaderClient, type ServiceWorkerContainerLike } from './reader-port';
import type { SenderLike } from './sender';

const ORIGIN = 'chrome-extension://ext';
const SNAPSHOT: PageSnapshot = {
  html: '<html><body><main><h1>Winkelwagen</h1><p>Uw winkelwagen is leeg.</p></main></body></html>',
  url: 'https://www.slbdiensten.nl/winkelwagen/',
  seenAt: 1,
  fields: [],
  truncated: false,
};
const parser = () => new DOMParser() as unknown as { parseFromString(html: string, type: 'text/html'): Document };

/** Every port a test opened, closed afterwards (an open port keeps Node's event loop going). */
const opened: MessagePort[] = [];
afterEach(() => {
  for (const port of opened.splice(0)) port.close();
});

/** The reader's window: its navigator.serviceWorker, the runtime's way in, and the client the worker sees. */
function readerWindow(options: { answersOnPort?: boolean; origin?: string } = {}) {
  const listeners: ((event: MessageEvent<unknown>) => void)[] = [];
  const container: ServiceWorkerContainerLike = { addEventListener: (_type, listener) => listeners.push(listener), startMessages: vi.fn() };
  let runtimeListener: ((message: unknown, sender: SenderLike) => Promise<unknown> | undefined) | null = null;
  const runtime = { id: 'ext', getURL: () => `${ORIGIN}/`, onMessage: { addListener: (l: typeof runtimeListener) => (runtimeListener = l) } };
  listenAsPageReader(runtime, parser(), options.answersOnPort === false ? undefined : container);
  const client: ReaderClient & { url: string } = {
    url: `${ORIGIN}/${READER_PAGE}`,
    postMessage: vi.fn((message: unknown, transfer: Transferable[]) => {
      const ports = transfer as MessagePort[];
      opened.push(...ports);
      for (const listener of listeners) listener({ data: message, origin: options.origin ?? ORIGIN, ports } as unknown as MessageEvent<unknown>);
    }),
  };
  const sendMessage = vi.fn(async (message: ReaderRequest) => {
    if (!runtimeListener) throw new Error('Could not establish connection. Receiving end does not exist.');
    return runtimeListener(message, { id: 'ext', url: `${ORIGIN}/background.js` });
  });
  return { client, container, sendMessage };
}

const offscreen = () => ({ createDocument: vi.fn(async () => {}), closeDocument: vi.fn(async () => {}) });

describe('the port to the offscreen reader', () => {
  it('carries every reading once the reader’s window is found, on one port', async () => {
    const reader = readerWindow();
    const { read } = createPageReader({ offscreen: offscreen(), sendMessage: reader.sendMessage, findReaderClient: async () => reader.client });
    const kinds = await Promise.all([read(SNAPSHOT), read(SNAPSHOT), read(SNAPSHOT)]);
    expect(kinds.map((o) => o.kind)).toEqual(['cart', 'cart', 'cart']);
    expect(reader.client.postMessage).toHaveBeenCalledTimes(1);
    expect(reader.sendMessage).not.toHaveBeenCalled();
    expect(reader.container.startMessages).toHaveBeenCalled();
  });

  it('reads by the runtime’s messages while the reader’s window is not found, and looks again for the next page', async () => {
    const reader = readerWindow();
    const lookup: { found?: ReaderClient } = {};
    const findReaderClient = vi.fn(async () => lookup.found);
    const { read } = createPageReader({ offscreen: offscreen(), sendMessage: reader.sendMessage, findReaderClient });
    expect((await read(SNAPSHOT)).kind).toBe('cart');
    expect(reader.sendMessage).toHaveBeenCalledTimes(1);
    lookup.found = reader.client;
    expect((await read(SNAPSHOT)).kind).toBe('cart');
    expect(reader.sendMessage).toHaveBeenCalledTimes(1);
    expect(findReaderClient).toHaveBeenCalledTimes(2);
  });

  it('loses no reading when the port stops answering: it goes by the runtime, the next page opens a new port', async () => {
    // A reader from before ports (or one gone without a word): the port is never answered.
    const silent = readerWindow({ answersOnPort: false });
    const { read } = createPageReader({ offscreen: offscreen(), sendMessage: silent.sendMessage, findReaderClient: async () => silent.client, portTimeoutMs: 30 });
    expect((await read(SNAPSHOT)).kind).toBe('cart');
    expect(silent.sendMessage).toHaveBeenCalledTimes(1);
    expect((await read(SNAPSHOT)).kind).toBe('cart');
    expect(silent.client.postMessage).toHaveBeenCalledTimes(2);
  });

  it('opens a new port for the document made after the idle one was closed', async () => {
    const reader = readerWindow();
    const pages = createPageReader({ offscreen: offscreen(), sendMessage: reader.sendMessage, findReaderClient: async () => reader.client });
    await pages.read(SNAPSHOT);
    expect(await pages.closeIfIdle()).toBe(true);
    expect((await pages.read(SNAPSHOT)).kind).toBe('cart');
    expect(reader.client.postMessage).toHaveBeenCalledTimes(2);
    expect(reader.sendMessage).not.toHaveBeenCalled();
  });

  it('holds the answer on the port to the observation schema, as the runtime’s', async () => {
    const port = vi.fn((_message: unknown, transfer: Transferable[]) => {
      const [theirs] = transfer as MessagePort[];
      opened.push(theirs!);
      theirs!.onmessage = (event: MessageEvent<{ id: number }>) => theirs!.postMessage({ id: event.data.id, observation: { kind: 'cart', evil: true } });
    });
    const sendMessage = vi.fn(async () => ({ kind: 'cart', evil: true }));
    const { read } = createPageReader({ offscreen: offscreen(), sendMessage, findReaderClient: async () => ({ postMessage: port }) });
    await expect(read(SNAPSHOT)).rejects.toThrow();
  });
});

describe('the reader’s side of the port', () => {
  it('takes a port only from its own origin', async () => {
    const reader = readerWindow({ origin: 'https://www.slbdiensten.nl' });
    const { read } = createPageReader({ offscreen: offscreen(), sendMessage: reader.sendMessage, findReaderClient: async () => reader.client, portTimeoutMs: 30 });
    // Not taken: the reading waits out the port and goes by the runtime.
    expect((await read(SNAPSHOT)).kind).toBe('cart');
    expect(reader.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('answers a malformed snapshot with an error, not a reading', async () => {
    const reader = readerWindow();
    const channel = new MessageChannel();
    opened.push(channel.port1);
    reader.client.postMessage({ target: 'vinkje-page-reader-port', port: true }, [channel.port2]);
    const answer = new Promise<unknown>((resolve) => (channel.port1.onmessage = (event) => resolve(event.data)));
    channel.port1.postMessage({ target: 'vinkje-page-reader-port', id: 7, snapshot: { html: 1 } });
    expect(await answer).toEqual({ id: 7, error: 'malformed snapshot' });
  });
});

describe('finding the reader’s window', () => {
  it('looks among the worker’s window clients, uncontrolled ones too, by the reader page’s address', async () => {
    const matchAll = vi.fn(async () => [{ url: `${ORIGIN}/popup.html`, postMessage: () => {} }, { url: `${ORIGIN}/${READER_PAGE}`, postMessage: () => {} }]);
    const find = readerClientFinder(`${ORIGIN}/${READER_PAGE}`, { clients: { matchAll } });
    expect((await find?.())?.url).toBe(`${ORIGIN}/${READER_PAGE}`);
    expect(matchAll).toHaveBeenCalledWith({ includeUncontrolled: true, type: 'window' });
  });

  it('has nothing to look in outside a service worker', () => {
    expect(readerClientFinder(`${ORIGIN}/${READER_PAGE}`, {})).toBeUndefined();
  });
});
