import { describe, expect, it } from 'vitest';
import { useE2E, SHOP_ORIGIN, browserName } from './setup';
import { click, fill, pageText } from './actions';
import { clickInSidebar, waitForSidebar, type SidebarSnapshot } from './sidebar';
import { COLLEAGUE, logIn } from './flows';

const states = (s: SidebarSnapshot) => [1, 2, 3, 4, 5, 6, 7].map((n) => s.steps[String(n)]).join(' ');

describe(`one institution's registration, start to finish (${browserName})`, () => {
  const e2e = useE2E();

  it('ticks steps 1 to 7 by themselves, in order, each with evidence', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page);
    let s = await waitForSidebar(page, 'logged in', (x) => x.page === 'account');
    expect(states(s)).toBe('done todo todo todo todo todo todo');
    expect(s.text).toContain('Ingelogd als 1e contactpersoon');

    // Step 2: claim Het Baken College's prepared cart.
    await click(page, 'Licenties verlengen');
    await click(page, 'Bekijk order', { navigates: false });
    await click(page, 'Toevoegen aan winkelwagen');
    s = await waitForSidebar(page, 'cart claimed', (x) => x.page === 'cart' && x.steps['2'] === 'done');
    expect(s.institution).toBe('Het Baken College');
    expect(states(s)).toBe('done done todo todo todo todo todo');
    expect(s.text).toContain('Winkelwagen geclaimd');

    // Step 3: change a quantity (the total, 1.996 → 2.000), then confirm in the sidebar.
    await click(page, 'Wijzigen');
    await waitForSidebar(page, 'quantity page', (x) => x.page === 'quantity');
    await fill(page, 'Hoeveel licenties wil je bestellen?', '2.000');
    await click(page, 'Ga verder', { buttonsOnly: true });
    s = await waitForSidebar(page, 'back on the cart', (x) => x.page === 'cart');
    expect(await pageText(page)).toContain('2.000');
    expect(s.steps['3']).toBe('todo');
    await clickInSidebar(page, 'Aantallen gecontroleerd');
    s = await waitForSidebar(page, 'quantities confirmed', (x) => x.steps['3'] === 'done');
    expect(states(s)).toBe('done done done todo todo todo todo');

    // Step 4: a reference for the invoice, typed into the shop's own field.
    await fill(page, 'Referentie', 'PO-2027-0042');
    s = await waitForSidebar(page, 'reference seen', (x) => x.steps['4'] === 'done');
    expect(states(s)).toBe('done done done done todo todo todo');

    // Step 5: place the order.
    await click(page, 'Plaats bestelling', { buttonsOnly: true });
    s = await waitForSidebar(page, 'order placed', (x) => x.page === 'thank-you' && x.steps['5'] === 'done');
    const orderNumber = /Je bestelnummer is (\d+)/.exec(await pageText(page))?.[1];
    expect(orderNumber).toBeDefined();
    expect(s.text).toContain(orderNumber!);
    expect(states(s)).toBe('done done done done done todo todo');

    // Step 6: approve; the shop's message ticks it at once, and the order history agrees.
    await click(page, 'Bestelling goedkeuren');
    await waitForSidebar(page, 'open orders', (x) => x.page === 'open-orders');
    await click(page, 'Goedkeuren', { buttonsOnly: true });
    s = await waitForSidebar(page, 'approval message', (x) => x.page === 'open-orders' && x.steps['6'] === 'done');
    expect(await pageText(page)).toContain(`Bestelling ${orderNumber!} is goedgekeurd`);
    expect(states(s)).toBe('done done done done done done done');
    expect(s.text).toContain('goedgekeurd');
    // Approved by the message only: the sidebar still asks to check the status in Bestelhistorie.
    expect(s.text).toContain(`Controleer nog in Bestelhistorie dat bestelling ${orderNumber!}`);
    // The order history confirms it; the sidebar may now show another institution the history completed.
    await click(page, 'Bestelhistorie');
    s = await waitForSidebar(page, 'history seen', (x) => x.page === 'order-history');
    expect(s.text).toContain('Het Baken College (7/7)');

    // Progress survives a reload…
    await page.reload();
    s = await waitForSidebar(page, 'after reload', (x) => x.page === 'order-history');
    expect(s.text).toContain('Het Baken College (7/7)');
    await page.close();
  });

  it('keeps progress across a browser restart', async () => {
    await e2e.browser.restart();
    const page = await e2e.browser.newPage();
    await logIn(page);
    await page.goto(`${SHOP_ORIGIN}/account/licenties-verlengen/`);
    const s = await waitForSidebar(page, 'after restart', (x) => x.page === 'renewals');
    const baken = await page.evaluate(() => {
      const root = document.querySelector('vinkje-sidebar')?.shadowRoot;
      return Array.from(root?.querySelectorAll('option') ?? []).map((o) => o.textContent ?? '');
    });
    expect(baken.join('|')).toContain('Het Baken College (7/7)');
    expect(s.steps['1']).toBe('done');
    await page.close();
  });
});

describe(`a colleague who is not the 1e contactpersoon (${browserName})`, () => {
  const e2e = useE2E();

  it('explains why step 1 cannot be done and how to change the contact', async () => {
    const page = await e2e.browser.newPage();
    await logIn(page, COLLEAGUE);
    const s = await waitForSidebar(page, 'colleague on account', (x) => x.page === 'account');
    expect(s.steps['1']).toBe('todo');
    expect(s.text).toContain('Alleen de 1e contactpersoon');
    expect(s.text).toContain('servicedesk@slbdiensten.nl');
    // The shop refuses the claim too, with its own message; Vinkje keeps explaining.
    await click(page, 'Licenties verlengen');
    await click(page, 'Bekijk order', { navigates: false });
    await click(page, 'Toevoegen aan winkelwagen');
    expect(await pageText(page)).toContain('Alleen de 1e contactpersoon kan deze winkelwagen claimen');
    const after = await waitForSidebar(page, 'refused claim', (x) => x.page === 'renewals');
    expect(after.steps['2']).toBe('todo');
    expect(after.text).toContain('Alleen de 1e contactpersoon');
    await page.close();
  });
});
