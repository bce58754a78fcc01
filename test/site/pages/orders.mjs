// @ts-check
/** "Openstaande bestellingen" (with "Goedkeuren") and "Bestelhistorie". */
import { formatDate, formatMoney } from '../dutch.mjs';
import { html } from './html.mjs';
import { renderPage } from './layout.mjs';
import { dataTable, institutionLabel } from './parts.mjs';
import { PATHS } from './paths.mjs';
import { institutionOf, ordersOf, productOf } from '../state.mjs';
import { describesOrders } from './rendition.mjs';

/** @typedef {import('./layout.mjs').PageContext} PageContext */
/** @typedef {import('../state.mjs').Order} Order */

/** @param {PageContext} context */
function columnsFor(context) {
  const described = describesOrders(context.rendition ?? 'classic');
  return [
    { label: 'Bestelnummer' },
    { label: 'Datum' },
    { label: 'Onderwijsinstelling' },
    ...(described ? [{ label: 'Omschrijving' }] : []),
    { label: 'Bedrag', numeric: true },
    { label: 'Status' },
  ];
}

/** "Microsoft 365 A3 medewerkers, Basispakket medewerkers en 2 andere" for an order's lines. */
/** @param {PageContext} context @param {Order} order */
function descriptionOf(context, order) {
  if (order.description) return order.description;
  const names = order.lines.map((line) => productOf(context.state, line.productId)?.name ?? line.productId);
  if (names.length <= 2) return names.join(', ');
  return `${names.slice(0, 2).join(', ')} en ${names.length - 2} ${names.length - 2 === 1 ? 'ander product' : 'andere producten'}`;
}

/** @param {PageContext} context @param {Order} order */
function orderCells(context, order) {
  const described = describesOrders(context.rendition ?? 'classic');
  return [
    order.number,
    formatDate(order.date),
    institutionLabel(institutionOf(context.state, order.institutionId)),
    ...(described ? [descriptionOf(context, order)] : []),
    formatMoney(order.amountCents),
    order.status,
  ];
}

/** @param {PageContext} context @param {import('../state.mjs').Account} user */
export function openOrdersPage(context, user) {
  const open = ordersOf(context.state, user.email).filter((order) => order.status === 'Open');
  return renderPage(context, {
    title: 'Openstaande bestellingen',
    crumbs: [{ label: 'Mijn account', href: PATHS.account }, { label: 'Openstaande bestellingen' }],
    accountMenu: 'open-orders',
    body: html`<h1>Openstaande bestellingen</h1>
        ${
          open.length === 0
            ? html`<p class="empty">Er zijn geen openstaande bestellingen.</p>`
            : dataTable(
                [...columnsFor(context), { label: 'Acties', hiddenLabel: true }],
                open.map((order) => [
                  ...orderCells(context, order),
                  html`<form method="post" action="${PATHS.approve(order.number)}"><button type="submit">Goedkeuren</button></form>`,
                ]),
                { rowIds: open.map((order) => `bestelling-${order.number}`) },
              )
        }`,
  });
}

/** @param {PageContext} context @param {import('../state.mjs').Account} user */
export function orderHistoryPage(context, user) {
  const orders = ordersOf(context.state, user.email);
  return renderPage(context, {
    title: 'Bestelhistorie',
    crumbs: [{ label: 'Mijn account', href: PATHS.account }, { label: 'Bestelhistorie' }],
    accountMenu: 'history',
    body: html`<h1>Bestelhistorie</h1>
        ${
          orders.length === 0
            ? html`<p class="empty">Er zijn geen bestellingen.</p>`
            : dataTable(columnsFor(context), orders.map((order) => orderCells(context, order)))
        }`,
  });
}
