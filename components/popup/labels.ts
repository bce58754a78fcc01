/** Small texts shared by the popup and the options page, Dutch first. */
import type { CampaignSource } from '../../lib/core/campaign';
import type { OrderStatus } from '../../lib/core/observation';
import type { Language, NoticeLevel } from '../../lib/core/view';

/** The shop's own words for an order's status; in English with the Dutch word the shop shows. */
export function orderStatusLabel(status: OrderStatus | null, language: Language): string {
  const labels: Record<Language, Record<OrderStatus | 'none', string>> = {
    nl: { open: 'Open', approved: 'Goedgekeurd', completed: 'Afgehandeld', none: 'Nog geen bestelling' },
    en: { open: 'Open (needs approval)', approved: 'Approved (Goedgekeurd)', completed: 'Completed (Afgehandeld)', none: 'No order yet' },
  };
  return labels[language][status ?? 'none'];
}

/** "4 van 7" / "4 of 7". */
export function progressText(done: number, language: Language, total = 7): string {
  return language === 'en' ? `${done} of ${total}` : `${done} van ${total}`;
}

/** Where the campaign dates come from, as the options page says it. */
export function campaignSourceLabel(source: CampaignSource, language: Language): string {
  const labels: Record<Language, Record<CampaignSource, string>> = {
    nl: { estimate: 'geschat, niet bevestigd', page: 'van de SLBdiensten-pagina', user: 'door jou ingevuld', confirmed: 'bevestigd' },
    en: { estimate: 'estimated, not confirmed', page: 'from the SLBdiensten page', user: 'entered by you', confirmed: 'confirmed' },
  };
  return labels[language][source];
}

/** The button that hides an informational notice for this licence year. */
export function dismissLabel(language: Language): string {
  return language === 'en' ? 'Got it, hide this' : 'Begrepen, verbergen';
}

/** Said before a notice so its weight does not depend on its colour alone. */
export function levelLabel(level: NoticeLevel, language: Language): string {
  const labels: Record<Language, Record<NoticeLevel, string>> = {
    nl: { critical: 'Dringend', warning: 'Let op', info: 'Ter info' },
    en: { critical: 'Urgent', warning: 'Warning', info: 'Note' },
  };
  return labels[language][level];
}

const LEVEL_ORDER: Record<NoticeLevel, number> = { critical: 0, warning: 1, info: 2 };

/** Most urgent first; equal levels keep their order. */
export function byLevel<T extends { level: NoticeLevel }>(notices: readonly T[]): T[] {
  return [...notices].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/** "4 dec. 2025, 09:00" in Amsterdam time. */
export function formatDateTime(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(epochMs);
}
