import { afterEach, describe, expect, it } from 'vitest';
import { checkCart } from '../lib/core/cart-check';
import type { CartCheckView } from '../lib/core/view';
import { CartCheck } from './CartCheck';
import { mount, type Mounted } from './popup/test-support/dom';

let mounted: Mounted | null = null;
afterEach(() => mounted?.unmount());

function viewOf(lines: Array<[string, string]>): CartCheckView {
  const result = checkCart({
    licenceYear: 2026,
    lines: lines.map(([product, quantityText]) => ({ product, quantityText, quantity: null })),
    futureLicenses: [
      { product: 'Basispakket medewerkers', quantity: 1990 },
      { product: 'Basispakket leerlingen/studenten', quantity: 21500 },
    ],
  });
  return {
    status: 'checked',
    complete: result.complete,
    live: false,
    liveProduct: null,
    findings: result.findings,
    notices: result.notices,
    lines: [],
  };
}

describe('a finding in the cart check', () => {
  it('reads as a sentence first, with the rule code small after it and the fix below', () => {
    mounted = mount(<CartCheck check={viewOf([['Microsoft 365 A3 medewerkers', '1.996']])} language="nl" />);
    const finding = mounted.one('[data-rule="R03"]');
    expect(finding.getAttribute('data-severity')).toBe('error');
    expect(finding.textContent?.startsWith('Na deze bestelling heb je 1.996')).toBe(true);
    const code = finding.querySelector('small.rule-code');
    expect(code?.textContent).toBe('R03');
    const text = finding.textContent ?? '';
    expect(text.indexOf('R03')).toBeGreaterThan(text.indexOf('je komt er 6 tekort'));
    expect(text.indexOf('R03')).toBeLessThan(text.indexOf('Oplossing: Bestel 6 extra Basispakketten medewerkers'));
  });

  it('shows an unread quantity as info, in the chosen language', () => {
    mounted = mount(<CartCheck check={viewOf([['Visio Plan 2', 'Wijzigen']])} language="en" />);
    const finding = mounted.one('[data-rule="R08"]');
    expect(finding.getAttribute('data-severity')).toBe('info');
    expect(finding.textContent).toContain('Vinkje could not read this quantity');
    expect(finding.querySelector('small.rule-code')?.textContent).toBe('R08');
  });

  it('links the shop’s manual where the text refers to it, and nowhere else', () => {
    mounted = mount(<CartCheck check={viewOf([['Microsoft 365 A3 medewerkers', '1.996'], ['Visio Plan 2', 'Wijzigen']])} language="nl" />);
    const link = mounted.one('[data-rule="R03"] [data-testid="vinkje-manual-link"]') as HTMLAnchorElement;
    expect(link.textContent).toBe('Stappenplan van SLBdiensten, stap 3');
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.slbdiensten\.nl\//);
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(mounted.one('[data-rule="R08"]').querySelector('[data-testid="vinkje-manual-link"]')).toBeNull();
  });
});

describe('the changes against last year', () => {
  const check = (): CartCheckView => ({
    ...viewOf([['Microsoft 365 A3 medewerkers', '1.990']]),
    lines: [
      { product: 'Microsoft 365 A3 medewerkers', prepared: 1900, quantity: 1990 },
      { product: 'Basispakket medewerkers', prepared: 1990, quantity: 1990 },
    ],
  });

  it('draws the table only when the person opens it, with the totals of both years', async () => {
    mounted = mount(<CartCheck check={check()} language="nl" />);
    const details = mounted.one('details.changes');
    expect(details.querySelector('table')).toBeNull();
    details.setAttribute('open', '');
    await mounted.fire(details, 'toggle');
    const rows = Array.from(details.querySelectorAll('tr')).map((r) => (r.textContent ?? '').trim());
    expect(rows.at(-1)).toBe('Totaal3.8903.980');
    expect(details.querySelectorAll('tr.changed')).toHaveLength(1);
  });
});
