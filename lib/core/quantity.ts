/**
 * Dutch numbers typed by people or shown by the shop: `1.996` is one thousand nine hundred
 * ninety-six, `€ 1.234,56` is money. The parsers never guess: a text that two readers could read
 * two ways (`1.99`, `1,996`) is refused with a reason the user can act on.
 */

import type { LocalText } from './format';

/**
 * More than any one institution can hold: the largest Dutch schools count users in the hundreds of
 * thousands and all of Dutch education together stays under 10 million. A bigger number is a typo
 * (an extra digit, a pasted order number). It also keeps a 500-line cart's sums exact.
 */
export const MAX_QUANTITY = 10_000_000;

/**
 * 1 billion euro: no registration order comes near it, so a larger amount is a misread; staying far
 * below Number.MAX_SAFE_INTEGER keeps cent arithmetic exact.
 */
export const MAX_EURO_CENTS = 100_000_000_000;

export type QuantityError =
  | 'empty'
  | 'negative'
  | 'decimal'
  | 'ambiguous'
  | 'not-a-number'
  | 'too-large'
  | 'relative';

export type AmountError =
  | 'empty'
  | 'negative'
  | 'ambiguous'
  | 'not-a-number'
  | 'too-large'
  | 'too-many-decimals';

export type ParseResult<E> = { ok: true; value: number } | { ok: false; reason: E };

export const QUANTITY_ERROR_MESSAGES: Record<QuantityError, LocalText> = {
  empty: { nl: 'Vul een aantal in.', en: 'Enter a quantity.' },
  negative: { nl: 'Een aantal kan niet negatief zijn.', en: 'A quantity cannot be negative.' },
  decimal: {
    nl: 'Vul een geheel aantal in, zonder cijfers achter de komma.',
    en: 'Enter a whole number, without decimals.',
  },
  ambiguous: {
    nl: 'Dit aantal is niet eenduidig. Schrijf 1996 of 1.996 (een punt alleen tussen groepjes van drie cijfers).',
    en: 'This quantity can be read two ways. Write 1996 or 1.996 (a dot only between groups of three digits).',
  },
  'not-a-number': {
    nl: 'Dit is geen aantal. Vul alleen cijfers in, bijvoorbeeld 1996.',
    en: 'This is not a quantity. Use digits only, for example 1996.',
  },
  'too-large': {
    nl: 'Dit aantal is groter dan 10 miljoen; dat is waarschijnlijk een tikfout.',
    en: 'This quantity is above 10 million; that is probably a typo.',
  },
  relative: {
    nl: 'Vul het totaal in, niet het extra aantal (zonder +).',
    en: 'Enter the total, not the number to add (no +).',
  },
};

/**
 * The reasons that mean Vinkje did not get a number to read, rather than that a person typed a
 * wrong one: `empty` (the page showed no text where the quantity should be) and `not-a-number` (no
 * digits in a form a quantity takes: a reader that picked up the wrong cell, a label, a button).
 * The cart check reports these as "Vinkje kon dit aantal niet lezen" (info) and does not blame the
 * user. The other reasons are a number someone evidently entered wrong (`negative`, `decimal`,
 * `too-large`, `ambiguous` separators, a `relative` "+4"); they stay errors with the fix.
 */
export const NOT_READ_REASONS: ReadonlySet<QuantityError> = new Set<QuantityError>(['empty', 'not-a-number']);

export const AMOUNT_ERROR_MESSAGES: Record<AmountError, LocalText> = {
  empty: { nl: 'Er staat geen bedrag.', en: 'There is no amount.' },
  negative: { nl: 'Een negatief bedrag wordt niet verwacht.', en: 'A negative amount is not expected.' },
  ambiguous: {
    nl: 'Dit bedrag is niet eenduidig (punt of komma op een onverwachte plek).',
    en: 'This amount can be read two ways (a dot or comma in an unexpected place).',
  },
  'not-a-number': { nl: 'Dit is geen bedrag.', en: 'This is not an amount.' },
  'too-large': {
    nl: 'Dit bedrag is onwaarschijnlijk groot (meer dan 1 miljard euro).',
    en: 'This amount is implausibly large (over 1 billion euro).',
  },
  'too-many-decimals': {
    nl: 'Een bedrag heeft hooguit twee cijfers achter de komma.',
    en: 'An amount has at most two digits after the decimal comma.',
  },
};

