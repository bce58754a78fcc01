/**
 * Days in Amsterdam, as the shop and Vinkje count them. A test fixes a deadline once, when its file
 * loads, but checks the days left later: across midnight in Amsterdam that number drops by one, so
 * the expectation is computed at the moment of checking, never fixed with the deadline.
 */

const DAY_MS = 86_400_000;
const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** A page drawn just before midnight still shows the count of the day before, until it draws again. */
const DRAWN_A_MOMENT_AGO_MS = 60_000;

/** The ISO day (yyyy-mm-dd) in Amsterdam at `ms` (now by default). */
export const todayInAmsterdam = (ms = Date.now()): string => amsterdamDay.format(ms);

const dayNumber = (isoDay: string): number => {
  const [y, m, d] = isoDay.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / DAY_MS;
};

/** The ISO day `days` calendar days after today in Amsterdam. */
export function dayFromToday(days: number): string {
  return new Date((dayNumber(todayInAmsterdam()) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from today in Amsterdam to `isoDay`, as of `ms` (now by default). */
export function daysUntil(isoDay: string, ms = Date.now()): number {
  return dayNumber(isoDay) - dayNumber(todayInAmsterdam(ms));
}

/** Whether `shown` is the days left until `isoDay` now, or as a page drawn a moment ago counted them. */
export function isDaysLeft(isoDay: string, shown: number | null | undefined): boolean {
  const now = Date.now();
  return shown === daysUntil(isoDay, now) || shown === daysUntil(isoDay, now - DRAWN_A_MOMENT_AGO_MS);
}
