// @ts-check
/** "Andere licentie van Microsoft bestellen": the products with a "Bestellen" link each. */
import { formatMoney } from '../dutch.mjs';
import { html } from './html.mjs';
import { renderPage } from './layout.mjs';
import { PATHS } from './paths.mjs';

/** @param {import('./layout.mjs').PageContext} context */
export function cataloguePage(context) {
  return renderPage(context, {
    title: 'Andere licentie van Microsoft bestellen',
    crumbs: [{ label: 'Microsoft' }],
    body: html`<h1>Andere licentie van Microsoft bestellen</h1>
    <ul class="product-list">${context.state.products.map(
      (product) => html`
      <li class="product">
        <h2>${product.name}</h2>
        <p class="price">${formatMoney(product.priceCents)}</p>
        <a class="button" href="${PATHS.addProduct(product.id)}">Bestellen</a>
      </li>`,
    )}
    </ul>`,
  });
}
