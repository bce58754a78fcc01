/**
 * The renewals page (Licenties verlengen): the prepared orders per institution, and the claim a
 * person presses there.
 */

import type { Institution, PageObservation, PreparedOrder } from '../../core/observation';
import { createContext, type PageContext } from '../context';
import { detectKind } from '../detect';
import { readRecords } from '../dom/cards';
import { controlText } from '../dom/element-text';
import { matchesAny, normalize } from '../dom/normalize';
import { positionOf } from '../dom/page-walk';
import { readPageInstitution } from '../institution';
import { CONTROLS } from '../labels/controls';
import { CONTROL_SELECTOR } from '../labels/structure';
import { TEXTS } from '../labels/texts';
import { hasCustomerNumber } from '../parse';
import { columns } from './common';
import { groupRecords, inGroup, institutionGroups, toLines } from './groups';

const RENEWAL_COLUMNS = columns('product', 'quantity');

export function readRenewals(ctx: PageContext, obs: PageObservation): void {
  // The collapsed order keeps its lines in the DOM, hidden until "Bekijk order": read them anyway.
  const rows = readRecords(ctx.pageText(), ctx.root, RENEWAL_COLUMNS, 'quantity', true);
  const groups = groupRecords(ctx, rows);
  const claims = ctx.controls().filter((c) => !c.chrome && matchesAny(c.norm, CONTROLS.claim));
  const lines = ctx.contentLines();
  const orders: PreparedOrder[] = groups.map((g) => {
    const claim = claims.find((c) => inGroup(g.group, positionOf(ctx.pageText(), c.el)));
    const stateLines = lines.filter(
      (l) => inGroup(g.group, l.pos) && TEXTS.preparedOrderDone.test(l.norm) && l.text.length < 120 && !hasCustomerNumber(l.text),
    );
    const done = stateLines.length > 0;
    const ordered = stateLines.some((l) => TEXTS.preparedOrderOrdered.test(l.norm));
    return { institution: g.institution, lines: toLines(g.rows), canClaim: claim !== undefined && !claim.disabled && !done, ...(ordered ? { ordered } : {}) };
  });
  if (orders.length === 1 && orders[0] && !orders[0].institution) orders[0].institution = readPageInstitution(ctx);
  obs.preparedOrders = orders;
  if (orders.length === 0) obs.unread.push('klaargezette bestellingen niet gevonden');
  // An order already claimed or placed may show no lines; one still to claim must.
  else if (orders.some((o) => o.lines.length === 0 && o.canClaim)) obs.unread.push('regels van een klaargezette bestelling niet gevonden');
  if (obs.deadlineText === null) obs.unread.push('uiterste datum niet gevonden');
}

/**
 * The prepared order whose claim control ("Toevoegen aan winkelwagen") contains `target`, the
 * element a person just clicked on Licenties verlengen; null for any other click or page.
 */
export function readClaimClick(doc: Document, url: string, target: Element): Institution | null {
  try {
    // Most clicks are on something else: a look at the clicked control first, no page walk.
    const clicked = target.closest(CONTROL_SELECTOR);
    if (!clicked || !matchesAny(normalize(controlText(clicked)), CONTROLS.claim)) return null;
    const ctx = createContext(doc, url);
    const control = ctx.controls().find((c) => !c.chrome && (c.el === target || c.el.contains(target)) && matchesAny(c.norm, CONTROLS.claim));
    if (!control || control.disabled || detectKind(ctx) !== 'renewals') return null;
    const groups = institutionGroups(ctx);
    const at = positionOf(ctx.pageText(), control.el);
    const group = groups.find((g) => inGroup(g, at));
    if (group?.institution) return group.institution;
    return groups.length <= 1 ? readPageInstitution(ctx) : null;
  } catch {
    return null;
  }
}
