/**
 * Which order in a list is the registration (domain.md, "Evidence: which order"): a row that shows
 * other products is not, a row that says it is the renewal or shows the Microsoft licences is, and a
 * row that cannot be told apart is only "mogelijk de registratie" until the person answers.
 */
import { describe, expect, it } from 'vitest';
import { yearProgressSchema } from '../store/schemas';
import { applyObservation } from './apply-observation';
import type { PageObservation } from './observation';
import { emptyYearProgress, type YearProgress } from './progress';
import { rowEvidence } from './registration-order';
import { stepStates, waitsForApproval } from './steps';
import { applyUserAction } from './user-actions';
import { BAKEN, accountPage, historyPage, openOrdersPage, orderRow, renewalsPage, thankYouPage } from './test-support/observations';
import { resolveCampaign } from './campaign';
import { warnings } from './warnings';

const T = Date.UTC(2025, 10, 20, 8, 0); // Thu 20 Nov 2025, registration 2026 open
const minute = 60_000;
const KEY = '100231';

function seen(...observations: PageObservation[]): YearProgress {
  return observations.reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));
}
const states = (p: YearProgress) => stepStates(p.institutions[KEY]!, p.account).map((v) => v.state);

describe('what a row tells', () => {
  const row = (description: string | null, saysRenewal?: boolean) => ({ ...orderRow('204600', BAKEN, 'open', '21-11-2025', description), ...(saysRenewal ? { saysRenewal } : {}) });
  it.each([
    ['Microsoft 365 A3 medewerkers, Basispakket medewerkers', 'registration'],
    ['Basispakket leerlingen/studenten e.a.', 'registration'],
    ['Microsoft Defender Suite medewerkers', 'registration'],
    // Joined in words Vinkje was never told about: the licences are still seen.
    ['Basispakket medewerkers & Visio Plan 2', 'registration'],
    ['Basispakket leerlingen/studenten plus 3 andere artikelen', 'registration'],
    ['Adobe Creative Cloud All Apps', 'other'],
    ['Zoom Workplace Education; Adobe Acrobat Pro', 'other'],
  ])('"%s" is %s', (description, expected) => {
    expect(rowEvidence(row(description), 2026)).toBe(expected);
  });
  it('a row that says it is the renewal is the registration, whatever else it says', () => {
    expect(rowEvidence(row('Verlenging 2026', true), 2026)).toBe('registration');
  });
  it('a row without a description cannot be told apart', () => {
    expect(rowEvidence(row(null), 2026)).toBe('unknown');
    expect(rowEvidence(row('  '), 2026)).toBe('unknown');
  });
});

