// @ts-check
/** "Licenties": current or future licences per institution, with the filter form. */
import { formatDate, formatQuantity } from '../dutch.mjs';
import { attr, html } from './html.mjs';
import { renderPage } from './layout.mjs';
import { dataTable, institutionLabel } from './parts.mjs';
import { PATHS } from './paths.mjs';
import { institutionsOf, productName } from '../state.mjs';

/** @typedef {'huidig' | 'toekomstig'} LicenceFilter */

/**
 * @param {import('./layout.mjs').PageContext} context
 * @param {import('../state.mjs').Account} user
 * @param {LicenceFilter} filter
 */
export function licencesPage(context, user, filter) {
  const { state } = context;
  const year = filter === 'toekomstig' ? state.campaign.licenceYear : state.campaign.licenceYear - 1;
  const start = formatDate(`${year}-01-01`);
  const end = formatDate(`${year}-12-31`);
  const columns = [{ label: 'Product' }, { label: 'Aantal', numeric: true }, { label: 'Ingangsdatum' }, { label: 'Einddatum' }];
  return renderPage(context, {
    title: 'Licenties',
    crumbs: [{ label: 'Mijn account', href: PATHS.account }, { label: 'Licenties' }],
    accountMenu: 'licences',
    body: html`<h1>Licenties</h1>
        <form method="get" action="${PATHS.licences}" class="filter-form">
          <label for="filter">Toon</label>
          <select id="filter" name="filter">
            <option value="huidig"${attr('selected', filter === 'huidig')}>Huidige licenties</option>
            <option value="toekomstig"${attr('selected', filter === 'toekomstig')}>Toekomstige licenties</option>
          </select>
          <button type="submit">Filteren</button>
        </form>${institutionsOf(state, user.email).map((institution) => {
          const licences = filter === 'toekomstig' ? institution.futureLicences : institution.currentLicences;
          return html`
        <section class="institution-licences">
          <h2>${institutionLabel(institution)}</h2>
          ${dataTable(
            columns,
            licences.map((licence) => [productName(state, licence.productId), formatQuantity(licence.quantity), start, end]),
          )}
        </section>`;
        })}`,
  });
}
