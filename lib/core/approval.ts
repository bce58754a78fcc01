/**
 * Approval as the shop confirms it (domain.md, "Evidence: which approval"): the message after
 * "Goedkeuren" ("Bestelling 204517 is goedgekeurd."), or that message without a number on
 * Openstaande bestellingen together with the order gone from the list. Step 6 is then done at once,
 * even though Bestelhistorie has not been opened yet; the next action still asks to check the status
 * there (next-action.ts).
 */
import type { PageObservation } from './observation';
import { isOtherOrder } from './other-orders';
import type { Evidence, InstitutionProgress, YearProgress } from './progress';
import { STEP } from './progress';

export function recordApprovalMessages(draft: YearProgress, obs: PageObservation, evidence: (what: string) => Evidence): void {
  for (const orderNumber of obs.approvedOrders) {
    if (isOtherOrder(draft, orderNumber)) continue;
    const inst = Object.values(draft.institutions).find((i) => i.orderNumber === orderNumber);
    if (inst) markApproved(inst, obs.seenAt, evidence(`Melding ‘Bestelling ${orderNumber} is goedgekeurd’ gezien`));
  }
  if (obs.approvedWithoutNumber && obs.kind === 'open-orders' && listReadWhole(obs)) {
    const listed = new Set(obs.orders.map((o) => o.orderNumber));
    for (const inst of Object.values(draft.institutions)) {
      if (inst.orderNumber === null || inst.orderStatus !== 'open' || listed.has(inst.orderNumber)) continue;
      markApproved(inst, obs.seenAt, evidence(`Bestelling ${inst.orderNumber} staat niet meer bij Openstaande bestellingen, na de melding ‘goedgekeurd’`));
    }
  }
}

/** Only a list read in full can show that an order is gone from it. */
function listReadWhole(obs: PageObservation): boolean {
  return obs.unread.length === 0;
}

function markApproved(inst: InstitutionProgress, at: number, seen: Evidence): void {
  // Statuses only move forward: an order already seen Afgehandeld stays so.
  if (inst.orderStatus === null || inst.orderStatus === 'open') {
    inst.orderStatus = 'approved';
    inst.orderStatusAt = at;
  }
  inst.evidence[STEP.approve] ??= seen;
}
