/**
 * The person corrects Vinkje: the cart (or thank-you page) on screen, which named no institution,
 * belongs to another institution than the one context gave. What that page recorded moves from the
 * wrong institution to the chosen one. Pure: the same object back when nothing changes.
 */
import { institutionAt } from './institution-records';
import { attributeFromContext, isCartPage } from './attribution';
import { setActiveCart } from './active-cart';
import { recordUnattributedPage } from './apply-observation';
import type { PageObservation } from './observation';
import type { InstitutionProgress, UnattributedPage, YearProgress } from './progress';
import { STEP } from './progress';

/** Takes back from `inst` what a context-attributed cart or thank-you page put there, before an order was placed. */
function undoAttributedPage(inst: InstitutionProgress, observation: PageObservation): void {
  if (observation.kind === 'cart' && inst.placedAt === null && inst.orderNumber === null) {
    inst.cartLines = null;
    inst.cartSeenAt = null;
    if (inst.evidence[STEP.claimCart]?.page === 'cart') {
      delete inst.evidence[STEP.claimCart];
      inst.claimedAt = null;
    }
    if (inst.evidence[STEP.reference]?.page === 'cart') {
      delete inst.evidence[STEP.reference];
      inst.reference = null;
    }
  }
  if (observation.kind === 'thank-you' && inst.orderNumber === observation.orderNumber && inst.evidence[STEP.placeOrder]?.page === 'thank-you') {
    delete inst.evidence[STEP.placeOrder];
    inst.orderNumber = null;
    inst.placedAt = null;
    inst.orderStatus = null;
    inst.orderStatusAt = null;
  }
}

/**
 * Moves the page on screen to `toKey`. `previousChoice` is the choice that was in force when the page
 * was recorded, to find where context had put it.
 */
export function reattributePage(
  progress: YearProgress,
  observation: PageObservation,
  previousChoice: string | null,
  toKey: string,
): YearProgress {
  if (observation.institution || !isCartPage(observation.kind) || !institutionAt(progress, toKey)) return progress;
  const from = attributeFromContext(progress, observation.kind, previousChoice)?.key ?? null;
  if (from === toKey) return progress;
  const draft = structuredClone(progress);
  const target = institutionAt(draft, toKey) as InstitutionProgress;
  const wrong = institutionAt(draft, from);
  // On the quantity form the cart behind it moves: the one recorded for the wrong institution.
  const moved: PageObservation =
    observation.kind === 'quantity' && wrong?.cartLines && wrong.placedAt === null
      ? { ...observation, kind: 'cart', cartLines: wrong.cartLines, reference: wrong.reference }
      : observation;
  if (wrong) undoAttributedPage(wrong, moved);
  const page: UnattributedPage = {
    kind: moved.kind,
    url: moved.url,
    seenAt: moved.seenAt,
    cartLines: moved.cartLines,
    reference: moved.reference,
    orderNumber: moved.orderNumber,
    futureLicenses: moved.futureLicenses,
  };
  draft.unattributed = (draft.unattributed ?? []).filter((p) => p.kind !== observation.kind);
  if (draft.unattributed.length === 0) delete draft.unattributed;
  recordUnattributedPage(draft, target, page, 'chosen');
  // The cart on screen is the claimed one: it is the chosen institution's from now on.
  if (observation.kind !== 'thank-you') setActiveCart(draft, toKey, 'chosen');
  return JSON.stringify(draft) === JSON.stringify(progress) ? progress : draft;
}
