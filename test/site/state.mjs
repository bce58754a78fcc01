// @ts-check
/**
 * The shop's state machine. Every transition is a pure function: it takes the state and the actor,
 * returns a new state plus the shop's messages, and never touches the old state, the clock or the
 * network (time comes in as an argument). The HTTP layer only maps requests onto these functions.
 */
import { formatQuantity, parseQuantity } from './dutch.mjs';

/** @typedef {import('./campaign.mjs').Campaign} Campaign */
/** @typedef {'demo' | 'fresh' | 'open-order' | 'adobe-order' | 'several-open' | 'big-pages'} ScenarioName */
/** @typedef {'medewerkers' | 'leerlingen'} UserType */

/**
 * @typedef {object} Product
 * @property {string} id
 * @property {string} name
 * @property {number} priceCents price per licence, excl. btw
 * @property {string | null} requires a product that must be owned or ordered alongside, one for one
 *   (Microsoft 365 A3 needs a Basispakket of the same user type)
 */

/** @typedef {{ email: string, password: string, name: string }} Account */
/** @typedef {{ productId: string, quantity: number }} Quantity */

/**
 * @typedef {object} Institution
 * @property {string} customerNumber the shop's klantnummer, also the id
 * @property {string} name
 * @property {string} primaryContact e-mail of the 1e contactpersoon
 * @property {string[]} contacts e-mails of the other contact persons
 * @property {Quantity[]} currentLicences licences of the running year
 * @property {Quantity[]} futureLicences licences already invoiced for the licence year (base packages)
 */

/** @typedef {'klaar' | 'geclaimd' | 'besteld'} PreparedStatus */
/** @typedef {{ institutionId: string, lines: Quantity[], status: PreparedStatus }} PreparedOrder */
/** @typedef {{ id: string, productId: string, quantity: number }} CartLine */
/** @typedef {{ owner: string, institutionId: string, lines: CartLine[] }} Cart */
/** @typedef {'Open' | 'Goedgekeurd' | 'Afgehandeld'} OrderStatus */
/** @typedef {{ productId: string, quantity: number, priceCents: number }} OrderLine */

/**
 * @typedef {object} Order
 * @property {string} number six digits
 * @property {string} institutionId
 * @property {string} placedBy e-mail
 * @property {string} date ISO day it was placed
 * @property {OrderStatus} status
 * @property {string} reference
 * @property {OrderLine[]} lines
 * @property {number} amountCents
 * @property {number | null} approvedAt epoch ms
 * @property {string} [description] what the order lists show it holds, when it is not Microsoft licences
 *   (an Adobe order); otherwise the lists name the products of its lines
 */

/** @typedef {{ kind: 'add-underlying', productId: string }} FlashAction */
/** @typedef {{ level: 'error' | 'success', text: string, action?: FlashAction }} Flash */
/** @typedef {{ email: string, flashes: Flash[], loggedInAt: number }} Session */

/**
 * @typedef {object} State
 * @property {ScenarioName} scenario
 * @property {Campaign} campaign
 * @property {number} autoCompleteMs after this long an approved order becomes "Afgehandeld"; 0 = never
 * @property {Product[]} products
 * @property {Account[]} accounts
 * @property {Institution[]} institutions
 * @property {PreparedOrder[]} preparedOrders
 * @property {Cart[]} carts one per account at most
 * @property {Order[]} orders
 * @property {Record<string, string>} references last invoice reference per account, to pre-fill
 * @property {Record<string, Session>} sessions by session id
 * @property {string | null} lastLoginSession
 * @property {number} nextOrderNumber
 * @property {number} nextLineId
 * @property {string | null} cartNotice a notice the cart page shows above the cart (scenario big-pages)
 */

/**
 * @typedef {object} Outcome
 * @property {State} state the new state (the same object when nothing changed)
 * @property {boolean} ok
 * @property {Flash[]} messages what the shop tells the user
 * @property {boolean} [notFound] the thing acted on does not exist for this user
 * @property {string} [orderNumber] set by placeOrder
 */

