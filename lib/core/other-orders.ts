/**
 * Orders that are not the registration. The shop has one cart: between the prepared Microsoft cart and
 * its order, a contact person may order something else (Adobe, a mid-year extra). Such a cart and the
 * order placed from it must never tick steps 2–7 nor silence a reminder, so Vinkje remembers them here.
 */
import { normaliseProductName, recogniseProduct } from './catalogue';
import type { ProductQuantity } from './observation';
import type { InstitutionProgress, YearProgress } from './progress';

/** Enough for every other order a contact person places in one registration season. */
export const OTHER_ORDERS_LIMIT = 20;

/**
 * Whether cart lines show the registration's Microsoft licences: a product the catalogue knows, one
 * of the prepared order's products, or a product the shop names as Microsoft's (a new one).
 */
export function showsRegistrationLicences(lines: readonly ProductQuantity[], licenceYear: number, prepared: readonly ProductQuantity[] = []): boolean {
  // A line whose name could not be read may well be a licence: only names read in full say otherwise.
  if (lines.some((line) => line.product.trim() === '')) return true;
  const preparedNames = new Set(prepared.map((l) => normaliseProductName(l.product)));
  return lines.some(
    (line) =>
      recogniseProduct(line.product, licenceYear) !== null ||
      preparedNames.has(normaliseProductName(line.product)) ||
      /\bmicrosoft\b/iu.test(line.product),
  );
}

/** Every prepared order's lines known this year, for recognising a cart that names no institution. */
export function allPreparedLines(draft: YearProgress): ProductQuantity[] {
  return Object.values(draft.institutions).flatMap((i) => i.preparedLines ?? []);
}

/** The shop's cart holds another order: remembered until that order is placed or the registration cart returns. */
export function recordOtherCart(draft: YearProgress, seenAt: number): void {
  draft.otherCartAt = seenAt;
}

/**
 * Whether the order on a thank-you page was placed from the other cart: that cart was seen after the
 * institution's registration cart (or the institution has none).
 */
export function placedFromOtherCart(draft: YearProgress, inst: InstitutionProgress | null): boolean {
  const otherAt = draft.otherCartAt;
  if (otherAt === undefined) return false;
  return inst?.cartSeenAt === null || inst?.cartSeenAt === undefined || inst.cartSeenAt < otherAt;
}

/** Remembers an order number as not the registration; the shop's cart is empty after ordering. */
export function recordOtherOrder(draft: YearProgress, orderNumber: string): void {
  delete draft.otherCartAt;
  const known = (draft.otherOrderNumbers ?? []).filter((n) => n !== orderNumber);
  draft.otherOrderNumbers = [...known, orderNumber].slice(-OTHER_ORDERS_LIMIT);
}

export function isOtherOrder(draft: YearProgress, orderNumber: string): boolean {
  return draft.otherOrderNumbers?.includes(orderNumber) ?? false;
}
