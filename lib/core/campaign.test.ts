import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, localDateOf, weekdayOf } from './amsterdam-time';
import { activeLicenceYear, campaignPhase, daysLeft, deadlineEnd, estimatedCalendar, licenceYearFor, resolveCampaign } from './campaign';
import { formatDateNl, parseDeadlineText } from './dutch-date';

// Epoch constants in UTC. Amsterdam is UTC+1 in winter (CET) and UTC+2 in summer (CEST).
const OPENS_2026 = Date.UTC(2025, 10, 11, 23, 0); // Wed 12 Nov 2025 00:00 CET
const DEADLINE_2026 = Date.UTC(2025, 11, 12, 22, 59, 59, 999); // Fri 12 Dec 2025 23:59:59.999 CET
const LICENCES_2026 = Date.UTC(2025, 11, 31, 23, 0); // Thu 1 Jan 2026 00:00 CET

describe('the 2026 campaign (confirmed by the manual)', () => {
  const campaign = resolveCampaign(2026);

  it('opens on 12 November 2025 and closes at the end of Friday 12 December 2025, Amsterdam time', () => {
    expect(campaign).toEqual({
      licenceYear: 2026,
      opensAt: OPENS_2026,
      deadlineAt: DEADLINE_2026,
      licencesFrom: LICENCES_2026,
      source: 'confirmed',
      confirmed: true,
    });
  });

  it.each([
    ['a month before opening', Date.UTC(2025, 9, 12, 10, 0), 61, 'before'],
    ['the minute before opening', OPENS_2026 - 60_000, 31, 'before'],
    ['the opening morning', OPENS_2026 + 9 * 3_600_000, 30, 'open'],
    ['14 days before', Date.UTC(2025, 10, 28, 8, 0), 14, 'open'],
    ['7 days before', Date.UTC(2025, 11, 5, 8, 0), 7, 'open'],
    ['3 days before', Date.UTC(2025, 11, 9, 8, 0), 3, 'open'],
    ['1 day before, late evening', Date.UTC(2025, 11, 11, 22, 30), 1, 'open'],
    ['the deadline day at 00:00', Date.UTC(2025, 11, 11, 23, 0), 0, 'open'],
    ['the deadline day at 23:59', Date.UTC(2025, 11, 12, 22, 59), 0, 'open'],
    ['the next day at 00:00 (still 12 December in UTC)', Date.UTC(2025, 11, 12, 23, 0), -1, 'closed'],
    ['a week after', Date.UTC(2025, 11, 19, 12, 0), -7, 'closed'],
  ] as const)('%s: %i days left, registration %s', (_label, now, days, phase) => {
    expect(daysLeft(now, campaign)).toBe(days);
    expect(campaignPhase(now, campaign)).toBe(phase);
  });
});

describe('estimated campaigns', () => {
  it('reproduces the confirmed 2026 dates from the usual rhythm', () => {
    expect(estimatedCalendar(2026)).toEqual({ opens: { year: 2025, month: 11, day: 12 }, deadline: { year: 2025, month: 12, day: 12 } });
  });

  it('estimates 2027 as 11 November and Friday 11 December 2026, not confirmed', () => {
    const campaign = resolveCampaign(2027);
    expect(campaign.source).toBe('estimate');
    expect(campaign.confirmed).toBe(false);
    expect(formatDateNl(localDateOf(campaign.opensAt))).toBe('woensdag 11 november 2026');
    expect(formatDateNl(localDateOf(campaign.deadlineAt))).toBe('vrijdag 11 december 2026');
    expect(campaign.licencesFrom).toBe(Date.UTC(2026, 11, 31, 23, 0));
  });

  it('always opens on the second Wednesday of November and closes on the second Friday of December', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (year) => {
        const { opens, deadline } = estimatedCalendar(year);
        expect(opens.year).toBe(year - 1);
        expect(opens.month).toBe(11);
        expect(weekdayOf(opens)).toBe(3);
        expect(opens.day).toBeGreaterThanOrEqual(8);
        expect(opens.day).toBeLessThanOrEqual(14);
        expect(deadline.month).toBe(12);
        expect(weekdayOf(deadline)).toBe(5);
        expect(deadline.day).toBeGreaterThanOrEqual(8);
        expect(deadline.day).toBeLessThanOrEqual(14);
      }),
    );
  });
});