// Zero-width characters sneak in when text is copied from web pages.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// JavaScript's \s includes U+00A0 (nbsp) and U+202F (narrow nbsp) and the other Unicode spaces.
const SPACES = /\s+/g;
const MINUS = /^[-\u2212\u2013]\s*/;
// The forms the shop itself writes: "1996", "1.996", "21.500", "1.000.000".
const PLAIN_QUANTITY = /^(?:\d{1,7}|\d{1,3}(?:\.\d{3}){1,2})$/;
const UNIT_SUFFIX = /\s*(?:stuks|stuk|st\.?|licenties|licentie)$/;

function normalise(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim().toLowerCase();
}

type DigitsResult = { ok: true; digits: string } | { ok: false; reason: 'ambiguous' | 'not-a-number' };

/** The part before the decimal comma: `1996`, `1.996`, `1 996`; any other dot or space is ambiguous. */
function readWholePart(text: string): DigitsResult {
  if (/^\d+$/.test(text)) return { ok: true, digits: text };
  if (/^\d{1,3}(?:\.\d{3})+$/.test(text)) return { ok: true, digits: text.replace(/\./g, '') };
  if (/^\d{1,3}(?: \d{3})+$/.test(text)) return { ok: true, digits: text.replace(/ /g, '') };
  if (/^[\d. ]+$/.test(text) && /\d/.test(text)) return { ok: false, reason: 'ambiguous' };
  return { ok: false, reason: 'not-a-number' };
}

/** Digits to a number without losing precision: too many digits is "too large" before Number(). */
function digitsToNumber(digits: string, max: number): number | null {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed.length > 15) return null;
  const value = Number(trimmed);
  return value > max ? null : value;
}

/**
 * Reads a whole quantity of licences. Accepted: `1996`, `1.996`, `1 996` (also with nbsp or narrow
 * nbsp), `1.996 stuks`, `0`. A `,0` or `,00` suffix counts as a whole number, because money-style
 * formatting (`2.000,00`) states the value exactly; `,5` is a decimal and is refused. A comma
 * followed by exactly three digits (`1,996`) is refused as ambiguous: English thousands or a Dutch
 * decimal. A leading `+` is refused: the shop wants the total, not the number to add.
 */
export function parseQuantity(text: string): ParseResult<QuantityError> {
  if (typeof text !== 'string') return { ok: false, reason: 'not-a-number' };
  // Fast path: a check of a 500-line cart reads 500 of these.
  if (PLAIN_QUANTITY.test(text)) {
    const value = Number(text.replace(/\./g, ''));
    if (value <= MAX_QUANTITY) return { ok: true, value };
  }
  let t = normalise(text);
  if (t === '') return { ok: false, reason: 'empty' };
  t = t.replace(UNIT_SUFFIX, '');
  if (t === '') return { ok: false, reason: 'not-a-number' };

  if (MINUS.test(t)) {
    const rest = t.replace(MINUS, '');
    return { ok: false, reason: /^[\d.,]*\d/.test(rest) ? 'negative' : 'not-a-number' };
  }
  if (t.startsWith('+')) {
    return { ok: false, reason: /^\+\s*\d/.test(t) ? 'relative' : 'not-a-number' };
  }
  if (!/^[\d., ]+$/.test(t)) return { ok: false, reason: 'not-a-number' };

  const parts = t.split(',');
  if (parts.length > 2) return { ok: false, reason: 'ambiguous' };
  const whole = (parts[0] ?? '').trim();
  const fraction = parts[1]?.trim();

  if (fraction !== undefined) {
    if (!/^\d+$/.test(fraction)) return { ok: false, reason: 'ambiguous' };
    if (whole === '') return { ok: false, reason: 'decimal' };
    const dutchGrouped = whole.includes('.');
    if (fraction.length === 3 && !dutchGrouped) return { ok: false, reason: 'ambiguous' };
    if (!/^0+$/.test(fraction)) return { ok: false, reason: 'decimal' };
  }

  const read = readWholePart(whole);
  if (!read.ok) return { ok: false, reason: read.reason };
  const value = digitsToNumber(read.digits, MAX_QUANTITY);
  if (value === null) return { ok: false, reason: 'too-large' };
  return { ok: true, value };
}

