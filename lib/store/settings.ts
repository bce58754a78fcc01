/**
 * The user's settings: one record, read through `Store.getSettings()`, which falls back to these
 * defaults when nothing (valid) is stored.
 */
import type { z } from 'zod';
import type { settingsSchema } from './schemas';

export type Settings = z.infer<typeof settingsSchema>;

/** Reminder mornings before the deadline: two weeks, one week, three days, the day before. */
export const DEFAULT_LEAD_DAYS: readonly number[] = [14, 7, 3, 1];
export const DEFAULT_MORNING_HOUR = 9;

export function defaultSettings(): Settings {
  return {
    language: 'nl',
    sidebarCollapsed: false,
    selectedInstitution: {},
    reminders: { enabled: true, leadDays: [...DEFAULT_LEAD_DAYS], morningHour: DEFAULT_MORNING_HOUR },
    campaignOverrides: {},
    snoozedUntil: null,
  };
}
