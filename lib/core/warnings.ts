/**
 * Deadline and order warnings (D01–D05) and the toolbar badge, from the campaign, the progress and the
 * time. Cart rules live elsewhere; these are about time running out.
 */
import { campaignPhase, daysLeft, deadlineDateOf, type Campaign } from './campaign';
import { formatDateEn, formatDateNl } from './dutch-date';
import { nextAction, SERVICEDESK_EMAIL, SERVICEDESK_PHONE } from './next-action';
import type { LocalText } from './format';
import type { PageKind } from './observation';
import { STEP, takesPart, type InstitutionProgress, type YearProgress } from './progress';
import { isComplete, stepStates } from './steps';

export type WarningId = 'D01' | 'D02' | 'D03' | 'D04' | 'D05';
export type WarningLevel = 'info' | 'warning' | 'critical';

export interface Warning {
  id: WarningId;
  level: WarningLevel;
  /** The institution it is about, or null for the whole registration. */
  institutionKey: string | null;
  message: LocalText;
  action: LocalText;
  target: PageKind;
}

export interface WarningSettings {
  /** D01 starts this many days before the deadline. */
  openOrderDays: number;
  /** D01 becomes critical this many days before the deadline. */
  criticalDays: number;
  /** D02 starts this many days before the deadline. */
  cartDays: number;
}

export const DEFAULT_WARNING_SETTINGS: WarningSettings = { openOrderDays: 7, criticalDays: 2, cartDays: 7 };

const LEVEL_RANK: Record<WarningLevel, number> = { info: 0, warning: 1, critical: 2 };

