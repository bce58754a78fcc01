/**
 * The cart page (Winkelwagen): its institution, lines with their actions, and the reference field.
 */

import type { CartLine, PageObservation } from '../../core/observation';
import type { PageContext } from '../context';
import { readRecords } from '../dom/cards';
import { fieldByLabel, fieldValue } from '../dom/fields';
import { CONTROLS } from '../labels/controls';
import { FIELD_LABELS, TEXTS } from '../labels/texts';
import { productQuantity } from '../parse';
import { columns, controlsIn, readInstitutionField } from './common';

const CART_COLUMNS = columns('product', 'quantity', 'unitPrice', 'lineTotal', 'actions');

/** The action a control's norm (its text, already normalised) names. */
function actionName(norm: string): string {
  const m = CONTROLS.lineAction.exec(norm);
  return m?.[1] ?? norm;
}

export function readCart(ctx: PageContext, obs: PageObservation): void {
  const empty = ctx.contentSearch().some(TEXTS.emptyCart);
  // A cart that names no institution is the claimed cart's: the background attributes it.
  obs.institution = readInstitutionField(ctx);
  const rows = readRecords(ctx.pageText(), ctx.root, CART_COLUMNS, 'quantity', false);
  const cartLines: CartLine[] = [];
  for (const row of rows) {
    const product = row.cells['product'] ?? '';
    const quantityText = row.cells['quantity'] ?? '';
    if (!product || !quantityText) continue;
    const actions = controlsIn(ctx, row.el)
      .filter((c) => !c.hidden)
      .map((c) => actionName(c.norm));
    cartLines.push({ ...productQuantity(product, quantityText), actions });
  }
  obs.cartLines = cartLines;
  if (cartLines.length === 0 && !empty) obs.unread.push('geen winkelwagenregels gevonden');
  for (const line of cartLines) {
    if (line.quantity === null) obs.unread.push(`aantal van "${line.product}" niet gelezen: "${line.quantityText}"`);
  }
  const reference = fieldByLabel(ctx.root, FIELD_LABELS.reference);
  obs.reference = reference ? fieldValue(reference) : null;
  if (!reference && !empty) obs.unread.push('referentieveld niet gevonden');
}
