/**
 * Which order in a list is this year's registration, on the evidence domain.md names: the number
 * placed from the claimed cart (known from the thank-you page), a row whose description shows the
 * registration's Microsoft licences, or a row that says it is the renewal. A row that cannot be told
 * apart is only "mogelijk de registratie": kept beside the institution until the person says yes or no,
 * and meanwhile it ticks nothing and silences no reminder.
 */
import { matchingEntries } from './catalogue';
import type { OrderRow, OrderStatus, PageKind, ProductQuantity } from './observation';
import { OTHER_ORDERS_LIMIT, showsRegistrationLicences } from './other-orders';
import type { Evidence, InstitutionProgress, PossibleOrder, YearProgress } from './progress';
import { STEP } from './progress';

/** Enough for every unclear order of one institution in one season. */
export const POSSIBLE_ORDERS_LIMIT = 5;

export type RowEvidence = 'registration' | 'other' | 'unknown';

/** What an order row tells about whether it is the registration. */
export function rowEvidence(row: OrderRow, licenceYear: number, prepared: readonly ProductQuantity[] = []): RowEvidence {
  if (row.saysRenewal === true) return 'registration';
  const description = row.description?.trim() ?? '';
  if (!description) return 'unknown';
  // The catalogue's patterns match within a longer text, so a description that lists several products
  // (in whatever words the shop joins them) needs no splitting.
  if (matchingEntries(description, licenceYear).length > 0) return 'registration';
  return showsRegistrationLicences([{ product: description, quantity: null, quantityText: '' }], licenceYear, prepared) ? 'registration' : 'other';
}

/** Keeps an unclear row beside its institution (its latest status and when it was seen). */
export function recordPossibleOrder(inst: InstitutionProgress, row: OrderRow, status: OrderStatus | null, page: PageKind, seenAt: number): void {
  const known = (inst.possibleOrders ?? []).filter((p) => p.orderNumber !== row.orderNumber);
  const previous = inst.possibleOrders?.find((p) => p.orderNumber === row.orderNumber);
  const entry: PossibleOrder = {
    orderNumber: row.orderNumber,
    date: row.date,
    status: status ?? previous?.status ?? null,
    page,
    seenAt: previous?.seenAt ?? seenAt,
  };
  inst.possibleOrders = [...known, entry].slice(-POSSIBLE_ORDERS_LIMIT);
}

/** The registration's order is known: the other candidates were not it. */
export function clearPossibleOrders(inst: InstitutionProgress): void {
  delete inst.possibleOrders;
}

const STATUS_WORD: Record<OrderStatus, string> = { open: 'Open', approved: 'Goedgekeurd', completed: 'Afgehandeld' };
const PAGE_NAME: Partial<Record<PageKind, string>> = { 'open-orders': 'Openstaande bestellingen', 'order-history': 'Bestelhistorie' };

/**
 * The person says whether an unclear order is the registration. Yes: it becomes the institution's
 * order, with the status that was seen; no: it is remembered as another order and never asked again.
 */
export function answerPossibleOrder(draft: YearProgress, inst: InstitutionProgress, orderNumber: string, isRegistration: boolean, now: number): boolean {
  const candidate = inst.possibleOrders?.find((p) => p.orderNumber === orderNumber);
  if (!candidate) return false;
  if (!isRegistration) {
    inst.possibleOrders = (inst.possibleOrders ?? []).filter((p) => p.orderNumber !== orderNumber);
    if (inst.possibleOrders.length === 0) delete inst.possibleOrders;
    const others = (draft.otherOrderNumbers ?? []).filter((n) => n !== orderNumber);
    draft.otherOrderNumbers = [...others, orderNumber].slice(-OTHER_ORDERS_LIMIT);
    return true;
  }
  if (inst.orderNumber !== null && inst.orderNumber !== orderNumber) return false;
  const evidence = (what: string): Evidence => ({ at: now, page: candidate.page, what });
  inst.orderNumber = orderNumber;
  inst.evidence[STEP.placeOrder] ??= evidence(`Bestelling ${orderNumber} door jou aangewezen als de registratie`);
  if (candidate.status !== null) {
    inst.orderStatus = candidate.status;
    inst.orderStatusAt = candidate.seenAt;
    if (candidate.status !== 'open') {
      inst.evidence[STEP.approve] ??= evidence(`Status ${STATUS_WORD[candidate.status]} gezien in ${PAGE_NAME[candidate.page] ?? 'de bestellingen'}`);
    }
  }
  clearPossibleOrders(inst);
  return true;
}
