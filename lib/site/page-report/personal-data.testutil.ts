/**
 * The personal and confidential data of a saved shop page, for the page report's tests: what the
 * fixture's sidecar says the page holds (institutions, customer, order and reference numbers,
 * quantities, amounts, dates) and what the page itself shows of people (e-mail addresses, phone
 * numbers, the names after "Welkom" or "Ingelogd als").
 */

import type { Fixture } from '../fixtures.testutil';

export interface PersonalData {
  /** Texts that must not appear anywhere in the report (compared case-insensitively). */
  texts: string[];
  /** Numbers that must not appear as a number of their own (not inside "A3" or a version). */
  numbers: string[];
}

const EMAIL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /\b0\d{2,3}-\d{3} ?\d{4}\b|\b06-?\d{8}\b/g;
const SPACE = String.raw`(?:[\s\u00a0]|&nbsp;)`;
const PERSON = new RegExp(String.raw`(?:welkom(?: terug)?,|ingelogd als|contactpersoon(?: is|,))(?:${SPACE}|<[^>]+>)+((?:[A-Z]\.${SPACE}*)+(?:(?:de|van|der|den)${SPACE}+)*[A-Z][a-z]+)`, 'g');

function walk(value: unknown, key: string, out: PersonalData): void {
  if (Array.isArray(value)) {
    // A cart line is [product, quantity]: the product name is the shop's word, the quantity is data.
    if (value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'number') {
      out.numbers.push(String(value[1]));
      return;
    }
    for (const item of value) walk(item, key, out);
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, k, out);
    return;
  }
  if (typeof value === 'number') {
    if (key === 'amountCents') out.numbers.push(String(Math.floor(value / 100)), (value / 100).toFixed(2).replace('.', ','));
    else if (key === 'renewalsWaiting' || key === 'quantity' || key === 'value') out.numbers.push(String(value));
    return;
  }
  if (typeof value !== 'string' || value === '') return;
  if (key === 'name' || key === 'institution' || key === 'checkedFor') out.texts.push(value);
  if (key === 'customerNumber' || key === 'orderNumber' || key === 'reference' || key === 'value') {
    out.texts.push(value);
    for (const digits of value.match(/\d{3,}/g) ?? []) out.numbers.push(digits);
  }
  if (key === 'date') out.texts.push(value);
}

export function personalDataOf(fixture: Fixture): PersonalData {
  const out: PersonalData = { texts: [], numbers: [] };
  walk(fixture.expected ?? {}, '', out);
  for (const email of fixture.html.match(EMAIL) ?? []) out.texts.push(email.replace(/\.$/, ''));
  for (const phone of fixture.html.match(PHONE) ?? []) out.texts.push(phone);
  for (const m of fixture.html.matchAll(PERSON)) {
    if (!m[1]) continue;
    const name = m[1].replace(/&nbsp;|[\s\u00a0]+/g, ' ').replace(/ {2,}/g, ' ');
    out.texts.push(name, name.split(" ").pop() ?? name);
  }
  return out;
}