describe('which dates win', () => {
  const pageDate = { year: 2026, month: 12, day: 4 };

  it('a deadline stated on the shop page wins over the estimate', () => {
    const campaign = resolveCampaign(2027, { pageDeadline: { date: pageDate, seenAt: 0 } });
    expect(campaign.source).toBe('page');
    expect(campaign.confirmed).toBe(true);
    expect(campaign.deadlineAt).toBe(Date.UTC(2026, 11, 4, 22, 59, 59, 999));
  });

  const userDate = { year: 2026, month: 12, day: 18 };

  it('a shop date other than the user’s counts, and both are shown until the user says which holds', () => {
    const campaign = resolveCampaign(2027, {
      pageDeadline: { date: pageDate, seenAt: 0 },
      userDeadline: { date: userDate, opens: { year: 2026, month: 11, day: 2 } },
    });
    expect(campaign.source).toBe('page');
    expect(campaign.deadlineAt).toBe(Date.UTC(2026, 11, 4, 22, 59, 59, 999));
    expect(campaign.conflict).toEqual({ pageDate, userDate });
    // The user's opening date still counts: the shop page states only the deadline.
    expect(campaign.opensAt).toBe(Date.UTC(2026, 10, 1, 23, 0));
  });

  it('the user’s answer settles it for that shop date, either way', () => {
    const inputs = { pageDeadline: { date: pageDate, seenAt: 0 }, userDeadline: { date: userDate } };
    const mine = resolveCampaign(2027, { ...inputs, choice: { pageDate, userDate, keep: 'user' } });
    expect(mine.source).toBe('user');
    expect(mine.deadlineAt).toBe(Date.UTC(2026, 11, 18, 22, 59, 59, 999));
    expect(mine.conflict).toBeUndefined();
    const shops = resolveCampaign(2027, { ...inputs, choice: { pageDate, userDate, keep: 'page' } });
    expect(shops.source).toBe('page');
    expect(shops.conflict).toBeUndefined();
  });

  it('a new, different shop date asks again, even after the user chose their own', () => {
    const later = { year: 2026, month: 12, day: 11 };
    const campaign = resolveCampaign(2027, {
      pageDeadline: { date: later, seenAt: 1 },
      userDeadline: { date: userDate },
      choice: { pageDate, userDate, keep: 'user' },
    });
    expect(campaign.source).toBe('page');
    expect(campaign.conflict).toEqual({ pageDate: later, userDate });
  });

  it('a new date of the user’s own asks again too', () => {
    const campaign = resolveCampaign(2027, {
      pageDeadline: { date: pageDate, seenAt: 0 },
      userDeadline: { date: { year: 2026, month: 12, day: 10 } },
      choice: { pageDate, userDate, keep: 'page' },
    });
    expect(campaign.conflict).toEqual({ pageDate, userDate: { year: 2026, month: 12, day: 10 } });
  });

  it('the same date from the shop and the user is simply the shop’s, with nothing to ask', () => {
    const campaign = resolveCampaign(2027, { pageDeadline: { date: pageDate, seenAt: 0 }, userDeadline: { date: pageDate } });
    expect(campaign.source).toBe('page');
    expect(campaign.conflict).toBeUndefined();
  });

  it('the user’s date wins over the estimate, and may move the opening too', () => {
    const campaign = resolveCampaign(2027, { userDeadline: { date: userDate, opens: { year: 2026, month: 11, day: 2 } } });
    expect(campaign.source).toBe('user');
    expect(campaign.deadlineAt).toBe(Date.UTC(2026, 11, 18, 22, 59, 59, 999));
    expect(campaign.opensAt).toBe(Date.UTC(2026, 10, 1, 23, 0));
  });

  it('a corrected deadline before the estimated opening moves the opening before it', () => {
    // 2026 opened on 12 Nov 2025 by the calendar; a user who says the deadline was 26 Oct 2025 must not
    // leave the registration "not open yet" past its own deadline.
    const campaign = resolveCampaign(2026, { userDeadline: { date: { year: 2025, month: 10, day: 26 } } });
    expect(campaign.opensAt).toBeLessThan(campaign.deadlineAt);
    expect(campaignPhase(Date.UTC(2025, 9, 27, 12), campaign)).toBe('closed');
    expect(campaignPhase(Date.UTC(2025, 9, 20, 12), campaign)).toBe('open');
  });

  it('a page date that cannot belong to the licence year (last year’s text) is ignored', () => {
    const campaign = resolveCampaign(2027, { pageDeadline: { date: { year: 2025, month: 12, day: 12 }, seenAt: 0 } });
    expect(campaign.source).toBe('estimate');
    expect(campaign.deadlineAt).toBe(Date.UTC(2026, 11, 11, 22, 59, 59, 999));
  });

  it('a page date also overrides the confirmed calendar', () => {
    const campaign = resolveCampaign(2026, { pageDeadline: { date: { year: 2025, month: 12, day: 19 }, seenAt: 0 } });
    expect(campaign.source).toBe('page');
    expect(daysLeft(Date.UTC(2025, 11, 12, 23, 30), campaign)).toBe(6);
  });
});