export const TEXT = {
  badLogin: 'Onjuist e-mailadres of wachtwoord.',
  onlyPrimaryClaims:
    'Alleen de 1e contactpersoon kan deze winkelwagen claimen. Is de 1e contactpersoon veranderd? Stuur een e-mail naar servicedesk@slbdiensten.nl.',
  onlyPrimaryApproves: 'Alleen de 1e contactpersoon kan deze bestelling goedkeuren.',
  /** @param {string} institution */
  alreadyClaimed: (institution) =>
    `Je hebt al een winkelwagen geclaimd voor ${institution}. Rond die bestelling eerst af voordat je een nieuwe winkelwagen claimt.`,
  alreadyOrdered: 'Deze order is al besteld.',
  claimed: 'De order is toegevoegd aan je winkelwagen.',
  badQuantity: 'Vul een geheel aantal van 0 of meer in.',
  quantityChanged: 'Het aantal is gewijzigd.',
  lineRemoved: 'De licentie is verwijderd.',
  productAdded: 'Het product is toegevoegd aan je winkelwagen.',
  claimFirst: 'Claim eerst je winkelwagen via Licenties verlengen.',
  underlyingAdded: 'De basispakketten zijn toegevoegd.',
  emptyCart: 'Je winkelwagen is leeg.',
  /** @param {number} extra @param {string} product @param {string} underlying */
  underlyingNeeded: (extra, product, underlying) =>
    `Voor ${formatQuantity(extra)} extra ${product} zijn ook ${formatQuantity(extra)} extra ${underlying} nodig.`,
  /** @param {string} orderNumber */
  approved: (orderNumber) => `Bestelling ${orderNumber} is goedgekeurd.`,
};

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/** @param {string} email */
function normaliseEmail(email) {
  return email.trim().toLowerCase();
}

/** @param {State} state @param {string} email @returns {Account | undefined} */
export function accountOf(state, email) {
  const wanted = normaliseEmail(email);
  return state.accounts.find((account) => account.email === wanted);
}

/** @param {State} state @param {string} productId @returns {Product | undefined} */
export function productOf(state, productId) {
  return state.products.find((product) => product.id === productId);
}

/** @param {State} state @param {string} productId */
export function productName(state, productId) {
  return productOf(state, productId)?.name ?? productId;
}

/** @param {State} state @param {string} customerNumber @returns {Institution | undefined} */
export function institutionOf(state, customerNumber) {
  return state.institutions.find((institution) => institution.customerNumber === customerNumber);
}

/**
 * Institutions the account is a contact person of (1e or other), in the shop's order.
 * @param {State} state @param {string} email @returns {Institution[]}
 */
export function institutionsOf(state, email) {
  return state.institutions.filter(
    (institution) => institution.primaryContact === email || institution.contacts.includes(email),
  );
}

/** @param {Institution} institution @param {string} email */
export function isPrimaryContact(institution, email) {
  return institution.primaryContact === email;
}

/** @param {State} state @param {string} email @returns {Cart | undefined} */
export function cartOf(state, email) {
  return state.carts.find((cart) => cart.owner === email);
}

/** @param {State} state @param {string} institutionId @returns {PreparedOrder | undefined} */
export function preparedOrderOf(state, institutionId) {
  return state.preparedOrders.find((prepared) => prepared.institutionId === institutionId);
}

/**
 * The number behind "Licenties verlengen": prepared carts that still wait for this account.
 * @param {State} state @param {string} email
 */
export function waitingRenewals(state, email) {
  return institutionsOf(state, email).filter((institution) => preparedOrderOf(state, institution.customerNumber)?.status === 'klaar').length;
}

/**
 * Orders of the account's institutions, newest first.
 * @param {State} state @param {string} email @returns {Order[]}
 */
export function ordersOf(state, email) {
  const mine = new Set(institutionsOf(state, email).map((institution) => institution.customerNumber));
  return state.orders
    .filter((order) => mine.has(order.institutionId))
    .sort((a, b) => (a.date === b.date ? b.number.localeCompare(a.number) : b.date.localeCompare(a.date)));
}

