// @ts-check
/**
 * Big shop pages for the reading benchmark, rendered by the simulated shop's own page renderers from
 * a scenario state blown up to 2,000 orders and a 500-line cart, so the markup is the shop's.
 */
import { createShop } from '../test/site/app.mjs';
import { cartPage } from '../test/site/pages/cart.mjs';
import { orderHistoryPage } from '../test/site/pages/orders.mjs';
import { accountOf } from '../test/site/state.mjs';
import { BAKEN, PRIMARY_EMAIL } from '../test/site/scenarios.mjs';

export const HISTORY_PATH = '/account/bestelhistorie/';
export const CART_PATH = '/winkelwagen/';
const STATUSES = /** @type {const} */ (['Open', 'Goedgekeurd', 'Afgehandeld']);

/** @param {{ orders?: number, cartLines?: number }} [size] */
export function bigPages({ orders = 2000, cartLines = 500 } = {}) {
  const base = createShop({ scenario: 'demo', now: () => new Date('2026-11-21T09:30:00Z') }).state;
  const user = accountOf(base, PRIMARY_EMAIL);
  if (!user) throw new Error('demo account missing');
  const template = base.orders[0];
  if (!template) throw new Error('demo scenario has no order');
  const institutions = base.institutions.map((i) => i.customerNumber);
  const products = base.products.map((p) => p.id);
  const state = {
    ...base,
    orders: Array.from({ length: orders }, (_, i) => ({
      ...template,
      number: String(300000 + i),
      institutionId: institutions[i % institutions.length] ?? BAKEN,
      placedBy: PRIMARY_EMAIL,
      date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      status: STATUSES[i % 3] ?? 'Open',
      amountCents: 1000 + i * 137,
    })),
    carts: [
      {
        owner: PRIMARY_EMAIL,
        institutionId: BAKEN,
        lines: Array.from({ length: cartLines }, (_, i) => ({
          id: String(9000 + i),
          productId: products[i % products.length] ?? '',
          quantity: 1 + ((i * 7919) % 20000),
        })),
      },
    ],
  };
  const context = { state, user, flashes: [] };
  return {
    history: orderHistoryPage(context, user),
    cart: cartPage(context, user, { reference: '' }),
  };
}
