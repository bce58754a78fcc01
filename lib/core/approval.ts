/**
 * Approval as the shop confirms it in a message after "Goedkeuren" ("Bestelling 204517 is goedgekeurd."):
 * step 6 is done at once, even though the order then leaves Openstaande bestellingen and Bestelhistorie
 * has not been opened yet.
 */
import type { PageObservation } from './observation';
import { isOtherOrder } from './other-orders';
import type { Evidence, YearProgress } from './progress';

export function recordApprovalMessages(draft: YearProgress, obs: PageObservation, evidence: (what: string) => Evidence): void {
  for (const orderNumber of obs.approvedOrders) {
    if (isOtherOrder(draft, orderNumber)) continue;
    const inst = Object.values(draft.institutions).find((i) => i.orderNumber === orderNumber);
    if (!inst) continue;
    // Statuses only move forward: an order already seen Afgehandeld stays so.
    if (inst.orderStatus === null || inst.orderStatus === 'open') {
      inst.orderStatus = 'approved';
      inst.orderStatusAt = obs.seenAt;
    }
    inst.evidence[6] ??= evidence(`Melding ‘Bestelling ${orderNumber} is goedgekeurd’ gezien`);
  }
}
