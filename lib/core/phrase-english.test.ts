/**
 * Every step evidence Vinkje writes has an English form, and the sidebar shows evidence and
 * "niet gelezen" lines in the chosen language (issue #10, item 10).
 */
import { describe, expect, it } from 'vitest';
import { applyObservation } from './apply-observation';
import { resolveCampaign } from './campaign';
import type { PageObservation } from './observation';
import { evidenceText, hasEnglish } from './phrase-english';
import { emptyYearProgress, type Evidence, type YearProgress } from './progress';
import { buildSidebarView } from './sidebar-view';
import { stepStates } from './steps';
import { applyUserAction } from './user-actions';
import { BAKEN, accountPage, cartPage, historyPage, openOrdersPage, orderRow, renewalsPage, thankYouPage } from './test-support/observations';

const T = Date.UTC(2025, 10, 20, 8, 0);
const minute = 60_000;
const ROC = { name: 'ROC Rivierland', customerNumber: '100587' };
const LYCEUM = { name: 'Lyceum Zuiderpark', customerNumber: '100912' };

function seen(start: YearProgress, ...observations: PageObservation[]): YearProgress {
  return observations.reduce((p, o) => applyObservation(p, o), start);
}

/** Every evidence the steps show for every institution. */
function allEvidence(p: YearProgress): Evidence[] {
  const out: Evidence[] = p.account.login ? [p.account.login] : [];
  for (const inst of Object.values(p.institutions)) for (const s of stepStates(inst, p.account)) if (s.evidence) out.push(s.evidence);
  return out;
}

describe('step evidence in English', () => {
  // Three schools, each reaching its steps another way: placed and approved by message, seen in the
  // lists only, confirmed by hand as "mogelijk de registratie", a reference and none.
  let p = seen(
    emptyYearProgress(2026),
    accountPage(T),
    renewalsPage(T + minute, [{ institution: BAKEN, canClaim: false }]),
    cartPage(T + 2 * minute, BAKEN, 'PO-2026-17'),
    thankYouPage(T + 3 * minute, BAKEN, '204517'),
    { ...openOrdersPage(T + 4 * minute, []), messages: ['Bestelling 204517 is goedgekeurd.'], approvedOrders: ['204517'] },
    historyPage(T + 5 * minute, [orderRow('204388', ROC, 'completed'), orderRow('204389', LYCEUM, 'open', '21-11-2025', null)]),
  );
  p = applyUserAction(p, { type: 'answer-possible-order', key: '100912', orderNumber: '204389', isRegistration: true }, T + 6 * minute);
  p = applyUserAction(p, { type: 'confirm-quantities', key: '100912' }, T + 7 * minute);
  p = applyUserAction(p, { type: 'no-reference', key: '100912' }, T + 8 * minute);
  p = seen(p, { ...openOrdersPage(T + 9 * minute, []), messages: ['Je bestelling is goedgekeurd.'], approvedWithoutNumber: true });
  const phrases = [...new Set(allEvidence(p).map((e) => e.what))];

  it('the flow produces the many kinds of evidence', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(phrases.map((w) => [w]))('"%s"', (what) => {
    expect(hasEnglish('evidence', what)).toBe(true);
    expect(evidenceText(what, 'en')).not.toBe(what);
    expect(evidenceText(what, 'nl')).toBe(what);
  });

  it('the sidebar shows evidence and unread lines in the chosen language', () => {
    const observation = { ...cartPage(T + 10 * minute, BAKEN), unread: ['referentieveld niet gevonden'] };
    const input = { now: T + 10 * minute, progress: p, campaign: resolveCampaign(2026), observation, page: 'cart' as const, collapsed: false, selectedKey: null, storeNotices: [] };
    const en = buildSidebarView({ ...input, language: 'en' });
    expect(en.unread).toEqual(['reference field not found']);
    expect(en.steps.find((s) => s.step === 5)?.evidence?.what).toBe('Order 204517 placed');
    const nl = buildSidebarView({ ...input, language: 'nl' });
    expect(nl.unread).toEqual(['referentieveld niet gevonden']);
    expect(nl.steps.find((s) => s.step === 5)?.evidence?.what).toBe('Bestelling 204517 geplaatst');
  });
});
