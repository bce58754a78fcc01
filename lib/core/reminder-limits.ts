/**
 * What the reminder settings are by default and may be, in one place: the options page, the background's check of a
 * change, the store's schema, the organisation's policy and an import all ask here, so none of them
 * can accept a value another refuses. 60 days is what the options page has always offered: a
 * reminder two months ahead is already before the registration opens.
 */
import type { LocalText } from './format';

/** Reminder mornings before the deadline: two weeks, one week, three days, the day before. */
export const DEFAULT_LEAD_DAYS: readonly number[] = [14, 7, 3, 1];
export const DEFAULT_MORNING_HOUR = 9;

export const LEAD_DAYS_MAX = 60;
export const LEAD_DAYS_COUNT_MAX = 20;
export const MORNING_HOUR_MAX = 23;
/** The longest snooze the popup and the sidebar offer: a week. */
export const SNOOZE_HOURS_MAX = 24 * 7;

export function isLeadDay(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= LEAD_DAYS_MAX;
}

export function isMorningHour(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MORNING_HOUR_MAX;
}

const shown = (value: unknown) => (typeof value === 'string' ? `‘${value}’` : (JSON.stringify(value) ?? String(value)));

/** Why these days before the deadline cannot be used, in both languages; null when they can. */
export function leadDaysProblem(days: readonly unknown[]): LocalText | null {
  const wrong = days.filter((d) => !isLeadDay(d));
  if (wrong.length > 0) {
    const list = wrong.map(shown).join(', ');
    return {
      nl: `${list} dagen kan niet: kies een heel aantal van 0 tot en met ${LEAD_DAYS_MAX} dagen vóór de deadline.`,
      en: `${list} days is not possible: choose a whole number from 0 to ${LEAD_DAYS_MAX} days before the deadline.`,
    };
  }
  if (new Set(days).size > LEAD_DAYS_COUNT_MAX) {
    return { nl: `Dat zijn te veel herinneringen: hoogstens ${LEAD_DAYS_COUNT_MAX}.`, en: `That is too many reminders: at most ${LEAD_DAYS_COUNT_MAX}.` };
  }
  return null;
}

/** Each day once, the earliest reminder (most days before) first, as the settings keep them. */
export function tidyLeadDays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => b - a);
}
