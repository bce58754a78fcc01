import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, type PageObservation } from '../core/observation';
import { detectPage } from './detect';
import { loadFixtures, NEUTRAL_URL, parseDocument } from './fixtures.testutil';
import { readPage } from './read';

const fixtures = loadFixtures();

function wellFormed(obs: PageObservation): void {
  expect(PAGE_KINDS).toContain(obs.kind);
  for (const key of ['messages', 'preparedOrders', 'futureLicenses', 'futureLicensesByInstitution', 'cartLines', 'orders', 'unread'] as const) {
    expect(Array.isArray(obs[key])).toBe(true);
  }
  for (const line of obs.cartLines) expect(line.quantity === null || Number.isInteger(line.quantity)).toBe(true);
}

/** Mutations a changed or half-loaded page could show. */
const mutation = fc.oneof(
  fc.record({ type: fc.constant('drop' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }) }),
  fc.record({ type: fc.constant('shuffle' as const), seed: fc.array(fc.nat(), { minLength: 2, maxLength: 40 }) }),
  fc.record({ type: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

function mutate(html: string, m: { type: string; picks?: number[]; seed?: number[]; at?: number }): Document {
  if (m.type === 'truncate') return parseDocument(html.slice(0, Math.floor(html.length * (m.at ?? 0))));
  const doc = parseDocument(html);
  if (m.type === 'drop') {
    for (const pick of m.picks ?? []) {
      const all = doc.querySelectorAll('body *');
      const el = all[pick % Math.max(all.length, 1)];
      el?.parentNode?.removeChild(el);
    }
  } else {
    // Swap the contents of text nodes around: labels end up next to the wrong values.
    const texts: Text[] = [];
    const walk = (n: Node): void => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) texts.push(c as Text);
        else walk(c);
      }
    };
    if (doc.body) walk(doc.body);
    const seed = m.seed ?? [];
    for (let i = 0; i + 1 < seed.length && texts.length > 1; i += 2) {
      const a = texts[(seed[i] ?? 0) % texts.length] as Text;
      const b = texts[(seed[i + 1] ?? 0) % texts.length] as Text;
      const t = a.data;
      a.data = b.data;
      b.data = t;
    }
  }
  return doc;
}

describe('readPage never throws', () => {
  it('on random mutations of every saved page', () => {
    fc.assert(
      fc.property(fc.nat({ max: Math.max(fixtures.length - 1, 0) }), mutation, (index, m) => {
        const f = fixtures[index];
        if (!f) return;
        const doc = mutate(f.html, m);
        expect(() => detectPage(doc, NEUTRAL_URL)).not.toThrow();
        wellFormed(readPage(doc, NEUTRAL_URL, 0));
      }),
      { numRuns: 40 },
    );
  });

  it('when the DOM itself throws, the failing part becomes an unread entry', () => {
    const f = fixtures.find((x) => x.kind === 'cart' && x.set === 'alt-a');
    if (!f) throw new Error('fixture missing');
    const doc = parseDocument(f.html);
    const body = doc.body as HTMLElement & { querySelectorAll: unknown };
    body.querySelectorAll = () => {
      throw new Error('broken page');
    };
    const obs = readPage(doc, NEUTRAL_URL, 0);
    wellFormed(obs);
    expect(obs.unread.length).toBeGreaterThan(0);
  });

  it('on a document without a body', () => {
    wellFormed(readPage({ body: null, documentElement: null } as unknown as Document, NEUTRAL_URL, 0));
  });
});
