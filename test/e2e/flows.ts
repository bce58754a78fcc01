/** Steps several scenarios share, done the way a person does them. */
import type { E2EPage } from './driver';
import { click, fill } from './actions';
import { SHOP_ORIGIN } from './setup';
import { waitForSidebar } from './sidebar';

export const CONTACT = { email: 'j.devries@onderwijsgroep-rivierland.nl', password: 'vinkje' };
export const COLLEAGUE = { email: 'p.jansen@onderwijsgroep-rivierland.nl', password: 'vinkje' };

export async function logIn(page: E2EPage, who = CONTACT): Promise<void> {
  await page.goto(`${SHOP_ORIGIN}/login/?redirect=%2Faccount%2F`);
  await fill(page, 'E-mailadres', who.email);
  await fill(page, 'Wachtwoord', who.password);
  await click(page, 'Inloggen', { buttonsOnly: true });
}

/** Opens "Licenties", picks "Toekomstige licenties" in the filter and applies it, as the manual says. */
export async function viewFutureLicences(page: E2EPage): Promise<void> {
  await click(page, 'Licenties', { exact: true });
  const chosen = await page.evaluate(() => {
    for (const select of Array.from(document.querySelectorAll('select'))) {
      const option = Array.from(select.options).find((o) => /toekomstige licenties/i.test(o.textContent ?? ''));
      if (option) {
        select.value = option.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }
    }
    return false;
  });
  if (!chosen) throw new Error('no filter "Toekomstige licenties"');
  await click(page, 'Filteren', { buttonsOnly: true });
}

/** Claims the prepared cart of the n-th prepared order (0-based) on "Licenties verlengen". */
export async function claimCart(page: E2EPage, index: number): Promise<void> {
  await page.goto(`${SHOP_ORIGIN}/account/licenties-verlengen/`);
  // As a person does: the page and Vinkje's reading of it have appeared before anything is pressed.
  // A press before Vinkje runs at all (Firefox injects it after the load) cannot be heard by it.
  await waitForSidebar(page, 'renewals page read', (x) => x.page === 'renewals');
  await click(page, 'Bekijk order', { navigates: false, index });
  await click(page, 'Toevoegen aan winkelwagen');
}
