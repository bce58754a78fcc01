/**
 * Where snapshots are read: in a context with a DOM at once; in Chrome's service worker through the
 * one offscreen document, made when first needed, made again when it is gone, and never trusted
 * blindly (its answer is held to the observation schema).
 */
import { describe, expect, it, vi } from 'vitest';
import { DOMParser } from 'linkedom';
import { emptyObservation } from '../core/observation';
import type { PageSnapshot } from '../messages';
import { createPageReader, inArrivalOrder, READER_PAGE, READER_TARGET, type ReaderRequest } from './page-reader';
import { listenAsPageReader } from './reader-document';
import type { SenderLike } from './sender';

const URL_ = 'https://www.slbdiensten.nl/winkelwagen/';
const SNAPSHOT: PageSnapshot = { html: '<html><body><main><h1>Winkelwagen</h1><p>Uw winkelwagen is leeg.</p></main></body></html>', url: URL_, seenAt: 1, fields: [], truncated: false };
const parser = () => new DOMParser() as unknown as { parseFromString(html: string, type: 'text/html'): Document };

/** An offscreen API and a runtime whose messages reach a reader document answering as the real one does. */
function chromeLike() {
  let listener: ((message: unknown, sender: SenderLike) => Promise<unknown> | undefined) | null = null;
  let exists = false;
  const createDocument = vi.fn(async (p: { url: string }) => {
    if (exists) throw new Error('Only a single offscreen document may be created.');
    expect(p.url).toBe(READER_PAGE);
    exists = true;
    listenAsPageReader({ id: 'ext', getURL: () => 'chrome-extension://ext/', onMessage: { addListener: (l) => (listener = l) } }, parser());
  });
  const sendMessage = vi.fn(async (message: ReaderRequest) => {
    if (!exists || !listener) throw new Error('Could not establish connection. Receiving end does not exist.');
    return listener(message, { id: 'ext', url: 'chrome-extension://ext/background.js' });
  });
  const hasDocument = vi.fn(async () => exists);
  const closeDocument = vi.fn(async () => {
    if (!exists) throw new Error('No current offscreen document.');
    exists = false;
    listener = null;
  });
  return { createDocument, sendMessage, hasDocument, closeDocument, exists: () => exists, close: () => (exists = false) };
}

describe('the page reader', () => {
  it('reads in place where there is a DOM (Firefox’s background page)', async () => {
    const { read } = createPageReader({ domParser: parser() });
    expect((await read(SNAPSHOT)).kind).toBe('cart');
  });

  it('in a service worker, makes one offscreen document for every page and reads there', async () => {
    const chrome = chromeLike();
    const { read } = createPageReader({ offscreen: { createDocument: chrome.createDocument }, sendMessage: chrome.sendMessage });
    const kinds = await Promise.all([read(SNAPSHOT), read(SNAPSHOT), read(SNAPSHOT)]);
    expect(kinds.map((o) => o.kind)).toEqual(['cart', 'cart', 'cart']);
    await read(SNAPSHOT);
    expect(chrome.createDocument).toHaveBeenCalledTimes(1);
    expect(chrome.sendMessage.mock.calls[0]![0].target).toBe(READER_TARGET);
  });

  it('makes the document again when the browser closed it', async () => {
    const chrome = chromeLike();
    const { read } = createPageReader({ offscreen: { createDocument: chrome.createDocument }, sendMessage: chrome.sendMessage });
    await read(SNAPSHOT);
    chrome.close();
    expect((await read(SNAPSHOT)).kind).toBe('cart');
    expect(chrome.createDocument).toHaveBeenCalledTimes(2);
  });

  it('takes a document an earlier worker made as there', async () => {
    const chrome = chromeLike();
    await chrome.createDocument({ url: READER_PAGE });
    const { read } = createPageReader({ offscreen: { createDocument: chrome.createDocument }, sendMessage: chrome.sendMessage });
    expect((await read(SNAPSHOT)).kind).toBe('cart');
  });

  it('refuses an answer that is not an observation', async () => {
    const { read } = createPageReader({ offscreen: { createDocument: async () => {} }, sendMessage: async () => ({ kind: 'cart', evil: true }) });
    await expect(read(SNAPSHOT)).rejects.toThrow();
    const { read: fine } = createPageReader({ offscreen: { createDocument: async () => {} }, sendMessage: async () => emptyObservation('cart', URL_, 1) });
    expect((await fine(SNAPSHOT)).kind).toBe('cart');
  });

  it('closes the offscreen document once no page is read, and makes it again for the next page', async () => {
    const chrome = chromeLike();
    const waits: number[] = [];
    const reader = createPageReader({ offscreen: chrome, sendMessage: chrome.sendMessage, afterOffscreenReading: () => waits.push(1) });
    await reader.read(SNAPSHOT);
    expect(waits).toHaveLength(1); // the wait for idleness starts again after every page
    expect(await reader.closeIfIdle()).toBe(true);
    expect(chrome.exists()).toBe(false);
    expect((await reader.read(SNAPSHOT)).kind).toBe('cart');
    expect(chrome.createDocument).toHaveBeenCalledTimes(2);
  });

  it('never closes the document while a page is being read', async () => {
    const chrome = chromeLike();
    let answer: () => void = () => undefined;
    const slow = vi.fn(async (message: ReaderRequest) => {
      await new Promise<void>((r) => (answer = r));
      return chrome.sendMessage(message);
    });
    const reader = createPageReader({ offscreen: chrome, sendMessage: slow });
    const reading = reader.read(SNAPSHOT);
    await vi.waitFor(() => expect(slow).toHaveBeenCalled());
    expect(await reader.closeIfIdle()).toBe(false);
    answer();
    expect((await reading).kind).toBe('cart');
    expect(chrome.closeDocument).not.toHaveBeenCalled();
  });

  it('closes the document an earlier worker made (a worker woken by the alarm has read nothing), and nothing when there is none', async () => {
    const chrome = chromeLike();
    await chrome.createDocument({ url: READER_PAGE });
    const woken = createPageReader({ offscreen: chrome, sendMessage: chrome.sendMessage });
    expect(await woken.closeIfIdle()).toBe(true);
    expect(await woken.closeIfIdle()).toBe(false);
    expect(chrome.closeDocument).toHaveBeenCalledTimes(1);
  });

  it('a page that comes while the document closes waits for it and is read in a new one', async () => {
    const chrome = chromeLike();
    const reader = createPageReader({ offscreen: chrome, sendMessage: chrome.sendMessage });
    await reader.read(SNAPSHOT);
    const [closed, observation] = await Promise.all([reader.closeIfIdle(), reader.read(SNAPSHOT)]);
    expect(closed).toBe(true);
    expect(observation.kind).toBe('cart');
    expect(chrome.exists()).toBe(true);
  });

  it('has nothing to close where pages are read in place (Firefox)', async () => {
    expect(await createPageReader({ domParser: parser() }).closeIfIdle()).toBe(false);
  });

  it('says so where it cannot read at all', async () => {
    await expect(createPageReader({}).read(SNAPSHOT)).rejects.toThrow(/no page reader/);
  });
});

