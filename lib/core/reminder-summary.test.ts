import { describe, expect, it } from 'vitest';
import { summariseDue, type DueAbout } from './reminder-summary';
import { applyObservation } from './apply-observation';
import type { PageObservation } from './observation';
import { emptyYearProgress } from './progress';
import { BAKEN, LYCEUM, ROC, accountPage, cartPage, renewalsPage, thankYouPage } from './test-support/observations';

const T = Date.UTC(2025, 11, 5, 8);
const seen = (...pages: PageObservation[]) => pages.reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));
const three = renewalsPage(T + 1, [
  { institution: BAKEN, canClaim: true },
  { institution: ROC, canClaim: true },
  { institution: LYCEUM, canClaim: true },
]);

describe('one notification for several institutions', () => {
  it('sums up how many are unfinished and how many orders are Open, in both languages', () => {
    const progress = seen(accountPage(T), three, cartPage(T + 2, BAKEN), thankYouPage(T + 3, BAKEN, '204517'), cartPage(T + 4, ROC));
    const due: DueAbout[] = [
      { reason: 'D01', institutionKey: BAKEN.customerNumber, level: 'warning' },
      { reason: 'D02', institutionKey: ROC.customerNumber, level: 'warning' },
      { reason: 'D03', institutionKey: LYCEUM.customerNumber, level: 'info' },
    ];
    const summary = summariseDue(due, progress);
    expect(summary?.message.nl).toBe(
      '3 van 3 instellingen nog niet afgerond; 1 bestelling staat open; 1 winkelwagen is nog niet besteld; 1 nog niet begonnen. ' +
        'Open Vinkje in de werkbalk voor wat elke instelling nog moet doen.',
    );
    expect(summary?.message.en).toContain('3 of 3 institutions not finished yet; 1 order is still Open');
    expect(summary?.target).toBe('open-orders');
    expect(summary?.title.nl).toBe('Vinkje');
  });

  it('is urgent when one of them is', () => {
    const progress = seen(accountPage(T), three);
    const summary = summariseDue(
      [
        { reason: 'D05', institutionKey: BAKEN.customerNumber, level: 'critical' },
        { reason: 'D05', institutionKey: ROC.customerNumber, level: 'critical' },
      ],
      progress,
    );
    expect(summary?.title.nl).toBe('Vinkje: dringend');
    expect(summary?.message.nl).toContain('De deadline is voorbij: bel de servicedesk van SLBdiensten, 020-420 1396');
  });

  it('is not made for one institution: that one is named in its own notification', () => {
    const progress = seen(accountPage(T), three);
    expect(summariseDue([{ reason: 'D03', institutionKey: BAKEN.customerNumber, level: 'info' }], progress)).toBeNull();
    expect(summariseDue([{ reason: 'D04', institutionKey: null, level: 'info' }], progress)).toBeNull();
  });
});
