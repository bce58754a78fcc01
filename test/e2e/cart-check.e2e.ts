import { describe, expect, it } from 'vitest';
import { useE2E, browserName } from './setup';
import { click, fill, pageText } from './actions';
import { clickInSidebar, waitForSidebar, type SidebarSnapshot } from './sidebar';
import { claimCart, logIn, viewFutureLicences } from './flows';

const rules = (s: SidebarSnapshot, severity?: string) =>
  s.findings.filter((f) => !severity || f.severity === severity).map((f) => f.rule).sort();
const finding = (s: SidebarSnapshot, rule: string) => s.findings.find((f) => f.rule === rule)?.text ?? '';

describe(`the cart check on a cart that breaks the rules (${browserName})`, () => {
  const e2e = useE2E();

  it('shows R03 and R01 with the right numbers and fixes; following the fixes clears them', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await viewFutureLicences(page);
    await waitForSidebar(page, 'future licences read', (x) => x.page === 'licenses');
    await claimCart(page, 1); // ROC Rivierland
    let s = await waitForSidebar(page, 'rule-breaking cart', (x) => x.page === 'cart' && x.findings.length > 0);
    expect(s.institution).toBe('ROC Rivierland');
    expect(rules(s, 'error')).toEqual(['R01', 'R03']);
    // 1.996 is read as 1996 (not 1.996 or 1996000): 6 short of the 1.990 base packages.
    expect(finding(s, 'R03')).toContain('1.996');
    expect(finding(s, 'R03')).toContain('1.990');
    expect(finding(s, 'R03')).toContain('Bestel 6 extra Basispakketten medewerkers');
    expect(finding(s, 'R01')).toContain('2.010');
    expect(finding(s, 'R01')).toContain('Verlaag Microsoft 365 A5 medewerkers (step-up) naar 1.996');
    // Errors come first in the list.
    expect(s.findings[0]?.severity).toBe('error');

    // The live check while typing, before "Ga verder": lowering A5 to 1.996 clears R01 on the spot.
    await click(page, 'Wijzigen', { index: 1 });
    s = await waitForSidebar(page, 'quantity page', (x) => x.page === 'quantity');
    await fill(page, 'Hoeveel licenties wil je bestellen?', '2.500');
    s = await waitForSidebar(page, 'live R01 with 2.500', (x) => finding(x, 'R01').includes('2.500'));
    expect(finding(s, 'R01')).toContain('504');
    await fill(page, 'Hoeveel licenties wil je bestellen?', '1.996');
    s = await waitForSidebar(page, 'live check clears R01', (x) => x.page === 'quantity' && !rules(x).includes('R01'));
    expect(rules(s, 'error')).toEqual(['R03']);
    await click(page, 'Ga verder', { buttonsOnly: true });
    s = await waitForSidebar(page, 'R01 gone on the cart', (x) => x.page === 'cart' && !rules(x).includes('R01'));

    // The fix for R03: order 6 extra base packages through the shop's own catalogue.
    await click(page, 'Andere licentie van Microsoft bestellen');
    const catalogue = await waitForSidebar(page, 'catalogue', (x) => x.page === 'unknown' && x.steps['1'] !== undefined);
    expect(catalogue.text).toContain('niet herkend');
    await page.evaluate(() => {
      const row = Array.from(document.querySelectorAll('li, tr, article, div')).find(
        (el) => /^\s*Basispakket medewerkers/.test(el.textContent ?? '') && el.querySelector('a, button'),
      );
      (row?.querySelector('a, button') as HTMLElement | null)?.setAttribute('data-e2e-target', 'yes');
    });
    await page.waitForNavigation(async () => {
      const r = await page.evaluate(() => {
        const el = document.querySelector('[data-e2e-target]') as HTMLElement;
        el.scrollIntoView({ block: 'center' });
        const b = el.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      });
      await page.mouseClick(r.x, r.y);
    });
    await fill(page, 'Hoeveel licenties wil je bestellen?', '6');
    await click(page, 'Ga verder', { buttonsOnly: true });
    s = await waitForSidebar(page, 'clean after both fixes', (x) => x.page === 'cart' && rules(x, 'error').length === 0);
    expect(await pageText(page)).toContain('Basispakket medewerkers');
    expect(s.text).toContain('Geen fouten gevonden');
    await page.close();
  });
});

describe(`the cart check on a clean cart (${browserName})`, () => {
  const e2e = useE2E();

  it('shows no errors, and names the product it does not know', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await viewFutureLicences(page);
    await claimCart(page, 0); // Het Baken College
    const s = await waitForSidebar(page, 'clean cart', (x) => x.page === 'cart' && x.findings.length > 0);
    expect(s.institution).toBe('Het Baken College');
    expect(rules(s, 'error')).toEqual([]);
    expect(rules(s, 'info')).toContain('R14');
    expect(finding(s, 'R14')).toContain('Minecraft Education leerlingen');
    expect(s.text).toContain('Geen fouten gevonden');
    // Last year against now, with Dutch thousands separators: drawn when the person opens it.
    expect(s.text).not.toContain('1.996');
    await clickInSidebar(page, 'Wijzigingen t.o.v. vorig jaar');
    await waitForSidebar(page, 'the changes against last year, opened', (x) => x.text.includes('1.996'));
    await page.close();
  });
});
