/**
 * Reads a shop page into a PageObservation. Every field has its own reader; a reader that fails
 * or finds nothing leaves the field empty and says what it missed in `unread` (Dutch), so one odd
 * page element never costs the whole observation. readPage never throws.
 */

import { emptyObservation, type PageKind, type PageObservation } from '../core/observation';
import { createContext, type PageContext } from './context';
import { detectKind } from './detect';
import { readAccount } from './readers/account';
import { readCart } from './readers/cart';
import { readLicenses } from './readers/licenses';
import { readLogin } from './readers/login';
import { readOrders } from './readers/orders';
import { readApprovedOrders, readDeadline, saysApprovedWithoutNumber, readLoggedIn, readMessages, readPrimaryContact, readRenewalsWaiting } from './readers/page-wide';
import { readQuantityForm } from './readers/quantity';
import { readRenewals } from './readers/renewals';
import { readThankYou } from './readers/thank-you';
import { boundObservation } from '../core/bounded-observation';

/** The claim a person presses on Licenties verlengen (the content script asks it of every click). */
export { readClaimClick } from './readers/renewals';

/** The reader of each page kind, one file each under readers/. */
const KIND_READERS: Partial<Record<PageKind, (ctx: PageContext, obs: PageObservation, kind: PageKind) => void>> = {
  login: readLogin,
  account: readAccount,
  licenses: readLicenses,
  renewals: readRenewals,
  cart: readCart,
  quantity: readQuantityForm,
  'thank-you': readThankYou,
  'open-orders': readOrders,
  'order-history': readOrders,
};

// ---------------------------------------------------------------------------------------------

/** Runs one field reader; a failure becomes an `unread` entry instead of an exception. */
function guarded(obs: PageObservation, what: string, read: () => void): void {
  try {
    read();
  } catch {
    obs.unread.push(`${what} niet gelezen (onverwachte pagina-opbouw)`);
  }
}

/** Everything Vinkje can read from this page. Never throws; an unrecognised page is kind `unknown`. */
export function readPage(doc: Document, url: string, now: number): PageObservation {
  let ctx: PageContext;
  try {
    ctx = createContext(doc, url);
  } catch {
    const obs = emptyObservation('unknown', url, now);
    obs.unread.push('pagina niet gelezen');
    return boundObservation(obs);
  }
  let kind: PageKind = 'unknown';
  try {
    kind = detectKind(ctx);
  } catch {
    kind = 'unknown';
  }
  const obs = emptyObservation(kind, url, now);
  guarded(obs, 'inlogstatus', () => (obs.loggedIn = readLoggedIn(ctx)));
  guarded(obs, 'rol', () => (obs.isPrimaryContact = readPrimaryContact(ctx)));
  guarded(obs, 'licenties verlengen', () => (obs.renewalsWaiting = readRenewalsWaiting(ctx)));
  guarded(obs, 'meldingen', () => (obs.messages = readMessages(ctx)));
  obs.approvedOrders = readApprovedOrders(obs.messages);
  obs.approvedWithoutNumber = obs.approvedOrders.length === 0 && saysApprovedWithoutNumber(obs.messages);
  guarded(obs, 'uiterste datum', () => (obs.deadlineText = readDeadline(ctx, kind)));
  const reader = KIND_READERS[kind];
  if (reader) guarded(obs, 'pagina-inhoud', () => reader(ctx, obs, kind));
  // Trimmed here, once for all readers, so a long page is sent cut rather than refused whole.
  return boundObservation(obs);
}
