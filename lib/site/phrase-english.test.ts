/**
 * Every "niet gelezen" line a reader writes has an English form (issue #10, item 10): over every saved
 * page, each page emptied of its content, and the bounds' "niet meegestuurd" lines.
 */
import { describe, expect, it } from 'vitest';
import { boundObservation, LIMITS } from '../core/bounded-observation';
import { hasEnglish, unreadText } from '../core/phrase-english';
import { loadFixtures, NEUTRAL_URL, parseDocument } from './fixtures.testutil';
import { readPage } from './read';

const NOW = Date.UTC(2025, 10, 20, 9, 0);

/** The page with its main content taken out: the readers then say what they missed. */
function hollow(html: string): string {
  return html.replace(/<(table|ul|ol|form|dl)\b[\s\S]*?<\/\1>/giu, '');
}

describe('what the readers could not read, in English', () => {
  const fixtures = loadFixtures();
  const lines = new Set<string>();
  for (const f of fixtures) {
    for (const html of [f.html, hollow(f.html)]) for (const u of readPage(parseDocument(html), NEUTRAL_URL, NOW).unread) lines.add(u);
  }
  const big = readPage(parseDocument('<html><body><main><h1>Bestelhistorie</h1></main></body></html>'), NEUTRAL_URL, NOW);
  big.orders = Array.from({ length: LIMITS.orders + 3 }, (_, i) => ({ orderNumber: String(100000 + i), date: null, institution: null, status: null, statusText: '', amountCents: null }));
  for (const u of boundObservation(big).unread) lines.add(u);

  it('the saved pages produce a good number of such lines', () => {
    expect(fixtures.length).toBeGreaterThan(20);
    expect(lines.size).toBeGreaterThan(10);
  });

  it.each([...lines].map((l) => [l]))('"%s"', (line) => {
    expect(hasEnglish('unread', line)).toBe(true);
    expect(unreadText(line, 'en')).not.toBe(line);
    expect(unreadText(line, 'nl')).toBe(line);
  });

  it('keeps the quoted page text as the page showed it', () => {
    expect(unreadText('aantal van "Microsoft 365 A3 medewerkers" niet gelezen: "1,996"', 'en')).toBe('quantity of "Microsoft 365 A3 medewerkers" not read: "1,996"');
    expect(unreadText('bestellingen: 3 niet meegestuurd', 'en')).toBe('orders: 3 not passed on (too many)');
  });
});
