import { describe, expect, it } from 'vitest';
import { applyObservation } from './apply-observation';
import { resolveCampaign } from './campaign';
import type { PageObservation } from './observation';
import { emptyYearProgress } from './progress';
import { BAKEN, ROC, accountPage, cartPage, renewalsPage, thankYouPage } from './test-support/observations';
import { badgeFor, warnings } from './warnings';
import { applyUserAction } from './user-actions';

const campaign = resolveCampaign(2026); // deadline Fri 12 Dec 2025
const T = Date.UTC(2025, 11, 8, 8);
const seen = (...pages: PageObservation[]) => pages.reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));
const two = renewalsPage(T + 1, [
  { institution: BAKEN, canClaim: true },
  { institution: ROC, canClaim: true },
]);
const ids = (list: ReturnType<typeof warnings>) => list.map((w) => `${w.id} ${w.institutionKey ?? '-'}`);

describe('an institution that does not take part this year', () => {
  it('gets no "not started" or "cart not ordered" warning, and no "deadline passed"; undoing brings them back', () => {
    const progress = seen(accountPage(T), two, cartPage(T + 2, ROC));
    expect(ids(warnings(T + 3, campaign, progress))).toEqual(['D02 100587', 'D03 100231']);
    const out = applyUserAction(applyUserAction(progress, { type: 'set-taking-part', key: '100231', takingPart: false }, T + 3), { type: 'set-taking-part', key: '100587', takingPart: false }, T + 3);
    expect(warnings(T + 4, campaign, out)).toEqual([]);
    const afterDeadline = Date.UTC(2025, 11, 13, 9);
    expect(warnings(afterDeadline, campaign, out)).toEqual([]);
    expect(ids(warnings(afterDeadline, campaign, progress))).toEqual(['D05 100231', 'D05 100587']);
    const back = applyUserAction(out, { type: 'set-taking-part', key: '100231', takingPart: true }, T + 5);
    expect(ids(warnings(T + 6, campaign, back))).toEqual(['D03 100231']);
  });

  it('leaves the badge empty when the others are done or out too', () => {
    const progress = seen(accountPage(T), two);
    expect(badgeFor(T + 3, campaign, progress).text).not.toBe('');
    const out = ['100231', '100587'].reduce((p, key) => applyUserAction(p, { type: 'set-taking-part', key, takingPart: false }, T + 3), progress);
    expect(badgeFor(T + 4, campaign, out).text).toBe('');
  });

  it('still hears about an order it has left Open: that order is real', () => {
    const progress = seen(accountPage(T), two, cartPage(T + 2, BAKEN), thankYouPage(T + 3, BAKEN, '204517'));
    const out = applyUserAction(progress, { type: 'set-taking-part', key: '100231', takingPart: false }, T + 4);
    expect(ids(warnings(T + 5, campaign, out))).toContain('D01 100231');
  });

  it('the same choice twice changes nothing', () => {
    const progress = seen(accountPage(T), two);
    const out = applyUserAction(progress, { type: 'set-taking-part', key: '100231', takingPart: false }, T + 3);
    expect(applyUserAction(out, { type: 'set-taking-part', key: '100231', takingPart: false }, T + 9)).toBe(out);
    expect(applyUserAction(progress, { type: 'set-taking-part', key: '100231', takingPart: true }, T + 9)).toBe(progress);
  });
});
