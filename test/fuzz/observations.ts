/**
 * Generated page observations for the property tests: every field within the message limits (so
 * each one is something the background accepts), drawn from pools that make the interesting cases
 * common: the demo institutions, names that are also Object.prototype keys, the same order number on
 * several pages, approval messages, order numbers near their length limit.
 */
import fc from 'fast-check';
import { LIMITS } from '../../lib/core/bounded-observation';
import {
  ORDER_STATUSES,
  PAGE_KINDS,
  type CartLine,
  type Institution,
  type OrderRow,
  type PageObservation,
  type ProductQuantity,
} from '../../lib/core/observation';

const within = (max: number) => fc.string({ maxLength: Math.min(max, 40) });

export const INSTITUTIONS: Institution[] = [
  { name: 'Het Baken College', customerNumber: '100231' },
  { name: 'ROC Rivierland', customerNumber: '100587' },
  { name: 'Lyceum Zuiderpark', customerNumber: '100912' },
  { name: 'Lyceum Zuiderpark', customerNumber: null },
  { name: '__proto__', customerNumber: null },
  { name: 'constructor', customerNumber: null },
  { name: 'toString', customerNumber: 'toString' },
  { name: 'Het Baken College', customerNumber: '__proto__' },
];

export const institution: fc.Arbitrary<Institution> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INSTITUTIONS) },
  {
    weight: 1,
    // Names as the readers give them: spaces collapsed, trimmed, never empty.
    arbitrary: fc.record({
      name: fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== ''),
      customerNumber: fc.option(within(LIMITS.customerNumber)),
    }),
  },
);

export const PRODUCTS = [
  'Basispakket medewerkers',
  'Basispakket leerlingen/studenten',
  'Microsoft 365 A3 medewerkers',
  'Microsoft 365 A3 leerlingen/studenten',
  'Microsoft 365 A5 medewerkers (step-up)',
  'Microsoft Defender Suite medewerkers',
  'Microsoft 365 Copilot medewerkers',
  'Windows Server Standard core',
  'Minecraft Education leerlingen',
  'Adobe Creative Cloud All Apps leerlingen',
];

const quantity = fc.option(fc.oneof(fc.integer({ min: 0, max: 30_000 }), fc.constantFrom(0, 1e9)));
export const productQuantity: fc.Arbitrary<ProductQuantity> = fc.record({
  product: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PRODUCTS) }, { weight: 1, arbitrary: within(LIMITS.shortText) }),
  quantity,
  quantityText: fc.oneof(fc.constantFrom('1.996', '2.000', '0', '', 'abc'), within(LIMITS.quantityText)),
});
export const cartLine: fc.Arbitrary<CartLine> = fc.record({
  product: productQuantity.map((p) => p.product),
  quantity,
  quantityText: within(LIMITS.quantityText),
  actions: fc.subarray(['wijzigen', 'verwijderen']),
});

export const ORDER_NUMBERS = ['203988', '204388', '204517', '204518', '150001', '1'.repeat(45), '__proto__'];
export const orderNumber = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ORDER_NUMBERS) }, { weight: 1, arbitrary: within(LIMITS.orderField) });

/** Order dates as the shop writes them, in and around the 2027 registration period. */
const orderDate = fc.oneof(
  fc.constantFrom('21-11-2026', '12-11-2026', '02-01-2027', '15-06-2026', '21-11-2025'),
  fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2024, max: 2027 })).map(([d, m, y]) => `${d}-${m}-${y}`),
  within(LIMITS.orderField),
);

export const orderRow: fc.Arbitrary<OrderRow> = fc.record({
  orderNumber,
  date: fc.option(orderDate),
  institution: fc.option(institution),
  status: fc.option(fc.constantFrom(...ORDER_STATUSES)),
  statusText: fc.constantFrom('Open', 'Goedgekeurd', 'Afgehandeld', '', 'Geannuleerd'),
  amountCents: fc.option(fc.integer({ min: 0, max: 1e11 })),
});

/** From just before the 2027 registration opened to just after its licences began. */
export const CAMPAIGN_START = Date.parse('2026-11-01T08:00:00Z');
export const seenAt = fc.integer({ min: CAMPAIGN_START, max: Date.parse('2027-01-31T20:00:00Z') });

