import { describe, expect, it } from 'vitest';
import { applyObservation } from './apply-observation';
import { resolveCampaign } from './campaign';
import { emptyYearProgress } from './progress';
import { eventKey, openOrderReminderTimes, reminderTimes, upcomingReminderTimes } from './reminders';
import { BAKEN, accountPage, historyPage, orderRow, thankYouPage } from './test-support/observations';

const campaign = resolveCampaign(2026); // deadline Fri 12 Dec 2025
const hour = 3_600_000;

describe('reminderTimes', () => {
  it('09:00 Amsterdam time 14, 7, 3 and 1 days before the deadline and on the deadline morning', () => {
    expect(reminderTimes(campaign)).toEqual([
      Date.UTC(2025, 10, 28, 8, 0),
      Date.UTC(2025, 11, 5, 8, 0),
      Date.UTC(2025, 11, 9, 8, 0),
      Date.UTC(2025, 11, 11, 8, 0),
      Date.UTC(2025, 11, 12, 8, 0),
    ]);
  });

  it('stays at 09:00 on the wall clock across the end of summer time (last Sunday of October)', () => {
    const early = resolveCampaign(2026, { userDeadline: { date: { year: 2025, month: 11, day: 7 } } });
    expect(reminderTimes(early)).toEqual([
      Date.UTC(2025, 9, 24, 7, 0), // Fri 24 Oct, 09:00 CEST
      Date.UTC(2025, 9, 31, 8, 0), // Fri 31 Oct, 09:00 CET
      Date.UTC(2025, 10, 4, 8, 0),
      Date.UTC(2025, 10, 6, 8, 0),
      Date.UTC(2025, 10, 7, 8, 0),
    ]);
  });

  it('moves a reminder that would fall on a Saturday or Sunday to the Friday before', () => {
    // Deadline Monday 8 Dec 2025: 1 day before is Sunday, 2 days before Saturday: both come on Friday 5 Dec.
    const monday = resolveCampaign(2026, { userDeadline: { date: { year: 2025, month: 12, day: 8 } } });
    expect(reminderTimes(monday, [2, 1])).toEqual([Date.UTC(2025, 11, 5, 8, 0), Date.UTC(2025, 11, 8, 8, 0)]);
    // A Sunday deadline keeps its own morning: the last chance.
    const sunday = resolveCampaign(2026, { userDeadline: { date: { year: 2025, month: 12, day: 7 } } });
    expect(reminderTimes(sunday, [1])).toEqual([Date.UTC(2025, 11, 5, 8, 0), Date.UTC(2025, 11, 7, 8, 0)]);
  });

  it('takes other lead days and morning hours', () => {
    expect(reminderTimes(campaign, [2, 2], 8)).toEqual([Date.UTC(2025, 11, 10, 7, 0), Date.UTC(2025, 11, 12, 7, 0)]);
  });
});

describe('openOrderReminderTimes', () => {
  it('an hour after placing, then every morning up to the deadline morning', () => {
    const placedAt = Date.UTC(2025, 11, 10, 15, 30); // Wed 10 Dec 16:30 Amsterdam
    expect(openOrderReminderTimes(placedAt, placedAt, campaign)).toEqual([
      placedAt + hour,
      Date.UTC(2025, 11, 11, 8, 0),
      Date.UTC(2025, 11, 12, 8, 0),
    ]);
  });

  it('only future times, at 09:00 across the night summer time ends', () => {
    const early = resolveCampaign(2026, { userDeadline: { date: { year: 2025, month: 10, day: 28 } } });
    const placedAt = Date.UTC(2025, 9, 25, 13, 0); // Sat 25 Oct 15:00 CEST
    // Placed on a Saturday: an hour later, then Monday (no reminder on Sunday), 09:00 CET.
    expect(openOrderReminderTimes(placedAt, placedAt, early)).toEqual([
      placedAt + hour,
      Date.UTC(2025, 9, 27, 8, 0),
      Date.UTC(2025, 9, 28, 8, 0),
    ]);
    expect(openOrderReminderTimes(placedAt, Date.UTC(2025, 9, 26, 8, 0), early)).toEqual([
      Date.UTC(2025, 9, 27, 8, 0),
      Date.UTC(2025, 9, 28, 8, 0),
    ]);
  });
});

describe('upcomingReminderTimes', () => {
  const placedAt = Date.UTC(2025, 11, 10, 15, 30);
  const ordered = [accountPage(placedAt), thankYouPage(placedAt, BAKEN, '204517')].reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));

  it('adds the open order’s reminders to the deadline reminders, future ones only', () => {
    expect(upcomingReminderTimes(placedAt, campaign, ordered)).toEqual([
      placedAt + hour,
      Date.UTC(2025, 11, 11, 8, 0),
      Date.UTC(2025, 11, 12, 8, 0),
    ]);
  });

  it('drops the order’s reminders once it is approved', () => {
    const approved = applyObservation(ordered, historyPage(placedAt + 10 * 60_000, [orderRow('204517', BAKEN, 'approved')]));
    expect(upcomingReminderTimes(placedAt, campaign, approved)).toEqual([Date.UTC(2025, 11, 11, 8, 0), Date.UTC(2025, 11, 12, 8, 0)]);
  });
});

describe('eventKey', () => {
  it('is the same all through one Amsterdam day and differs on the next', () => {
    const morning = eventKey('D01', '100231', Date.UTC(2025, 11, 11, 8, 0));
    expect(eventKey('D01', '100231', Date.UTC(2025, 11, 11, 22, 59))).toBe(morning);
    expect(eventKey('D01', '100231', Date.UTC(2025, 11, 11, 23, 0))).not.toBe(morning);
  });

  it('differs per warning and per institution', () => {
    const now = Date.UTC(2025, 11, 11, 8, 0);
    const keys = new Set([eventKey('D01', '100231', now), eventKey('D02', '100231', now), eventKey('D01', '100587', now), eventKey('D04', null, now)]);
    expect(keys.size).toBe(4);
  });
});