export function warnings(
  now: number,
  campaign: Campaign,
  progress: YearProgress,
  settings: Partial<WarningSettings> = {},
): Warning[] {
  const { openOrderDays, criticalDays, cartDays } = { ...DEFAULT_WARNING_SETTINGS, ...settings };
  const days = daysLeft(now, campaign);
  const phase = campaignPhase(now, campaign);
  const deadline = deadlineDateOf(campaign);
  const when = { nl: formatDateNl(deadline), en: formatDateEn(deadline) };
  const left = timeLeft(days, when, campaign.confirmed);
  const institutions = Object.values(progress.institutions);
  const found: Warning[] = [];

  for (const inst of institutions) {
    const states = stepStates(inst, progress.account);
    const state = (step: number) => states[step - 1]?.state ?? 'todo';
    const name = inst.institution.name;
    const key = inst.key;

    // Not taking part this year: nothing to start or finish. An order it still has Open is real, though.
    if (!takesPart(inst)) {
      if (phase !== 'closed' && state(STEP.placeOrder) === 'done' && state(STEP.approve) === 'todo' && days <= openOrderDays) {
        found.push(openOrderWarning(inst, days <= criticalDays ? 'critical' : 'warning', left));
      }
      continue;
    }

    if (phase === 'closed') {
      if (state(STEP.complete) === 'todo' && campaign.confirmed) {
        found.push({
          id: 'D05',
          level: 'critical',
          institutionKey: key,
          message: {
            nl: `De deadline (${when.nl}) is verstreken en de registratie voor ${name} is niet afgerond.`,
            en: `The deadline (${when.en}) has passed and the registration for ${name} is not complete.`,
          },
          action: {
            nl: `Bel de servicedesk van SLBdiensten: ${SERVICEDESK_PHONE} (of mail ${SERVICEDESK_EMAIL}).`,
            en: `Call the SLBdiensten service desk: ${SERVICEDESK_PHONE} (or e-mail ${SERVICEDESK_EMAIL}).`,
          },
          target: nextAction(progress, key).target,
        });
      } else if (state(STEP.complete) === 'todo') {
        // Past a date Vinkje only estimated: the registration may well still be open.
        found.push({
          id: 'D05',
          level: 'warning',
          institutionKey: key,
          message: {
            nl: `De geschatte deadline (${when.nl}, niet bevestigd) is voorbij en de registratie voor ${name} is niet afgerond.`,
            en: `The estimated deadline (${when.en}, not confirmed) has passed and the registration for ${name} is not complete.`,
          },
          action: {
            nl: 'Kijk op Licenties verlengen of de registratie nog open is; noemt de shop daar een datum, dan neemt Vinkje die over.',
            en: 'Check on Licenties verlengen whether the registration is still open; if the shop states a date there, Vinkje takes it over.',
          },
          target: 'renewals',
        });
      }
      continue;
    }

    if (state(STEP.placeOrder) === 'done' && state(STEP.approve) === 'todo' && days <= openOrderDays) {
      found.push(openOrderWarning(inst, days <= criticalDays ? 'critical' : 'warning', left));
    } else if (state(STEP.claimCart) === 'done' && state(STEP.placeOrder) === 'todo' && days <= cartDays) {
      found.push({
        id: 'D02',
        level: 'warning',
        institutionKey: key,
        message: {
          nl: `De winkelwagen van ${name} is geclaimd, maar de bestelling is nog niet geplaatst. ${left.nl}`,
          en: `The cart for ${name} is claimed, but the order has not been placed. ${left.en}`,
        },
        action: {
          nl: 'Controleer de aantallen en klik op ‘Plaats bestelling’.',
          en: 'Check the quantities and click ‘Plaats bestelling’ (place order).',
        },
        target: 'cart',
      });
    } else if (phase === 'open' && state(STEP.claimCart) === 'todo') {
      found.push({
        id: 'D03',
        level: 'info',
        institutionKey: key,
        message: {
          nl: `De registratie is open en voor ${name} is nog niet begonnen. ${left.nl}`,
          en: `The registration is open and ${name} has not started yet. ${left.en}`,
        },
        action: nextAction(progress, key).text,
        target: nextAction(progress, key).target,
      });
    }
  }

  if (phase === 'open' && institutions.length === 0) {
    const loggedIn = progress.account.login !== null;
    found.push({
      id: 'D03',
      level: 'info',
      institutionKey: null,
      message: {
        nl: `De registratie voor licentiejaar ${campaign.licenceYear} is open. ${left.nl}`,
        en: `The registration for licence year ${campaign.licenceYear} is open. ${left.en}`,
      },
      action: nextAction(progress, null).text,
      target: loggedIn ? 'renewals' : 'login',
    });
  }

  const allDone = institutions.length > 0 && institutions.every((i) => isComplete(i, progress.account) || !takesPart(i));
  if (!campaign.confirmed && !allDone) {
    found.push({
      id: 'D04',
      level: 'info',
      institutionKey: null,
      message: {
        nl: `De deadline voor licentiejaar ${campaign.licenceYear} (${when.nl}) is een schatting: niet bevestigd.`,
        en: `The deadline for licence year ${campaign.licenceYear} (${when.en}) is an estimate: not confirmed.`,
      },
      action: {
        nl: 'Controleer de datum op Licenties verlengen of vul de juiste datum in bij de instellingen.',
        en: 'Check the date on Licenties verlengen or enter the right date in the settings.',
      },
      target: 'renewals',
    });
  }

  return found.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || a.id.localeCompare(b.id));
}

function openOrderWarning(inst: InstitutionProgress, level: WarningLevel, left: LocalText): Warning {
  const order = inst.orderNumber ? ` ${inst.orderNumber}` : '';
  const name = inst.institution.name;
  if (inst.orderStatus === null) {
    // Placed (e.g. "Besteld" on Licenties verlengen) but no status seen: it may be Open or approved already.
    return {
      id: 'D01',
      level,
      institutionKey: inst.key,
      message: {
        nl: `De bestelling${order} voor ${name} is geplaatst, maar Vinkje heeft nog niet gezien of die is goedgekeurd. ${left.nl}`,
        en: `The order${order} for ${name} is placed, but Vinkje has not yet seen whether it is approved. ${left.en}`,
      },
      action: {
        nl: 'Kijk bij Openstaande bestellingen: staat de bestelling daar, keur die dan goed. Staat die er niet, controleer de status in Bestelhistorie.',
        en: 'Look in Openstaande bestellingen (open orders): if the order is there, approve it. If not, check its status in Bestelhistorie (order history).',
      },
      target: 'open-orders',
    };
  }
  return {
    id: 'D01',
    level,
    institutionKey: inst.key,
    message: {
      nl: `Bestelling${order} voor ${name} is nog niet goedgekeurd. ${left.nl}`,
      en: `Order${order} for ${name} has not been approved yet. ${left.en}`,
    },
    action: {
      nl: 'Keur de bestelling goed via Openstaande bestellingen.',
      en: 'Approve the order via Openstaande bestellingen (open orders).',
    },
    target: 'open-orders',
  };
}