const SHOP = 'https://www.slbdiensten.nl';
const url = fc.oneof(
  fc.constantFrom(`${SHOP}/winkelwagen/`, `${SHOP}/account/`, `${SHOP}/account/bestelhistorie/`, `${SHOP}/bestelling/204517/bedankt/`, ''),
  within(LIMITS.url),
);

const message = fc.oneof(
  orderNumber.map((n) => `Bestelling ${n} is goedgekeurd.`),
  fc.constantFrom('De order is toegevoegd aan je winkelwagen.', 'Alleen de 1e contactpersoon kan deze winkelwagen claimen.'),
  within(LIMITS.text),
);

export const observation: fc.Arbitrary<PageObservation> = fc.record({
  kind: fc.constantFrom(...PAGE_KINDS),
  url,
  seenAt,
  loggedIn: fc.option(fc.boolean()),
  isPrimaryContact: fc.option(fc.boolean()),
  institution: fc.option(institution),
  institutions: fc.array(institution, { maxLength: 4 }),
  renewalsWaiting: fc.option(fc.integer({ min: 0, max: 10 })),
  messages: fc.array(message, { maxLength: 3 }),
  approvedOrders: fc.array(orderNumber, { maxLength: 3 }),
  approvedWithoutNumber: fc.boolean(),
  deadlineText: fc.option(fc.constantFrom('Rond de registratie uiterlijk vrijdag 11 december 2026 af.', 'uiterlijk 31 februari 2026', 'uiterlijk maandag 11 december 2026')),
  preparedOrders: fc.array(fc.record({ institution: fc.option(institution), lines: fc.array(productQuantity, { maxLength: 4 }), canClaim: fc.boolean() }), { maxLength: 3 }),
  futureLicenses: fc.array(productQuantity, { maxLength: 4 }),
  futureLicensesByInstitution: fc.array(fc.record({ institution: fc.option(institution), lines: fc.array(productQuantity, { maxLength: 3 }) }), { maxLength: 3 }),
  cartLines: fc.array(cartLine, { maxLength: 5 }),
  reference: fc.option(fc.oneof(fc.constantFrom('', 'PO-2027-17'), within(LIMITS.text))),
  quantityForm: fc.option(fc.record({ product: fc.constantFrom(...PRODUCTS), value: within(LIMITS.quantityText) })),
  orderNumber: fc.option(orderNumber),
  // A page lists each order once.
  orders: fc.uniqueArray(orderRow, { maxLength: 6, selector: (row) => row.orderNumber }),
  claiming: fc.option(institution, { freq: 4 }),
  unread: fc.array(within(LIMITS.shortText), { maxLength: 3 }),
});

/** Several pages in a row, in the order time runs, as a person browses. */
export const browsing = fc.array(observation, { minLength: 1, maxLength: 6 }).map((pages) => [...pages].sort((a, b) => a.seenAt - b.seenAt));

/**
 * The page with only the parts its kind's reader fills (a thank-you page has no prepared orders,
 * a cart no order rows), as the readers produce them; the mixed pages above are what a compromised
 * page could still send.
 */
export function asRead(page: PageObservation): PageObservation {
  const is = (...kinds: PageObservation['kind'][]) => kinds.includes(page.kind);
  return {
    ...page,
    institutions: is('account') ? page.institutions : [],
    preparedOrders: is('renewals') ? page.preparedOrders : [],
    claiming: is('renewals') ? page.claiming : null,
    futureLicenses: is('licenses') ? page.futureLicenses : [],
    futureLicensesByInstitution: is('licenses') ? page.futureLicensesByInstitution : [],
    cartLines: is('cart') ? page.cartLines : [],
    reference: is('cart') ? page.reference : null,
    quantityForm: is('quantity') ? page.quantityForm : null,
    orderNumber: is('thank-you') ? page.orderNumber : null,
    orders: is('open-orders', 'order-history') ? page.orders : [],
  };
}
export const readPage = observation.map(asRead);
export const browsingRead = browsing.map((pages) => pages.map(asRead));
