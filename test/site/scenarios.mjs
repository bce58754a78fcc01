// @ts-check
/**
 * The shop's data: the Microsoft catalogue, the demo accounts and institutions, and the scenarios
 * tests start from. Names and numbers follow TEXTS.md; prices are invented.
 */
import { addDays, amsterdamToday } from './dutch.mjs';

/** @typedef {import('./state.mjs').State} State */
/** @typedef {import('./state.mjs').ScenarioName} ScenarioName */
/** @typedef {import('./state.mjs').Product} Product */
/** @typedef {import('./state.mjs').Quantity} Quantity */
/** @typedef {import('./state.mjs').Order} Order */
/** @typedef {import('./campaign.mjs').Campaign} Campaign */

/** @type {readonly ScenarioName[]} */
export const SCENARIOS = ['demo', 'fresh', 'open-order', 'adobe-order', 'several-open', 'big-pages'];

/** @param {string} name @returns {name is ScenarioName} */
export function isScenarioName(name) {
  return /** @type {readonly string[]} */ (SCENARIOS).includes(name);
}

/** The catalogue, in the order "Andere licentie van Microsoft bestellen" lists it. */
/** @type {readonly Product[]} */
export const PRODUCTS = [
  { id: 'basispakket-medewerkers', name: 'Basispakket medewerkers', priceCents: 4490, requires: null },
  { id: 'basispakket-leerlingen', name: 'Basispakket leerlingen/studenten', priceCents: 195, requires: null },
  { id: 'a3-medewerkers', name: 'Microsoft 365 A3 medewerkers', priceCents: 3120, requires: 'basispakket-medewerkers' },
  { id: 'a3-leerlingen', name: 'Microsoft 365 A3 leerlingen/studenten', priceCents: 310, requires: 'basispakket-leerlingen' },
  { id: 'a5-medewerkers', name: 'Microsoft 365 A5 medewerkers (step-up)', priceCents: 2845, requires: null },
  { id: 'a5-leerlingen', name: 'Microsoft 365 A5 leerlingen/studenten (step-up)', priceCents: 405, requires: null },
  { id: 'defender-suite-medewerkers', name: 'Microsoft Defender Suite medewerkers', priceCents: 2160, requires: null },
  { id: 'purview-suite-medewerkers', name: 'Microsoft Purview Suite medewerkers', priceCents: 1440, requires: null },
  { id: 'copilot-medewerkers', name: 'Microsoft 365 Copilot medewerkers', priceCents: 27000, requires: null },
  { id: 'windows-server-standard-core', name: 'Windows Server Standard core', priceCents: 985, requires: null },
  { id: 'sql-server-standard-core', name: 'SQL Server Standard core', priceCents: 31000, requires: null },
  { id: 'visio-plan-2', name: 'Visio Plan 2', priceCents: 4200, requires: null },
  { id: 'project-plan-3', name: 'Project Plan 3', priceCents: 9600, requires: null },
  { id: 'minecraft-education', name: 'Minecraft Education leerlingen', priceCents: 360, requires: null },
];

export const PASSWORD = 'vinkje';
export const PRIMARY_EMAIL = 'j.devries@onderwijsgroep-rivierland.nl';
export const COLLEAGUE_EMAIL = 'p.jansen@onderwijsgroep-rivierland.nl';

export const ACCOUNTS = [
  { email: PRIMARY_EMAIL, password: PASSWORD, name: 'J. de Vries', role: '1e contactpersoon van Het Baken College, ROC Rivierland en Lyceum Zuiderpark' },
  { email: COLLEAGUE_EMAIL, password: PASSWORD, name: 'P. Jansen', role: 'contactpersoon (niet 1e) van Het Baken College' },
];

export const BAKEN = '100231';
export const ROC = '100587';
export const LYCEUM = '100912';
export const DONE_ORDER_NUMBER = '203988';
export const OPEN_ORDER_NUMBER = '204388';
export const ADOBE_ORDER_NUMBER = '204402';
export const SECOND_OPEN_ORDER_NUMBER = '204391';
export const FIRST_NEW_ORDER_NUMBER = 204517;

