import { describe, expect, it } from 'vitest';
import { applyObservation } from './apply-observation';
import { emptyYearProgress, type YearProgress } from './progress';
import { stepStates } from './steps';
import { BAKEN, ROC, accountPage, cartPage, thankYouPage } from './test-support/observations';
import { applyUserAction } from './user-actions';

const T = Date.UTC(2025, 10, 20, 8, 0);
const minute = 60_000;

/** Logged in as 1e contactpersoon with Het Baken College's cart claimed (steps 1–2 seen). */
function claimed(): YearProgress {
  return [accountPage(T), cartPage(T + minute, BAKEN)].reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));
}

function view(p: YearProgress, key = '100231') {
  return stepStates(p.institutions[key]!, p.account);
}

describe('ticking steps by hand', () => {
  it('ticks a step the page cannot show, marked as manual', () => {
    const p = applyUserAction(claimed(), { type: 'override', key: '100231', step: 6, state: 'done' }, T + 2 * minute);
    expect(view(p)[5]).toMatchObject({ step: 6, state: 'done', manual: true });
    // An approval done elsewhere (the e-mail button) means the order was placed, so 3 and 5 follow.
    expect(view(p).map((v) => v.state)).toEqual(['done', 'done', 'done', 'skipped', 'done', 'done', 'done']);
  });

  it('unticks a step that was seen done, and puts it back to automatic', () => {
    let p = applyUserAction(claimed(), { type: 'override', key: '100231', step: 2, state: 'todo' }, T + 2 * minute);
    expect(view(p)[1]).toMatchObject({ state: 'todo', manual: true });
    expect(view(p)[1]?.evidence?.what).toBe('Winkelwagen geclaimd');

    p = applyUserAction(p, { type: 'override', key: '100231', step: 2, state: null }, T + 3 * minute);
    expect(view(p)[1]).toMatchObject({ state: 'done', manual: false });
    expect(p.institutions['100231']!.overrides).toEqual({});
  });

  it('a hand tick wins over later evidence until it is taken back', () => {
    let p = applyUserAction(claimed(), { type: 'override', key: '100231', step: 5, state: 'todo' }, T + 2 * minute);
    p = applyObservation(p, thankYouPage(T + 3 * minute, BAKEN, '204517'));
    expect(view(p)[4]).toMatchObject({ state: 'todo', manual: true });
    p = applyUserAction(p, { type: 'override', key: '100231', step: 5, state: null }, T + 4 * minute);
    expect(view(p)[4]).toMatchObject({ state: 'done', manual: false });
  });

  it('step 7 cannot be ticked by hand: it follows from 1–6', () => {
    const before = claimed();
    expect(applyUserAction(before, { type: 'override', key: '100231', step: 7, state: 'done' }, T)).toBe(before);
  });

  it('returns the same object when the hand tick is already there', () => {
    const once = applyUserAction(claimed(), { type: 'override', key: '100231', step: 3, state: 'skipped' }, T + 2 * minute);
    expect(applyUserAction(once, { type: 'override', key: '100231', step: 3, state: 'skipped' }, T + 3 * minute)).toBe(once);
    const automatic = claimed();
    expect(applyUserAction(automatic, { type: 'override', key: '100231', step: 3, state: null }, T)).toBe(automatic);
  });
});

describe('confirming and declining', () => {
  it('confirming the quantities completes step 3', () => {
    const p = applyUserAction(claimed(), { type: 'confirm-quantities', key: '100231' }, T + 2 * minute);
    expect(view(p)[2]).toMatchObject({ state: 'done', manual: false, evidence: { what: 'Aantallen gecontroleerd', at: T + 2 * minute } });
  });

  it('"geen referentie nodig" skips step 4', () => {
    const p = applyUserAction(claimed(), { type: 'no-reference', key: '100231' }, T + 2 * minute);
    expect(view(p)[3]).toMatchObject({ state: 'skipped', evidence: { what: 'Geen referentie nodig' } });
  });

  it('an action for an unknown institution changes nothing', () => {
    const before = claimed();
    expect(applyUserAction(before, { type: 'confirm-quantities', key: '999999' }, T)).toBe(before);
  });
});

describe('forgetting an institution', () => {
  it('removes it and releases its claimed cart', () => {
    let p = applyObservation(claimed(), cartPage(T + 2 * minute, ROC));
    expect(p.activeCartKey).toBe('100587');
    p = applyUserAction(p, { type: 'forget-institution', key: '100587' }, T + 3 * minute);
    expect(Object.keys(p.institutions)).toEqual(['100231']);
    expect(p.activeCartKey).toBeNull();
  });
});
