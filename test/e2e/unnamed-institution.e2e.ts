/**
 * Cart, quantity and thank-you pages that do not name the institution in their content (the shop's
 * renditions, test/site/README.md): Vinkje must still know whose cart it is and check it.
 */
import { describe, expect, it } from 'vitest';
import { useE2E, browserName } from './setup';
import { click, fill, pageText } from './actions';
import { readSidebar, waitForSidebar, type SidebarSnapshot } from './sidebar';
import { claimCart, logIn, viewFutureLicences } from './flows';
import type { E2EPage } from './driver';

const rules = (s: SidebarSnapshot, severity?: string) =>
  s.findings.filter((f) => !severity || f.severity === severity).map((f) => f.rule).sort();
const finding = (s: SidebarSnapshot, rule: string) => s.findings.find((f) => f.rule === rule)?.text ?? '';
const QUANTITY_LABEL = 'Hoeveel licenties wil je bestellen?';

/** Logs in, reads the future licences (the base packages R03 needs) and claims ROC Rivierland's cart. */
async function claimRoc(page: E2EPage): Promise<void> {
  await logIn(page);
  await viewFutureLicences(page);
  await waitForSidebar(page, 'future licences read', (x) => x.page === 'licenses');
  await claimCart(page, 1); // ROC Rivierland
}

/** The main content's text, without the header (where header-only names the institution). */
const contentText = (page: E2EPage) => page.evaluate(() => (document.querySelector('main') as HTMLElement | null)?.innerText ?? '');

const path = (page: E2EPage) => page.evaluate(() => location.pathname);

/**
 * The cart page once its check is shown; then up to a few seconds more for ROC Rivierland's whole
 * check (the institution and the errors may arrive after a first, partial check). Returns the
 * latest reading either way, so the assertions say what was missing.
 */
async function rocCartChecked(page: E2EPage, what: string): Promise<SidebarSnapshot> {
  await waitForSidebar(page, what, (x) => x.page === 'cart' && x.findings.length > 0);
  try {
    return await waitForSidebar(page, `${what}, whole`, (x) => x.page === 'cart' && x.institution === 'ROC Rivierland' && rules(x, 'error').length === 2, 3000);
  } catch {
    return readSidebar(page);
  }
}

/** The whole check of ROC Rivierland's rule-breaking cart. */
function expectRocCheck(s: SidebarSnapshot) {
  expect(s.institution).toBe('ROC Rivierland');
  expect(rules(s, 'error')).toEqual(['R01', 'R03']);
  expect(finding(s, 'R03')).toContain('Bestel 6 extra Basispakketten medewerkers');
  expect(finding(s, 'R01')).toContain('Verlaag Microsoft 365 A5 medewerkers (step-up) naar 1.996');
  expect(s.cartCheck).toEqual({ status: 'checked', complete: true });
}

describe(`a shop whose cart, quantity and thank-you pages name no institution (${browserName})`, () => {
  const e2e = useE2E({ rendition: 'silent' });

  it('attributes the cart to the claimed one and checks it in full', async () => {
    const page = await e2e.browser.newPage();
    await claimRoc(page);
    let s = await rocCartChecked(page, 'checked cart');
    const text = await pageText(page);
    expect(text).toContain('Microsoft 365 A5 medewerkers (step-up)');
    expect(text).not.toContain('ROC Rivierland');
    expectRocCheck(s);
    expect(s.attribution).toBe('claimed-cart');

    // The quantity page names none either: still ROC Rivierland's, and the live check still works.
    await click(page, 'Wijzigen', { index: 1 });
    s = await waitForSidebar(page, 'quantity page', (x) => x.page === 'quantity');
    expect(s.institution).toBe('ROC Rivierland');
    await fill(page, QUANTITY_LABEL, '1.996');
    s = await waitForSidebar(page, 'live check clears R01', (x) => x.page === 'quantity' && x.findings.length > 0 && !rules(x).includes('R01') && !rules(x).includes('R08'));
    expect(rules(s, 'error')).toEqual(['R03']);
    await click(page, 'Ga verder', { buttonsOnly: true });
    s = await waitForSidebar(page, 'R01 gone on the cart', (x) => x.page === 'cart' && x.findings.length > 0 && !rules(x).includes('R01'));
    expect(s.institution).toBe('ROC Rivierland');

    // The thank-you page that names no institution counts for ROC Rivierland.
    await click(page, 'Plaats bestelling', { buttonsOnly: true });
    s = await waitForSidebar(page, 'order placed', (x) => x.page === 'thank-you' && x.steps['5'] === 'done');
    expect(await pageText(page)).not.toContain('ROC Rivierland');
    expect(s.institution).toBe('ROC Rivierland');
    await page.close();
  });
});

describe(`a shop that names the institution only in its header (${browserName})`, () => {
  const e2e = useE2E({ rendition: 'header-only' });

  it('reads the institution from the header and checks the cart in full', async () => {
    const page = await e2e.browser.newPage();
    await claimRoc(page);
    let s = await rocCartChecked(page, 'checked cart');
    expect(await contentText(page)).not.toContain('ROC Rivierland');
    expect(await pageText(page)).toContain('Ingelogd voor ROC Rivierland');
    expectRocCheck(s);

    await click(page, 'Plaats bestelling', { buttonsOnly: true });
    s = await waitForSidebar(page, 'order placed', (x) => x.page === 'thank-you' && x.steps['5'] === 'done');
    expect(await contentText(page)).not.toContain('ROC Rivierland');
    expect(s.institution).toBe('ROC Rivierland');
    await page.close();
  });
});

describe(`a cart drawn by a front end, with the quantity form opened in place (${browserName})`, () => {
  const e2e = useE2E({ rendition: 'spa' });

  it('checks the late cart, checks live on the in-place quantity form, and follows Back', async () => {
    const page = await e2e.browser.newPage();
    await claimRoc(page);
    let s = await rocCartChecked(page, 'checked late cart');
    expectRocCheck(s);

    // "Wijzigen" on the A5 line: pushState, no page load. Mark the document to prove it stays.
    await page.evaluate(() => {
      (window as unknown as { __samePage?: boolean }).__samePage = true;
    });
    await click(page, 'Wijzigen', { index: 1, navigates: false });
    s = await waitForSidebar(page, 'quantity form in place', (x) => x.page === 'quantity');
    expect(await path(page)).toMatch(/^\/winkelwagen\/regel\/[^/]+\/wijzigen\/$/);
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    expect(await pageText(page)).toContain('Nu in winkelwagen: 2.010');
    await fill(page, QUANTITY_LABEL, '1.996');
    s = await waitForSidebar(page, 'live check clears R01', (x) => x.page === 'quantity' && x.findings.length > 0 && !rules(x).includes('R01') && !rules(x).includes('R08'));
    expect(rules(s, 'error')).toEqual(['R03']);

    // Back (popstate) draws the cart again, unchanged: the check is the cart's again.
    await page.evaluate(() => history.back());
    s = await rocCartChecked(page, 'cart after Back');
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    expect(await path(page)).toBe('/winkelwagen/');
    expectRocCheck(s);
    await page.close();
  });
});
