/** Steps several scenarios share, done the way a person does them. */
import type { E2EPage } from './driver';
import { click, fill } from './actions';
import { SHOP_ORIGIN } from './setup';

export const CONTACT = { email: 'j.devries@onderwijsgroep-rivierland.nl', password: 'vinkje' };
export const COLLEAGUE = { email: 'p.jansen@onderwijsgroep-rivierland.nl', password: 'vinkje' };

export async function logIn(page: E2EPage, who = CONTACT): Promise<void> {
  await page.goto(`${SHOP_ORIGIN}/login/?redirect=%2Faccount%2F`);
  await fill(page, 'E-mailadres', who.email);
  await fill(page, 'Wachtwoord', who.password);
  await click(page, 'Inloggen', { buttonsOnly: true });
}