/** @param {Record<string, number>} quantities @returns {Quantity[]} */
function lines(quantities) {
  return Object.entries(quantities).map(([productId, quantity]) => ({ productId, quantity }));
}

/** Last year's participations, ready to be claimed. */
/** @type {Record<string, Quantity[]>} */
const PREPARED = {
  // 8 lines that break no rule; Minecraft is a product a cart checker does not know.
  [BAKEN]: lines({
    'a3-medewerkers': 1996,
    'a3-leerlingen': 14250,
    'a5-medewerkers': 120,
    'defender-suite-medewerkers': 120,
    'copilot-medewerkers': 25,
    'windows-server-standard-core': 32,
    'sql-server-standard-core': 8,
    'minecraft-education': 300,
  }),
  // A3 medewerkers 6 above the base packages, and more A5 step-up than A3.
  [ROC]: lines({
    'a3-medewerkers': 1996,
    'a5-medewerkers': 2010,
    'a3-leerlingen': 21000,
    'purview-suite-medewerkers': 150,
  }),
  [LYCEUM]: lines({
    'a3-medewerkers': 610,
    'a3-leerlingen': 5100,
    'a5-medewerkers': 40,
    'defender-suite-medewerkers': 40,
  }),
};

/** @param {string} institutionId @returns {Quantity[]} a fresh copy */
function preparedLines(institutionId) {
  return (PREPARED[institutionId] ?? []).map((line) => ({ ...line }));
}

/** @returns {import('./state.mjs').Institution[]} */
function institutions() {
  return [
    {
      customerNumber: BAKEN,
      name: 'Het Baken College',
      primaryContact: PRIMARY_EMAIL,
      contacts: [COLLEAGUE_EMAIL],
      currentLicences: [...lines({ 'basispakket-medewerkers': 2030, 'basispakket-leerlingen': 14800 }), ...preparedLines(BAKEN)],
      futureLicences: lines({ 'basispakket-medewerkers': 2050, 'basispakket-leerlingen': 15000 }),
    },
    {
      customerNumber: ROC,
      name: 'ROC Rivierland',
      primaryContact: PRIMARY_EMAIL,
      contacts: [],
      currentLicences: [...lines({ 'basispakket-medewerkers': 1985, 'basispakket-leerlingen': 21300 }), ...preparedLines(ROC)],
      futureLicences: lines({ 'basispakket-medewerkers': 1990, 'basispakket-leerlingen': 21500 }),
    },
    {
      customerNumber: LYCEUM,
      name: 'Lyceum Zuiderpark',
      primaryContact: PRIMARY_EMAIL,
      contacts: [],
      currentLicences: [...lines({ 'basispakket-medewerkers': 630, 'basispakket-leerlingen': 5150 }), ...preparedLines(LYCEUM)],
      futureLicences: lines({ 'basispakket-medewerkers': 640, 'basispakket-leerlingen': 5200 }),
    },
  ];
}

/**
 * An order placed during this campaign's registration period (never dated after today).
 * @param {string} number @param {string} institutionId @param {string} date
 * @param {import('./state.mjs').OrderStatus} status @param {number | null} approvedAt
 * @returns {Order}
 */
function pastOrder(number, institutionId, date, status, approvedAt) {
  const orderLines = preparedLines(institutionId).map((line) => ({
    ...line,
    priceCents: PRODUCTS.find((product) => product.id === line.productId)?.priceCents ?? 0,
  }));
  return {
    number,
    institutionId,
    placedBy: PRIMARY_EMAIL,
    date,
    status,
    reference: '',
    lines: orderLines,
    amountCents: orderLines.reduce((sum, line) => sum + line.quantity * line.priceCents, 0),
    approvedAt,
  };
}

/** Orders from earlier years in the big-pages scenario: an order history of several hundred rows. */
export const BIG_HISTORY_EXTRA_ORDERS = 400;
const BIG_HISTORY_FIRST_NUMBER = 150001;

/**
 * The orders of earlier years, one every four days back from two months before this campaign opened,
 * so none falls in this campaign's registration period (October to January). All "Afgehandeld".
 * @param {Campaign} campaign @returns {Order[]}
 */
