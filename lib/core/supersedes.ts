/**
 * When a newer reading of a page says everything an older one did, so the older one may be skipped
 * (a page that changes its DOM many times a second is read many times). Only a reading of the same
 * page can say as much, and only when the older one held nothing that passes: a pressed claim, or a
 * shop message saying an order was approved, which the page may take away a moment later.
 */
import type { PageObservation } from './observation';

export function supersedes(newer: PageObservation, older: PageObservation): boolean {
  if (newer.url !== older.url || newer.kind !== older.kind) return false;
  if (older.claiming) return false;
  if (older.approvedWithoutNumber && !newer.approvedWithoutNumber) return false;
  return older.approvedOrders.every((order) => newer.approvedOrders.includes(order));
}
