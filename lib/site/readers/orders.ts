/**
 * The order lists: open orders (Openstaande bestellingen) and the order history (Bestelhistorie).
 */

import type { OrderRow, PageKind, PageObservation } from '../../core/observation';
import type { PageContext } from '../context';
import { readRecords } from '../dom/cards';
import { collapse } from '../dom/normalize';
import { TEXTS } from '../labels/texts';
import { parseInstitution, readCents, readOrderNumber, readStatus } from '../parse';
import { columns } from './common';

const ORDER_COLUMNS = columns('orderNumber', 'date', 'institution', 'amount', 'status', 'description');

export function readOrders(ctx: PageContext, obs: PageObservation, kind: PageKind): void {
  const rows = readRecords(ctx.pageText(), ctx.root, ORDER_COLUMNS, 'orderNumber', false);
  const orders: OrderRow[] = [];
  for (const row of rows) {
    const orderNumber = readOrderNumber(row.cells['orderNumber'] ?? '');
    if (!orderNumber) continue;
    const statusText = collapse(row.cells['status'] ?? '');
    let status = statusText ? readStatus(statusText) : null;
    // The open-orders page lists orders waiting for approval, even without a status column.
    if (!statusText && kind === 'open-orders') status = 'open';
    if (statusText && status === null) obs.unread.push(`status van bestelling ${orderNumber} niet herkend: "${statusText}"`);
    orders.push({
      orderNumber,
      date: row.cells['date'] ? collapse(row.cells['date']) : null,
      institution: parseInstitution(row.cells['institution']),
      status,
      statusText,
      amountCents: readCents(row.cells['amount']),
      ...describe(row.cells['description']),
    });
  }
  obs.orders = orders;
  if (orders.length === 0) {
    const none = ctx.contentSearch().some(TEXTS.noOpenOrders) || ctx.contentSearch().some(TEXTS.noOrders);
    if (!none) obs.unread.push('geen bestellingen gevonden');
  }
}

/** What a row says the order holds, and whether it says it is the renewal (other-orders.ts decides what that means). */
function describe(cell: string | undefined): Pick<OrderRow, 'description' | 'saysRenewal'> {
  const description = cell ? collapse(cell) : '';
  if (!description) return {};
  return { description, saysRenewal: TEXTS.renewalOrder.test(description.toLowerCase()) };
}
