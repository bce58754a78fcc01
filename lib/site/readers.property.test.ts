/**
 * The readers on saved shop pages changed at random, the way a redesigned, half-loaded or unusually
 * large page could look: elements dropped, repeated hundreds of times (an order history of several
 * hundred rows, a cart of a hundred lines), texts swapped, replaced or made very long (a notice of
 * pages). Whatever the page, reading it never throws, and what the content script sends passes the
 * background's message boundary (size cap and schema) after the trip through the browser's
 * messaging, so a page is never refused whole as malformed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../test/fuzz/runs';
import { exceedsSize } from '../background/message-size';
import { PAGE_KINDS, type PageObservation } from '../core/observation';
import { contentMessageSchema } from '../messages';
import { detectPage } from './detect';
import { loadFixtures, NEUTRAL_URL, parseDocument } from './fixtures.testutil';
import { readPage } from './read';

const fixtures = loadFixtures();
const T = Date.parse('2026-11-21T09:30:00Z');

/** Texts a page could hold where the readers expect a name, a number, a status or a notice. */
const pageText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' ', '\u00A0', '1.996', '2.000,00', '-3', '+4', '1,5', '€ 1.234,56'),
  fc.constantFrom('Open', 'Goedgekeurd', 'Afgehandeld', 'Winkelwagen', 'Bestelhistorie', 'Onderwijsinstelling: ', 'klantnummer 100231', 'uiterlijk vrijdag 11 december 2026'),
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.integer({ min: 100, max: 3000 })).map(([s, n]) => s.repeat(n)),
  fc.integer({ min: 0, max: 20_000_000 }).map(String),
  // Shop sentences around a number of any length: an order number, a customer number, a count.
  {
    weight: 3,
    arbitrary: fc.tuple(
      fc.constantFrom('Bestelling ', 'Order ', 'Bestelnummer: ', 'klantnummer ', 'Licenties verlengen (', 'Het Baken College (debiteurnummer: '),
      fc.oneof(fc.integer({ min: 0, max: 999_999 }).map(String), fc.stringMatching(/^\d{20,200}$/)),
      fc.constantFrom(' is goedgekeurd.', ')', ''),
    ).map((parts) => parts.join('')),
  },
);

type Mutation =
  | { type: 'drop'; pick: number }
  | { type: 'repeat'; pick: number; times: number; distinct: boolean }
  | { type: 'swap'; a: number; b: number }
  | { type: 'text'; pick: number; text: string }
  | { type: 'lengthen'; pick: number; times: number }
  | { type: 'message'; pick: number; text: string; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ type: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({
    type: fc.constant('repeat' as const),
    pick: fc.nat(),
    times: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 100, max: 600 })),
    distinct: fc.boolean(),
  }),
  fc.record({ type: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ type: fc.constant('text' as const), pick: fc.nat(), text: pageText }),
  fc.record({ type: fc.constant('lengthen' as const), pick: fc.nat(), times: fc.integer({ min: 2, max: 400 }) }),
  // A shop message (flash, alert) put somewhere on the page, once or as a flood.
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('message' as const), pick: fc.nat(), text: pageText, times: fc.oneof(fc.constant(1), fc.integer({ min: 40, max: 120 })) }),
  },
);

/** linkedom throws on `body` of a document cut before <html>; a browser gives null. */
function bodyOf(doc: Document): HTMLElement | null {
  try {
    return doc.body;
  } catch {
    return null;
  }
}

function textNodes(doc: Document): Text[] {
  const body = bodyOf(doc);
  return body ? textNodesUnder(body) : [];
}

function textNodesUnder(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.push(child as Text);
      else walk(child);
    }
  };
  walk(root);
  return out;
}

/** Its numbers of three or more digits counted on by `by`: order 204517 becomes 204518, … */
const countedOn = (text: string, by: number) => text.replace(/\d{3,}/g, (n) => String(Number(n) + by));

