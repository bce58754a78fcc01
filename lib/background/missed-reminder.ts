/**
 * A reminder moment that passed while the browser was closed. Browsers drop alarms on a restart
 * (Firefox always, Chrome sometimes), and the background only recomputes the next one when it wakes,
 * so without this a reminder morning spent with the browser closed would simply never be said.
 * The store remembers up to when the moments were dealt with; a moment after that is caught up once.
 */
import { addDays, atLocalTime } from '../core/amsterdam-time';
import { deadlineDateOf, type Campaign } from '../core/campaign';
import type { YearProgress } from '../core/progress';
import { openOrderReminderTimes, reminderTimes } from '../core/reminders';
import { waitsForApproval } from '../core/steps';
import type { Settings } from '../store/types';

/** The latest moment at or before `now` at which a reminder was due, or null when none was yet. */
export function lastReminderMoment(now: number, campaign: Campaign, progress: YearProgress, settings: Settings): number | null {
  const { leadDays, morningHour } = settings.reminders;
  const times = reminderTimes(campaign, leadDays, morningHour);
  for (const inst of Object.values(progress.institutions)) {
    if (inst.placedAt === null || !waitsForApproval(inst, progress.account)) continue;
    times.push(...openOrderReminderTimes(inst.placedAt, Number.NEGATIVE_INFINITY, campaign, morningHour));
  }
  if (settings.snoozedUntil !== null) times.push(settings.snoozedUntil);
  // The morning after the deadline (see nextReminder in reminder-notifications.ts).
  times.push(atLocalTime(addDays(deadlineDateOf(campaign), 1), morningHour));
  const past = times.filter((t) => t <= now);
  return past.length > 0 ? Math.max(...past) : null;
}

/**
 * Whether this refresh must count as a reminder moment: one passed since the moments were last dealt
 * with. Before the first time (a new install, or just after an update that brought this) nothing is
 * caught up: there is no telling what was said before.
 */
export function reminderMissed(handledUpTo: number | null, lastMoment: number | null): boolean {
  return handledUpTo !== null && lastMoment !== null && lastMoment > handledUpTo;
}
