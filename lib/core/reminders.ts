/**
 * When to remind, as plain epoch times, so the background only has to set alarms and, when one fires,
 * recompute the warnings. Times are Amsterdam wall-clock mornings, so they stay at 09:00 across DST.
 */
import { DEFAULT_LEAD_DAYS, DEFAULT_MORNING_HOUR } from './reminder-limits';
import { addDays, atLocalTime, dayNumber, fromDayNumber, isoDay, localDateOf, weekdayOf, type CalendarDate } from './amsterdam-time';
import { deadlineDateOf, type Campaign } from './campaign';
import type { YearProgress } from './progress';
import { STEP } from './progress';
import { stepState } from './steps';
import type { WarningId } from './warnings';

const HOUR_MS = 60 * 60 * 1000;

/**
 * A contact person works at the school on weekdays: a reminder that would fall on a Saturday or
 * Sunday comes on the Friday before. The deadline morning itself stays where it is, weekend or not:
 * it is the last chance.
 */
export function weekdayOrFridayBefore(date: CalendarDate): CalendarDate {
  const weekday = weekdayOf(date);
  if (weekday === 6) return addDays(date, -1);
  if (weekday === 0) return addDays(date, -2);
  return date;
}

/** The mornings `leadDays` days before the deadline and the deadline morning itself, ascending. */
export function reminderTimes(campaign: Campaign, leadDays: readonly number[] = DEFAULT_LEAD_DAYS, morningHour = DEFAULT_MORNING_HOUR): number[] {
  const deadline = deadlineDateOf(campaign);
  const times = [...leadDays, 0]
    .filter((d) => Number.isInteger(d) && d >= 0)
    .map((d) => atLocalTime(d === 0 ? deadline : weekdayOrFridayBefore(addDays(deadline, -d)), morningHour));
  return [...new Set(times)].sort((a, b) => a - b);
}

/**
 * An order waiting for approval: remind an hour after placing it, then every weekday morning from the
 * next day up to the deadline morning, which comes on a weekend too. Only times after `now`.
 */
export function openOrderReminderTimes(placedAt: number, now: number, campaign: Campaign, morningHour = 9): number[] {
  const times = [placedAt + HOUR_MS];
  const last = dayNumber(deadlineDateOf(campaign));
  for (let day = dayNumber(localDateOf(placedAt)) + 1; day <= last; day++) {
    const date = fromDayNumber(day);
    const weekday = weekdayOf(date);
    if ((weekday === 0 || weekday === 6) && day !== last) continue;
    times.push(atLocalTime(date, morningHour));
  }
  return [...new Set(times)].filter((t) => t > now).sort((a, b) => a - b);
}

/** When the person wants to be reminded (the options page); the defaults are the plan's. */
export interface ReminderSchedule {
  leadDays: readonly number[];
  morningHour: number;
}

/** Every future reminder time for this year's progress: the deadline reminders and those of open orders. */
export function upcomingReminderTimes(
  now: number,
  campaign: Campaign,
  progress: YearProgress,
  schedule: ReminderSchedule = { leadDays: DEFAULT_LEAD_DAYS, morningHour: DEFAULT_MORNING_HOUR },
): number[] {
  const times = reminderTimes(campaign, schedule.leadDays, schedule.morningHour).filter((t) => t > now);
  for (const inst of Object.values(progress.institutions)) {
    if (inst.placedAt === null || stepState(inst, progress.account, STEP.approve).state !== 'todo') continue;
    times.push(...openOrderReminderTimes(inst.placedAt, now, campaign, schedule.morningHour));
  }
  return [...new Set(times)].sort((a, b) => a - b);
}

/** One key per (warning, institution, Amsterdam day): a notification already shown under it is not shown again. */
export function eventKey(id: WarningId, institutionKey: string | null, now: number): string {
  return `${id}|${institutionKey ?? '-'}|${isoDay(localDateOf(now))}`;
}