describe('the reader document', () => {
  const listen = () => {
    let listener!: (message: unknown, sender: SenderLike) => Promise<unknown> | undefined;
    listenAsPageReader({ id: 'ext', getURL: () => 'chrome-extension://ext/', onMessage: { addListener: (l) => (listener = l) } }, parser());
    return listener;
  };
  const request = { target: READER_TARGET, snapshot: SNAPSHOT };

  it('answers the extension’s own background', async () => {
    const answer = await listen()(request, { id: 'ext', url: 'chrome-extension://ext/background.js' });
    expect((answer as { kind: string }).kind).toBe('cart');
  });

  it('stays out of every other message and sender', () => {
    const listener = listen();
    expect(listener({ type: 'observe-page', snapshot: SNAPSHOT }, { id: 'ext', url: 'chrome-extension://ext/background.js' })).toBeUndefined();
    expect(listener(request, { id: 'ext', url: URL_, tab: { id: 3 } })).toBeUndefined();
    expect(listener(request, { id: 'other', url: 'chrome-extension://other/background.js' })).toBeUndefined();
  });

  it('refuses a malformed request', async () => {
    await expect(listen()({ target: READER_TARGET, snapshot: { html: 1 } }, { id: 'ext', url: 'chrome-extension://ext/background.js' })).rejects.toThrow(/malformed/);
  });
});

describe('readings in arrival order', () => {
  it('answers a page sent first before one sent after it, though the later one is read sooner', async () => {
    const answers: Array<(o: ReturnType<typeof emptyObservation>) => void> = [];
    const read = inArrivalOrder(() => new Promise((resolve) => answers.push(resolve)));
    const order: string[] = [];
    const first = read({ ...SNAPSHOT, url: 'renewals' }).then((o) => order.push(o.url));
    const second = read({ ...SNAPSHOT, url: 'cart' }).then((o) => order.push(o.url));
    answers[1]?.(emptyObservation('cart', 'cart', 2));
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual([]);
    answers[0]?.(emptyObservation('renewals', 'renewals', 1));
    await Promise.all([first, second]);
    expect(order).toEqual(['renewals', 'cart']);
  });

  it('a reading that fails does not hold up the next', async () => {
    let calls = 0;
    const read = inArrivalOrder(async () => {
      calls++;
      if (calls === 1) throw new Error('unreadable');
      return emptyObservation('cart', URL_, 2);
    });
    await expect(read(SNAPSHOT)).rejects.toThrow('unreadable');
    expect((await read(SNAPSHOT)).kind).toBe('cart');
  });
});
