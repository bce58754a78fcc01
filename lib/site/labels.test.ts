import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../core/observation';
import * as columns from './labels/columns';
import * as controls from './labels/controls';
import * as institution from './labels/institution';
import * as structure from './labels/structure';
import * as texts from './labels/texts';
import * as titles from './labels/titles';
import { normalize } from './dom/normalize';

/** Every export of labels/, as one object (the paths below name them 'labels.TITLES.cart[0]'). */
const labels = { ...structure, ...titles, ...controls, ...columns, ...texts, ...institution };

/** Every RegExp in labels/, with a path for messages. */
function allPatterns(value: unknown, path: string, out: [string, RegExp][] = []): [string, RegExp][] {
  if (value instanceof RegExp) out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => allPatterns(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object' && !(value instanceof Set)) {
    for (const [k, v] of Object.entries(value)) allPatterns(v, `${path}.${k}`, out);
  }
  return out;
}

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
