/**
 * A settings change from the options page, checked as a whole: the current settings with the patch
 * applied, or every reason it was refused (in Dutch and English, naming the setting), so a bad value never
 * half-applies. The reminder limits are the ones every other check uses (reminder-limits.ts).
 */
import { isoDay, parseIsoDay } from '../core/amsterdam-time';
import { isPlausibleDeadline } from '../core/campaign';
import { isMorningHour, leadDaysProblem, MORNING_HOUR_MAX, tidyLeadDays } from '../core/reminder-limits';
import type { LocalText } from '../core/format';
import type { Settings } from '../store/types';

/** What the pages may change; the chosen institution and the notified keys belong to the sidebar and the alerts. */
type SettingKey = 'language' | 'sidebarCollapsed' | 'reminders' | 'campaignOverrides' | 'snoozedUntil';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (typeof v === 'string' ? `‘${v}’` : JSON.stringify(v) ?? String(v));

const unknownSetting = (name: string): LocalText => ({ nl: `Onbekende instelling: ${name}.`, en: `Unknown setting: ${name}.` });


function mergeReminders(current: Settings['reminders'], patch: unknown, errors: LocalText[]): Settings['reminders'] {
  if (!isObject(patch)) {
    errors.push({ nl: 'Herinneringen: ongeldige waarde.', en: 'Reminders: invalid value.' });
    return current;
  }
  const next = { ...current, leadDays: [...current.leadDays] };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'enabled') {
      if (typeof value === 'boolean') next.enabled = value;
      else errors.push({ nl: 'Herinneringen aan of uit: kies ja of nee.', en: 'Reminders on or off: choose yes or no.' });
    } else if (key === 'leadDays') {
      if (!Array.isArray(value)) {
        errors.push({ nl: 'Herinneringen: geef een lijst van aantallen dagen op.', en: 'Reminders: give a list of numbers of days.' });
        continue;
      }
      const problem = leadDaysProblem(value);
      if (problem) errors.push({ nl: `Herinneringen: ${problem.nl}`, en: `Reminders: ${problem.en}` });
      else next.leadDays = tidyLeadDays(value as number[]);
    } else if (key === 'morningHour') {
      if (isMorningHour(value)) next.morningHour = value;
      else {
        errors.push({
          nl: `Herinneringen: het uur moet een heel getal van 0 tot en met ${MORNING_HOUR_MAX} zijn (niet ${show(value)}).`,
          en: `Reminders: the hour must be a whole number from 0 to ${MORNING_HOUR_MAX} (not ${show(value)}).`,
        });
      }
    } else {
      errors.push(unknownSetting(`reminders.${key}`));
    }
  }
  return next;
}

function mergeOverrides(current: Settings['campaignOverrides'], patch: unknown, errors: LocalText[]): Settings['campaignOverrides'] {
  if (!isObject(patch)) {
    errors.push({ nl: 'Registratiedatums: ongeldige waarde.', en: 'Registration dates: invalid value.' });
    return current;
  }
  const next = { ...current };
  for (const [yearKey, value] of Object.entries(patch)) {
    if (!/^\d{4}$/.test(yearKey)) {
      errors.push({ nl: `Registratiedatums: ${show(yearKey)} is geen licentiejaar.`, en: `Registration dates: ${show(yearKey)} is not a licence year.` });
      continue;
    }
    const year = Number(yearKey);
    if (value === null) {
      // Back to the page's date or the estimate.
      delete next[yearKey];
      continue;
    }
    if (!isObject(value)) {
      errors.push({ nl: `Registratiedatums voor licentiejaar ${year}: ongeldige waarde.`, en: `Registration dates for licence year ${year}: invalid value.` });
      continue;
    }
    const before = errors.length;
    const deadline = parseIsoDay(value.deadline);
    if (!deadline) {
      errors.push({
        nl: `Deadline voor licentiejaar ${year}: ${show(value.deadline)} is geen bestaande datum (JJJJ-MM-DD).`,
        en: `Deadline for licence year ${year}: ${show(value.deadline)} is not a real date (YYYY-MM-DD).`,
      });
    } else if (!isPlausibleDeadline(year, deadline)) {
      errors.push({
        nl: `Deadline voor licentiejaar ${year}: de datum moet tussen 1 september ${year - 1} en 31 januari ${year} liggen.`,
        en: `Deadline for licence year ${year}: the date must be between 1 September ${year - 1} and 31 January ${year}.`,
      });
    }
    const hasOpens = value.opens !== undefined && value.opens !== null && value.opens !== '';
    const opens = hasOpens ? parseIsoDay(value.opens) : null;
    if (hasOpens && !opens) {
      errors.push({
        nl: `Opening voor licentiejaar ${year}: ${show(value.opens)} is geen bestaande datum (JJJJ-MM-DD).`,
        en: `Opening for licence year ${year}: ${show(value.opens)} is not a real date (YYYY-MM-DD).`,
      });
    }
    if (opens && deadline && isoDay(opens) > isoDay(deadline)) {
      errors.push({ nl: `Licentiejaar ${year}: de registratie kan niet openen na de deadline.`, en: `Licence year ${year}: the registration cannot open after the deadline.` });
    }
    for (const key of Object.keys(value)) {
      if (key !== 'deadline' && key !== 'opens') errors.push(unknownSetting(`campaignOverrides.${yearKey}.${key}`));
    }
    if (errors.length > before || !deadline) continue;
    next[yearKey] = opens ? { deadline: isoDay(deadline), opens: isoDay(opens) } : { deadline: isoDay(deadline) };
  }
  return next;
}

/** The current settings with the patch applied, or every reason the patch was refused. */
export function mergeSettings(current: Settings, patch: Record<string, unknown>): { ok: true; settings: Settings } | { ok: false; errors: LocalText[] } {
  const errors: LocalText[] = [];
  let next: Settings = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    switch (key as SettingKey) {
      case 'language':
        if (value === 'nl' || value === 'en') next = { ...next, language: value };
        else errors.push({ nl: `Taal: kies ‘nl’ of ‘en’ (niet ${show(value)}).`, en: `Language: choose ‘nl’ or ‘en’ (not ${show(value)}).` });
        break;
      case 'sidebarCollapsed':
        if (typeof value === 'boolean') next = { ...next, sidebarCollapsed: value };
        else errors.push({ nl: 'Zijbalk ingeklapt: kies ja of nee.', en: 'Sidebar collapsed: choose yes or no.' });
        break;
      case 'reminders':
        next = { ...next, reminders: mergeReminders(next.reminders, value, errors) };
        break;
      case 'campaignOverrides':
        next = { ...next, campaignOverrides: mergeOverrides(next.campaignOverrides, value, errors) };
        break;
      case 'snoozedUntil':
        if (value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0)) next = { ...next, snoozedUntil: value };
        else errors.push({ nl: 'Uitstellen: ongeldig tijdstip.', en: 'Snooze: invalid time.' });
        break;
      default:
        errors.push(unknownSetting(key));
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings: next };
}
