import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../core/observation';
import { detectPage } from './detect';
import { loadFixtures, NEUTRAL_URL, parseDocument } from './fixtures.testutil';

const fixtures = loadFixtures();

/** Paths the real shop might use for each kind: a wrong one must never change the verdict. */
const MISLEADING_PATHS = [
  '/login/?redirect=%2Faccount%2F',
  '/account/',
  '/account/licenties/',
  '/account/licenties-verlengen/',
  '/winkelwagen/',
  '/bedankt/',
  '/account/openstaande-bestellingen/',
  '/account/bestelhistorie/',
];

describe('every saved page is detected as its own kind and as no other', () => {
  it.each(fixtures.map((f) => [`${f.set}/${f.name}`, f] as const))('%s', (_name, f) => {
    const doc = parseDocument(f.html);
    expect(detectPage(doc, NEUTRAL_URL)).toBe(f.kind);
    for (const path of MISLEADING_PATHS) {
      expect(detectPage(doc, `https://www.slbdiensten.nl${path}`), `with path ${path}`).toBe(f.kind);
    }
  });
});

describe('fixture coverage', () => {
  it.each(['alt-a', 'alt-b'])('%s has a page for every kind', (set) => {
    const kinds = new Set(fixtures.filter((f) => f.set === set).map((f) => f.kind));
    expect([...PAGE_KINDS].filter((k) => !kinds.has(k))).toEqual([]);
  });
});

describe('detector edge cases', () => {
  const chrome = `
    <header><a href="/">SLBdiensten</a><nav><a href="/account/">Mijn account</a>
      <a href="/winkelwagen/">Winkelwagen (8)</a><a href="/uitloggen/">Uitloggen</a></nav></header>
    <aside><h2>Mijn account</h2><a href="/account/licenties-verlengen/">Licenties verlengen (3)</a>
      <a href="/account/bestelhistorie/">Bestelhistorie</a><a>Openstaande bestellingen</a></aside>`;
  const footer = `<footer><h3>Contact</h3><p>Servicedesk: 020-420 1396</p><a>Bestelhistorie</a></footer>`;

  it('nav, side menu and footer words alone do not make a page kind', () => {
    const doc = parseDocument(`<html><body>${chrome}<main><p>Welkom terug.</p></main>${footer}</body></html>`);
    expect(detectPage(doc, 'https://www.slbdiensten.nl/account/bestelhistorie/')).toBe('unknown');
  });

  it('the URL path alone is not enough', () => {
    const doc = parseDocument('<html><body><main><p>Even geduld…</p></main></body></html>');
    expect(detectPage(doc, 'https://www.slbdiensten.nl/account/licenties-verlengen/')).toBe('unknown');
  });

  it('a hidden heading does not count', () => {
    const doc = parseDocument(`<html><body>${chrome}<main><h1 hidden>Winkelwagen</h1><h1>Over ons</h1></main></body></html>`);
    expect(detectPage(doc, NEUTRAL_URL)).toBe('unknown');
  });

  it('a title split over elements, in another case and with nbsp, still counts', () => {
    const doc = parseDocument(
      `<html><body>${chrome}<main><div role="heading" aria-level="1"><span>OPENSTAANDE</span>&nbsp;<span>bestellingen</span></div>
       <p>Er zijn geen openstaande bestellingen.</p></main>${footer}</body></html>`,
    );
    expect(detectPage(doc, NEUTRAL_URL)).toBe('open-orders');
  });

  it('an empty or broken document is unknown, never an exception', () => {
    expect(detectPage(parseDocument(''), NEUTRAL_URL)).toBe('unknown');
    expect(detectPage(parseDocument('<html><body><main><h1>Winkelwagen'), 'not a url')).toBe('cart');
    expect(detectPage({} as Document, NEUTRAL_URL)).toBe('unknown');
  });
});