/** "Nog 3 dagen tot de deadline (…)"; an estimated deadline says so every time it is named. */
function timeLeft(days: number, when: LocalText, confirmed: boolean): LocalText {
  const date = confirmed ? when : { nl: `${when.nl}, geschat, niet bevestigd`, en: `${when.en}, estimated, not confirmed` };
  const deadline = confirmed ? { nl: 'de deadline', en: 'the deadline' } : { nl: 'de geschatte deadline', en: 'the estimated deadline' };
  if (days === 0) return { nl: `Vandaag is ${deadline.nl} (${date.nl}).`, en: `Today is ${deadline.en} (${date.en}).` };
  if (days === 1) return { nl: `Nog 1 dag tot ${deadline.nl} (${date.nl}).`, en: `1 day left until ${deadline.en} (${date.en}).` };
  return { nl: `Nog ${days} dagen tot ${deadline.nl} (${date.nl}).`, en: `${days} days left until ${deadline.en} (${date.en}).` };
}

export interface Badge {
  /** Days left; "!" when anything is critical; "" when every institution is done or nothing is known. */
  text: string;
  color: string;
  level: WarningLevel | 'none';
  /** The button's tooltip: what the number means, and whether the date is only an estimate. */
  title: LocalText;
}

export const BADGE_COLORS = {
  critical: '#B71C1C',
  warning: '#E65100',
  info: '#1565C0',
  /** Everything done: the badge is empty, this colour only matters if a caller shows it anyway. */
  none: '#2E7D32',
} as const;

export function badgeFor(now: number, campaign: Campaign, progress: YearProgress): Badge {
  const institutions = Object.values(progress.institutions);
  if (institutions.length === 0 || institutions.every((i) => isComplete(i, progress.account) || !takesPart(i))) {
    const title = institutions.length === 0 ? { nl: 'Vinkje', en: 'Vinkje' } : { nl: 'Vinkje: alles afgerond', en: 'Vinkje: everything done' };
    return { text: '', color: BADGE_COLORS.none, level: 'none', title };
  }
  const title = badgeTitle(now, campaign);
  const top = warnings(now, campaign, progress)[0]?.level ?? 'none';
  if (top === 'critical') return { text: '!', color: BADGE_COLORS.critical, level: top, title };
  const color = top === 'none' ? BADGE_COLORS.info : BADGE_COLORS[top];
  return { text: String(Math.max(0, daysLeft(now, campaign))), color, level: top, title };
}

/** "Vinkje: nog 5 dagen tot de geschatte deadline (…, geschat, niet bevestigd)." */
function badgeTitle(now: number, campaign: Campaign): LocalText {
  const deadline = deadlineDateOf(campaign);
  const when = { nl: formatDateNl(deadline), en: formatDateEn(deadline) };
  const days = daysLeft(now, campaign);
  if (days < 0) {
    return campaign.confirmed
      ? { nl: `Vinkje: de deadline (${when.nl}) is verstreken.`, en: `Vinkje: the deadline (${when.en}) has passed.` }
      : { nl: `Vinkje: de geschatte deadline (${when.nl}, niet bevestigd) is voorbij.`, en: `Vinkje: the estimated deadline (${when.en}, not confirmed) has passed.` };
  }
  const left = timeLeft(days, when, campaign.confirmed);
  const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  return { nl: `Vinkje: ${lower(left.nl)}`, en: `Vinkje: ${lower(left.en)}` };
}
