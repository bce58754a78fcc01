/**
 * What an export file must mean, beyond its shape: dates in order and in their licence year, and a
 * snooze no longer than the popup offers. A file edited by hand (or made by something else) that
 * passes the schema can still say things Vinkje would never have stored; those are refused with a
 * reason that names the record, like the shape errors.
 */
import { parseIsoDay, type CalendarDate } from '../core/amsterdam-time';
import { isPlausibleDeadline } from '../core/campaign';
import type { LocalText } from '../core/format';
import { SNOOZE_HOURS_MAX } from '../core/reminder-limits';
import type { ExportFile } from './transfer';

/** The file's days passed the shape check (real ISO days); a broken one reads as a day no year allows. */
function day(text: string): CalendarDate {
  return parseIsoDay(text) ?? { year: 0, month: 0, day: 0 };
}

const windowText = (year: number): LocalText => ({
  nl: `tussen 1 september ${year - 1} en 31 januari ${year}`,
  en: `between 1 September ${year - 1} and 31 January ${year}`,
});

export function meaningErrors(file: ExportFile, now: number): LocalText[] {
  const errors: LocalText[] = [];
  for (const [yearKey, dates] of Object.entries(file.settings.campaignOverrides)) {
    const year = Number(yearKey);
    const label: LocalText = { nl: `Instellingen: registratiedatums voor licentiejaar ${year}`, en: `Settings: registration dates for licence year ${year}` };
    // ISO days compare as text.
    if (dates.opens !== undefined && dates.opens > dates.deadline) {
      errors.push({
        nl: `${label.nl}: de registratie opent (${dates.opens}) na de deadline (${dates.deadline}).`,
        en: `${label.en}: the registration opens (${dates.opens}) after the deadline (${dates.deadline}).`,
      });
    }
    if (!isPlausibleDeadline(year, day(dates.deadline))) {
      errors.push({
        nl: `${label.nl}: de deadline ${dates.deadline} ligt niet ${windowText(year).nl}.`,
        en: `${label.en}: the deadline ${dates.deadline} is not ${windowText(year).en}.`,
      });
    }
  }
  for (const [yearKey, deadline] of Object.entries(file.pageDeadlines)) {
    const year = Number(yearKey);
    if (!isPlausibleDeadline(year, day(deadline.date))) {
      errors.push({
        nl: `Deadline van de winkelpagina voor ${year}: ${deadline.date} ligt niet ${windowText(year).nl}.`,
        en: `Deadline from the shop page for ${year}: ${deadline.date} is not ${windowText(year).en}.`,
      });
    }
  }
  const snooze = file.settings.snoozedUntil;
  if (snooze !== null && snooze > now + SNOOZE_HOURS_MAX * 3_600_000) {
    const until = new Date(snooze).toISOString();
    errors.push({
      nl: `Instellingen: herinneringen uitgesteld tot ${until}; Vinkje stelt hoogstens ${SNOOZE_HOURS_MAX / 24} dagen uit.`,
      en: `Settings: reminders snoozed until ${until}; Vinkje snoozes for at most ${SNOOZE_HOURS_MAX / 24} days.`,
    });
  }
  return errors;
}
