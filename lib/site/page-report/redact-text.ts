/**
 * One visible text as the page report shows it: the shop's own words kept, everything else that
 * could be personal or confidential replaced by a placeholder that says what kind of thing stood
 * there. Numbers of every kind go (quantities, amounts, customer, order and BRIN numbers, dates),
 * because on these pages nearly every number belongs to a school or a person.
 */

import { collapse } from '../dom/normalize';
import { isShopWord } from './shop-words';

/** The placeholders, the same in both languages; the report's header explains them. */
export const PLACEHOLDERS = {
  email: '[e-mail]',
  phone: '[tel]',
  amount: '[€]',
  number: '[#]',
  identifier: '[id]',
  text: '[…]',
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+/giu;
// Dutch numbers: 020-420 1396, 06-12345678, +31 20 420 1396.
const PHONE = /(?:\+31[\s-]?|\b0)\d{1,3}[\s-]?\d{2,4}[\s-]?\d{2,4}(?:[\s-]?\d{2,4})?\b/gu;
const AMOUNT = /€\s*-?\d[\d.,]*(?:,-)?|\b\d[\d.,]*\s*(?:euro|eur)\b/giu;
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-/_][\p{L}\p{N}]+)*/gu;
const DIGIT = /\p{N}/u;
const ONLY_NUMBER = /^[\p{N}.,/]+$/u;

function redactToken(token: string): string {
  const lower = token.toLowerCase();
  if (DIGIT.test(token)) {
    // "A3", "M365" and the like are product words; every other token with a digit is data.
    if (isShopWord(lower)) return token;
    return ONLY_NUMBER.test(token) ? PLACEHOLDERS.number : PLACEHOLDERS.identifier;
  }
  if (isShopWord(lower)) return token;
  // A word of several parts ("leerlingen/studenten", "e-mailadres") is kept when every part is.
  const parts = lower.split(/['’.\-/_]/).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => isShopWord(p))) return token;
  return PLACEHOLDERS.text;
}

/** Joins runs of "[…] […]" into one placeholder: how many unknown words stood there says little. */
function mergeRuns(text: string): string {
  return text.replace(/\[…\](?:[\s,.'’-]*\[…\])+/g, PLACEHOLDERS.text);
}

/** The text with personal and confidential parts replaced; whitespace collapsed. */
export function redactText(text: string): string {
  const clean = collapse(text);
  if (clean === '') return '';
  const marked = clean
    .replace(EMAIL, '\uE000e\uE000')
    .replace(URL_LIKE, '\uE000u\uE000')
    .replace(AMOUNT, '\uE000a\uE000')
    .replace(PHONE, '\uE000p\uE000');
  const out = marked
    .split(/(\uE000[eupa]\uE000)/)
    .map((piece) => {
      if (piece === '\uE000e\uE000') return PLACEHOLDERS.email;
      if (piece === '\uE000u\uE000') return PLACEHOLDERS.identifier;
      if (piece === '\uE000a\uE000') return PLACEHOLDERS.amount;
      if (piece === '\uE000p\uE000') return PLACEHOLDERS.phone;
      return piece.replace(TOKEN, redactToken);
    })
    .join('');
  return mergeRuns(out);
}
