/** Licenties verlengen tells a placed prepared order ("Besteld") from one only claimed ("Geclaimd"). */
import { describe, expect, it } from 'vitest';
import { loadFixtures, NEUTRAL_URL, parseDocument } from './fixtures.testutil';
import { readPage } from './read';

const NOW = Date.UTC(2025, 10, 20, 9, 0);

describe('a prepared order that was ordered', () => {
  it('is marked ordered on every saved renewals page that says "Besteld" for it, and only there', () => {
    const pages = loadFixtures().filter((f) => f.kind === 'renewals');
    expect(pages.length).toBeGreaterThan(3);
    let ordered = 0;
    for (const f of pages) {
      for (const order of readPage(parseDocument(f.html), NEUTRAL_URL, NOW).preparedOrders) {
        if (order.ordered) {
          ordered++;
          expect(order.canClaim).toBe(false);
        }
      }
    }
    expect(ordered).toBeGreaterThan(0);
  });

  it('"Geclaimd" is not ordered; "Nog niet besteld" is neither', () => {
    const page = (state: string) =>
      parseDocument(`<html><body><main><h1>Licenties verlengen</h1><p>Rond de registratie uiterlijk vrijdag 12 december 2025 af.</p>
        <section><h2>Het Baken College (klantnummer 100231)</h2><p>${state}</p>
        <table><tr><th>Product</th><th>Aantal</th></tr><tr><td>Microsoft 365 A3 medewerkers</td><td>1.996</td></tr></table>
        <button>Toevoegen aan winkelwagen</button></section></main></body></html>`);
    const read = (state: string) => readPage(page(state), NEUTRAL_URL, NOW).preparedOrders[0];
    expect(read('Status: Besteld')).toMatchObject({ ordered: true, canClaim: false });
    expect(read('Status: Geclaimd')?.ordered).toBeUndefined();
    expect(read('Status: Nog niet besteld')).toMatchObject({ canClaim: true });
    expect(read('Status: Nog niet besteld')?.ordered).toBeUndefined();
  });
});
