/**
 * Which order is the registration (issue #10, item 2): an Adobe order of the same weeks ticks nothing,
 * and an order the lists cannot tell apart is asked about in the sidebar before it counts.
 */
import { describe, expect, it } from 'vitest';
import { useE2E, browserName, SHOP_ORIGIN } from './setup';
import { waitFor } from './actions';
import { clickInSidebar, readSidebar, waitForSidebar } from './sidebar';
import { logIn } from './flows';
import { openExtensionPage } from './extension-pages';
import type { E2EPage } from './driver';

const popupRows = (page: E2EPage) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid="vinkje-popup-institution"]')).map((el) => ({
      name: (el.textContent ?? '').replace(/\s+/g, ' '),
      stepsDone: Number(el.dataset.stepsDone),
    })),
  );

const possibleOrders = (page: E2EPage) =>
  page.evaluate(() =>
    Array.from(document.querySelector('vinkje-sidebar')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-testid="vinkje-possible-order"]') ?? []).map((el) => el.dataset.order ?? ''),
  );

describe(`an Adobe order in the same weeks (${browserName})`, () => {
  const e2e = useE2E({ scenario: 'adobe-order' });

  it('is listed by the shop but ticks no step of the school and is not asked about', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await page.goto(`${SHOP_ORIGIN}/account/openstaande-bestellingen/`);
    const s = await waitForSidebar(page, 'open orders read', (x) => x.page === 'open-orders');
    expect(await page.evaluate(() => document.body.textContent ?? '')).toContain('Adobe Creative Cloud All Apps');
    expect(s.text).not.toContain('mogelijk de registratie');
    expect(await possibleOrders(page)).toEqual([]);
    const popup = await openExtensionPage(e2e.browser, 'popup.html');
    const rows = await waitFor('the schools in the popup', () => popupRows(popup), (r) => r.length === 3);
    // Only the login is done for each: the Adobe order placed, ticked or approved nothing.
    expect(rows.map((r) => r.stepsDone)).toEqual([1, 1, 1]);
    await popup.close();
    await page.close();
  });
});

describe(`an order the lists cannot tell apart (${browserName})`, () => {
  const e2e = useE2E({ scenario: 'open-order', rendition: 'plain-lists' });

  it('is "mogelijk de registratie" until the person says so; yes makes it count, no makes it go away', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    await page.goto(`${SHOP_ORIGIN}/account/openstaande-bestellingen/`);
    const asked = await waitForSidebar(page, 'the question', (x) => x.page === 'open-orders' && x.text.includes('mogelijk de registratie'));
    expect(asked.text).toContain('Bestelling 204388');
    expect(asked.text).toContain('ROC Rivierland');
    expect(await possibleOrders(page)).toEqual(['204388']);

    await clickInSidebar(page, 'Ja, dit is de registratie');
    await waitFor('the question answered', () => possibleOrders(page), (o) => o.length === 0);
    const popup = await openExtensionPage(e2e.browser, 'popup.html');
    const roc = await waitFor('ROC with its order placed', () => popupRows(popup), (r) => r.some((x) => x.name.includes('ROC Rivierland') && x.stepsDone >= 5));
    expect(roc.find((x) => x.name.includes('ROC Rivierland'))?.name).toContain('Open');
    await popup.close();

    // Bestelhistorie also lists Lyceum Zuiderpark's approved order, asked about too; say no, as for an extra order.
    await page.goto(`${SHOP_ORIGIN}/account/bestelhistorie/`);
    await waitForSidebar(page, 'history', (x) => x.page === 'order-history' && x.text.includes('Bestelling 203988'));
    expect(await possibleOrders(page)).toEqual(['203988']);
    await clickInSidebar(page, 'Nee, een andere bestelling');
    await waitFor('the rejected order gone', () => possibleOrders(page), (o) => o.length === 0);
    await page.reload();
    await waitForSidebar(page, 'history again', (x) => x.page === 'order-history');
    expect((await readSidebar(page)).text).not.toContain('mogelijk de registratie');
    await page.close();
  });
});
