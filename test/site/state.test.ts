import { describe, expect, it } from 'vitest';
import { deriveCampaign } from './campaign.mjs';
import { BAKEN, COLLEAGUE_EMAIL, LYCEUM, PASSWORD, PRIMARY_EMAIL, ROC, buildState } from './scenarios.mjs';
import {
  TEXT, addProduct, addUnderlying, approveOrder, cartOf, changeQuantity, claimPreparedOrder, completeApproved,
  login, placeOrder, preparedOrderOf, removeLine, settle, underlyingShortfalls, waitingRenewals,
  type ScenarioName, type State,
} from './state.mjs';

const NOW = new Date('2026-11-21T09:30:00Z');
const TODAY = '2026-11-21';

function scenario(name: ScenarioName = 'demo', autoCompleteMs = 0): State {
  return buildState(name, { campaign: deriveCampaign({ now: NOW }), autoCompleteMs, now: NOW });
}

function claimed(institutionId = BAKEN): State {
  const outcome = claimPreparedOrder(scenario(), { email: PRIMARY_EMAIL, institutionId });
  expect(outcome.ok).toBe(true);
  return outcome.state;
}

function lineId(state: State, productId: string): string {
  const line = cartOf(state, PRIMARY_EMAIL)?.lines.find((candidate) => candidate.productId === productId);
  if (!line) throw new Error(`no ${productId} in the cart`);
  return line.id;
}

function quantityOf(state: State, productId: string): number | undefined {
  return cartOf(state, PRIMARY_EMAIL)?.lines.find((line) => line.productId === productId)?.quantity;
}

function placed(): { state: State; orderNumber: string } {
  const outcome = placeOrder(claimed(), { email: PRIMARY_EMAIL, reference: ' PO-42 ', today: TODAY });
  if (!outcome.orderNumber) throw new Error('not placed');
  return { state: outcome.state, orderNumber: outcome.orderNumber };
}

describe('login', () => {
  it('opens a session for the right password, whatever the e-mail case', () => {
    const outcome = login(scenario(), { sessionId: 's1', email: ' J.deVries@Onderwijsgroep-Rivierland.nl ', password: PASSWORD, now: 1 });
    expect(outcome.ok).toBe(true);
    expect(outcome.state.sessions.s1?.email).toBe(PRIMARY_EMAIL);
    expect(outcome.state.lastLoginSession).toBe('s1');
  });

  it.each([
    [PRIMARY_EMAIL, 'wrong'],
    ['nobody@example.nl', PASSWORD],
  ])('refuses %s / %s with the shop message', (email, password) => {
    const before = scenario();
    const outcome = login(before, { sessionId: 's1', email, password, now: 1 });
    expect(outcome.ok).toBe(false);
    expect(outcome.messages).toEqual([{ level: 'error', text: 'Onjuist e-mailadres of wachtwoord.' }]);
    expect(outcome.state.sessions).toEqual({});
  });
});

