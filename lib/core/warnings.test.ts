import { describe, expect, it } from 'vitest';
import { applyObservation } from './apply-observation';
import { resolveCampaign } from './campaign';
import type { PageObservation } from './observation';
import { emptyYearProgress, type YearProgress } from './progress';
import { BAKEN, LYCEUM, ROC, accountPage, cartPage, historyPage, orderRow, renewalsPage, thankYouPage } from './test-support/observations';
import { BADGE_COLORS, badgeFor, warnings, type Warning } from './warnings';

const campaign = resolveCampaign(2026); // deadline Fri 12 Dec 2025, end of day Amsterdam
const T = Date.UTC(2025, 10, 20, 8, 0);
const minute = 60_000;

function seen(...observations: PageObservation[]): YearProgress {
  return observations.reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));
}

/** Het Baken College ordered but not approved, ROC Rivierland's cart claimed, Lyceum Zuiderpark approved. */
const board = seen(
  accountPage(T),
  renewalsPage(T + minute, [
    { institution: BAKEN, canClaim: true },
    { institution: ROC, canClaim: true },
  ]),
  cartPage(T + 2 * minute, BAKEN),
  thankYouPage(T + 3 * minute, BAKEN, '204517'),
  cartPage(T + 4 * minute, ROC),
  historyPage(T + 5 * minute, [orderRow('203988', LYCEUM, 'approved', '14-11-2025')]),
);

const summary = (list: Warning[]) => list.map((w) => `${w.id} ${w.level} ${w.institutionKey ?? '-'}`);

describe('warnings along the timeline', () => {
  it.each([
    ['14 days before: nothing urgent yet', Date.UTC(2025, 10, 28, 8, 0), [], '14', 'none'],
    ['7 days before: open order and unordered cart', Date.UTC(2025, 11, 5, 8, 0), ['D01 warning 100231', 'D02 warning 100587'], '7', 'warning'],
    ['3 days before', Date.UTC(2025, 11, 9, 8, 0), ['D01 warning 100231', 'D02 warning 100587'], '3', 'warning'],
    ['1 day before: the open order is critical', Date.UTC(2025, 11, 11, 8, 0), ['D01 critical 100231', 'D02 warning 100587'], '!', 'critical'],
    ['the deadline day at 23:59', Date.UTC(2025, 11, 12, 22, 59), ['D01 critical 100231', 'D02 warning 100587'], '!', 'critical'],
    ['the next day at 00:00: too late', Date.UTC(2025, 11, 12, 23, 0), ['D05 critical 100231', 'D05 critical 100587'], '!', 'critical'],
  ] as const)('%s', (_label, now, expected, badgeText, badgeLevel) => {
    expect(summary(warnings(now, campaign, board))).toEqual(expected);
    expect(badgeFor(now, campaign, board)).toMatchObject({ text: badgeText, level: badgeLevel });
  });

  it('D01 names the order and says how long is left', () => {
    const [d01] = warnings(Date.UTC(2025, 11, 11, 8, 0), campaign, board);
    expect(d01).toMatchObject({ id: 'D01', target: 'open-orders' });
    expect(d01?.message.nl).toBe(
      'Bestelling 204517 voor Het Baken College is nog niet goedgekeurd. Nog 1 dag tot de deadline (vrijdag 12 december 2025).',
    );
    expect(d01?.action.nl).toBe('Keur de bestelling goed via Openstaande bestellingen.');
  });

  it('D05 tells to call the service desk', () => {
    const [d05] = warnings(Date.UTC(2025, 11, 13, 9, 0), campaign, board);
    expect(d05?.action.nl).toContain('020-420 1396');
    expect(d05?.message.nl).toContain('Het Baken College');
  });

  it('past an estimated deadline, D05 asks to check Licenties verlengen instead of calling the service desk', () => {
    const estimated = resolveCampaign(2027);
    expect(estimated.confirmed).toBe(false);
    const open = seen(accountPage(Date.UTC(2026, 10, 20)), cartPage(Date.UTC(2026, 10, 20, 1), BAKEN));
    const [d05] = warnings(Date.UTC(2026, 11, 14, 9, 0), estimated, open);
    expect(d05).toMatchObject({ id: 'D05', level: 'warning', target: 'renewals' });
    expect(d05?.message.nl).toContain('niet bevestigd');
    expect(d05?.action.nl).toContain('Licenties verlengen');
    expect(d05?.action.nl).not.toContain('020-420 1396');
  });

  it('the thresholds come from the settings', () => {
    const now = Date.UTC(2025, 11, 2, 8, 0); // 10 days before
    expect(summary(warnings(now, campaign, board))).toEqual([]);
    expect(summary(warnings(now, campaign, board, { openOrderDays: 10, criticalDays: 10 }))).toEqual(['D01 critical 100231']);
  });
});

