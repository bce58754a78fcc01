/**
 * Turning the shop's visible texts into values: institution names with customer numbers,
 * quantities, amounts and order statuses. Never guesses: what does not parse stays null.
 */

import type { Institution, OrderStatus, ProductQuantity } from '../core/observation';
import { parseEuroCents, parseQuantity } from '../core/quantity';
import { STATUS_WORDS } from './labels/columns';
import { INSTITUTION } from './labels/institution';
import { CUSTOMER_NUMBER_IN_TEXT, TEXTS } from './labels/texts';
import { collapse, normalize } from './dom/normalize';

/** Strips a prefix matched on the lower-cased text from the original text (same length). */
function stripPrefix(text: string, pattern: RegExp): string {
  const m = pattern.exec(text.toLowerCase());
  return m && m.index === 0 ? text.slice(m[0].length) : text;
}

/**
 * "Het Baken College (klantnummer 100231)", "Verlenging licentiejaar 2027 – Het Baken College
 * (debiteurnummer: 100231)", or just "Het Baken College".
 */
export function parseInstitution(raw: string | null | undefined, fallbackName?: string): Institution | null {
  if (!raw) return null;
  // A list names the same few institutions on every row: each text is parsed once (a copy each time,
  // so a caller that changes its answer changes no other row's).
  const key = fallbackName === undefined ? raw : `${raw}\u0000${fallbackName}`;
  let parsed = PARSED_INSTITUTIONS.get(key);
  if (parsed === undefined) {
    parsed = parseInstitutionText(raw, fallbackName);
    if (PARSED_INSTITUTIONS.size >= PARSED_INSTITUTIONS_KEPT) PARSED_INSTITUTIONS.clear();
    PARSED_INSTITUTIONS.set(key, parsed);
  }
  return parsed && { ...parsed };
}

/** parseInstitution's answers by text: enough for every institution a contact handles, and bounded. */
const PARSED_INSTITUTIONS = new Map<string, Institution | null>();
const PARSED_INSTITUTIONS_KEPT = 500;

function parseInstitutionText(raw: string, fallbackName: string | undefined): Institution | null {
  const text = collapse(raw);
  const m = CUSTOMER_NUMBER_IN_TEXT.exec(text.toLowerCase());
  let name = m ? text.slice(0, m.index) : text;
  // Other identifiers after the name (BRIN, a city in brackets) are not part of it.
  const brin = INSTITUTION.brin.exec(name);
  if (brin && brin.index > 0) name = name.slice(0, brin.index);
  name = stripPrefix(collapse(name), TEXTS.preparedOrderPrefix);
  name = name.replace(INSTITUTION.placeInBrackets, '');
  name = name.replace(/[\s(,–—:-]+$/, '').trim();
  if (!name && fallbackName) name = stripPrefix(collapse(fallbackName), TEXTS.preparedOrderPrefix).trim();
  if (!name) return null;
  return { name, customerNumber: m?.[1] ?? null };
}

/** Whether a text names a customer number (marks an institution heading). */
export function hasCustomerNumber(text: string): boolean {
  return CUSTOMER_NUMBER_IN_TEXT.test(text.toLowerCase());
}

/** A whole quantity ("1.996", "15 000") or null. */
export function readQuantity(text: string): number | null {
  const r = parseQuantity(text);
  return r.ok ? r.value : null;
}

/** A euro amount in cents ("€ 1.234,56") or null. */
export function readCents(text: string | undefined): number | null {
  if (!text) return null;
  const r = parseEuroCents(text);
  return r.ok ? r.value : null;
}

export function productQuantity(product: string, quantityText: string): ProductQuantity {
  return { product: collapse(product), quantity: readQuantity(quantityText), quantityText: collapse(quantityText) };
}

/** "Goedgekeurd" → approved, … ; null when the word is not known. */
export function readStatus(text: string): OrderStatus | null {
  const norm = normalize(text);
  for (const { pattern, status } of STATUS_WORDS) if (pattern.test(norm)) return status;
  return null;
}

/** The first run of 3+ digits (an order number), else the trimmed text. */
export function readOrderNumber(text: string): string {
  const m = /\d{3,}/.exec(text);
  return m ? m[0] : collapse(text);
}
