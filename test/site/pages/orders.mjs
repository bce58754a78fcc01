// @ts-check
/** "Openstaande bestellingen" (with "Goedkeuren") and "Bestelhistorie". */
import { formatDate, formatMoney } from '../dutch.mjs';
import { html } from './html.mjs';
import { renderPage } from './layout.mjs';
import { dataTable, institutionLabel } from './parts.mjs';
import { PATHS } from './paths.mjs';
import { institutionOf, ordersOf } from '../state.mjs';

/** @typedef {import('./layout.mjs').PageContext} PageContext */
/** @typedef {import('../state.mjs').Order} Order */

const COLUMNS = [
  { label: 'Bestelnummer' },
  { label: 'Datum' },
  { label: 'Onderwijsinstelling' },
  { label: 'Bedrag', numeric: true },
  { label: 'Status' },
];

/** @param {PageContext} context @param {Order} order */
function orderCells(context, order) {
  return [
    order.number,
    formatDate(order.date),
    institutionLabel(institutionOf(context.state, order.institutionId)),
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
                [...COLUMNS, { label: 'Acties', hiddenLabel: true }],
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
            : dataTable(COLUMNS, orders.map((order) => orderCells(context, order)))
        }`,
  });
}
