/**
 * A page longer than a message may carry is still sent, cut to the limits the background checks,
 * rather than refused whole as malformed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundObservation, cut } from './core/bounded-observation';
import { emptyObservation, type OrderRow, type PageObservation } from './core/observation';
import { BAKEN, cartLine, cartPage, historyPage, orderRow } from './core/test-support/observations';
import { pageObservationSchema } from './messages';

const T = Date.parse('2025-11-20T10:00+01:00');
const rows = (n: number): OrderRow[] => Array.from({ length: n }, (_, i) => orderRow(String(200000 + i), BAKEN, 'completed'));

describe('bounded observations', () => {
  it('a cart page with a very long notice passes, the notice cut with an ellipsis', () => {
    const page: PageObservation = { ...cartPage(T, BAKEN, 'PO-1'), messages: ['Let op: '.repeat(2000)] };
    expect(pageObservationSchema.safeParse(page).success).toBe(false);
    const sent = boundObservation(page);
    expect(pageObservationSchema.safeParse(sent).success).toBe(true);
    expect(sent.messages[0]?.endsWith('…')).toBe(true);
    expect(sent.messages[0]?.startsWith('Let op: Let op:')).toBe(true);
    expect(sent.cartLines).toEqual(page.cartLines);
  });

  it('an order history longer than the limit passes with the first rows, and says how many were left out', () => {
    const page = historyPage(T, rows(5300));
    expect(pageObservationSchema.safeParse(page).success).toBe(false);
    const sent = boundObservation(page);
    expect(pageObservationSchema.safeParse(sent).success).toBe(true);
    expect(sent.orders).toEqual(page.orders.slice(0, 5000));
    expect(sent.unread).toContain('bestellingen: 300 niet meegestuurd');
  });

  it('a page within the limits is sent unchanged', () => {
    const page = { ...cartPage(T, BAKEN, 'PO-1', [cartLine('Microsoft 365 A3 medewerkers', 12)]), orders: rows(300) };
    expect(boundObservation(page)).toEqual(page);
  });

  it('cut keeps short texts and cuts long ones to the limit', () => {
    expect(cut('kort', 10)).toBe('kort');
    expect(cut('x'.repeat(11), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('property: whatever lengths the page has, the bounded observation passes the message schema', () => {
    const longText = fc.string({ maxLength: 5000 });
    const institution = fc.record({ name: fc.string({ minLength: 1, maxLength: 400 }), customerNumber: fc.option(fc.string({ maxLength: 80 })) });
    const line = fc.record({ product: fc.string({ maxLength: 400 }), quantity: fc.option(fc.nat(1e9)), quantityText: fc.string({ maxLength: 200 }) });
    const observation = fc.record({
      url: fc.string({ maxLength: 5000 }),
      messages: fc.array(longText, { maxLength: 70 }),
      deadlineText: fc.option(longText),
      reference: fc.option(longText),
      institutions: fc.array(institution, { maxLength: 260 }),
      cartLines: fc.array(fc.record({ product: fc.string({ maxLength: 400 }), quantity: fc.option(fc.nat(1e9)), quantityText: fc.string({ maxLength: 200 }), actions: fc.array(fc.string({ maxLength: 400 }), { maxLength: 30 }) }), { maxLength: 30 }),
      futureLicenses: fc.array(line, { maxLength: 30 }),
      orderNumber: fc.option(fc.string({ maxLength: 100 })),
      unread: fc.array(fc.string({ maxLength: 400 }), { maxLength: 70 }),
    });
    fc.assert(
      fc.property(observation, (parts) => {
        const page: PageObservation = { ...emptyObservation('cart', 'https://www.slbdiensten.nl/', T), ...parts };
        expect(pageObservationSchema.safeParse(boundObservation(page)).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
