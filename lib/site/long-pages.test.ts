/**
 * Pages longer or odder than the message limits, found by the readers' fuzzing
 * (readers.property.test.ts): they are still read and sent, trimmed, never refused whole.
 */
import { describe, expect, it } from 'vitest';
import { exceedsSize } from '../background/message-size';
import { contentMessageSchema } from '../messages';
import { loadFixtures, NEUTRAL_URL, parseDocument } from './fixtures.testutil';
import { readPage } from './read';

const approved = loadFixtures().find((f) => f.set === 'alt-a' && f.name === 'open-orders--approved');
if (!approved) throw new Error('fixture alt-a/open-orders--approved missing');

function passesBoundary(observation: unknown): boolean {
  const message = { type: 'observe', observation };
  return !exceedsSize(message) && contentMessageSchema.safeParse(message).success;
}

/** The flash box holding "Bestelling 204517 is goedgekeurd.". */
function approvalBox(doc: Document): Element {
  const box = doc.querySelector('[role=status]');
  if (!box?.textContent?.includes('204517 is goedgekeurd')) throw new Error('approval message not where expected');
  return box;
}

describe('approval messages beyond the limits', () => {
  it('eighty approval messages on one page: sent with the first ones, the rest counted', () => {
    const doc = parseDocument(approved.html);
    const box = approvalBox(doc);
    for (let i = 80; i >= 1; i--) {
      const copy = box.cloneNode(true) as Element;
      const text = copy.querySelector('p');
      if (text) text.textContent = `Bestelling ${204517 + i} is goedgekeurd.`;
      box.after(copy);
    }
    const observation = readPage(doc, NEUTRAL_URL, 0);
    expect(passesBoundary(observation)).toBe(true);
    expect(observation.approvedOrders.slice(0, 3)).toEqual(['204517', '204518', '204519']);
    expect(observation.unread).toContain('goedgekeurde bestellingen: 31 niet meegestuurd');
  });

  it('an approval message with an order number of seventy digits: the page is still sent', () => {
    const doc = parseDocument(approved.html.replace('204517 is goedgekeurd', `${'1'.repeat(70)} is goedgekeurd`));
    const observation = readPage(doc, NEUTRAL_URL, 0);
    expect(passesBoundary(observation)).toBe(true);
    expect(observation.kind).toBe('open-orders');
    expect(observation.approvedOrders).toHaveLength(1);
  });
});

describe('a page read at a very long address', () => {
  const longUrl = `https://www.slbdiensten.nl/pagina/?q=${'x'.repeat(12_000)}`;

  it('is sent with the address cut, also when the page itself cannot be read', () => {
    // An empty document: linkedom throws on its body, as a page whose DOM misbehaves may.
    const unreadable = parseDocument('');
    for (const doc of [unreadable, parseDocument(approved.html)]) {
      const observation = readPage(doc, longUrl, 0);
      expect(passesBoundary(observation)).toBe(true);
      expect(observation.url.startsWith('https://www.slbdiensten.nl/pagina/?q=xxx')).toBe(true);
    }
  });
});