/**
 * An amount as the shop writes it ("€ 1.234,56", "€ 12,74", "12,74"), read without the general
 * path below (it gives the same value): an order list has one in every row. At most 999.999.999
 * euro, so it stays below MAX_EURO_CENTS.
 */
const PLAIN_AMOUNT = /^(?:€ ?)?(\d{1,9}|\d{1,3}(?:\.\d{3}){1,2}),(\d{2})$/;
const CURRENCY_PREFIX = /^(?:€|eur\b|euro\b)\s*/;
const CURRENCY_SUFFIX = /\s*(?:€|eur|euro)$/;

/**
 * Reads a euro amount into cents: `€ 1.234,56` → 123456, `€1.234` → 123400, `1.234,5` → 123450,
 * `€ 12,-` → 1200. Refused: `1,234.56` and `1.23` (English notation or a typo: never guessed),
 * three or more decimals, negative amounts.
 */
export function parseEuroCents(text: string): ParseResult<AmountError> {
  if (typeof text !== 'string') return { ok: false, reason: 'not-a-number' };
  const plain = PLAIN_AMOUNT.exec(text);
  if (plain) return { ok: true, value: Number((plain[1] as string).replace(/\./g, '')) * 100 + Number(plain[2]) };
  let t = normalise(text);
  if (t === '') return { ok: false, reason: 'empty' };

  let negative = false;
  if (MINUS.test(t)) {
    negative = true;
    t = t.replace(MINUS, '');
  }
  t = t.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '');
  if (MINUS.test(t)) {
    negative = true;
    t = t.replace(MINUS, '');
  }
  t = t.replace(/,-{1,2}$/, '');
  if (t === '') return { ok: false, reason: negative ? 'not-a-number' : 'empty' };
  if (!/^[\d., ]+$/.test(t) || !/\d/.test(t)) return { ok: false, reason: 'not-a-number' };
  if (negative) return { ok: false, reason: 'negative' };

  const parts = t.split(',');
  if (parts.length > 2) return { ok: false, reason: 'ambiguous' };
  const whole = (parts[0] ?? '').trim();
  const fraction = parts[1]?.trim();

  let cents = 0;
  if (fraction !== undefined) {
    if (!/^\d+$/.test(fraction)) return { ok: false, reason: 'ambiguous' };
    if (fraction.length === 3) return { ok: false, reason: 'ambiguous' };
    if (fraction.length > 3) return { ok: false, reason: 'too-many-decimals' };
    cents = Number(fraction.padEnd(2, '0'));
  }
  if (whole === '') return { ok: false, reason: 'not-a-number' };

  const read = readWholePart(whole);
  if (!read.ok) return { ok: false, reason: read.reason };
  const euros = digitsToNumber(read.digits, Math.floor(MAX_EURO_CENTS / 100));
  if (euros === null) return { ok: false, reason: 'too-large' };
  const total = euros * 100 + cents;
  if (total > MAX_EURO_CENTS) return { ok: false, reason: 'too-large' };
  return { ok: true, value: total };
}
