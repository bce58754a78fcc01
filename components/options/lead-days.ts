/**
 * The reminder lead times as the person types them: "14, 7, 3, 1" (days before the deadline). Commas,
 * semicolons or spaces separate; each must be a whole number from 0 to 60. The background checks again.
 */
import type { Bilingual } from '../../lib/core/view';

export const LEAD_DAYS_MAX = 60;
export const LEAD_DAYS_COUNT_MAX = 20;

export type LeadDaysResult = { ok: true; days: number[] } | { ok: false; error: Bilingual };

export function parseLeadDays(text: string): LeadDaysResult {
  const parts = text
    .split(/[,;\s]+/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const days: number[] = [];
  for (const part of parts) {
    if (!/^-?\d+$/u.test(part)) {
      return {
        ok: false,
        error: {
          nl: `‘${part}’ is geen heel aantal dagen. Schrijf hele getallen, gescheiden door komma’s, bijvoorbeeld 14, 7, 3, 1.`,
          en: `‘${part}’ is not a whole number of days. Write whole numbers separated by commas, for example 14, 7, 3, 1.`,
        },
      };
    }
    const n = Number(part);
    if (n < 0 || n > LEAD_DAYS_MAX) {
      return {
        ok: false,
        error: {
          nl: `${part} dagen kan niet: kies een aantal van 0 tot en met ${LEAD_DAYS_MAX} dagen vóór de deadline.`,
          en: `${part} days is not possible: choose from 0 to ${LEAD_DAYS_MAX} days before the deadline.`,
        },
      };
    }
    days.push(n);
  }
  const unique = [...new Set(days)].sort((a, b) => b - a);
  if (unique.length > LEAD_DAYS_COUNT_MAX) {
    return {
      ok: false,
      error: {
        nl: `Dat zijn te veel herinneringen: hoogstens ${LEAD_DAYS_COUNT_MAX}.`,
        en: `That is too many reminders: at most ${LEAD_DAYS_COUNT_MAX}.`,
      },
    };
  }
  return { ok: true, days: unique };
}

export function formatLeadDays(days: readonly number[]): string {
  return days.join(', ');
}
