/**
 * The campaign dates as entered on the options page (date inputs give "YYYY-MM-DD" or ""), turned into
 * the settings change the background expects. The background checks again, including that the
 * deadline fits the licence year.
 */
import { parseIsoDay } from '../../lib/core/amsterdam-time';
import type { LocalText } from '../../lib/core/format';

export type CampaignPatch = { campaignOverrides: Record<string, { deadline: string; opens?: string } | null> };

const realDay = (text: string): boolean => parseIsoDay(text) !== null;

export function campaignPatch(licenceYear: number, opens: string, deadline: string): { ok: true; patch: CampaignPatch } | { ok: false; error: LocalText } {
  const d = deadline.trim();
  const o = opens.trim();
  if (d === '') return { ok: false, error: { nl: 'Vul een deadline in.', en: 'Enter a deadline.' } };
  if (!realDay(d)) return { ok: false, error: { nl: `‘${d}’ is geen bestaande datum.`, en: `‘${d}’ is not a real date.` } };
  if (o !== '' && !realDay(o)) return { ok: false, error: { nl: `‘${o}’ is geen bestaande datum.`, en: `‘${o}’ is not a real date.` } };
  // ISO days compare as text.
  if (o !== '' && o > d) {
    return { ok: false, error: { nl: 'De registratie kan niet openen na de deadline.', en: 'The registration cannot open after the deadline.' } };
  }
  return { ok: true, patch: { campaignOverrides: { [String(licenceYear)]: o === '' ? { deadline: d } : { deadline: d, opens: o } } } };
}

/** Back to the page's date or the estimate. */
export function clearCampaignPatch(licenceYear: number): CampaignPatch {
  return { campaignOverrides: { [String(licenceYear)]: null } };
}
