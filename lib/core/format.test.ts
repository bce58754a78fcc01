import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forCount, formatEuro, formatQuantity, formatSignedQuantity } from './format';
import { parseEuroCents, parseQuantity } from './quantity';

describe('formatQuantity', () => {
  it.each([
    [0, '0', '0'],
    [12, '12', '12'],
    [999, '999', '999'],
    [1996, '1.996', '1,996'],
    [21500, '21.500', '21,500'],
    [1000000, '1.000.000', '1,000,000'],
    [-1996, '-1.996', '-1,996'],
  ])('%d → %s (nl) / %s (en)', (n, nl, en) => {
    expect(formatQuantity(n)).toBe(nl);
    expect(formatQuantity(n, 'en')).toBe(en);
  });

  it('shows a sign for a change', () => {
    expect(formatSignedQuantity(30)).toBe('+30');
    expect(formatSignedQuantity(-1250)).toBe('-1.250');
    expect(formatSignedQuantity(0)).toBe('0');
  });

  it('writes quantities the Dutch parser reads back unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        expect(parseQuantity(formatQuantity(n))).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe('formatEuro', () => {
  it.each([
    [0, '€ 0,00', '€0.00'],
    [5, '€ 0,05', '€0.05'],
    [123456, '€ 1.234,56', '€1,234.56'],
    [12345678, '€ 123.456,78', '€123,456.78'],
    [-1050, '€ -10,50', '€-10.50'],
  ])('%d cents → %s / %s', (cents, nl, en) => {
    expect(formatEuro(cents)).toBe(nl);
    expect(formatEuro(cents, 'en')).toBe(en);
  });

  it('writes amounts the euro parser reads back unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (cents) => {
        expect(parseEuroCents(formatEuro(cents))).toEqual({ ok: true, value: cents });
      }),
    );
  });
});

describe('forCount', () => {
  const forms = { one: { nl: 'Basispakket', en: 'Basispakket' }, other: { nl: 'Basispakketten', en: 'Basispakketten' } };
  it.each([
    [0, 'Basispakketten'],
    [1, 'Basispakket'],
    [2, 'Basispakketten'],
    [996, 'Basispakketten'],
  ])('%d → %s', (n, nl) => {
    expect(forCount(n, forms).nl).toBe(nl);
  });
});
