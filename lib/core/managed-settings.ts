/**
 * Settings a school's IT department sets by policy (`storage.managed`, described to the browser by
 * public/managed_schema.json). Pure: the raw policy object in, the settings it fixes out.
 *
 * Managed values win over what the user chose, and the user cannot change them. A value that does
 * not fit is left out (and reported), so a typo in a policy never breaks Vinkje: that one setting
 * simply stays the user's own.
 */
import { parseIsoDay } from './amsterdam-time';
import { LEAD_DAYS_COUNT_MAX, LEAD_DAYS_MAX, leadDaysProblem, tidyLeadDays } from './reminder-limits';
import type { Language } from './view';

export interface ManagedCampaignDates {
  deadline: string;
  opens?: string;
}

/** The policy keys, as in managed_schema.json. Every key is optional. */
export interface ManagedSettings {
  campaignDates?: Record<string, ManagedCampaignDates>;
  language?: Language;
  reminderLeadDays?: number[];
  reminderHour?: number;
  notificationsEnabled?: boolean;
  openWelcomePage?: boolean;
}

export type ManagedField = 'campaignDates' | 'language' | 'reminderLeadDays' | 'reminderHour' | 'notificationsEnabled' | 'openWelcomePage';

/** The part of Settings a policy may fix (the shape the store keeps). */
export interface ManageableSettings {
  language: Language;
  reminders: { enabled: boolean; leadDays: number[]; morningHour: number };
  campaignOverrides: Record<string, { deadline: string; opens?: string }>;
}

const YEAR = /^\d{4}$/;

const isRealDay = (text: unknown): text is string => parseIsoDay(text) !== null;

const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function readDates(raw: unknown, problems: string[]): Record<string, ManagedCampaignDates> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push('campaignDates: expected an object per licence year');
    return undefined;
  }
  const dates: Record<string, ManagedCampaignDates> = {};
  for (const [year, value] of Object.entries(raw)) {
    const v = value as { deadline?: unknown; opens?: unknown } | null;
    if (!YEAR.test(year) || typeof v !== 'object' || v === null || !isRealDay(v.deadline) || (v.opens !== undefined && !isRealDay(v.opens))) {
      problems.push(`campaignDates.${year}: expected { "deadline": "YYYY-MM-DD", "opens"?: "YYYY-MM-DD" }`);
      continue;
    }
    dates[year] = v.opens === undefined ? { deadline: v.deadline } : { deadline: v.deadline, opens: v.opens as string };
  }
  return Object.keys(dates).length ? dates : undefined;
}

/** Reads a raw policy object; keys that are unknown or do not fit go to `problems`, not into the result. */
export function parseManagedSettings(raw: unknown): { managed: ManagedSettings; problems: string[] } {
  const problems: string[] = [];
  const managed: ManagedSettings = {};
  if (typeof raw !== 'object' || raw === null) return { managed, problems };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case 'campaignDates': {
        const dates = readDates(value, problems);
        if (dates) managed.campaignDates = dates;
        break;
      }
      case 'language':
        if (value === 'nl' || value === 'en') managed.language = value;
        else problems.push('language: expected "nl" or "en"');
        break;
      case 'reminderLeadDays':
        // The same limits as the options page and the store (reminder-limits.ts).
        if (Array.isArray(value) && leadDaysProblem(value) === null) {
          managed.reminderLeadDays = tidyLeadDays(value as number[]);
        } else problems.push(`reminderLeadDays: expected up to ${LEAD_DAYS_COUNT_MAX} whole days from 0 to ${LEAD_DAYS_MAX}`);
        break;
      case 'reminderHour':
        if (isInt(value, 0, 23)) managed.reminderHour = value;
        else problems.push('reminderHour: expected a whole hour from 0 to 23');
        break;
      case 'notificationsEnabled':
      case 'openWelcomePage':
        if (typeof value === 'boolean') managed[key] = value;
        else problems.push(`${key}: expected true or false`);
        break;
      default:
        problems.push(`${key}: not a Vinkje setting`);
    }
  }
  return { managed, problems };
}

/** The fields a policy fixes, for the options page to show as set by the organisation. */
export function managedFields(managed: ManagedSettings): ManagedField[] {
  return (Object.keys(managed) as ManagedField[]).filter((k) => managed[k] !== undefined);
}

/** The settings as they apply: the user's own, with every managed value put over them. */
export function applyManaged<S extends ManageableSettings>(settings: S, managed: ManagedSettings): S {
  return {
    ...settings,
    language: managed.language ?? settings.language,
    reminders: {
      enabled: managed.notificationsEnabled ?? settings.reminders.enabled,
      leadDays: managed.reminderLeadDays ? [...managed.reminderLeadDays] : settings.reminders.leadDays,
      morningHour: managed.reminderHour ?? settings.reminders.morningHour,
    },
    campaignOverrides: { ...settings.campaignOverrides, ...managed.campaignDates },
  };
}

/**
 * What to store when settings that went through applyManaged come back to be saved: the user's own
 * values where a policy decides, so a managed value never becomes the user's choice (and once the
 * policy is lifted, the user's own setting is back).
 */
export function keepUserValues<S extends ManageableSettings>(next: S, stored: S, managed: ManagedSettings): S {
  const overrides = { ...next.campaignOverrides };
  for (const year of Object.keys(managed.campaignDates ?? {})) {
    if (stored.campaignOverrides[year]) overrides[year] = stored.campaignOverrides[year];
    else delete overrides[year];
  }
  return {
    ...next,
    language: managed.language !== undefined ? stored.language : next.language,
    reminders: {
      enabled: managed.notificationsEnabled !== undefined ? stored.reminders.enabled : next.reminders.enabled,
      leadDays: managed.reminderLeadDays !== undefined ? stored.reminders.leadDays : next.reminders.leadDays,
      morningHour: managed.reminderHour !== undefined ? stored.reminders.morningHour : next.reminders.morningHour,
    },
    campaignOverrides: overrides,
  };
}

/** What the options page needs to know: which controls the organisation fixed. */
export interface ManagedInfo {
  fields: ManagedField[];
  /** Licence years whose registration dates the organisation set. */
  campaignYears: string[];
}

export const NOTHING_MANAGED: ManagedInfo = { fields: [], campaignYears: [] };

export function managedInfo(managed: ManagedSettings): ManagedInfo {
  return { fields: managedFields(managed), campaignYears: Object.keys(managed.campaignDates ?? {}) };
}
