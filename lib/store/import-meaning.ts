/**
 * What an export file must mean, beyond its shape: dates in order and in their licence year, and a
 * snooze no longer than the popup offers. A file edited by hand (or made by something else) that
 * passes the schema can still say things Vinkje would never have stored; those are refused with a
 * reason that names the record, like the shape errors.
 */
import { isPlausibleDeadline } from '../core/campaign';
import { SNOOZE_HOURS_MAX } from '../core/reminder-limits';
import type { ExportFile } from './transfer';

function day(text: string): { year: number; month: number; day: number } {
  const [year = 0, month = 0, d = 0] = text.split('-').map(Number);
  return { year, month, day: d };
}

const windowText = (year: number) => `tussen 1 september ${year - 1} en 31 januari ${year}`;

export function meaningErrors(file: ExportFile, now: number): string[] {
  const errors: string[] = [];
  for (const [yearKey, dates] of Object.entries(file.settings.campaignOverrides)) {
    const year = Number(yearKey);
    const label = `Instellingen: registratiedatums voor licentiejaar ${year}`;
    // ISO days compare as text.
    if (dates.opens !== undefined && dates.opens > dates.deadline) {
      errors.push(`${label}: de registratie opent (${dates.opens}) na de deadline (${dates.deadline}).`);
    }
    if (!isPlausibleDeadline(year, day(dates.deadline))) errors.push(`${label}: de deadline ${dates.deadline} ligt niet ${windowText(year)}.`);
  }
  for (const [yearKey, deadline] of Object.entries(file.pageDeadlines)) {
    const year = Number(yearKey);
    if (!isPlausibleDeadline(year, day(deadline.date))) {
      errors.push(`Deadline van de winkelpagina voor ${year}: ${deadline.date} ligt niet ${windowText(year)}.`);
    }
  }
  const snooze = file.settings.snoozedUntil;
  if (snooze !== null && snooze > now + SNOOZE_HOURS_MAX * 3_600_000) {
    errors.push(`Instellingen: herinneringen uitgesteld tot ${new Date(snooze).toISOString()}; Vinkje stelt hoogstens ${SNOOZE_HOURS_MAX / 24} dagen uit.`);
  }
  return errors;
}
