/**
 * The one instruction that matters now, in the words of the official manual, plus the two situations
 * where the shop will refuse: a second cart while one is claimed, and a login that is not the 1e
 * contactpersoon.
 */
import type { LocalText } from './format';
import { institutionAt } from './institution-records';
import type { PageKind } from './observation';
import type { StepId, YearProgress } from './progress';
import { STEP } from './progress';
import { currentStep, loginStepDone, stepState } from './steps';


export interface NextAction {
  step: StepId;
  text: LocalText;
  /** The shop page where the user does it. */
  target: PageKind;
}

export const SERVICEDESK_EMAIL = 'servicedesk@slbdiensten.nl';
export const SERVICEDESK_PHONE = '020-420 1396';

export function nonPrimaryExplanation(): LocalText {
  return {
    nl:
      'Alleen de 1e contactpersoon van de instelling kan de registratie doen: de klaargezette winkelwagen is aan de ' +
      '1e contactpersoon gekoppeld. Is de 1e contactpersoon veranderd? Neem contact op met de servicedesk van ' +
      `SLBdiensten: ${SERVICEDESK_EMAIL} of ${SERVICEDESK_PHONE}.`,
    en:
      'Only the institution’s primary contact (1e contactpersoon) can do the registration: the prepared cart is linked ' +
      'to the primary contact. Has the primary contact changed? Contact the SLBdiensten service desk: ' +
      `${SERVICEDESK_EMAIL} or ${SERVICEDESK_PHONE}.`,
  };
}

/**
 * The shop lets one cart be claimed at a time. Warn before claiming another institution's cart while the
 * claimed one has no order yet.
 */
export function secondClaimWarning(progress: YearProgress, claimingKey: string): LocalText | null {
  const activeKey = progress.activeCartKey;
  if (activeKey === null || activeKey === claimingKey) return null;
  const active = institutionAt(progress, activeKey);
  if (!active) return null;
  if (stepState(active, progress.account, STEP.placeOrder).state !== 'todo') return null;
  const name = active.institution.name;
  return {
    nl: `Er kan maar 1 winkelwagen tegelijk worden geclaimd. Rond eerst ${name} af (stap 3 t/m 6).`,
    en: `Only one cart can be claimed at a time. First finish ${name} (steps 3 to 6).`,
  };
}

/**
 * What to do next for an institution (or, with key null, for the account before any institution is known).
 * `onPage` is the page the user is looking at, to point at what is on screen.
 */
/**
 * What the page on screen shows of the registration, when it is further than the stored progress
 * knows (a cart whose institution Vinkje cannot tell yet): the advice then fits the page.
 */
export interface PageShows {
  cart?: boolean;
  placedOrder?: boolean;
}