describe('deadlineEnd', () => {
  it('is 23:59:59.999 Amsterdam time in summer and in winter time', () => {
    expect(deadlineEnd({ year: 2025, month: 10, day: 25 })).toBe(Date.UTC(2025, 9, 25, 21, 59, 59, 999)); // CEST
    expect(deadlineEnd({ year: 2025, month: 10, day: 26 })).toBe(Date.UTC(2025, 9, 26, 22, 59, 59, 999)); // DST ended that night
    expect(deadlineEnd({ year: 2026, month: 3, day: 29 })).toBe(Date.UTC(2026, 2, 29, 21, 59, 59, 999)); // DST began that night
  });

  it('is the last millisecond of that day: one millisecond later it is the next day in Amsterdam', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 80 }), (offset) => {
        const day = addDays({ year: 2000, month: 1, day: 1 }, offset);
        const end = deadlineEnd(day);
        expect(localDateOf(end)).toEqual(day);
        expect(localDateOf(end + 1)).toEqual(addDays(day, 1));
      }),
    );
  });
});

describe('licenceYearFor', () => {
  it.each([
    ['spring: the registration for this year is over, the next is next year', Date.UTC(2026, 3, 1), 2027],
    ['1 September', Date.UTC(2026, 8, 1, 10), 2027],
    ['during the 2026 registration', Date.UTC(2025, 10, 20), 2026],
    ['after the 2026 deadline, before the licences start', Date.UTC(2025, 11, 20), 2026],
    ['31 December 23:59 Amsterdam', Date.UTC(2025, 11, 31, 22, 59), 2026],
    ['1 January 00:00 Amsterdam (still 31 December in UTC)', Date.UTC(2025, 11, 31, 23, 0), 2027],
  ] as const)('%s → %i', (_label, now, year) => {
    expect(licenceYearFor(now)).toBe(year);
  });
});

describe('parseDeadlineText', () => {
  it('reads the renewals page sentence, ignoring the "per 1-1-2027" date', () => {
    expect(
      parseDeadlineText('Rond de registratie uiterlijk vrijdag 11 december 2026 af, zodat je licenties per 1-1-2027 vernieuwd zijn.'),
    ).toEqual({ date: { year: 2026, month: 12, day: 11 }, weekdayText: 'vrijdag', weekdayMismatch: false });
  });

  it('reads the numeric form a shop may use', () => {
    expect(parseDeadlineText('Bestel uiterlijk 11-12-2026.')?.date).toEqual({ year: 2026, month: 12, day: 11 });
    expect(parseDeadlineText('uiterlijk 11/12/2026, zodat je licenties per 1-1-2027 vernieuwd zijn')?.date).toEqual({ year: 2026, month: 12, day: 11 });
    expect(parseDeadlineText('uiterlijk 31-02-2026')).toBeNull();
  });

  it('reads the range form: the date after "t/m" or "tot en met", not the opening date', () => {
    expect(parseDeadlineText('De registratie loopt van 12 november 2026 t/m 11 december 2026.')?.date).toEqual({ year: 2026, month: 12, day: 11 });
    expect(parseDeadlineText('registreren kan van 12-11-2026 tot en met 11-12-2026')?.date).toEqual({ year: 2026, month: 12, day: 11 });
  });

  it('reads the manual’s wording, with odd case and spacing', () => {
    expect(parseDeadlineText('UITERLIJK  Vrijdag 12\u00a0December   2025')?.date).toEqual({ year: 2025, month: 12, day: 12 });
  });

  it('works without a weekday and with an abbreviated month', () => {
    expect(parseDeadlineText('uiterlijk 12 dec. 2025')).toEqual({ date: { year: 2025, month: 12, day: 12 }, weekdayText: null, weekdayMismatch: false });
  });

  it('keeps the date but flags a weekday that does not match it', () => {
    expect(parseDeadlineText('uiterlijk donderdag 11 december 2026')).toEqual({
      date: { year: 2026, month: 12, day: 11 },
      weekdayText: 'donderdag',
      weekdayMismatch: true,
    });
  });

  it('prefers the date after "uiterlijk" when a sentence has two', () => {
    expect(parseDeadlineText('Vanaf woensdag 12 november 2025 open, uiterlijk vrijdag 12 december 2025 klaar.')?.date).toEqual({
      year: 2025,
      month: 12,
      day: 12,
    });
  });

  it.each(['uiterlijk 31 november 2025', 'uiterlijk vrijdag 12 december', 'geen datum', ''])('finds no date in "%s"', (text) => {
    expect(parseDeadlineText(text)).toBeNull();
  });
});

describe('the licence year Vinkje is about', () => {
  const jan5 = Date.UTC(2026, 0, 5, 9);
  const feb2 = Date.UTC(2026, 1, 2, 9);
  it('in January, the registration that just ended while anything in it is unfinished', () => {
    expect(activeLicenceYear(jan5, (y) => y === 2026)).toBe(2026);
    expect(activeLicenceYear(jan5, () => false)).toBe(2027);
  });
  it('from February, always the next registration', () => {
    expect(activeLicenceYear(feb2, () => true)).toBe(2027);
  });
});