describe('before and at the start of the registration', () => {
  const notStarted = seen(accountPage(T), renewalsPage(T + minute, [{ institution: BAKEN, canClaim: true }]));

  it('says nothing before the registration opens', () => {
    expect(warnings(Date.UTC(2025, 9, 1), campaign, notStarted)).toEqual([]);
  });

  it('D03: the registration is open and an institution has not started', () => {
    const list = warnings(T, campaign, notStarted);
    expect(summary(list)).toEqual(['D03 info 100231']);
    expect(list[0]?.target).toBe('renewals');
    expect(badgeFor(T, campaign, notStarted)).toEqual({
      text: '22',
      color: BADGE_COLORS.info,
      level: 'info',
      title: { nl: 'Vinkje: nog 22 dagen tot de deadline (vrijdag 12 december 2025).', en: 'Vinkje: 22 days left until the deadline (Friday 12 December 2025).' },
    });
  });

  it('D03 for the whole registration when no institution is known yet; the badge stays empty', () => {
    const nothing = emptyYearProgress(2026);
    expect(summary(warnings(T, campaign, nothing))).toEqual(['D03 info -']);
    expect(warnings(T, campaign, nothing)[0]?.target).toBe('login');
    expect(badgeFor(T, campaign, nothing).text).toBe('');
  });
});

describe('an estimated campaign', () => {
  const estimate = resolveCampaign(2027);
  const now = Date.UTC(2026, 9, 1);

  it('D04: the deadline is not confirmed', () => {
    const list = warnings(now, estimate, emptyYearProgress(2027));
    expect(summary(list)).toEqual(['D04 info -']);
    expect(list[0]?.message.nl).toContain('vrijdag 11 december 2026');
    expect(list[0]?.message.nl).toContain('niet bevestigd');
  });

  it('is not mentioned any more once every institution is done', () => {
    const done = [historyPage(now, [orderRow('210001', BAKEN, 'approved', '20-11-2026')]), accountPage(now)].reduce(
      (p, o) => applyObservation(p, o),
      emptyYearProgress(2027),
    );
    expect(warnings(Date.UTC(2026, 10, 25), estimate, done)).toEqual([]);
  });
});

describe('badge when done', () => {
  it('is empty when every institution is complete, even after the deadline', () => {
    const done = seen(accountPage(T), historyPage(T, [orderRow('203988', LYCEUM, 'completed', '14-11-2025')]));
    expect(badgeFor(Date.UTC(2025, 11, 20), campaign, done).text).toBe('');
    expect(warnings(Date.UTC(2025, 11, 20), campaign, done)).toEqual([]);
  });
});

describe('an estimated deadline says it is one wherever it is named', () => {
  const estimated = resolveCampaign(2027); // no confirmed dates: second Friday of December 2026
  const now = Date.parse('2026-12-07T10:00+01:00');
  const claimed = [accountPage(now - 3 * minute), renewalsPage(now - 2 * minute, [{ institution: BAKEN, canClaim: true }]), cartPage(now - minute, BAKEN)]
    .reduce((p, o) => applyObservation(p, o), emptyYearProgress(2027));

  it('in the warning about an unplaced cart, in both languages', () => {
    const d02 = warnings(now, estimated, claimed).find((w) => w.id === 'D02');
    expect(d02?.message.nl).toContain('tot de geschatte deadline (vrijdag 11 december 2026, geschat, niet bevestigd)');
    expect(d02?.message.en).toContain('until the estimated deadline (Friday 11 December 2026, estimated, not confirmed)');
  });

  it('in the badge tooltip; a confirmed date does not', () => {
    expect(badgeFor(now, estimated, claimed).title.nl).toBe('Vinkje: nog 4 dagen tot de geschatte deadline (vrijdag 11 december 2026, geschat, niet bevestigd).');
    const confirmed = resolveCampaign(2027, { pageDeadline: { date: { year: 2026, month: 12, day: 11 }, seenAt: now } });
    expect(badgeFor(now, confirmed, claimed).title.nl).toBe('Vinkje: nog 4 dagen tot de deadline (vrijdag 11 december 2026).');
    expect(warnings(now, confirmed, claimed).find((w) => w.id === 'D02')?.message.nl).not.toContain('geschat');
  });
});
