/**
 * A hard cap on a message's total size, checked before the schema: a multi-megabyte message is
 * refused after looking at just over the cap, instead of being validated field by field. The walk
 * counts string lengths plus one per value and stops as soon as the budget is spent.
 */
import { SNAPSHOT_LIMITS } from '../core/snapshot-limits';

/** A shop page's observation, bounded by the readers, stays far below this. */
export const MAX_MESSAGE_SIZE = 1_000_000;
/** A page snapshot: the page's HTML and the typed field values, each within its bound. */
export const MAX_SNAPSHOT_MESSAGE_SIZE = SNAPSHOT_LIMITS.html + SNAPSHOT_LIMITS.fields * (SNAPSHOT_LIMITS.fieldValue + 100) + 100_000;
/** The options page imports whole export files: years of order history fit in this. */
export const MAX_PAGE_MESSAGE_SIZE = 50_000_000;

export function exceedsSize(value: unknown, budget = MAX_MESSAGE_SIZE): boolean {
  let left = budget;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    left -= 1;
    if (typeof next === 'string') left -= next.length;
    else if (Array.isArray(next)) {
      // Each entry costs at least one, so a longer array is over before it is looked into.
      if (next.length > left) return true;
      for (const item of next) pending.push(item);
    }
    else if (next !== null && typeof next === 'object') {
      for (const [key, item] of Object.entries(next)) {
        left -= key.length;
        pending.push(item);
      }
    }
    if (left < 0) return true;
  }
  return false;
}
