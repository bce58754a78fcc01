/**
 * Page observations as the shop's readers would produce them for the demo account, for tests of the
 * progress and warnings logic. Times are explicit epoch constants.
 */
import { emptyObservation, type CartLine, type Institution, type OrderRow, type OrderStatus, type PageObservation } from '../observation';

export const BAKEN: Institution = { name: 'Het Baken College', customerNumber: '100231' };
export const ROC: Institution = { name: 'ROC Rivierland', customerNumber: '100587' };
export const LYCEUM: Institution = { name: 'Lyceum Zuiderpark', customerNumber: '100912' };

const SHOP = 'https://www.slbdiensten.nl';

export function loginPage(at: number): PageObservation {
  return { ...emptyObservation('login', `${SHOP}/login/?redirect=%2Faccount%2F`, at), loggedIn: false };
}

/** The account page of the 1e contactpersoon (or, with primary false, of a colleague). */
export function accountPage(at: number, primary = true): PageObservation {
  return { ...emptyObservation('account', `${SHOP}/account/`, at), loggedIn: true, isPrimaryContact: primary };
}

export function renewalsPage(at: number, orders: Array<{ institution: Institution; canClaim: boolean; ordered?: boolean }>): PageObservation {
  return {
    ...emptyObservation('renewals', `${SHOP}/account/licenties-verlengen/`, at),
    loggedIn: true,
    deadlineText: 'Rond de registratie uiterlijk vrijdag 12 december 2025 af, zodat je licenties per 1-1-2026 vernieuwd zijn.',
    preparedOrders: orders.map(({ institution, canClaim, ordered }) => ({
      institution,
      canClaim,
      ...(ordered ? { ordered } : {}),
      lines: [{ product: 'Microsoft 365 A3 medewerkers', quantity: 1996, quantityText: '1.996' }],
    })),
  };
}

export function cartLine(product: string, quantity: number): CartLine {
  return { product, quantity, quantityText: String(quantity), actions: ['wijzigen', 'verwijderen'] };
}

export function cartPage(at: number, institution: Institution | null, reference = '', lines = [cartLine('Microsoft 365 A3 medewerkers', 1996)]): PageObservation {
  return {
    ...emptyObservation('cart', `${SHOP}/winkelwagen/`, at),
    loggedIn: true,
    institution,
    cartLines: lines,
    reference,
  };
}

/** A cart with another order than the registration: no Microsoft licence in it. */
export const ADOBE_CART: CartLine[] = [cartLine('Adobe Creative Cloud All Apps leerlingen', 40)];

export function emptyCartPage(at: number): PageObservation {
  return { ...emptyObservation('cart', `${SHOP}/winkelwagen/`, at), loggedIn: true };
}

export function thankYouPage(at: number, institution: Institution | null, orderNumber: string): PageObservation {
  return { ...emptyObservation('thank-you', `${SHOP}/bestelling/bedankt/`, at), loggedIn: true, institution, orderNumber };
}

/** The description an order list shows for a registration order: its Microsoft licences. */
export const REGISTRATION_DESCRIPTION = 'Microsoft 365 A3 medewerkers, Basispakket medewerkers';

/** An order row; by default one whose description shows the registration's licences (description null: none shown). */
export function orderRow(
  orderNumber: string,
  institution: Institution | null,
  status: OrderStatus | null,
  date: string | null = '21-11-2025',
  description: string | null = REGISTRATION_DESCRIPTION,
): OrderRow {
  const statusText = status === null ? '' : { open: 'Open', approved: 'Goedgekeurd', completed: 'Afgehandeld' }[status];
  return { orderNumber, date, institution, status, statusText, amountCents: 12_345_678, ...(description === null ? {} : { description }) };
}

export function openOrdersPage(at: number, rows: OrderRow[]): PageObservation {
  return { ...emptyObservation('open-orders', `${SHOP}/account/openstaande-bestellingen/`, at), loggedIn: true, orders: rows };
}

export function historyPage(at: number, rows: OrderRow[]): PageObservation {
  return { ...emptyObservation('order-history', `${SHOP}/account/bestelhistorie/`, at), loggedIn: true, orders: rows };
}
