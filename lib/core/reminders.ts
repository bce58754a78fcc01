/**
 * When to remind, as plain epoch times, so the background only has to set alarms and, when one fires,
 * recompute the warnings. Times are Amsterdam wall-clock mornings, so they stay at 09:00 across DST.
 */
import { addDays, atLocalTime, dayNumber, fromDayNumber, isoDay, localDateOf } from './amsterdam-time';
import { deadlineDateOf, type Campaign } from './campaign';
import type { YearProgress } from './progress';
import { stepState } from './steps';
import type { WarningId } from './urgency';

const HOUR_MS = 60 * 60 * 1000;

/** The mornings `leadDays` days before the deadline and the deadline morning itself, ascending. */
export function reminderTimes(campaign: Campaign, leadDays: readonly number[] = [14, 7, 3, 1], morningHour = 9): number[] {
  const deadline = deadlineDateOf(campaign);
  const times = [...leadDays, 0]
    .filter((d) => Number.isInteger(d) && d >= 0)
    .map((d) => atLocalTime(addDays(deadline, -d), morningHour));
  return [...new Set(times)].sort((a, b) => a - b);
}

/**
 * An order waiting for approval: remind an hour after placing it, then every morning from the next day
 * up to the deadline morning. Only times after `now`.
 */
export function openOrderReminderTimes(placedAt: number, now: number, campaign: Campaign, morningHour = 9): number[] {
  const times = [placedAt + HOUR_MS];
  const last = dayNumber(deadlineDateOf(campaign));
  for (let day = dayNumber(localDateOf(placedAt)) + 1; day <= last; day++) {
    times.push(atLocalTime(fromDayNumber(day), morningHour));
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
  schedule: ReminderSchedule = { leadDays: [14, 7, 3, 1], morningHour: 9 },
): number[] {
  const times = reminderTimes(campaign, schedule.leadDays, schedule.morningHour).filter((t) => t > now);
  for (const inst of Object.values(progress.institutions)) {
    if (inst.placedAt === null || stepState(inst, progress.account, 6).state !== 'todo') continue;
    times.push(...openOrderReminderTimes(inst.placedAt, now, campaign, schedule.morningHour));
  }
  return [...new Set(times)].sort((a, b) => a - b);
}

/** One key per (warning, institution, Amsterdam day): a notification already shown under it is not shown again. */
export function eventKey(id: WarningId, institutionKey: string | null, now: number): string {
  return `${id}|${institutionKey ?? '-'}|${isoDay(localDateOf(now))}`;
}
