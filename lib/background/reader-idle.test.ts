/**
 * Chrome keeps an offscreen document until the extension closes it: the page reader's document is
 * closed once no shop page has been read for a while, by an alarm that survives the worker's
 * restarts, and made again for the next page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOMParser } from 'linkedom';
import { bootBackground, type OffscreenReaderFake } from './background.testutil';
import { createPageReader, READER_IDLE_ALARM, READER_IDLE_MS, type ReaderRequest } from './page-reader';
import type { PageSnapshot } from '../messages';

const AT = Date.UTC(2026, 11, 1, 9);
const CART = 'https://www.slbdiensten.nl/winkelwagen/';
const snapshot = (seenAt: number): PageSnapshot => ({
  html: '<html><body><main><h1>Winkelwagen</h1><p>Uw winkelwagen is leeg.</p></main></body></html>',
  url: CART,
  seenAt,
  fields: [],
  truncated: false,
});

/** One offscreen document at most, reading with a DOM as the real one does. */
function offscreenDocument() {
  let open = false;
  const inDocument = createPageReader({ domParser: new DOMParser() as unknown as { parseFromString(html: string, type: 'text/html'): Document } });
  const api = {
    createDocument: vi.fn(async () => {
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
    }),
    hasDocument: vi.fn(async () => open),
    closeDocument: vi.fn(async () => {
      open = false;
    }),
  };
  const sendMessage = async (message: ReaderRequest) => {
    if (!open) throw new Error('Could not establish connection. Receiving end does not exist.');
    return inDocument.read(message.snapshot);
  };
  const fake: OffscreenReaderFake = { api, sendMessage };
  return { fake, api, isOpen: () => open };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());

describe('the page reader’s offscreen document (Chrome)', () => {
  it('is closed once no page has been read for a while, and made again for the next page', async () => {
    const doc = offscreenDocument();
    const bg = await bootBackground({ at: AT, offscreenReader: doc.fake });
    expect((await bg.fromShop({ type: 'observe-page', snapshot: snapshot(AT) }, CART)).ok).toBe(true);
    expect(doc.isOpen()).toBe(true);
    expect((await bg.alarm(READER_IDLE_ALARM))?.scheduledTime).toBe(AT + READER_IDLE_MS);

    // Another page a minute later moves the moment on.
    bg.setClock(AT + 60_000);
    await bg.fromShop({ type: 'observe-page', snapshot: snapshot(AT + 60_000) }, CART);
    await vi.waitFor(async () => expect((await bg.alarm(READER_IDLE_ALARM))?.scheduledTime).toBe(AT + 60_000 + READER_IDLE_MS));

    bg.setClock(AT + 60_000 + READER_IDLE_MS);
    await bg.fire(READER_IDLE_ALARM);
    expect(doc.isOpen()).toBe(false);

    const answer = await bg.fromShop({ type: 'observe-page', snapshot: snapshot(Date.now()) }, CART);
    expect(answer.ok).toBe(true);
    expect(doc.api.createDocument).toHaveBeenCalledTimes(2);
  });

  it('is closed by a worker woken by the alarm, which has read nothing itself', async () => {
    const doc = offscreenDocument();
    const bg = await bootBackground({ at: AT, offscreenReader: doc.fake });
    await bg.fromShop({ type: 'observe-page', snapshot: snapshot(AT) }, CART);
    await bg.restartWorker();
    await bg.fire(READER_IDLE_ALARM);
    expect(doc.isOpen()).toBe(false);
  });
});
