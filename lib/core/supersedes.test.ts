import { describe, expect, it } from 'vitest';
import { BAKEN, ROC, cartPage, renewalsPage } from './test-support/observations';
import { emptyObservation, type PageObservation } from './observation';
import { supersedes } from './supersedes';

const AT = Date.parse('2025-11-20T10:00+01:00');
const ORDERS = 'https://www.slbdiensten.nl/account/bestellingen/';
const orders = (approved: string[], withoutNumber = false): PageObservation => ({
  ...emptyObservation('open-orders', ORDERS, AT),
  approvedOrders: approved,
  approvedWithoutNumber: withoutNumber,
});

describe('supersedes', () => {
  it('a newer reading of the same page replaces the older', () => {
    expect(supersedes(cartPage(AT + 1, BAKEN, 'PO-2'), cartPage(AT, BAKEN, 'PO-1'))).toBe(true);
  });

  it('a reading of another page never does: the older page is gone and nobody reads it again', () => {
    expect(supersedes(cartPage(AT + 1, null), renewalsPage(AT, [{ institution: ROC, canClaim: true }]))).toBe(false);
  });

  it('a pressed claim is kept, even when the same page is read again', () => {
    const pressed = { ...renewalsPage(AT, [{ institution: ROC, canClaim: true }]), claiming: ROC };
    expect(supersedes(renewalsPage(AT + 1, [{ institution: ROC, canClaim: true }]), pressed)).toBe(false);
  });

  it('a message that an order was approved is kept until a newer reading still shows it', () => {
    expect(supersedes(orders([]), orders(['204517']))).toBe(false);
    expect(supersedes(orders(['204517']), orders(['204517']))).toBe(true);
    expect(supersedes(orders([]), orders([], true))).toBe(false);
    expect(supersedes(orders([], true), orders([], true))).toBe(true);
  });
});
