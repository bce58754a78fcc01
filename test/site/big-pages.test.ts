/**
 * The big-pages scenario: an order history of several hundred rows and a cart with a very long
 * notice, served by the simulated shop and read by Vinkje's readers as the content script would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exceedsSize } from '../../lib/background/message-size';
import { LIMITS } from '../../lib/core/bounded-observation';
import { contentMessageSchema } from '../../lib/messages';
import { parseDocument } from '../../lib/site/fixtures.testutil';
import { readPage } from '../../lib/site/read';
import { startShop } from './app.mjs';
import { ShopClient } from './client.mjs';
import { BIG_HISTORY_EXTRA_ORDERS, LONG_CART_NOTICE, PASSWORD, PRIMARY_EMAIL, ROC } from './scenarios.mjs';

const NOW = new Date('2026-11-21T09:30:00Z');
const SHOP = 'https://www.slbdiensten.nl';

let server: Awaited<ReturnType<typeof startShop>>;
beforeAll(async () => {
  server = await startShop({ port: 0, now: () => NOW, scenario: 'big-pages' });
});
afterAll(() => server.close());

async function loggedIn(): Promise<ShopClient> {
  const client = new ShopClient(server.url);
  await client.login(PRIMARY_EMAIL, PASSWORD);
  return client;
}

const passesBoundary = (observation: unknown) => {
  const message = JSON.parse(JSON.stringify({ type: 'observe', observation })) as unknown;
  return !exceedsSize(message) && contentMessageSchema.safeParse(message).success;
};

describe('the big-pages scenario', () => {
  it('shows an order history of several hundred rows, all read and sent', async () => {
    const page = await (await loggedIn()).get('/account/bestelhistorie/');
    const observation = readPage(parseDocument(page.html), `${SHOP}/account/bestelhistorie/`, NOW.getTime());
    expect(observation.kind).toBe('order-history');
    // This campaign's approved order of Lyceum Zuiderpark and the earlier years' orders.
    expect(observation.orders).toHaveLength(BIG_HISTORY_EXTRA_ORDERS + 1);
    expect(observation.orders[0]).toMatchObject({ orderNumber: '203988', status: 'approved' });
    expect(observation.orders.filter((o) => o.status === 'completed')).toHaveLength(BIG_HISTORY_EXTRA_ORDERS);
    expect(observation.orders.at(-1)?.institution?.name).toMatch(/\S/);
    expect(passesBoundary(observation)).toBe(true);
  });

  it('shows a claimed cart under a notice far longer than a message may be, read with the notice cut', async () => {
    const client = await loggedIn();
    const cart = await client.post(`/account/licenties-verlengen/${ROC}/claimen/`);
    expect(cart.path).toBe('/winkelwagen/');
    expect(LONG_CART_NOTICE.length).toBeGreaterThan(10 * LIMITS.text);
    const observation = readPage(parseDocument(cart.html), `${SHOP}/winkelwagen/`, NOW.getTime());
    expect(observation.kind).toBe('cart');
    expect(observation.cartLines.map((l) => l.quantity)).toEqual([1996, 2010, 21000, 150]);
    const notice = observation.messages.find((m) => m.startsWith('Let op: de aantallen'));
    expect(notice).toHaveLength(LIMITS.text);
    expect(notice?.endsWith('…')).toBe(true);
    expect(passesBoundary(observation)).toBe(true);
  });

  it('other scenarios have no cart notice', async () => {
    server.shop.reset({ scenario: 'demo' });
    const client = await loggedIn();
    const cart = await client.post(`/account/licenties-verlengen/${ROC}/claimen/`);
    expect(cart.html).not.toContain('Let op: de aantallen');
    server.shop.reset({ scenario: 'big-pages' });
  });
});
