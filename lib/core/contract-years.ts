/**
 * Which licence years Vinkje's products and rules were written for. The catalogue and the rules
 * R01–R15 follow the Microsoft contract of 2022–2026, which ends on 31-12-2026; a later licence year
 * may come with other products and other rules, and nobody knows that until the shop shows them.
 */
import type { Campaign } from './campaign';
import type { LocalText } from './format';
import type { YearProgress } from './progress';
import type { Notice } from './view';

/** The last licence year of the contract the catalogue and the rules follow. */
export const LAST_KNOWN_CONTRACT_YEAR = 2026;

export const NEW_CONTRACT_NOTICE_ID = 'new-contract';

function newContractText(licenceYear: number): LocalText {
  return {
    nl:
      `Licentiejaar ${licenceYear} valt na het Microsoft-contract 2022–2026. Vinkje controleert je winkelwagen ` +
      `met de producten en regels van 2026; die kunnen in het nieuwe contract anders zijn. Producten die Vinkje ` +
      `niet kent, staan als "niet gecontroleerd". Volg bij twijfel de handleiding van de shop.`,
    en:
      `Licence year ${licenceYear} comes after the 2022–2026 Microsoft contract. Vinkje checks your cart against ` +
      `the products and rules of 2026; the new contract may differ. Products Vinkje does not know are shown as ` +
      `"not checked". When in doubt, follow the shop's manual.`,
  };
}

/**
 * The notice for a licence year past the known contract, shown until the shop or the user confirms
 * the year (its deadline is no longer an estimate) or the user dismisses it for that year.
 */
export function newContractNotice(licenceYear: number, campaign: Campaign, dismissedAt: number | undefined): Notice | null {
  if (licenceYear <= LAST_KNOWN_CONTRACT_YEAR) return null;
  if (campaign.source !== 'estimate' || dismissedAt !== undefined) return null;
  return { id: NEW_CONTRACT_NOTICE_ID, level: 'info', text: newContractText(licenceYear), dismissible: true };
}

/** The progress with a dismissible notice hidden for its licence year; the same object when nothing changes. */
export function dismissNotice(progress: YearProgress, id: string, now: number): YearProgress {
  if (id !== NEW_CONTRACT_NOTICE_ID || progress.contractNoticeDismissedAt !== undefined) return progress;
  return { ...progress, contractNoticeDismissedAt: now };
}
