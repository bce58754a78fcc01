/**
 * The rows of Openstaande bestellingen and Bestelhistorie: which institution's order a row is, its
 * status (statuses only move forward), and steps 5 and 6 seen there.
 */
import { clearActiveCart } from './active-cart';
import { ensureInstitution } from './ensure-institution';
import { institutionAt } from './institution-records';
import type { OrderRow, OrderStatus, PageKind, PageObservation } from './observation';
import { allPreparedLines, isOtherOrder } from './other-orders';
import { STEP, findInstitutionKey, type Evidence, type YearProgress } from './progress';
import { clearPossibleOrders, recordPossibleOrder, rowEvidence } from './registration-order';

export type MakeEvidence = (what: string) => Evidence;

const STATUS_RANK: Record<OrderStatus, number> = { open: 0, approved: 1, completed: 2 };
const STATUS_WORD: Record<OrderStatus, string> = { open: 'Open', approved: 'Goedgekeurd', completed: 'Afgehandeld' };
const PAGE_NAME: Partial<Record<PageKind, string>> = {
  'open-orders': 'Openstaande bestellingen',
  'order-history': 'Bestelhistorie',
  renewals: 'Licenties verlengen',
};

/**
 * An order row in Openstaande bestellingen or Bestelhistorie. A row is matched by order number, or else,
 * for an institution whose order Vinkje does not know yet, by a date in this licence year's
 * registration together with evidence that it is the registration (registration-order.ts): a row that
 * shows other products is left alone, one that cannot be told apart is only "mogelijk de registratie".
 */
export function recordOrderRow(draft: YearProgress, obs: PageObservation, row: OrderRow, evidence: MakeEvidence): void {
  if (isOtherOrder(draft, row.orderNumber)) return;
  const status: OrderStatus | null = row.status ?? (obs.kind === 'open-orders' ? 'open' : null);
  let inst = Object.values(draft.institutions).find((i) => i.orderNumber === row.orderNumber) ?? null;
  if (!inst) {
    if (!row.institution || !belongsToYear(row, status, draft.licenceYear)) return;
    const known = findInstitutionKey(draft, row.institution);
    const prepared = (known ? institutionAt(draft, known)?.preparedLines : null) ?? allPreparedLines(draft);
    const kind = rowEvidence(row, draft.licenceYear, prepared);
    // An Adobe or other order of a school is no reason to add the school to Vinkje.
    if (kind === 'other') return;
    inst = ensureInstitution(draft, row.institution);
    if (!inst || inst.orderNumber !== null) return;
    if (kind === 'unknown') {
      recordPossibleOrder(inst, row, status, obs.kind, obs.seenAt);
      return;
    }
    inst.orderNumber = row.orderNumber;
    clearPossibleOrders(inst);
  }

  const where = PAGE_NAME[obs.kind] ?? 'de bestellingen';
  inst.evidence[STEP.placeOrder] ??= evidence(`Bestelling ${row.orderNumber} gezien in ${where}`);
  if (status !== null && (inst.orderStatus === null || STATUS_RANK[status] > STATUS_RANK[inst.orderStatus])) {
    inst.orderStatus = status;
    inst.orderStatusAt = obs.seenAt;
  }
  if (status === 'approved' || status === 'completed') {
    // The status in Bestelhistorie is the check the manual asks for: it replaces weaker evidence (a message).
    const fromHistory = obs.kind === 'order-history' && inst.evidence[STEP.approve]?.page !== 'order-history';
    if (!inst.evidence[STEP.approve] || fromHistory) inst.evidence[STEP.approve] = evidence(`Status ${STATUS_WORD[status]} gezien in ${where}`);
  }
  if (draft.activeCartKey === inst.key) clearActiveCart(draft);
}

function belongsToYear(row: OrderRow, status: OrderStatus | null, licenceYear: number): boolean {
  const year = row.date ? registrationYearOfOrderDate(row.date) : null;
  if (year !== null) return year === licenceYear;
  // Undated: an order still waiting for approval is this registration's; anything else cannot be placed.
  return row.date === null && status === 'open';
}

/**
 * The licence year an order date ("21-11-2026") belongs to when it falls in a registration period
 * (October–December for the next year, January for the current one); null for other dates.
 */
export function registrationYearOfOrderDate(text: string): number | null {
  const match = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/u.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  const year = Number(match[3]);
  if (month >= 10 && month <= 12) return year + 1;
  if (month === 1) return year;
  return null;
}
