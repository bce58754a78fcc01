/**
 * The user's settings: one record, read through `Store.getSettings()`, which falls back to these
 * defaults when nothing (valid) is stored.
 */
import type { z } from 'zod';
import type { settingsSchema } from './schemas';

export type Settings = z.infer<typeof settingsSchema>;

import { DEFAULT_LEAD_DAYS, DEFAULT_MORNING_HOUR } from '../core/reminder-limits';

export { DEFAULT_LEAD_DAYS, DEFAULT_MORNING_HOUR };

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