export function nextAction(progress: YearProgress, key: string | null, onPage: PageKind | null = null, shows: PageShows = {}): NextAction {
  const inst = institutionAt(progress, key);
  const loggedIn = loginStepDone(progress.account);
  let step: StepId = inst ? currentStep(inst, progress.account) : loggedIn ? STEP.claimCart : STEP.login;
  // Someone who sees a cart has claimed it; someone on a thank-you page has placed the order.
  if (shows.placedOrder && onPage === 'thank-you' && step < STEP.approve && progress.account.primaryContact !== false) step = STEP.approve;
  else if (shows.cart && (onPage === 'cart' || onPage === 'quantity') && step < STEP.checkQuantities && progress.account.primaryContact !== false) step = STEP.checkQuantities;
  const name = inst?.institution.name ?? null;

  switch (step) {
    case STEP.login:
      if (progress.account.primaryContact === false) return { step, text: nonPrimaryExplanation(), target: 'account' };
      return {
        step,
        text: {
          nl: 'Log in op slbdiensten.nl als 1e contactpersoon van je instelling.',
          en: 'Log in at slbdiensten.nl as your institution’s primary contact (1e contactpersoon).',
        },
        target: 'login',
      };
    case STEP.claimCart: {
      const warning = key === null ? null : secondClaimWarning(progress, key);
      if (warning) return { step, text: warning, target: 'cart' };
      return {
        step,
        text: {
          nl: `Ga naar Licenties verlengen, klap de order${name ? ` van ${name}` : ''} open en klik op ‘Toevoegen aan winkelwagen’.`,
          en: `Go to Licenties verlengen, expand the order${name ? ` for ${name}` : ''} and click ‘Toevoegen aan winkelwagen’ (add to cart).`,
        },
        target: 'renewals',
      };
    }
    case STEP.checkQuantities: {
      const open = onPage === 'cart' ? { nl: '', en: '' } : { nl: 'Open de winkelwagen. ', en: 'Open the cart. ' };
      return {
        step,
        text: {
          nl: `${open.nl}Controleer de aantallen. Klik op Wijzigen en vul het totaal gewenste aantal in. Klopt alles? Bevestig dan de aantallen.`,
          en: `${open.en}Check the quantities. Click Wijzigen (change) and enter the total number you want. All correct? Then confirm the quantities.`,
        },
        target: 'cart',
      };
    }
    case STEP.reference:
      return {
        step,
        text: {
          nl: 'Wil je een referentie op de factuur? Vul die in bij ‘Referentie’ in de winkelwagen, vóór je de bestelling plaatst. Geen referentie nodig? Geef dat aan.',
          en: 'Want a reference on the invoice? Fill it in under ‘Referentie’ in the cart before you place the order. No reference needed? Say so.',
        },
        target: 'cart',
      };
    case STEP.placeOrder:
      return {
        step,
        text: {
          nl: 'Klik op ‘Plaats bestelling’. Doe dit alleen als je 100% zeker bent dat alles klopt: wijzigen achteraf is lastig.',
          en: 'Click ‘Plaats bestelling’ (place order). Only do this when you are 100% sure it is right: changing it afterwards is hard.',
        },
        target: 'cart',
      };
    case STEP.approve: {
      if (onPage === 'thank-you') {
        return {
          step,
          text: {
            nl: 'Klik op ‘Bestelling goedkeuren’ om de bestelling goed te keuren.',
            en: 'Click ‘Bestelling goedkeuren’ to approve the order.',
          },
          target: 'open-orders',
        };
      }
      const unknownStatus = inst?.orderStatus == null;
      return {
        step,
        text: {
          nl:
            'Keur de bestelling goed via Openstaande bestellingen.' +
            (unknownStatus ? ' Controleer daarna in Bestelhistorie dat de status ‘Goedgekeurd’ of ‘Afgehandeld’ is.' : ''),
          en:
            'Approve the order via Openstaande bestellingen (open orders).' +
            (unknownStatus ? ' Then check in Bestelhistorie (order history) that the status is ‘Goedgekeurd’ or ‘Afgehandeld’.' : ''),
        },
        target: 'open-orders',
      };
    }
    case STEP.complete: {
      // Approved by the shop's message (or ticked by hand): the manual still asks to see the status in Bestelhistorie.
      const statusSeen = inst?.evidence[STEP.approve]?.page === 'order-history' || inst?.orderStatus === 'completed';
      const check =
        inst && !statusSeen
          ? {
              nl: ` Controleer nog in Bestelhistorie dat ${inst.orderNumber ? `bestelling ${inst.orderNumber}` : 'de bestelling'} de status ‘Goedgekeurd’ of ‘Afgehandeld’ heeft.`,
              en: ` Still check in Bestelhistorie (order history) that ${inst.orderNumber ? `order ${inst.orderNumber}` : 'the order'} has the status ‘Goedgekeurd’ or ‘Afgehandeld’.`,
            }
          : { nl: '', en: '' };
      return {
        step,
        text: {
          nl: `De registratie${name ? ` voor ${name}` : ''} is afgerond.${check.nl} Automatische e-mails van Microsoft over aflopende licenties kun je negeren.`,
          en: `The registration${name ? ` for ${name}` : ''} is complete.${check.en} You can ignore Microsoft’s automatic e-mails about expiring licences.`,
        },
        target: 'order-history',
      };
    }
  }
}
