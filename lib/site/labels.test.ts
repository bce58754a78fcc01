import { describe, expect, it } from 'vitest';
import { allPatterns, labels } from './labels.testutil';
import { PAGE_KINDS } from '../core/observation';
import { normalize } from './dom/normalize';

describe('the label data', () => {
  const patterns = allPatterns(labels, 'labels');

  it('has patterns', () => expect(patterns.length).toBeGreaterThan(50));

  it.each(patterns)('%s is stateless and written for normalised (lower-case) text', (_path, re) => {
    // A global/sticky regex remembers lastIndex between .test() calls and would match every other time.
    expect(re.flags).not.toMatch(/[gy]/);
    expect(re.source.replace(/\\[a-zA-Z]/g, '')).toBe(re.source.replace(/\\[a-zA-Z]/g, '').toLowerCase());
  });

  it('title patterns exist for every page kind and are anchored', () => {
    expect(Object.keys(labels.TITLES).sort()).toEqual([...PAGE_KINDS].sort());
    for (const list of Object.values(labels.TITLES)) for (const re of list) expect(re.source.startsWith('^')).toBe(true);
  });

  // The shop's own titles (and the variants people write) match their kind and no other.
  const TITLE_TEXTS: [string, string][] = [
    ['login', 'Inloggen'],
    ['account', 'Mijn account'],
    ['licenses', 'Licenties'],
    ['renewals', 'Licenties verlengen'],
    ['cart', 'Winkelwagen'],
    ['quantity', 'Aantal wijzigen'],
    ['quantity', 'Product toevoegen'],
    ['thank-you', 'Bedankt voor je bestelling'],
    ['open-orders', 'Openstaande bestellingen'],
    ['order-history', 'Bestelhistorie'],
    ['order-history', 'Bestelgeschiedenis'],
    ['unknown', 'Licentie verwijderen'],
    ['unknown', 'Andere licentie van Microsoft bestellen'],
  ];
  it.each(TITLE_TEXTS)('the %s title "%s" matches only its own kind', (kind, text) => {
    const norm = normalize(text);
    const matching = Object.entries(labels.TITLES)
      .filter(([, list]) => list.some((re) => re.test(norm)))
      .map(([k]) => k);
    expect(matching).toEqual([kind]);
  });

  it('status words map to the three order statuses', () => {
    const map = (t: string) => labels.STATUS_WORDS.find((s) => s.pattern.test(normalize(t)))?.status;
    expect(['Open', 'Goedgekeurd', 'Afgehandeld', 'Onbekend'].map(map)).toEqual(['open', 'approved', 'completed', undefined]);
  });

  it('the deadline sentence is found in the shop’s wording', () => {
    const m = labels.TEXTS.deadline.exec(
      normalize('Rond de registratie uiterlijk vrijdag 11 december 2026 af, zodat je licenties per 1-1-2027 vernieuwd zijn.'),
    );
    expect(m?.[0]).toBe('uiterlijk vrijdag 11 december 2026');
  });
});
