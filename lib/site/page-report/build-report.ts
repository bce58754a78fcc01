/**
 * The page report a person can send to the project when Vinkje does not recognise a page or reads
 * it only in part: what Vinkje made of the page and the page's structure, with every text that may
 * be personal or confidential replaced (redact-text.ts). Built on the device; nothing is sent.
 */

import { readPage } from '../read';
import { outline } from './outline';
import { PLACEHOLDERS, redactText } from './redact-text';

export interface PageReportInput {
  doc: Document;
  url: string;
  /** Vinkje's version, from the manifest. */
  version: string;
  now: number;
  /** Vinkje's own elements on the page, left out of the report. */
  isOwnNode?: (node: Node) => boolean;
}

function redactedAddress(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname
      .split('/')
      .map((segment) => (segment === '' ? '' : redactText(decodeURIComponent(segment).replace(/[-_]+/g, ' ')).replace(/ /g, '-')))
      .join('/');
    return `${u.protocol}//${u.hostname}${path}${u.search ? '?…' : ''}`;
  } catch {
    return PLACEHOLDERS.identifier;
  }
}

/** The whole report as plain text, Dutch first, English second. */
export function buildPageReport({ doc, url, version, now, isOwnNode }: PageReportInput): string {
  const observation = readPage(doc, url, now);
  const legend = Object.values(PLACEHOLDERS).join(' ');
  const lines = [
    'Vinkje – paginarapport / page report',
    `Vinkje-versie / version: ${version}`,
    `Gemaakt op / made on: ${new Date(now).toISOString().slice(0, 10)}`,
    `Adres / address: ${redactedAddress(url)}`,
    `Herkend als / recognised as: ${observation.kind}`,
    'Niet gelezen / not read:',
    ...(observation.unread.length > 0 ? observation.unread.map((u) => `- ${redactText(u)}`) : [observation.kind === 'unknown' ? '- de hele pagina (niet herkend) / the whole page (not recognised)' : '- niets / nothing']),
    `Vervangen / replaced: namen, e-mailadressen, telefoonnummers, bedragen, aantallen en nummers (${legend}) / names, e-mail addresses, phone numbers, amounts, quantities and numbers.`,
    '',
    '--- Opbouw van de pagina / page structure ---',
    ...outline(doc.documentElement, { isOwnNode }),
  ];
  return lines.join('\n') + '\n';
}
