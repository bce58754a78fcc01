/**
 * Every saved cart, in every markup, checked as the sidebar would check it: the readers' lines
 * with the demo account's future licences (the base packages invoiced in October). A cart whose
 * lines are read wrong shows up here as findings a person would call wrong.
 */
import { describe, expect, it } from 'vitest';
import { checkCart } from '../core/cart-check';
import { loadFixtures, NEUTRAL_URL, parseDocument } from './fixtures.testutil';
import { readPage } from './read';

const BASE: Record<string, { staff: number; students: number }> = {
  'Het Baken College': { staff: 2050, students: 15000 },
  'ROC Rivierland': { staff: 1990, students: 21500 },
  'Lyceum Zuiderpark': { staff: 640, students: 5200 },
};

/** The simulation's saved carts have no sidecar: their expectations are the demo scenario's. */
const SIM_CARTS: Record<string, { cartErrors: string[]; checkedFor: string }> = {
  'cart--clean': { cartErrors: [], checkedFor: 'Het Baken College' },
  'cart--empty': { cartErrors: [], checkedFor: 'Het Baken College' },
  'cart--rule-breaking': { cartErrors: ['R01', 'R03'], checkedFor: 'ROC Rivierland' },
  // A3 medewerkers raised to 2.054 against 2.050 base packages, before the extra ones are added.
  'cart--underlying-message': { cartErrors: ['R03'], checkedFor: 'Het Baken College' },
};

const carts = loadFixtures()
  .filter((f) => f.kind === 'cart')
  .map((f) => ({ ...f, expected: f.set === 'sim' ? (SIM_CARTS[f.name] ?? null) : f.expected }))
  .filter((f) => f.expected && 'cartErrors' in f.expected);

describe('the cart check on every saved cart', () => {
  it('covers every markup', () => {
    expect(new Set(carts.map((f) => f.set))).toEqual(new Set(['sim', 'alt-a', 'alt-b', 'alt-c', 'alt-d']));
  });

  it.each(carts.map((f) => [`${f.set}/${f.name}`, f] as const))('%s', (_name, f) => {
    const expected = f.expected as { cartErrors: string[]; checkedFor: string };
    const obs = readPage(parseDocument(f.html), NEUTRAL_URL, 0);
    const base = BASE[expected.checkedFor];
    expect(base, expected.checkedFor).toBeDefined();
    const result = checkCart({
      licenceYear: 2027,
      lines: obs.cartLines,
      futureLicenses: [
        { product: 'Basispakket medewerkers', quantity: base!.staff },
        { product: 'Basispakket leerlingen/studenten', quantity: base!.students },
      ],
    });
    const errors = result.findings.filter((x) => x.severity === 'error').map((x) => x.rule).sort();
    expect(errors).toEqual(expected.cartErrors);
  });
});
