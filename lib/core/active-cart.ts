/**
 * Which institution's cart is claimed in the shop right now: the shop has one cart per login, so
 * only one at a time.
 */
import type { AttributionSource } from './attribution';
import type { YearProgress } from './progress';

/** No cart is claimed (ordered, or the shop showed it empty). */
export function clearActiveCart(draft: YearProgress): void {
  draft.activeCartKey = null;
  delete draft.activeCartSource;
}

/** The claimed cart is this institution's; `source` says how Vinkje knows when no page named it. */
export function setActiveCart(draft: YearProgress, key: string, source: AttributionSource): void {
  if (draft.activeCartKey !== key || source !== 'claimed-cart') {
    if (source === 'only-institution' || source === 'chosen') draft.activeCartSource = source;
    else delete draft.activeCartSource;
  }
  draft.activeCartKey = key;
  // The shop showed the claimed cart: the pressed claim has done its work.
  delete draft.claimIntent;
}