const at = <T,>(list: ArrayLike<T>, pick: number): T | undefined => (list.length === 0 ? undefined : list[pick % list.length]);

function apply(doc: Document, m: Mutation): void {
  const elements = bodyOf(doc)?.querySelectorAll('*') ?? [];
  if (m.type === 'drop') {
    const el = at(elements, m.pick);
    el?.parentNode?.removeChild(el);
  } else if (m.type === 'repeat') {
    // Repeating rows and lines is how a page gets long: the copies go right after the original.
    // Distinct copies number their numbers on (order 204517, 204518, …), as a real long list would.
    const el = at(elements, m.pick);
    for (let i = m.times; el && i >= 1; i--) {
      const copy = el.cloneNode(true);
      if (m.distinct) for (const t of textNodesUnder(copy)) t.data = countedOn(t.data, i);
      el.after(copy);
    }
  } else if (m.type === 'message') {
    const el = at(elements, m.pick);
    for (let i = 0; el && i < m.times; i++) {
      const box = doc.createElement('div');
      box.setAttribute('role', i % 2 === 0 ? 'status' : 'alert');
      box.textContent = countedOn(m.text, i);
      el.before(box);
    }
  } else {
    const texts = textNodes(doc);
    if (m.type === 'swap') {
      const a = at(texts, m.a);
      const b = at(texts, m.b);
      if (a && b) [a.data, b.data] = [b.data, a.data];
    } else {
      const node = at(texts, m.pick);
      if (node) node.data = m.type === 'text' ? m.text : node.data.repeat(m.times);
    }
  }
}

/** The address the page was read at: the usual, or one with a query string of any length. */
const pageUrl = fc.oneof(
  { weight: 4, arbitrary: fc.constant(NEUTRAL_URL) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 20 }), fc.integer({ min: 1, max: 12_000 })).map(([s, n]) => `${NEUTRAL_URL}?q=${encodeURIComponent(s).repeat(n).slice(0, n)}`) },
);

const mutatedPage = fc.record({
  url: pageUrl,
  index: fc.nat({ max: Math.max(fixtures.length - 1, 0) }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  truncateAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 8 }),
});

function readMutated({ url, index, mutations, truncateAt }: { url: string; index: number; mutations: Mutation[]; truncateAt: number | null }): PageObservation {
  const fixture = fixtures[index];
  if (!fixture) throw new Error('no fixtures');
  const html = truncateAt === null ? fixture.html : fixture.html.slice(0, Math.floor(fixture.html.length * truncateAt));
  const doc = parseDocument(html);
  for (const m of mutations) apply(doc, m);
  expect(PAGE_KINDS).toContain(detectPage(doc, url));
  return readPage(doc, url, T);
}

describe('the readers on mutated saved pages', () => {
  it('have saved pages to work on', () => {
    expect(fixtures.length).toBeGreaterThan(20);
  });

  it('never throw, and what they send passes the message boundary the background checks', () => {
    fc.assert(
      fc.property(mutatedPage, (page) => {
        const observation = readMutated(page);
        // Chrome passes messages as JSON: what arrives is what JSON keeps.
        const arrived: unknown = JSON.parse(JSON.stringify({ type: 'observe', observation }));
        expect(exceedsSize(arrived)).toBe(false);
        const parsed = contentMessageSchema.safeParse(arrived);
        expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
      }),
      { numRuns: fuzzRuns(25, 4) },
    );
  });

  it('read quantities as whole numbers in range or not at all', () => {
    fc.assert(
      fc.property(mutatedPage, (page) => {
        const observation = readMutated(page);
        const lines = [
          ...observation.cartLines,
          ...observation.futureLicenses,
          ...observation.preparedOrders.flatMap((o) => o.lines),
          ...observation.futureLicensesByInstitution.flatMap((g) => g.lines),
        ];
        for (const line of lines) {
          if (line.quantity !== null) {
            expect(Number.isInteger(line.quantity)).toBe(true);
            expect(line.quantity).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: fuzzRuns(10, 8) },
    );
  });
});
