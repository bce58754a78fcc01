import { describe, expect, it } from 'vitest';
import { useE2E, browserName, SHOP_ORIGIN } from './setup';
import { click, fill } from './actions';
import { clickInSidebar, waitForSidebar } from './sidebar';
import { claimCart, COLLEAGUE, logIn, viewFutureLicences } from './flows';
import { axeViolations } from './axe';
import { openExtensionPage } from './extension-pages';

describe(`accessibility, checked by axe-core in the browser (${browserName})`, () => {
  const e2e = useE2E();

  it('the sidebar in each of its states has no violations', async () => {
    const page = await e2e.browser.newPage();
    const check = async (state: string) => expect({ state, violations: await axeViolations(page) }).toEqual({ state, violations: [] });

    await page.goto(`${SHOP_ORIGIN}/login/?redirect=%2Faccount%2F`);
    await waitForSidebar(page, 'login', (x) => x.page === 'login' && x.steps['1'] !== undefined);
    await check('login, nothing known yet');
    await logIn(page);
    await waitForSidebar(page, 'account', (x) => x.page === 'account');
    await check('account');
    await viewFutureLicences(page);
    await claimCart(page, 1);
    await waitForSidebar(page, 'cart with errors', (x) => x.page === 'cart' && x.findings.length > 0);
    await clickInSidebar(page, 'Wijzigingen t.o.v. vorig jaar');
    await check('cart with findings and the changes table open');
    await click(page, 'Wijzigen', { index: 1 });
    await fill(page, 'Hoeveel licenties wil je bestellen?', 'abc');
    await waitForSidebar(page, 'live check with an unreadable number', (x) => x.page === 'quantity' && x.findings.some((f) => f.rule === 'R08'));
    await check('quantity page, live check');
    await page.goto(`${SHOP_ORIGIN}/over-ons/`);
    await waitForSidebar(page, 'unknown page', (x) => x.page === 'unknown' && x.steps['1'] !== undefined);
    await check('page not recognised');
    await clickInSidebar(page, 'English');
    await waitForSidebar(page, 'English', (x) => x.text.includes('Steps'));
    await check('in English');
    await clickInSidebar(page, 'Collapse');
    await waitForSidebar(page, 'collapsed', (x) => x.collapsed);
    await check('collapsed to the tab');
    await clickInSidebar(page, 'Open Vinkje');
    await waitForSidebar(page, 'open again', (x) => !x.collapsed && x.text.includes('Steps'));
    await clickInSidebar(page, 'Nederlands');
    await waitForSidebar(page, 'open again, Dutch', (x) => !x.collapsed && x.text.includes('Stappen'));
    await page.close();

    const colleague = await e2e.browser.newPage();
    await logIn(colleague, COLLEAGUE);
    await waitForSidebar(colleague, 'colleague', (x) => x.page === 'account' && x.text.includes('Alleen de 1e contactpersoon'));
    expect(await axeViolations(colleague)).toEqual([]);
    await colleague.close();
  });

  it('the popup and the options page have no violations', async () => {
    const popup = await openExtensionPage(e2e.browser, 'popup.html');
    expect(await axeViolations(popup, 'body')).toEqual([]);
    await popup.close();
    const options = await openExtensionPage(e2e.browser, 'options.html');
    expect(await axeViolations(options, 'body')).toEqual([]);
    await options.close();
  });
});
