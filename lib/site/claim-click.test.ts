import { describe, expect, it } from 'vitest';
import { loadFixtures, NEUTRAL_URL, parseDocument } from './fixtures.testutil';
import { readClaimClick } from './read';

const claimButtons = (doc: Document) =>
  Array.from(doc.querySelectorAll('button,a,input[type=submit],[role=button]')).filter((el) =>
    /toevoegen aan (winkelwagen|winkelmand)/i.test(el.textContent || el.getAttribute('value') || ''),
  );

describe('which prepared order a claim click is for', () => {
  const fixtures = loadFixtures().filter((f) => f.kind === 'renewals' && f.expected && 'preparedOrders' in f.expected);

  it.each(fixtures.map((f) => [`${f.set}/${f.name}`, f] as const))('%s: each claim button names its own order', (_name, f) => {
    const doc = parseDocument(f.html);
    const expected = (f.expected!['preparedOrders'] as { institution: { name: string } | null; canClaim: boolean }[])
      .filter((o) => o.canClaim)
      .map((o) => o.institution?.name ?? null);
    const clicked = claimButtons(doc)
      .map((button) => readClaimClick(doc, NEUTRAL_URL, (button.firstElementChild as Element | null) ?? button)?.name ?? null)
      .filter((name) => name !== null);
    expect(clicked).toEqual(expected);
  });

  it('a click on anything else, or on another page, names nothing', () => {
    const f = fixtures[0]!;
    const doc = parseDocument(f.html);
    expect(readClaimClick(doc, NEUTRAL_URL, doc.querySelector('h1') as Element)).toBeNull();
    const cart = parseDocument('<html><body><main><h1>Winkelwagen</h1><button>Toevoegen aan winkelwagen</button></main></body></html>');
    expect(readClaimClick(cart, NEUTRAL_URL, cart.querySelector('button') as Element)).toBeNull();
  });
});