describe('claiming the prepared cart', () => {
  it('moves the prepared order into the cart and leaves the old state alone', () => {
    const before = scenario();
    const outcome = claimPreparedOrder(before, { email: PRIMARY_EMAIL, institutionId: BAKEN });
    expect(outcome.ok).toBe(true);
    const cart = cartOf(outcome.state, PRIMARY_EMAIL);
    expect(cart?.institutionId).toBe(BAKEN);
    expect(cart?.lines.map((line) => line.quantity)).toEqual([1996, 14250, 120, 120, 25, 32, 8, 300]);
    expect(preparedOrderOf(outcome.state, BAKEN)?.status).toBe('geclaimd');
    expect(waitingRenewals(outcome.state, PRIMARY_EMAIL)).toBe(1);
    expect(cartOf(before, PRIMARY_EMAIL)).toBeUndefined();
    expect(preparedOrderOf(before, BAKEN)?.status).toBe('klaar');
  });

  it('refuses a second cart while one is claimed, naming the claimed institution', () => {
    const state = claimed(BAKEN);
    const outcome = claimPreparedOrder(state, { email: PRIMARY_EMAIL, institutionId: ROC });
    expect(outcome.ok).toBe(false);
    expect(outcome.messages[0]?.text).toBe(
      'Je hebt al een winkelwagen geclaimd voor Het Baken College. Rond die bestelling eerst af voordat je een nieuwe winkelwagen claimt.',
    );
    expect(preparedOrderOf(outcome.state, ROC)?.status).toBe('klaar');
  });

  it('allows the next cart once the first is ordered', () => {
    const { state } = placed();
    expect(claimPreparedOrder(state, { email: PRIMARY_EMAIL, institutionId: ROC }).ok).toBe(true);
  });

  it('refuses a colleague who is not the 1e contactpersoon', () => {
    const outcome = claimPreparedOrder(scenario(), { email: COLLEAGUE_EMAIL, institutionId: BAKEN });
    expect(outcome.ok).toBe(false);
    expect(outcome.messages[0]?.text).toBe(
      'Alleen de 1e contactpersoon kan deze winkelwagen claimen. Is de 1e contactpersoon veranderd? Stuur een e-mail naar servicedesk@slbdiensten.nl.',
    );
    expect(cartOf(outcome.state, COLLEAGUE_EMAIL)).toBeUndefined();
  });

  it('does not know institutions the account is no contact of', () => {
    expect(claimPreparedOrder(scenario(), { email: COLLEAGUE_EMAIL, institutionId: ROC }).notFound).toBe(true);
  });

  it('refuses an order that was already placed', () => {
    expect(claimPreparedOrder(scenario(), { email: PRIMARY_EMAIL, institutionId: LYCEUM }).messages[0]?.text).toBe(TEXT.alreadyOrdered);
  });
});

describe('changing a quantity', () => {
  it.each(['abc', '-3', '1,5', '', '1.5', '2.00'])('refuses %j and keeps the cart', (text) => {
    const state = claimed();
    const outcome = changeQuantity(state, { email: PRIMARY_EMAIL, lineId: lineId(state, 'a3-medewerkers'), text });
    expect(outcome.ok).toBe(false);
    expect(outcome.messages).toEqual([{ level: 'error', text: 'Vul een geheel aantal van 0 of meer in.' }]);
    expect(quantityOf(outcome.state, 'a3-medewerkers')).toBe(1996);
  });

  it.each([
    ['2.000', 2000],
    ['2000', 2000],
    ['1 996', 1996],
    [' 12 ', 12],
    ['0', 0],
  ])('accepts %j as %i', (text, expected) => {
    const state = claimed();
    const outcome = changeQuantity(state, { email: PRIMARY_EMAIL, lineId: lineId(state, 'windows-server-standard-core'), text });
    expect(outcome.ok).toBe(true);
    expect(quantityOf(outcome.state, 'windows-server-standard-core')).toBe(expected);
  });

  it('says nothing about base packages while A3 stays within them', () => {
    const state = claimed();
    const outcome = changeQuantity(state, { email: PRIMARY_EMAIL, lineId: lineId(state, 'a3-medewerkers'), text: '2050' });
    expect(outcome.messages.filter((message) => message.level === 'error')).toEqual([]);
  });

  it('shows the underlying-licence message when A3 exceeds the base packages, and its button fixes it', () => {
    const state = claimed();
    const changed = changeQuantity(state, { email: PRIMARY_EMAIL, lineId: lineId(state, 'a3-medewerkers'), text: '2054' });
    const warning = changed.messages.find((message) => message.action);
    expect(warning?.text).toBe('Voor 4 extra Microsoft 365 A3 medewerkers zijn ook 4 extra Basispakket medewerkers nodig.');
    expect(warning?.action).toEqual({ kind: 'add-underlying', productId: 'a3-medewerkers' });

    const fixed = addUnderlying(changed.state, { email: PRIMARY_EMAIL, productId: 'a3-medewerkers' });
    expect(quantityOf(fixed.state, 'basispakket-medewerkers')).toBe(4);
    const cart = cartOf(fixed.state, PRIMARY_EMAIL);
    expect(cart && underlyingShortfalls(fixed.state, cart)).toEqual([]);
  });

  it('counts base packages already in the cart and raises that line', () => {
    const state = addProduct(claimed(ROC), { email: PRIMARY_EMAIL, productId: 'basispakket-medewerkers', text: '2' }).state;
    const changed = changeQuantity(state, { email: PRIMARY_EMAIL, lineId: lineId(state, 'a3-leerlingen'), text: '22.000' });
    // A3 medewerkers 1.996 vs 1.990 + 2; A3 leerlingen 22.000 vs 21.500.
    expect(changed.messages.filter((message) => message.action).map((message) => message.text)).toEqual([
      'Voor 4 extra Microsoft 365 A3 medewerkers zijn ook 4 extra Basispakket medewerkers nodig.',
      'Voor 500 extra Microsoft 365 A3 leerlingen/studenten zijn ook 500 extra Basispakket leerlingen/studenten nodig.',
    ]);
    const fixed = addUnderlying(changed.state, { email: PRIMARY_EMAIL, productId: 'a3-medewerkers' });
    expect(quantityOf(fixed.state, 'basispakket-medewerkers')).toBe(6);
  });
});