/** @param {State} state @param {{ productId: string, quantity: number }[]} lines */
export function totalCents(state, lines) {
  return lines.reduce((sum, line) => sum + line.quantity * (productOf(state, line.productId)?.priceCents ?? 0), 0);
}

/**
 * Cart lines that need more of their underlying product than the institution owns for the licence
 * year plus what the cart orders: "4 extra A3 medewerkers need 4 extra Basispakketten medewerkers".
 * @param {State} state @param {Cart} cart
 * @returns {{ product: Product, underlying: Product, shortfall: number }[]}
 */
export function underlyingShortfalls(state, cart) {
  const institution = institutionOf(state, cart.institutionId);
  /** @param {string} productId */
  const ordered = (productId) => cart.lines.filter((line) => line.productId === productId).reduce((sum, line) => sum + line.quantity, 0);
  /** @param {string} productId */
  const owned = (productId) =>
    (institution?.futureLicences ?? []).filter((licence) => licence.productId === productId).reduce((sum, licence) => sum + licence.quantity, 0);
  /** @type {{ product: Product, underlying: Product, shortfall: number }[]} */
  const found = [];
  for (const product of state.products) {
    if (!product.requires) continue;
    const underlying = productOf(state, product.requires);
    if (!underlying) continue;
    const shortfall = ordered(product.id) - owned(underlying.id) - ordered(underlying.id);
    if (shortfall > 0) found.push({ product, underlying, shortfall });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Transitions
// ---------------------------------------------------------------------------------------------

/**
 * @param {State} state @param {Partial<Outcome>} [rest] @returns {Outcome}
 */
function unchanged(state, rest = {}) {
  return { state, ok: false, messages: [], ...rest };
}

/** @param {State} state @param {string} text @returns {Outcome} */
function refused(state, text) {
  return { state, ok: false, messages: [{ level: 'error', text }] };
}

/** @param {string} text @returns {Flash} */
function success(text) {
  return { level: 'success', text };
}

/**
 * @param {State} state
 * @param {{ sessionId: string, email: string, password: string, now: number }} input
 * @returns {Outcome}
 */
export function login(state, { sessionId, email, password, now }) {
  const account = accountOf(state, email);
  if (!account || account.password !== password) return refused(state, TEXT.badLogin);
  const next = structuredClone(state);
  next.sessions[sessionId] = { email: account.email, flashes: [], loggedInAt: now };
  next.lastLoginSession = sessionId;
  return { state: next, ok: true, messages: [] };
}

/** @param {State} state @param {string} sessionId @returns {Outcome} */
export function logout(state, sessionId) {
  if (!state.sessions[sessionId]) return unchanged(state, { ok: true });
  const next = structuredClone(state);
  delete next.sessions[sessionId];
  if (next.lastLoginSession === sessionId) next.lastLoginSession = null;
  return { state: next, ok: true, messages: [] };
}

/**
 * @param {State} state @param {string} sessionId @param {Flash[]} flashes @returns {State}
 */
export function addFlashes(state, sessionId, flashes) {
  if (flashes.length === 0 || !state.sessions[sessionId]) return state;
  const next = structuredClone(state);
  next.sessions[sessionId]?.flashes.push(...flashes);
  return next;
}

/**
 * Flash messages are shown once: taking them empties the session's list.
 * @param {State} state @param {string} sessionId @returns {{ state: State, flashes: Flash[] }}
 */
export function takeFlashes(state, sessionId) {
  const flashes = state.sessions[sessionId]?.flashes ?? [];
  if (flashes.length === 0) return { state, flashes: [] };
  const next = structuredClone(state);
  const session = next.sessions[sessionId];
  if (session) session.flashes = [];
  return { state: next, flashes };
}

/**
 * "Toevoegen aan winkelwagen": the prepared order becomes the account's cart. Only the 1e
 * contactpersoon may, and only one cart at a time.
 * @param {State} state @param {{ email: string, institutionId: string }} input @returns {Outcome}
 */
export function claimPreparedOrder(state, { email, institutionId }) {
  const institution = institutionOf(state, institutionId);
  const prepared = preparedOrderOf(state, institutionId);
  if (!institution || !prepared || !institutionsOf(state, email).includes(institution)) return unchanged(state, { notFound: true });
  if (!isPrimaryContact(institution, email)) return refused(state, TEXT.onlyPrimaryClaims);
  const current = cartOf(state, email);
  if (current) return refused(state, TEXT.alreadyClaimed(institutionOf(state, current.institutionId)?.name ?? current.institutionId));
  if (prepared.status !== 'klaar') return refused(state, TEXT.alreadyOrdered);
  const next = structuredClone(state);
  const lines = prepared.lines.map((line) => ({ id: String(next.nextLineId++), productId: line.productId, quantity: line.quantity }));
  next.carts.push({ owner: email, institutionId, lines });
  const nextPrepared = preparedOrderOf(next, institutionId);
  if (nextPrepared) nextPrepared.status = 'geclaimd';
  return { state: next, ok: true, messages: [success(TEXT.claimed)] };
}

/** @param {State} state @param {Cart} cart @returns {Flash[]} */
function underlyingMessages(state, cart) {
  return underlyingShortfalls(state, cart).map(({ product, underlying, shortfall }) => ({
    level: /** @type {const} */ ('error'),
    text: TEXT.underlyingNeeded(shortfall, product.name, underlying.name),
    action: { kind: /** @type {const} */ ('add-underlying'), productId: product.id },
  }));
}

/**
 * "Wijzigen" → "Hoeveel licenties wil je bestellen?" → "Ga verder": the typed total replaces the line's quantity.
 * @param {State} state @param {{ email: string, lineId: string, text: string }} input @returns {Outcome}
 */
export function changeQuantity(state, { email, lineId, text }) {
  const line = cartOf(state, email)?.lines.find((candidate) => candidate.id === lineId);
  if (!line) return unchanged(state, { notFound: true });
  const quantity = parseQuantity(text);
  if (quantity === null) return refused(state, TEXT.badQuantity);
  const next = structuredClone(state);
  const cart = /** @type {Cart} */ (cartOf(next, email));
  const nextLine = /** @type {CartLine} */ (cart.lines.find((candidate) => candidate.id === lineId));
  nextLine.quantity = quantity;
  return { state: next, ok: true, messages: [success(TEXT.quantityChanged), ...underlyingMessages(next, cart)] };
}

/**
 * "Verwijderen" → "Opzeggen".
 * @param {State} state @param {{ email: string, lineId: string }} input @returns {Outcome}
 */
export function removeLine(state, { email, lineId }) {
  const cart = cartOf(state, email);
  if (!cart || !cart.lines.some((line) => line.id === lineId)) return unchanged(state, { notFound: true });
  const next = structuredClone(state);
  const nextCart = /** @type {Cart} */ (cartOf(next, email));
  nextCart.lines = nextCart.lines.filter((line) => line.id !== lineId);
  return { state: next, ok: true, messages: [success(TEXT.lineRemoved)] };
}

/**
 * "Andere licentie van Microsoft bestellen" → "Bestellen": the typed number is added to the product's
 * line, or to a new line when the cart does not have the product yet.
 * @param {State} state @param {{ email: string, productId: string, text: string }} input @returns {Outcome}
 */
export function addProduct(state, { email, productId, text }) {
  if (!productOf(state, productId)) return unchanged(state, { notFound: true });
  const quantity = parseQuantity(text);
  if (quantity === null) return refused(state, TEXT.badQuantity);
  if (!cartOf(state, email)) return refused(state, TEXT.claimFirst);
  if (quantity === 0) return unchanged(state, { ok: true });
  const next = structuredClone(state);
  const cart = /** @type {Cart} */ (cartOf(next, email));
  const existing = cart.lines.find((line) => line.productId === productId);
  if (existing) existing.quantity += quantity;
  else cart.lines.push({ id: String(next.nextLineId++), productId, quantity });
  return { state: next, ok: true, messages: [success(TEXT.productAdded), ...underlyingMessages(next, cart)] };
}

/**
 * "Basispakketten toevoegen": raises (or adds) the underlying product's line by the shortfall.
 * @param {State} state @param {{ email: string, productId: string }} input productId: the product that needs it
 * @returns {Outcome}
 */
export function addUnderlying(state, { email, productId }) {
  const cart = cartOf(state, email);
  if (!cart) return refused(state, TEXT.claimFirst);
  const gap = underlyingShortfalls(state, cart).find((found) => found.product.id === productId);
  if (!gap) return unchanged(state, { ok: true });
  const next = structuredClone(state);
  const nextCart = /** @type {Cart} */ (cartOf(next, email));
  const existing = nextCart.lines.find((line) => line.productId === gap.underlying.id);
  if (existing) existing.quantity += gap.shortfall;
  else nextCart.lines.push({ id: String(next.nextLineId++), productId: gap.underlying.id, quantity: gap.shortfall });
  return { state: next, ok: true, messages: [success(TEXT.underlyingAdded)] };
}

/**
 * "Plaats bestelling": the cart becomes an order with status Open; the prepared order is "Besteld".
 * @param {State} state @param {{ email: string, reference: string, today: string }} input today: ISO day
 * @returns {Outcome}
 */
export function placeOrder(state, { email, reference, today }) {
  const cart = cartOf(state, email);
  if (!cart || cart.lines.length === 0) return refused(state, TEXT.emptyCart);
  const next = structuredClone(state);
  const number = String(next.nextOrderNumber++);
  const lines = cart.lines.map((line) => ({
    productId: line.productId,
    quantity: line.quantity,
    priceCents: productOf(next, line.productId)?.priceCents ?? 0,
  }));
  const cleanReference = reference.trim();
  next.orders.push({
    number,
    institutionId: cart.institutionId,
    placedBy: email,
    date: today,
    status: 'Open',
    reference: cleanReference,
    lines,
    amountCents: totalCents(next, lines),
    approvedAt: null,
  });
  next.carts = next.carts.filter((candidate) => candidate.owner !== email);
  const prepared = preparedOrderOf(next, cart.institutionId);
  if (prepared) prepared.status = 'besteld';
  next.references[email] = cleanReference;
  return { state: next, ok: true, messages: [], orderNumber: number };
}

/**
 * "Goedkeuren": Open → Goedgekeurd, only by the 1e contactpersoon.
 * @param {State} state @param {{ email: string, orderNumber: string, now: number }} input @returns {Outcome}
 */
export function approveOrder(state, { email, orderNumber, now }) {
  const order = ordersOf(state, email).find((candidate) => candidate.number === orderNumber);
  const institution = order && institutionOf(state, order.institutionId);
  if (!order || !institution) return unchanged(state, { notFound: true });
  if (!isPrimaryContact(institution, email)) return refused(state, TEXT.onlyPrimaryApproves);
  if (order.status !== 'Open') return unchanged(state, { ok: true });
  const next = structuredClone(state);
  const nextOrder = /** @type {Order} */ (next.orders.find((candidate) => candidate.number === orderNumber));
  nextOrder.status = 'Goedgekeurd';
  nextOrder.approvedAt = now;
  return { state: next, ok: true, messages: [success(TEXT.approved(orderNumber))] };
}

/**
 * SLB checked the approved orders and passed them to Microsoft: Goedgekeurd → Afgehandeld.
 * @param {State} state @param {(order: Order) => boolean} [which] default: every approved order
 * @returns {{ state: State, completed: string[] }}
 */
export function completeApproved(state, which = () => true) {
  const due = state.orders.filter((order) => order.status === 'Goedgekeurd' && which(order)).map((order) => order.number);
  if (due.length === 0) return { state, completed: [] };
  const next = structuredClone(state);
  for (const order of next.orders) if (due.includes(order.number)) order.status = 'Afgehandeld';
  return { state: next, completed: due };
}

/**
 * Lets time pass: with autoCompleteMs set, approved orders older than that are completed.
 * @param {State} state @param {number} now epoch ms @returns {State}
 */
export function settle(state, now) {
  if (state.autoCompleteMs <= 0) return state;
  return completeApproved(state, (order) => order.approvedAt !== null && now - order.approvedAt >= state.autoCompleteMs).state;
}
