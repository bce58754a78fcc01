// @ts-check
/**
 * "Licenties verlengen": the deadline sentence and, per institution, the prepared order that the page
 * script expands with "Bekijk order" and that "Toevoegen aan winkelwagen" claims.
 */
import { formatLongDate, formatQuantity, formatShortDate } from '../dutch.mjs';
import { html } from './html.mjs';
import { renderPage } from './layout.mjs';
import { dataTable, institutionLabel } from './parts.mjs';
import { PATHS } from './paths.mjs';
import { institutionsOf, preparedOrderOf, productName } from '../state.mjs';

/** @type {Record<import('../state.mjs').PreparedStatus, string>} */
const STATUS_TEXT = { klaar: '', geclaimd: 'Geclaimd', besteld: 'Besteld' };

/**
 * @param {import('./layout.mjs').PageContext} context
 * @param {import('../state.mjs').Account} user
 */
export function renewalsPage(context, user) {
  const { state } = context;
  const { licenceYear, deadline } = state.campaign;
  const prepared = institutionsOf(state, user.email).flatMap((institution) => {
    const order = preparedOrderOf(state, institution.customerNumber);
    return order ? [{ institution, order }] : [];
  });
  return renderPage(context, {
    title: 'Licenties verlengen',
    crumbs: [{ label: 'Mijn account', href: PATHS.account }, { label: 'Licenties verlengen' }],
    accountMenu: 'renewals',
    body: html`<h1>Licenties verlengen</h1>
        <p class="intro">Rond de registratie uiterlijk ${formatLongDate(deadline)} af, zodat je licenties per ${formatShortDate(`${licenceYear}-01-01`)} vernieuwd zijn.</p>${prepared.map(({ institution, order }) => {
          const regionId = `order-${institution.customerNumber}`;
          const status = STATUS_TEXT[order.status];
          return html`
        <section class="renewal">
          <h2>Verlenging licentiejaar ${licenceYear} – ${institutionLabel(institution)}</h2>${
            status ? html`
          <p class="renewal-status">${status}</p>` : ''
          }
          <button type="button" class="toggle" aria-expanded="false" aria-controls="${regionId}">Bekijk order</button>
          <div id="${regionId}" class="renewal-order" hidden>
            ${dataTable(
              [{ label: 'Product' }, { label: 'Aantal', numeric: true }],
              order.lines.map((line) => [productName(state, line.productId), formatQuantity(line.quantity)]),
            )}${
              order.status === 'klaar'
                ? html`
            <form method="post" action="${PATHS.claim(institution.customerNumber)}">
              <button type="submit">Toevoegen aan winkelwagen</button>
            </form>`
                : ''
            }
          </div>
        </section>`;
        })}`,
  });
}