describe('deleting and adding', () => {
  it('removes a line', () => {
    const state = claimed();
    const outcome = removeLine(state, { email: PRIMARY_EMAIL, lineId: lineId(state, 'a5-medewerkers') });
    expect(outcome.ok).toBe(true);
    expect(quantityOf(outcome.state, 'a5-medewerkers')).toBeUndefined();
    expect(cartOf(outcome.state, PRIMARY_EMAIL)?.lines).toHaveLength(7);
    expect(removeLine(outcome.state, { email: PRIMARY_EMAIL, lineId: 'nope' }).notFound).toBe(true);
  });

  it('adds a new product as a new line and an existing one to its line', () => {
    const added = addProduct(claimed(), { email: PRIMARY_EMAIL, productId: 'visio-plan-2', text: '15' });
    expect(quantityOf(added.state, 'visio-plan-2')).toBe(15);
    const again = addProduct(added.state, { email: PRIMARY_EMAIL, productId: 'a3-medewerkers', text: '4' });
    expect(quantityOf(again.state, 'a3-medewerkers')).toBe(2000);
    expect(cartOf(again.state, PRIMARY_EMAIL)?.lines).toHaveLength(9);
  });

  it('refuses a bad number and an add without a claimed cart', () => {
    expect(addProduct(claimed(), { email: PRIMARY_EMAIL, productId: 'visio-plan-2', text: '1,5' }).messages[0]?.text).toBe(TEXT.badQuantity);
    expect(addProduct(scenario(), { email: PRIMARY_EMAIL, productId: 'visio-plan-2', text: '5' }).messages[0]?.text).toBe(TEXT.claimFirst);
  });
});

