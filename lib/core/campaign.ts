/**
 * The registration calendar: when the registration for a licence year opens, when it closes, and how sure
 * we are. Confirmed dates come from the official manual; other years are estimated from the usual rhythm
 * until the shop's own page or the user states a date.
 */
import {
  addDays,
  atLocalTime,
  dayNumber,
  isRealDate,
  localDateOf,
  nthWeekdayOfMonth,
  startOfLocalDay,
  type CalendarDate,
} from './amsterdam-time';

export type CampaignSource = 'confirmed' | 'page' | 'user' | 'estimate';

export interface Campaign {
  licenceYear: number;
  /** 00:00 Amsterdam time on the opening day. */
  opensAt: number;
  /** 23:59:59.999 Amsterdam time on the deadline day. */
  deadlineAt: number;
  /** 00:00 Amsterdam time on 1 January of the licence year. */
  licencesFrom: number;
  source: CampaignSource;
  /** false only for an estimate: the UI then says "niet bevestigd". */
  confirmed: boolean;
  /**
   * The shop's page states a deadline other than the one the user entered, and the user has not yet
   * said which holds: both are shown and the user is asked. Meanwhile the shop's date counts (the
   * stronger source, domain.md). Absent when there is nothing to ask.
   */
  conflict?: DeadlineConflict;
}

export interface DeadlineConflict {
  pageDate: CalendarDate;
  userDate: CalendarDate;
}

/** The user's answer to a DeadlineConflict, for the two dates it was given about. */
export interface DeadlineChoice {
  pageDate: CalendarDate;
  userDate: CalendarDate;
  keep: 'page' | 'user';
}

interface CalendarEntry {
  opens: CalendarDate;
  deadline: CalendarDate;
}

/** Dates stated by SLBdiensten ("Stappenplan Microsoft registratie 2026"). */
export const CONFIRMED_CALENDAR: Readonly<Record<number, CalendarEntry>> = {
  2026: { opens: { year: 2025, month: 11, day: 12 }, deadline: { year: 2025, month: 12, day: 12 } },
};

const WEDNESDAY = 3;
const FRIDAY = 5;

/** The usual rhythm: opens the second Wednesday of November, closes the second Friday of December, the year before. */
export function estimatedCalendar(licenceYear: number): CalendarEntry {
  return {
    opens: nthWeekdayOfMonth(licenceYear - 1, 11, WEDNESDAY, 2),
    deadline: nthWeekdayOfMonth(licenceYear - 1, 12, FRIDAY, 2),
  };
}

/** End of the given day in Amsterdam: the deadline is "uiterlijk vrijdag …", so the whole day counts. */
export function deadlineEnd(date: CalendarDate): number {
  return atLocalTime(date, 23, 59, 59, 999);
}

/**
 * The licence year whose registration is current or next. The registration for year Y runs in
 * November–December of Y-1, and licences of Y start on 1 January Y; so from 1 January of Y the
 * registration for Y is over and the next one is Y+1, and in September–December of Y it is also Y+1
 * (the one running or about to run, and after its deadline the one that still needs finishing).
 */
export function licenceYearFor(now: number): number {
  return localDateOf(now).year + 1;
}

/**
 * The licence year Vinkje is about now. Usually licenceYearFor(now); but in January the registration
 * that just ended still comes first while any of its institutions is unfinished: its licences have
 * lapsed, and the person must call the service desk (D05) rather than see next year's estimate.
 */
export function activeLicenceYear(now: number, unfinished: (licenceYear: number) => boolean): number {
  const next = licenceYearFor(now);
  const justStarted = next - 1;
  const inJanuary = now < startOfLocalDay({ year: justStarted, month: 2, day: 1 });
  return inJanuary && unfinished(justStarted) ? justStarted : next;
}

/**
 * Whether a stated deadline can belong to this licence year: between September of the year before and
 * January of the year itself. Guards against an old page's date being applied to a new year.
 */
export function isPlausibleDeadline(licenceYear: number, date: CalendarDate): boolean {
  if (!isRealDate(date)) return false;
  return (date.year === licenceYear - 1 && date.month >= 9) || (date.year === licenceYear && date.month === 1);
}

