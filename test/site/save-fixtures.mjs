#!/usr/bin/env node
// @ts-check
/**
 * Drives the simulated shop through every page kind and state and saves each page's HTML as
 * test/fixtures/sim/<kind>--<state>.html (kind as the extension names pages; the delete confirmation,
 * the catalogue and "not found" are kind "unknown"). The clock is fixed, so the output only changes
 * when the shop does:  node test/site/save-fixtures.mjs
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startShop } from './app.mjs';
import { ShopClient } from './client.mjs';
import { BAKEN, COLLEAGUE_EMAIL, PASSWORD, PRIMARY_EMAIL, ROC } from './scenarios.mjs';
import { PATHS } from './pages/paths.mjs';
import { cartOf } from './state.mjs';

/** 21 November 2026, 10:30 in Amsterdam: registration for licence year 2027 is open. */
export const FIXTURE_NOW = new Date('2026-11-21T09:30:00Z');
const OUT_DIR = fileURLToPath(new URL('../fixtures/sim/', import.meta.url));

/**
 * What the page script leaves behind after a click on the first "Bekijk order": the button says
 * aria-expanded="true" and its region is no longer hidden.
 * @param {string} page
 */
export function expandFirstOrder(page) {
  const button = /<button type="button" class="toggle" aria-expanded="false" aria-controls="([^"]+)">/.exec(page);
  if (!button || button[1] === undefined) throw new Error('No "Bekijk order" button found');
  const regionOpen = `<div id="${button[1]}" class="renewal-order" hidden>`;
  if (!page.includes(regionOpen)) throw new Error(`No hidden region ${button[1]}`);
  return page
    .replace(button[0], button[0].replace('aria-expanded="false"', 'aria-expanded="true"'))
    .replace(regionOpen, `<div id="${button[1]}" class="renewal-order">`);
}

/**
 * @typedef {object} FixtureShop
 * @property {(scenario?: import('./state.mjs').ScenarioName, email?: string | null) => Promise<ShopClient>} start
 *   reset the shop and return a client, logged in unless email is null
 * @property {(email: string, productId: string) => string} lineId
 * @property {ShopClient} control
 */