describe('placing, approving and completing an order', () => {
  it('turns the cart into an Open order with a 6-digit number', () => {
    const before = claimed();
    const { state, orderNumber } = placed();
    expect(orderNumber).toMatch(/^\d{6}$/);
    const order = state.orders.find((candidate) => candidate.number === orderNumber);
    expect(order).toMatchObject({ status: 'Open', institutionId: BAKEN, reference: 'PO-42', date: TODAY });
    const beforeCart = cartOf(before, PRIMARY_EMAIL);
    expect(order?.amountCents).toBe(12308140);
    expect(beforeCart?.lines).toHaveLength(8);
    expect(cartOf(state, PRIMARY_EMAIL)).toBeUndefined();
    expect(preparedOrderOf(state, BAKEN)?.status).toBe('besteld');
    expect(state.references[PRIMARY_EMAIL]).toBe('PO-42');
  });

  it('refuses to place an empty cart', () => {
    expect(placeOrder(scenario(), { email: PRIMARY_EMAIL, reference: '', today: TODAY }).messages[0]?.text).toBe('Je winkelwagen is leeg.');
  });

  it('lets the 1e contactpersoon approve, and refuses the colleague', () => {
    const { state, orderNumber } = placed();
    const refused = approveOrder(state, { email: COLLEAGUE_EMAIL, orderNumber, now: 5 });
    expect(refused.messages[0]?.text).toBe('Alleen de 1e contactpersoon kan deze bestelling goedkeuren.');
    expect(refused.state.orders.find((order) => order.number === orderNumber)?.status).toBe('Open');

    const approved = approveOrder(state, { email: PRIMARY_EMAIL, orderNumber, now: 5 });
    expect(approved.messages[0]?.text).toBe(`Bestelling ${orderNumber} is goedgekeurd.`);
    expect(approved.state.orders.find((order) => order.number === orderNumber)?.status).toBe('Goedgekeurd');
  });

  it('completes approved orders only', () => {
    const { state, orderNumber } = placed();
    const done = completeApproved(state);
    expect(done.completed).toEqual(['203988']);
    expect(done.state.orders.map((order) => [order.number, order.status])).toEqual([
      ['203988', 'Afgehandeld'],
      [orderNumber, 'Open'],
    ]);
  });

  it('completes approved orders by itself once the configured delay has passed', () => {
    const state = scenario('demo', 60_000);
    expect(settle(state, NOW.getTime() + 59_999).orders[0]?.status).toBe('Goedgekeurd');
    expect(settle(state, NOW.getTime() + 60_000).orders[0]?.status).toBe('Afgehandeld');
    expect(settle(scenario('demo', 0), NOW.getTime() + 1e12).orders[0]?.status).toBe('Goedgekeurd');
  });
});

describe('scenarios', () => {
  it('demo: Lyceum Zuiderpark approved in the registration period, two carts waiting', () => {
    const state = scenario('demo');
    expect(state.orders).toHaveLength(1);
    expect(state.orders[0]).toMatchObject({ number: '203988', institutionId: LYCEUM, status: 'Goedgekeurd' });
    expect(state.orders[0]!.date >= state.campaign.opensOn && state.orders[0]!.date <= TODAY).toBe(true);
    expect(waitingRenewals(state, PRIMARY_EMAIL)).toBe(2);
    expect(waitingRenewals(state, COLLEAGUE_EMAIL)).toBe(1);
  });

  it('fresh: nothing ordered, three carts waiting', () => {
    const state = scenario('fresh');
    expect(state.orders).toEqual([]);
    expect(waitingRenewals(state, PRIMARY_EMAIL)).toBe(3);
  });

  it('open-order: ROC Rivierland has a placed order that is still Open', () => {
    const state = scenario('open-order');
    expect(state.orders.find((order) => order.institutionId === ROC)?.status).toBe('Open');
    expect(preparedOrderOf(state, ROC)?.status).toBe('besteld');
    expect(waitingRenewals(state, PRIMARY_EMAIL)).toBe(1);
  });

  it('several-open: no school finished; ROC Rivierland and Lyceum Zuiderpark wait for approval, Het Baken College for its claim', () => {
    const state = scenario('several-open');
    expect(state.orders.map((order) => [order.institutionId, order.status]).sort()).toEqual([[ROC, 'Open'], [LYCEUM, 'Open']]);
    expect(new Set(state.orders.map((order) => order.number)).size).toBe(2);
    expect(state.orders.every((order) => order.date <= TODAY)).toBe(true);
    expect(preparedOrderOf(state, BAKEN)?.status).toBe('klaar');
    expect(waitingRenewals(state, PRIMARY_EMAIL)).toBe(1);
  });
});