export interface CampaignInputs {
  /** A deadline the shop's page stated (see parseDeadlineText), with when it was seen. */
  pageDeadline?: { date: CalendarDate; seenAt: number } | null;
  /** Dates the user confirmed or corrected in the options. */
  userDeadline?: { date: CalendarDate; opens?: CalendarDate | null } | null;
  /** Which of the two the user said holds, when the shop's date and theirs differed. */
  choice?: DeadlineChoice | null;
}

/** How long before a deadline an opening date is assumed when the known opening comes after it. */
const OPEN_DAYS_BEFORE_UNKNOWN_DEADLINE = 30;

function sameDay(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * The campaign for a licence year. Strongest first (domain.md): a date stated on the shop's
 * registration pages, then a date the user entered, then the calendar or the estimate. When the shop's
 * date and the user's differ, the shop's counts and both are shown (`conflict`) until the user says
 * which holds (`choice`, remembered for those two dates: a new date on either side asks again).
 */
export function resolveCampaign(licenceYear: number, inputs: CampaignInputs = {}): Campaign {
  const known = CONFIRMED_CALENDAR[licenceYear];
  const base = known ?? estimatedCalendar(licenceYear);
  let source: CampaignSource = known ? 'confirmed' : 'estimate';
  let opens = base.opens;
  let deadline = base.deadline;

  const page = inputs.pageDeadline && isPlausibleDeadline(licenceYear, inputs.pageDeadline.date) ? inputs.pageDeadline : null;
  const user = inputs.userDeadline && isRealDate(inputs.userDeadline.date) ? inputs.userDeadline : null;
  let conflict: DeadlineConflict | undefined;
  if (user?.opens && isRealDate(user.opens)) opens = user.opens;
  if (page && user && !sameDay(page.date, user.date)) {
    // An answer holds for the two dates it was about: a new date on either side asks again.
    const answered = inputs.choice && sameDay(inputs.choice.pageDate, page.date) && sameDay(inputs.choice.userDate, user.date);
    const choice = answered && inputs.choice ? inputs.choice.keep : null;
    const keepUser = choice === 'user';
    deadline = keepUser ? user.date : page.date;
    source = keepUser ? 'user' : 'page';
    if (choice === null) conflict = { pageDate: page.date, userDate: user.date };
  } else if (page) {
    deadline = page.date;
    source = 'page';
  } else if (user) {
    deadline = user.date;
    source = 'user';
  }

  // A deadline (from a page or the user) before the estimated opening means the registration opened
  // earlier than estimated; without this it would stay "not open yet" past its own deadline.
  if (dayNumber(opens) > dayNumber(deadline) && !(user?.opens && isRealDate(user.opens))) {
    opens = addDays(deadline, -OPEN_DAYS_BEFORE_UNKNOWN_DEADLINE);
  }

  return {
    licenceYear,
    opensAt: startOfLocalDay(opens),
    deadlineAt: deadlineEnd(deadline),
    licencesFrom: startOfLocalDay({ year: licenceYear, month: 1, day: 1 }),
    source,
    confirmed: source !== 'estimate',
    ...(conflict ? { conflict } : {}),
  };
}

/** The deadline day as a calendar date (for messages and day counts). */
export function deadlineDateOf(campaign: Campaign): CalendarDate {
  return localDateOf(campaign.deadlineAt);
}

/**
 * Whole calendar days in Amsterdam from today to the deadline day: 0 on the deadline day itself,
 * 1 the day before, negative once the deadline day is over.
 */
export function daysLeft(now: number, campaign: Campaign): number {
  return dayNumber(deadlineDateOf(campaign)) - dayNumber(localDateOf(now));
}

/** Where the registration stands at a moment. */
export function campaignPhase(now: number, campaign: Campaign): 'before' | 'open' | 'closed' {
  if (now < campaign.opensAt) return 'before';
  return now <= campaign.deadlineAt ? 'open' : 'closed';
}
