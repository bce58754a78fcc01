/**
 * Licenties verlengen as the first page seen, its one prepared order naming no institution, and the
 * person presses "Toevoegen aan winkelwagen" (found by apply-observation.property.test.ts, where a
 * second look at the same page gave more than the first): the order's lines are last year's
 * quantities of the institution claimed, from that one observation.
 */
import { describe, expect, it } from 'vitest';
import { applyObservation } from './apply-observation';
import { emptyObservation } from './observation';
import { emptyYearProgress, institutionKey } from './progress';
import { BAKEN } from './test-support/observations';

const T = Date.parse('2026-11-20T10:00+01:00');

describe('a claim on a prepared order that names no institution', () => {
  it('gives the claimed institution the order’s prepared quantities at once', () => {
    const lines = [{ product: 'Microsoft 365 A3 medewerkers', quantity: 1996, quantityText: '1.996' }];
    const claim = {
      ...emptyObservation('renewals', 'https://www.slbdiensten.nl/account/licenties-verlengen/', T),
      loggedIn: true,
      preparedOrders: [{ institution: null, lines, canClaim: true }],
      claiming: BAKEN,
    };
    const once = applyObservation(emptyYearProgress(2027), claim);
    expect(once.institutions[institutionKey(BAKEN)]?.preparedLines).toEqual(lines);
    expect(applyObservation(once, claim)).toEqual(once);
  });
});
