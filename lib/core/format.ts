/**
 * Numbers as a Dutch (or English) reader expects them. Written by hand instead of Intl.NumberFormat
 * because ICU data differs between browsers and Node (some locales skip the separator for four-digit
 * numbers), and the shop always writes `1.996`: what Vinkje shows must look like what the shop shows.
 */

export type Locale = 'nl' | 'en';

/** A user-facing text, Dutch first. */
export interface LocalText {
  nl: string;
  en: string;
}

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  nl: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function groupDigits(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/**
 * A whole number with thousands separators: 1996 → "1.996" (nl) / "1,996" (en).
 * Quantities are whole; a fraction (never produced by the cart check) is rounded so a display
 * never shows a misleading "1.996" for 1.996.
 */
export function formatQuantity(n: number, locale: Locale = 'nl'): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n);
  const sign = rounded < 0 ? '-' : '';
  return sign + groupDigits(String(Math.abs(rounded)), SEPARATORS[locale].group);
}

/** A signed change for messages: +30 / -12 (zero has no sign). */
export function formatSignedQuantity(n: number, locale: Locale = 'nl'): string {
  const text = formatQuantity(n, locale);
  return n > 0 && Number.isFinite(n) ? `+${text}` : text;
}

/** Euro cents as money: 123456 → "€ 1.234,56" (nl) / "€1,234.56" (en). */
export function formatEuro(cents: number, locale: Locale = 'nl'): string {
  if (!Number.isFinite(cents)) return String(cents);
  const whole = Math.round(cents);
  const sign = whole < 0 ? '-' : '';
  const abs = Math.abs(whole);
  const { group, decimal } = SEPARATORS[locale];
  const euros = groupDigits(String(Math.floor(abs / 100)), group);
  const rest = String(abs % 100).padStart(2, '0');
  const amount = `${sign}${euros}${decimal}${rest}`;
  return locale === 'nl' ? `€ ${amount}` : `€${amount}`;
}

/** The singular and plural of a word or name, in both languages: "Basispakket" / "Basispakketten". */
export interface CountedText {
  one: LocalText;
  other: LocalText;
}

/**
 * The form that goes with a count: Dutch and English both use the singular for exactly one and the
 * plural for everything else, zero included ("0 Basispakketten", "1 Basispakket").
 */
export function forCount(count: number, forms: CountedText): LocalText {
  return count === 1 ? forms.one : forms.other;
}