describe('an order list Vinkje cannot tell apart', () => {
  const unclear = () => orderRow('204600', BAKEN, 'open', '21-11-2025', null);

  it('an Adobe order of the season in Openstaande bestellingen ticks nothing and adds no school', () => {
    const p = seen(accountPage(T), openOrdersPage(T + minute, [orderRow('204600', BAKEN, 'open', '21-11-2025', 'Adobe Creative Cloud All Apps')]));
    expect(p.institutions[KEY]).toBeUndefined();
  });

  it('a row without a description is only "mogelijk de registratie": no step, no reminder to approve', () => {
    const p = seen(accountPage(T), openOrdersPage(T + minute, [unclear()]));
    const inst = p.institutions[KEY]!;
    expect(inst.orderNumber).toBeNull();
    expect(inst.possibleOrders).toEqual([{ orderNumber: '204600', date: '21-11-2025', status: 'open', page: 'open-orders', seenAt: T + minute }]);
    expect(states(p).slice(1, 6)).toEqual(['todo', 'todo', 'todo', 'todo', 'todo']);
    expect(waitsForApproval(inst, p.account)).toBe(false);
    expect(yearProgressSchema.safeParse(p).success).toBe(true);
  });

  it('confirmed by the person, it is the registration: step 5 done and the order waits for approval', () => {
    const p = seen(accountPage(T), openOrdersPage(T + minute, [unclear()]));
    const after = applyUserAction(p, { type: 'answer-possible-order', key: KEY, orderNumber: '204600', isRegistration: true }, T + 2 * minute);
    const inst = after.institutions[KEY]!;
    expect(inst.orderNumber).toBe('204600');
    expect(inst.possibleOrders).toBeUndefined();
    expect(inst.evidence[5]?.what).toBe('Bestelling 204600 door jou aangewezen als de registratie');
    expect(waitsForApproval(inst, after.account)).toBe(true);
    // Its later statuses now count, as for any known order.
    const approved = applyObservation(after, historyPage(T + 3 * minute, [orderRow('204600', BAKEN, 'approved', '21-11-2025', null)]));
    expect(states(approved)[5]).toBe('done');
  });

  it('an unclear row already approved, once confirmed, ticks step 6 too', () => {
    const p = seen(accountPage(T), historyPage(T + minute, [orderRow('204600', BAKEN, 'completed', '21-11-2025', null)]));
    const after = applyUserAction(p, { type: 'answer-possible-order', key: KEY, orderNumber: '204600', isRegistration: true }, T + 2 * minute);
    expect(states(after)).toEqual(['done', 'done', 'done', 'skipped', 'done', 'done', 'done']);
  });

  it('rejected by the person, it is never asked about again', () => {
    const p = seen(accountPage(T), openOrdersPage(T + minute, [unclear()]));
    const after = applyUserAction(p, { type: 'answer-possible-order', key: KEY, orderNumber: '204600', isRegistration: false }, T + 2 * minute);
    expect(after.institutions[KEY]!.possibleOrders).toBeUndefined();
    expect(after.otherOrderNumbers).toContain('204600');
    const again = applyObservation(after, openOrdersPage(T + 3 * minute, [unclear()]));
    expect(again.institutions[KEY]!.possibleOrders).toBeUndefined();
    expect(again.institutions[KEY]!.orderNumber).toBeNull();
  });

  it('the order placed from the claimed cart settles it: the unclear rows are not asked about any more', () => {
    const p = seen(accountPage(T), openOrdersPage(T + minute, [unclear()]), thankYouPage(T + 2 * minute, BAKEN, '204601'));
    expect(p.institutions[KEY]!.orderNumber).toBe('204601');
    expect(p.institutions[KEY]!.possibleOrders).toBeUndefined();
  });

  it('an answer about an order that is not asked about changes nothing', () => {
    const p = seen(accountPage(T), openOrdersPage(T + minute, [unclear()]));
    expect(applyUserAction(p, { type: 'answer-possible-order', key: KEY, orderNumber: '999999', isRegistration: true }, T)).toBe(p);
  });
});

describe('a prepared order shown as "Besteld" on Licenties verlengen', () => {
  const near = Date.UTC(2025, 11, 9, 8, 0); // three days before the 2026 deadline

  it('ticks step 5 and no reminder says the cart is not ordered; approval is still to do', () => {
    const p = seen(accountPage(T), renewalsPage(T + minute, [{ institution: BAKEN, canClaim: false, ordered: true }]));
    expect(states(p).slice(1, 6)).toEqual(['done', 'done', 'skipped', 'done', 'todo']);
    expect(p.institutions[KEY]!.evidence[5]?.what).toBe('Bestelling geplaatst (gezien in Licenties verlengen: ‘Besteld’)');
    const found = warnings(near, resolveCampaign(2026), p);
    expect(found.map((w) => w.id)).not.toContain('D02');
    // Its approval is not known: the reminder says so, never "nog niet goedgekeurd" as a fact.
    const d01 = found.find((w) => w.id === 'D01');
    expect(d01?.message.nl).toContain('Vinkje heeft nog niet gezien of die is goedgekeurd');
    expect(d01?.message.nl).not.toContain('nog niet goedgekeurd');
    expect(d01?.action.nl).toContain('controleer de status in Bestelhistorie');
  });

  it('only claimed ("Geclaimd") ticks step 2, not step 5', () => {
    const p = seen(accountPage(T), renewalsPage(T + minute, [{ institution: BAKEN, canClaim: false }]));
    expect(states(p).slice(1, 5)).toEqual(['done', 'todo', 'todo', 'todo']);
  });
});
