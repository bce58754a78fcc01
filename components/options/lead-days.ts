/**
 * The reminder lead times as the person types them: "14, 7, 3, 1" (days before the deadline). Commas,
 * semicolons or spaces separate; each must be a whole number within lib/core/reminder-limits.ts. The background checks again.
 */
import { leadDaysProblem, tidyLeadDays } from '../../lib/core/reminder-limits';
import type { LocalText } from '../../lib/core/format';

export type LeadDaysResult = { ok: true; days: number[] } | { ok: false; error: LocalText };

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
    days.push(Number(part));
  }
  // The limits are the ones the background and the store check (lib/core/reminder-limits.ts).
  const problem = leadDaysProblem(days);
  return problem ? { ok: false, error: problem } : { ok: true, days: tidyLeadDays(days) };
}

export function formatLeadDays(days: readonly number[]): string {
  return days.join(', ');
}
