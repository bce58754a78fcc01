import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { HOST_TAG, placeHostEarly, startCollapsed, takePlacedHost } from './mount';

/** A document as the document-start script finds it: <html> only, the shop's HTML not parsed yet. */
function documentAtStart(): Document {
  const { document } = parseHTML('<!doctype html><html></html>');
  const doc = document as unknown as Document;
  doc.documentElement.replaceChildren();
  return doc;
}

/** What the parser then adds after the host: the shop's own head and body. */
function parseShop(doc: Document): void {
  const head = doc.createElement('head');
  const body = doc.createElement('body');
  body.append(doc.createElement('main'));
  doc.documentElement.append(head, body);
}

describe('the host placed at document start and taken over by the main script', () => {
  it('is on the page before the shop is parsed, open, so the first layout has the panel’s room', () => {
    const doc = documentAtStart();
    placeHostEarly(doc, {});
    const host = doc.documentElement.firstElementChild;
    expect(host?.localName).toBe(HOST_TAG);
    expect(host?.getAttribute('data-panel')).toBe('open');
  });

  it('is the same element the main script uses, moved after the shop’s body (last in reading and Tab order)', () => {
    const doc = documentAtStart();
    const world = {};
    placeHostEarly(doc, world);
    const early = doc.documentElement.firstElementChild;
    parseShop(doc);
    const host = takePlacedHost(doc, world);
    expect(host).toBe(early);
    expect(doc.documentElement.lastElementChild).toBe(host);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('follows the parser: after the shop’s head and then its body as they are added, before any script of the page runs', async () => {
    const doc = documentAtStart();
    placeHostEarly(doc, {});
    const host = doc.documentElement.firstElementChild;
    doc.documentElement.append(doc.createElement('head'));
    await Promise.resolve();
    expect(doc.documentElement.lastElementChild).toBe(host);
    const body = doc.createElement('body');
    doc.documentElement.append(body);
    await Promise.resolve();
    expect(Array.from(doc.documentElement.children, (el) => el.localName)).toEqual(['head', 'body', HOST_TAG]);
    // With the body there the watch is over: what the page adds to <html> later stays where it puts it.
    const later = doc.createElement('div');
    doc.documentElement.append(later);
    await Promise.resolve();
    expect(doc.documentElement.lastElementChild).toBe(later);
  });

  it('is not put back by the watch once the page took it away while it loaded', async () => {
    const doc = documentAtStart();
    placeHostEarly(doc, {});
    doc.documentElement.firstElementChild?.remove();
    parseShop(doc);
    await Promise.resolve();
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  it('starts as the tab for a person who keeps the panel collapsed, whichever document-start script runs first', () => {
    for (const collapsedFirst of [true, false]) {
      const doc = documentAtStart();
      const world = {};
      if (collapsedFirst) startCollapsed(world);
      placeHostEarly(doc, world);
      if (!collapsedFirst) startCollapsed(world);
      parseShop(doc);
      expect(takePlacedHost(doc, world).getAttribute('data-panel')).toBe('collapsed');
    }
  });

  it('never takes a host element the page made itself: without the early script’s own, a new one', () => {
    const doc = documentAtStart();
    parseShop(doc);
    const imitation = doc.createElement(HOST_TAG);
    doc.documentElement.append(imitation);
    const host = takePlacedHost(doc, {});
    expect(host).not.toBe(imitation);
    expect(imitation.isConnected).toBe(false);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('is placed anew when the page took the early one away while it loaded', () => {
    const doc = documentAtStart();
    const world = {};
    placeHostEarly(doc, world);
    doc.documentElement.firstElementChild?.remove();
    parseShop(doc);
    const host = takePlacedHost(doc, world);
    expect(host.isConnected).toBe(true);
    expect(doc.documentElement.lastElementChild).toBe(host);
  });
});