function earlierYearsOrders(campaign) {
  const ids = [BAKEN, ROC, LYCEUM];
  return Array.from({ length: BIG_HISTORY_EXTRA_ORDERS }, (_, i) =>
    pastOrder(String(BIG_HISTORY_FIRST_NUMBER + i), ids[i % ids.length] ?? BAKEN, addDays(campaign.opensOn, -60 - 4 * i), 'Afgehandeld', null),
  );
}

/** The cart's notice in the big-pages scenario: some 20,000 characters, far beyond a message's limit. */
const LONG_NOTICE_PARAGRAPH =
  'Let op: de aantallen in je winkelwagen zijn de deelnames van vorig jaar. Controleer per licentie het totaal dat je nodig hebt, ' +
  'ook voor medewerkers en leerlingen die later in het schooljaar beginnen, en pas het aan waar nodig. ';
export const LONG_CART_NOTICE = LONG_NOTICE_PARAGRAPH.repeat(Math.ceil(20_000 / LONG_NOTICE_PARAGRAPH.length)).trim();

/**
 * @param {ScenarioName} scenario
 * @param {{ campaign: Campaign, autoCompleteMs: number, now: Date }} options
 * @returns {State}
 */
export function buildState(scenario, { campaign, autoCompleteMs, now }) {
  const today = amsterdamToday(now);
  /** @param {number} days */
  const periodDay = (days) => {
    const day = addDays(campaign.opensOn, days);
    return day < today ? day : today;
  };
  /** @type {State} */
  const state = {
    scenario,
    campaign,
    autoCompleteMs,
    products: PRODUCTS.map((product) => ({ ...product })),
    accounts: ACCOUNTS.map(({ email, password, name }) => ({ email, password, name })),
    institutions: institutions(),
    preparedOrders: [BAKEN, ROC, LYCEUM].map((institutionId) => ({
      institutionId,
      lines: preparedLines(institutionId),
      status: /** @type {import('./state.mjs').PreparedStatus} */ ('klaar'),
    })),
    carts: [],
    orders: [],
    references: {},
    sessions: {},
    lastLoginSession: null,
    nextOrderNumber: FIRST_NEW_ORDER_NUMBER,
    nextLineId: 1,
    cartNotice: scenario === 'big-pages' ? LONG_CART_NOTICE : null,
  };
  /** @param {string} institutionId */
  const markOrdered = (institutionId) => {
    const prepared = state.preparedOrders.find((candidate) => candidate.institutionId === institutionId);
    if (prepared) prepared.status = 'besteld';
  };
  if (scenario === 'demo' || scenario === 'open-order' || scenario === 'big-pages') {
    // Approved "now", so an auto-complete delay counts from the reset.
    state.orders.push(pastOrder(DONE_ORDER_NUMBER, LYCEUM, periodDay(2), 'Goedgekeurd', now.getTime()));
    markOrdered(LYCEUM);
  }
  if (scenario === 'open-order') {
    state.orders.push(pastOrder(OPEN_ORDER_NUMBER, ROC, periodDay(5), 'Open', null));
    markOrdered(ROC);
  }
  if (scenario === 'adobe-order') {
    // In the same weeks, an Adobe order of Het Baken College waits for approval: not the registration.
    state.orders.push({
      number: ADOBE_ORDER_NUMBER,
      institutionId: BAKEN,
      placedBy: PRIMARY_EMAIL,
      date: periodDay(3),
      status: 'Open',
      reference: '',
      lines: [],
      amountCents: 1_249_500,
      approvedAt: null,
      description: 'Adobe Creative Cloud All Apps',
    });
  }
  if (scenario === 'several-open') {
    // A board's contact with no school finished: two orders wait for approval, one cart is untouched.
    state.orders.push(pastOrder(OPEN_ORDER_NUMBER, ROC, periodDay(5), 'Open', null));
    state.orders.push(pastOrder(SECOND_OPEN_ORDER_NUMBER, LYCEUM, periodDay(6), 'Open', null));
    markOrdered(ROC);
    markOrdered(LYCEUM);
  }
  if (scenario === 'big-pages') state.orders.push(...earlierYearsOrders(campaign));
  return state;
}