/** @type {Record<string, (shop: FixtureShop) => Promise<{ html: string, status: number, expect: string, expectStatus?: number }>>} */
const FIXTURES = {
  'login--empty': async ({ start }) => {
    const client = await start('demo', null);
    return { ...(await client.get(PATHS.loginToAccount)), expect: 'Wachtwoord vergeten?' };
  },
  'login--error': async ({ start }) => {
    const client = await start('demo', null);
    return { ...(await client.login(PRIMARY_EMAIL, 'geen-wachtwoord')), expect: 'Onjuist e-mailadres of wachtwoord.' };
  },
  'account--primary': async ({ start }) => ({ ...(await (await start()).get(PATHS.account)), expect: 'Licenties verlengen (2)' }),
  'account--colleague': async ({ start }) => ({
    ...(await (await start('demo', COLLEAGUE_EMAIL)).get(PATHS.account)),
    expect: 'De 1e contactpersoon is J. de Vries.',
  }),
  'account--no-carts': async ({ start }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    await client.post(PATHS.placeOrder, { referentie: '' });
    await client.post(PATHS.claim(ROC));
    return { ...(await client.get(PATHS.account)), expect: '>Licenties verlengen<' };
  },
  'licenses--future': async ({ start }) => ({
    ...(await (await start()).get(`${PATHS.licences}?filter=toekomstig`)),
    expect: '01-01-2027',
  }),
  'licenses--current': async ({ start }) => ({ ...(await (await start()).get(PATHS.licences)), expect: '01-01-2026' }),
  'renewals--collapsed': async ({ start }) => ({
    ...(await (await start()).get(PATHS.renewals)),
    expect: 'Rond de registratie uiterlijk vrijdag 11 december 2026 af, zodat je licenties per 1-1-2027 vernieuwd zijn.',
  }),
  'renewals--expanded': async ({ start }) => {
    const visit = await (await start()).get(PATHS.renewals);
    return { ...visit, html: expandFirstOrder(visit.html), expect: 'aria-expanded="true"' };
  },
  'renewals--claimed': async ({ start }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    return { ...(await client.get(PATHS.renewals)), expect: 'Geclaimd' };
  },
  'renewals--refused-second-claim': async ({ start }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    return { ...(await client.post(PATHS.claim(ROC))), expect: 'Je hebt al een winkelwagen geclaimd voor Het Baken College.' };
  },
  'renewals--refused-colleague': async ({ start }) => ({
    ...(await (await start('demo', COLLEAGUE_EMAIL)).post(PATHS.claim(BAKEN))),
    expect: 'Alleen de 1e contactpersoon kan deze winkelwagen claimen.',
  }),
  'cart--clean': async ({ start }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    return { ...(await client.get(PATHS.cart)), expect: 'Minecraft Education leerlingen' };
  },
  'cart--rule-breaking': async ({ start }) => {
    const client = await start();
    await client.post(PATHS.claim(ROC));
    return { ...(await client.get(PATHS.cart)), expect: 'Microsoft Purview Suite medewerkers' };
  },
  'cart--underlying-message': async ({ start, lineId }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    const visit = await client.post(PATHS.changeLine(lineId(PRIMARY_EMAIL, 'a3-medewerkers')), { aantal: '2054' });
    return { ...visit, expect: 'Voor 4 extra Microsoft 365 A3 medewerkers zijn ook 4 extra Basispakket medewerkers nodig.' };
  },
  'cart--empty': async ({ start }) => ({ ...(await (await start()).get(PATHS.cart)), expect: 'Je winkelwagen is leeg.' }),
  'quantity--change': async ({ start, lineId }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    return { ...(await client.get(PATHS.changeLine(lineId(PRIMARY_EMAIL, 'a3-medewerkers')))), expect: 'Nu in winkelwagen: 1.996' };
  },
  'quantity--invalid': async ({ start, lineId }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    const visit = await client.post(PATHS.changeLine(lineId(PRIMARY_EMAIL, 'a3-medewerkers')), { aantal: 'abc' });
    return { ...visit, expect: 'value="abc"' };
  },
  'quantity--add': async ({ start }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    return { ...(await client.get(PATHS.addProduct('visio-plan-2'))), expect: 'Product toevoegen' };
  },
  'thank-you--placed': async ({ start }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    return { ...(await client.post(PATHS.placeOrder, { referentie: 'PO-2027-0042' })), expect: 'Je bestelnummer is 204517.' };
  },
  'open-orders--one': async ({ start }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    await client.post(PATHS.placeOrder, { referentie: '' });
    return { ...(await client.get(PATHS.openOrders)), expect: 'Goedkeuren' };
  },
  'open-orders--approved': async ({ start }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    await client.post(PATHS.placeOrder, { referentie: '' });
    return { ...(await client.post(PATHS.approve('204517'))), expect: 'Bestelling 204517 is goedgekeurd.' };
  },
  'open-orders--none': async ({ start }) => ({
    ...(await (await start()).get(PATHS.openOrders)),
    expect: 'Er zijn geen openstaande bestellingen.',
  }),
  'order-history--mixed': async ({ start, control }) => {
    const client = await start();
    await control.control('complete'); // 203988 Lyceum Zuiderpark: Afgehandeld
    await client.post(PATHS.claim(BAKEN));
    await client.post(PATHS.placeOrder, { referentie: '' });
    await client.post(PATHS.approve('204517')); // Het Baken College: Goedgekeurd
    await client.post(PATHS.claim(ROC));
    await client.post(PATHS.placeOrder, { referentie: '' }); // ROC Rivierland: Open
    return { ...(await client.get(PATHS.history)), expect: 'Afgehandeld' };
  },
  'unknown--delete-confirmation': async ({ start, lineId }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    return {
      ...(await client.get(PATHS.removeLine(lineId(PRIMARY_EMAIL, 'a5-medewerkers')))),
      expect: 'Weet je zeker dat je Microsoft 365 A5 medewerkers (step-up) wilt opzeggen?',
    };
  },
  'unknown--catalogue': async ({ start }) => {
    const client = await start();
    await client.post(PATHS.claim(BAKEN));
    return { ...(await client.get(PATHS.catalogue)), expect: 'Bestellen' };
  },
  'unknown--not-found': async ({ start }) => ({ ...(await (await start()).get('/bestaat-niet/')), expect: 'Pagina niet gevonden', expectStatus: 404 }),
};

/**
 * @param {string} [outDir]
 * @returns {Promise<string[]>} the file names written
 */
export async function saveFixtures(outDir = OUT_DIR) {
  const server = await startShop({ now: () => FIXTURE_NOW });
  const control = new ShopClient(server.url);
  /** @type {FixtureShop} */
  const fixtureShop = {
    control,
    start: async (scenario = 'demo', email = PRIMARY_EMAIL) => {
      server.shop.reset({ scenario });
      const client = new ShopClient(server.url);
      if (email) {
        const visit = await client.login(email, PASSWORD);
        if (visit.path !== PATHS.account) throw new Error(`Login as ${email} failed`);
      }
      return client;
    },
    lineId: (email, productId) => {
      const line = cartOf(server.shop.state, email)?.lines.find((candidate) => candidate.productId === productId);
      if (!line) throw new Error(`No ${productId} in the cart of ${email}`);
      return line.id;
    },
  };
  try {
    await mkdir(outDir, { recursive: true });
    for (const name of await readdir(outDir)) if (name.endsWith('.html')) await rm(join(outDir, name));
    const written = [];
    for (const [name, make] of Object.entries(FIXTURES)) {
      const page = await make(fixtureShop);
      if (page.status !== (page.expectStatus ?? 200)) throw new Error(`${name}: status ${page.status}`);
      if (!page.html.includes(page.expect)) throw new Error(`${name}: the page does not show "${page.expect}"`);
      await writeFile(join(outDir, `${name}.html`), page.html);
      written.push(`${name}.html`);
    }
    return written;
  } finally {
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = await saveFixtures();
  console.log(`Wrote ${written.length} fixtures to ${OUT_DIR}`);
}
