/**
 * Pages far larger than usual are still read and checked, never refused whole: an order history of
 * several hundred rows and a cart under a notice of some 20,000 characters (the shop's big-pages
 * scenario, test/site/README.md).
 */
import { describe, expect, it } from 'vitest';
import { useE2E, browserName } from './setup';
import { click, pageText, waitFor } from './actions';
import { waitForSidebar } from './sidebar';
import { claimCart, logIn, viewFutureLicences } from './flows';
import type { E2EPage } from './driver';

/** The sidebar's institution switcher: "Lyceum Zuiderpark (7/7)" etc. */
const switcher = (page: E2EPage) =>
  page.evaluate(() =>
    Array.from(document.querySelector('vinkje-sidebar')?.shadowRoot?.querySelectorAll('select option') ?? []).map((o) => o.textContent ?? ''),
  );

const tableRows = (page: E2EPage) => page.evaluate(() => document.querySelectorAll('main tbody tr, tbody tr').length);

describe(`big pages (${browserName})`, () => {
  const e2e = useE2E({ scenario: 'big-pages' });

  it('an order history of several hundred rows is read, and its orders are recorded', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await waitForSidebar(page, 'logged in', (x) => x.page === 'account');
    // Straight to the history: only it says that Lyceum Zuiderpark's order was approved.
    await click(page, 'Bestelhistorie');
    await waitForSidebar(page, 'order history', (x) => x.page === 'order-history');
    expect(await tableRows(page)).toBeGreaterThanOrEqual(400);
    const options = await waitFor('Lyceum Zuiderpark complete', () => switcher(page), (o) => o.includes('Lyceum Zuiderpark (7/7)'));
    expect(options).toEqual(expect.arrayContaining(['Het Baken College (1/7)', 'ROC Rivierland (1/7)', 'Lyceum Zuiderpark (7/7)']));
    await page.close();
  });

  it('a cart under a very long notice is read and checked, with its findings', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await viewFutureLicences(page);
    await waitForSidebar(page, 'future licences read', (x) => x.page === 'licenses');
    await claimCart(page, 1); // ROC Rivierland: A3 above the base packages, more A5 than A3
    const s = await waitForSidebar(page, 'cart checked', (x) => x.page === 'cart' && x.findings.length > 0);
    const text = await pageText(page);
    expect(text.length).toBeGreaterThan(20_000);
    expect(text).toContain('Let op: de aantallen in je winkelwagen zijn de deelnames van vorig jaar.');
    expect(s.institution).toBe('ROC Rivierland');
    expect(s.cartCheck?.status).toBe('checked');
    expect(s.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(['R01', 'R03']);
    expect(s.findings.find((f) => f.rule === 'R03')?.text).toContain('6 extra');
    expect(s.steps['2']).toBe('done');
    await page.close();
  });
});
