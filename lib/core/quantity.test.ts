import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AMOUNT_ERROR_MESSAGES,
  MAX_QUANTITY,
  QUANTITY_ERROR_MESSAGES,
  parseEuroCents,
  parseQuantity,
} from './quantity';

const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';

describe('parseQuantity accepts whole Dutch quantities', () => {
  it.each([
    ['1996', 1996],
    ['1.996', 1996],
    ['2.000', 2000],
    ['1 996', 1996],
    [`1${NBSP}996`, 1996],
    [`1${NARROW_NBSP}996`, 1996],
    ['1.996 stuks', 1996],
    ['1 stuk', 1],
    ['  12 ', 12],
    ['0', 0],
    ['007', 7],
    ['1.000.000', 1_000_000],
    ['10.000.000', 10_000_000],
    // A money-style ",00" states a whole number exactly.
    ['1.996,00', 1996],
    ['2000,0', 2000],
    ['1.996,000', 1996],
    ['\u200B1.996', 1996],
  ])('%j → %d', (text, value) => {
    expect(parseQuantity(text)).toEqual({ ok: true, value });
  });
});

describe('parseQuantity refuses what it would have to guess', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-3', 'negative'],
    ['- 3', 'negative'],
    ['\u22123', 'negative'],
    ['1,5', 'decimal'],
    ['1.996,5', 'decimal'],
    ['12,50', 'decimal'],
    ['1.99', 'ambiguous'],
    ['1.5', 'ambiguous'],
    ['1996.0', 'ambiguous'],
    ['12 34', 'ambiguous'],
    ['1.996 000', 'ambiguous'],
    // English thousands or a Dutch decimal: cannot tell.
    ['1,996', 'ambiguous'],
    ['1,996.00', 'ambiguous'],
    ['1,996,000', 'ambiguous'],
    ['abc', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['1e3', 'not-a-number'],
    ['stuks', 'not-a-number'],
    ['-abc', 'not-a-number'],
    ['+4', 'relative'],
    ['10.000.001', 'too-large'],
    ['99999999999999999999999', 'too-large'],
    [String(Number.MAX_SAFE_INTEGER), 'too-large'],
  ])('%j → %s', (text, reason) => {
    expect(parseQuantity(text)).toEqual({ ok: false, reason });
  });

  it('never throws and returns either a whole number in range or a reason with a message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        const result = parseQuantity(text);
        if (result.ok) {
          expect(Number.isInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(MAX_QUANTITY);
        } else {
          expect(QUANTITY_ERROR_MESSAGES[result.reason].nl).not.toBe('');
        }
      }),
    );
  });

  it('never accepts a text with a minus sign or a non-zero decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 100000 }), (decimals, whole) => {
        expect(parseQuantity(`${whole},${decimals}`).ok).toBe(false);
        expect(parseQuantity(`-${whole}`).ok).toBe(false);
      }),
    );
  });
});

describe('parseEuroCents', () => {
  it.each([
    ['€ 1.234,56', 123456],
    ['€1.234', 123400],
    ['1.234,5', 123450],
    ['€ 123.456,78', 12345678],
    ['€ 12,-', 1200],
    ['EUR 0,99', 99],
    ['1234,56 €', 123456],
    [`€${NBSP}1${NBSP}234,56`, 123456],
    // The shop's own way, read at once (the same values as the general path gives).
    ['€ 12,74', 1274],
    ['12,74', 1274],
    ['€ 012,50', 1250],
    ['€ 01.234,56', 123456],
    ['€ 999.999.999,99', 99_999_999_999],
    ['€ 999999999,99', 99_999_999_999],
  ])('%j → %d cents', (text, cents) => {
    expect(parseEuroCents(text)).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['', 'empty'],
    ['€', 'empty'],
    ['1,234.56', 'ambiguous'],
    ['1.23', 'ambiguous'],
    ['1,234', 'ambiguous'],
    ['1,2345', 'too-many-decimals'],
    ['€ -5,00', 'negative'],
    ['-€ 5,00', 'negative'],
    ['gratis', 'not-a-number'],
    ['€ 2.000.000.000,00', 'too-large'],
    ['€ 1000000000,01', 'too-large'],
    ['€ 1.23,45', 'ambiguous'],
    ['€ 12,745', 'ambiguous'],
  ])('%j → %s', (text, reason) => {
    expect(parseEuroCents(text)).toEqual({ ok: false, reason });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseEuroCents(text);
        if (result.ok) expect(Number.isSafeInteger(result.value)).toBe(true);
        else expect(AMOUNT_ERROR_MESSAGES[result.reason].en).not.toBe('');
      }),
    );
  });
});
