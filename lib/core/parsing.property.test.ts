/**
 * Quantities, amounts and dates as the shop and people write them: whatever the text, the parsers
 * answer without throwing, and every way of writing a value the shop uses reads back as that value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../test/fuzz/runs';
import { isRealDate, weekdayOf, type CalendarDate } from './amsterdam-time';
import { formatDateNl, parseDeadlineText } from './dutch-date';
import { formatEuro, formatQuantity } from './format';
import { AMOUNT_ERROR_MESSAGES, MAX_EURO_CENTS, MAX_QUANTITY, QUANTITY_ERROR_MESSAGES, parseEuroCents, parseQuantity } from './quantity';
import { registrationYearOfOrderDate } from './order-rows';

// Characters the parsers treat specially, so random texts hit their edges far more often than
// plain unicode would.
const SPECIAL = ['0', '1', '7', '9', '.', ',', ' ', '\u00A0', '\u202F', '\u200B', '-', '\u2212', '+', '€', 'stuks', 'eur', ',-', 'e', 'x'];
const parserText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.array(fc.constantFrom(...SPECIAL), { maxLength: 16 }).map((parts) => parts.join('')),
);
const wholeQuantity = fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: MAX_QUANTITY }));
const SPACE = fc.constantFrom(' ', '\u00A0', '\u202F');

/** The Dutch ways of writing a whole number: 1996, 1.996, 1 996, 1.996,00, 1.996 stuks. */
function writtenQuantity(n: number): fc.Arbitrary<string> {
  const grouped = formatQuantity(n, 'nl');
  return fc.oneof(
    fc.constant(String(n)),
    fc.constant(grouped),
    SPACE.map((s) => grouped.replace(/\./g, s)),
    fc.constantFrom(',00', ',0').map((decimals) => grouped + decimals),
    fc.constantFrom(' stuks', ' licenties', ' st.').map((unit) => grouped + unit),
    fc.tuple(SPACE, SPACE).map(([a, b]) => `${a}${grouped}${b}`),
  );
}

describe('parseQuantity', () => {
  it('answers any text with a whole number in range or a reason that has a message', () => {
    fc.assert(
      fc.property(parserText, (text) => {
        const result = parseQuantity(text);
        if (result.ok) {
          expect(Number.isInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(MAX_QUANTITY);
        } else {
          expect(QUANTITY_ERROR_MESSAGES[result.reason].nl).not.toBe('');
          expect(QUANTITY_ERROR_MESSAGES[result.reason].en).not.toBe('');
        }
      }),
      { numRuns: fuzzRuns(200, 1) },
    );
  });

  it('reads every way the shop writes a whole number as that number', () => {
    fc.assert(
      fc.property(wholeQuantity.chain((n) => fc.tuple(fc.constant(n), writtenQuantity(n))), ([n, text]) => {
        expect(parseQuantity(text)).toEqual({ ok: true, value: n });
      }),
      { numRuns: fuzzRuns(200, 1) },
    );
  });

  it('never reads a negative, relative or decimal quantity as a number', () => {
    const written = wholeQuantity.chain((n) => writtenQuantity(n));
    const wrong = fc.oneof(
      fc.tuple(fc.constantFrom('-', '- ', '\u2212', '+', '+ '), written).map(([sign, text]) => sign + text.trim()),
      fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 99 })).map(([whole, decimals]) => `${whole},${decimals}`),
    );
    fc.assert(
      fc.property(wrong, (text) => {
        expect(parseQuantity(text).ok).toBe(false);
      }),
      { numRuns: fuzzRuns(100, 1) },
    );
  });
});

describe('parseEuroCents', () => {
  it('answers any text with a safe whole number of cents or a reason that has a message', () => {
    fc.assert(
      fc.property(parserText, (text) => {
        const result = parseEuroCents(text);
        if (result.ok) {
          expect(Number.isSafeInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(MAX_EURO_CENTS);
        } else expect(AMOUNT_ERROR_MESSAGES[result.reason].nl).not.toBe('');
      }),
      { numRuns: fuzzRuns(200, 1) },
    );
  });

  it('reads an amount as Vinkje writes it back to the same cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_EURO_CENTS }), (cents) => {
        expect(parseEuroCents(formatEuro(cents, 'nl'))).toEqual({ ok: true, value: cents });
      }),
      { numRuns: fuzzRuns(100, 1) },
    );
  });
});

const calendarDate: fc.Arbitrary<CalendarDate> = fc
  .record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(isRealDate);
const surrounding = fc.string({ maxLength: 60 }).map((s) => s.replace(/\d/g, ''));

describe('parseDeadlineText', () => {
  it('answers any text with null or a date that exists', () => {
    const deadlineLike = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc
        .array(fc.oneof(fc.constantFrom('uiterlijk', 't/m', 'vrijdag', 'december', 'dec.', 'mrt', '31', '12', '2026', '-', '/', ' '), fc.nat(40).map(String)), { maxLength: 14 })
        .map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(deadlineLike, (text) => {
        const parsed = parseDeadlineText(text);
        if (parsed !== null) {
          expect(isRealDate(parsed.date)).toBe(true);
          if (parsed.weekdayText === null) expect(parsed.weekdayMismatch).toBe(false);
        }
      }),
      { numRuns: fuzzRuns(200, 1) },
    );
  });

  it('finds the date after "uiterlijk" in a sentence, whatever surrounds it and whatever date comes before', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, surrounding, surrounding, (deadline, other, before, after) => {
        const text = `Bestel van ${formatDateNl(other)} ${before} en rond uiterlijk ${formatDateNl(deadline)} af${after}`;
        const parsed = parseDeadlineText(text);
        expect(parsed?.date).toEqual(deadline);
        expect(parsed?.weekdayMismatch).toBe(false);
      }),
      { numRuns: fuzzRuns(100, 1) },
    );
  });

  it('says when the weekday named does not fit the date', () => {
    const weekdays = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 1, max: 6 }), (date, shift) => {
        const wrong = weekdays[(weekdayOf(date) + shift) % 7] as string;
        const text = `uiterlijk ${formatDateNl(date).replace(/^\S+/, wrong)}`;
        expect(parseDeadlineText(text)).toMatchObject({ date, weekdayText: wrong, weekdayMismatch: true });
      }),
      { numRuns: fuzzRuns(100, 1) },
    );
  });
});

describe('registrationYearOfOrderDate', () => {
  it('gives the next licence year for October to December, the same year for January, else null', () => {
    fc.assert(
      fc.property(calendarDate, fc.constantFrom('-', '/', '.'), fc.boolean(), (date, separator, padded) => {
        const pad = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
        const year = registrationYearOfOrderDate(`${pad(date.day)}${separator}${pad(date.month)}${separator}${date.year}`);
        const expected = date.month >= 10 ? date.year + 1 : date.month === 1 ? date.year : null;
        expect(year).toBe(expected);
      }),
      { numRuns: fuzzRuns(100, 1) },
    );
  });
});
