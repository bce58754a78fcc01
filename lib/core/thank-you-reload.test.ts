/**
 * A thank-you page that names no institution, read a second time (a reload, or the page changing
 * under the content script) after its order was filed: found by apply-observation.property.test.ts.
 * The order already belongs to the institution whose cart was placed; the second look must not keep
 * the page waiting for an institution, where a later choice in the sidebar would file the order
 * under the wrong school.
 */
import { describe, expect, it } from 'vitest';
import { applyObservation } from './apply-observation';
import { emptyYearProgress, institutionKey, type YearProgress } from './progress';
import { BAKEN, LYCEUM, ROC, accountPage, cartPage, renewalsPage, thankYouPage } from './test-support/observations';

const T = Date.parse('2026-11-20T10:00+01:00');

describe('a thank-you page seen again', () => {
  it('stays with the institution whose order it is', () => {
    let progress: YearProgress = emptyYearProgress(2027);
    progress = applyObservation(progress, accountPage(T));
    progress = applyObservation(progress, renewalsPage(T + 1000, [BAKEN, ROC, LYCEUM].map((institution) => ({ institution, canClaim: true }))));
    // "Toevoegen aan winkelwagen" pressed for Het Baken College; the cart and thank-you pages name no one.
    progress = applyObservation(progress, { ...renewalsPage(T + 3000, []), claiming: BAKEN });
    progress = applyObservation(progress, cartPage(T + 4000, null, 'PO-1'));
    progress = applyObservation(progress, thankYouPage(T + 5000, null, '204517'));
    expect(progress.institutions[institutionKey(BAKEN)]?.orderNumber).toBe('204517');

    progress = applyObservation(progress, thankYouPage(T + 6000, null, '204517'));
    expect(progress.unattributed ?? []).toEqual([]);
    // Later the person picks ROC Rivierland in the sidebar: the order stays Het Baken College's.
    progress = applyObservation(progress, accountPage(T + 7000), { chosenKey: institutionKey(ROC) });
    expect(progress.institutions[institutionKey(ROC)]?.orderNumber).toBeNull();
    expect(progress.institutions[institutionKey(BAKEN)]?.orderNumber).toBe('204517');
  });
});
