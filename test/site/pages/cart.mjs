// @ts-check
/**
 * The cart family: the cart itself, the quantity form (change a line or add a product), the delete
 * confirmation and the thank-you page after "Plaats bestelling". Where they name the institution
 * depends on the rendition (rendition.mjs).
 */
import { formatMoney, formatQuantity } from '../dutch.mjs';
import { SPA_CART_JS } from './cart-app.mjs';
import { Html, attr, html } from './html.mjs';
import { renderPage } from './layout.mjs';
import { dataTable, institutionLabel } from './parts.mjs';
import { PATHS } from './paths.mjs';
import { namesInstitutionInContent } from './rendition.mjs';
import { cartOf, institutionOf, productOf, totalCents } from '../state.mjs';

/** @typedef {import('./layout.mjs').PageContext} PageContext */
/** @typedef {import('../state.mjs').Institution} Institution */

const CART_CRUMB = { label: 'Winkelwagen', href: PATHS.cart };

/** @param {PageContext} context */
const renditionOf = (context) => context.rendition ?? 'classic';

/**
 * What the page itself says about the institution: the content line (classic, spa) or the header
 * (header-only); silent says nothing.
 * @param {PageContext} context @param {Institution | undefined} institution
 * @returns {{ inContent: Institution | undefined, loggedInFor?: string }}
 */
function naming(context, institution) {
  const rendition = renditionOf(context);
  if (namesInstitutionInContent(rendition)) return { inContent: institution };
  return rendition === 'header-only' && institution ? { inContent: undefined, loggedInFor: institution.name } : { inContent: undefined };
}

/** The institution of the user's claimed cart, if any. @param {PageContext} context */
function cartInstitution(context) {
  const cart = context.user ? cartOf(context.state, context.user.email) : undefined;
  return cart ? institutionOf(context.state, cart.institutionId) : undefined;
}

/**
 * @param {PageContext} context
 * @param {import('../state.mjs').Account} user
 * @param {{ reference: string }} form the reference to pre-fill
 */
export function cartPage(context, user, { reference }) {
  if (renditionOf(context) === 'spa') return spaCartPage(context, user, { reference });
  const { state } = context;
  const cart = cartOf(state, user.email);
  const { inContent: institution, loggedInFor } = naming(context, cart && institutionOf(state, cart.institutionId));
  const columns = [
    { label: 'Product' },
    { label: 'Aantal', numeric: true },
    { label: 'Prijs per stuk', numeric: true },
    { label: 'Totaal', numeric: true },
    { label: 'Acties', hiddenLabel: true },
  ];
  const rows = (cart?.lines ?? []).map((line) => {
    const product = productOf(state, line.productId);
    const price = product?.priceCents ?? 0;
    return [
      product?.name ?? line.productId,
      formatQuantity(line.quantity),
      formatMoney(price),
      formatMoney(price * line.quantity),
      html`<a href="${PATHS.changeLine(line.id)}">Wijzigen</a> <a href="${PATHS.removeLine(line.id)}">Verwijderen</a>`,
    ];
  });
  const body = html`<h1>Winkelwagen</h1>${
    state.cartNotice
      ? html`
    <div class="notice" role="status"><p>${state.cartNotice}</p></div>`
      : ''
  }${
    institution
      ? html`
    <p class="cart-institution">Onderwijsinstelling: ${institutionLabel(institution)}</p>`
      : ''
  }${
    rows.length === 0
      ? html`
    <p class="empty">Je winkelwagen is leeg.</p>`
      : dataTable(columns, rows, { className: 'cart-table' })
  }${
    cart
      ? html`
    <p class="more"><a href="${PATHS.catalogue}">Andere licentie van Microsoft bestellen</a></p>`
      : ''
  }${
    cart && rows.length > 0
      ? html`
    <form method="post" action="${PATHS.placeOrder}" class="checkout form">
      <div class="field">
        <label for="referentie">Referentie</label>
        <input type="text" id="referentie" name="referentie" value="${reference}" maxlength="50" aria-describedby="referentie-hint">
        <p class="hint" id="referentie-hint">Wordt vermeld op de factuur</p>
      </div>
      <p class="cart-total">Totaal excl. btw <strong>${formatMoney(totalCents(state, cart.lines))}</strong></p>
      <button type="submit" class="primary">Plaats bestelling</button>
    </form>`
      : ''
  }`;
  return renderPage(context, { title: 'Winkelwagen', crumbs: [{ label: 'Winkelwagen' }], body, loggedInFor });
}

/**
 * The cart as a front end draws it: the page brings its data (as JSON) and a script that draws the
 * same cart as the classic page about 400 ms later, opens "Wijzigen" in place (pushState) and draws
 * the cart again on Back. The visible texts are the classic ones.
 * @param {PageContext} context @param {import('../state.mjs').Account} user @param {{ reference: string }} form
 */
function spaCartPage(context, user, { reference }) {
  const { state } = context;
  const cart = cartOf(state, user.email);
  const institution = cart && institutionOf(state, cart.institutionId);
  const data = {
    institution: institution ? institutionLabel(institution) : null,
    claimed: Boolean(cart),
    lines: (cart?.lines ?? []).map((line) => {
      const price = productOf(state, line.productId)?.priceCents ?? 0;
      return {
        id: line.id,
        product: productOf(state, line.productId)?.name ?? line.productId,
        quantity: line.quantity,
        quantityText: formatQuantity(line.quantity),
        price: formatMoney(price),
        total: formatMoney(price * line.quantity),
        change: PATHS.changeLine(line.id),
        remove: PATHS.removeLine(line.id),
      };
    }),
    reference,
    total: cart ? formatMoney(totalCents(state, cart.lines)) : '',
    paths: { cart: PATHS.cart, catalogue: PATHS.catalogue, placeOrder: PATHS.placeOrder },
  };
  // JSON inside a script element: "<", ">" and "&" escaped so no text can close the element.
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const body = html`<div id="winkelwagen-app" aria-busy="true">
      <h1>Winkelwagen</h1>
    </div>
    <script type="application/json" id="winkelwagen-gegevens">${new Html(json)}</script>
    <script>${new Html(SPA_CART_JS)}</script>`;
  return renderPage(context, { title: 'Winkelwagen', crumbs: [{ label: 'Winkelwagen' }], body });
}

/**
 * @typedef {object} QuantityForm
 * @property {'change' | 'add'} mode change a cart line, or add a product from the catalogue
 * @property {string} productName
 * @property {number} current quantity in the cart now
 * @property {string} value what the field shows (the typed value after an error)
 * @property {boolean} invalid the last input was refused
 * @property {string} action where the form posts
 * @property {string} cancelHref
 */

/** @param {PageContext} context @param {QuantityForm} form */
export function quantityPage(context, form) {
  const { loggedInFor } = naming(context, cartInstitution(context));
  const title = form.mode === 'change' ? 'Aantal wijzigen' : 'Product toevoegen';
  const crumbs = form.mode === 'change' ? [CART_CRUMB, { label: title }] : [{ label: 'Microsoft', href: PATHS.catalogue }, { label: title }];
  return renderPage(context, {
    title,
    crumbs,
    body: html`<section class="narrow">
      <h1>${title}</h1>
      <h2 class="product-name">${form.productName}</h2>
      <p>Nu in winkelwagen: ${formatQuantity(form.current)}</p>
      <form method="post" action="${form.action}" class="form" novalidate>
        <div class="field">
          <label for="aantal">Hoeveel licenties wil je bestellen?</label>
          <input type="text" id="aantal" name="aantal" value="${form.value}" inputmode="numeric" autocomplete="off"${attr('aria-invalid="true"', form.invalid)}>
        </div>
        <div class="actions">
          <button type="submit" class="primary">Ga verder</button>
          <a href="${form.cancelHref}">Annuleren</a>
        </div>
      </form>
    </section>`,
    loggedInFor,
  });
}

/** @param {PageContext} context @param {{ productName: string, action: string }} form */
export function deleteConfirmationPage(context, { productName, action }) {
  return renderPage(context, {
    title: 'Licentie verwijderen',
    crumbs: [CART_CRUMB, { label: 'Licentie verwijderen' }],
    body: html`<section class="narrow">
      <h1>Licentie verwijderen</h1>
      <p>Weet je zeker dat je ${productName} wilt opzeggen?</p>
      <form method="post" action="${action}" class="actions">
        <button type="submit" name="actie" value="opzeggen" class="danger">Opzeggen</button>
        <button type="submit" name="actie" value="annuleren" class="secondary">Annuleren</button>
      </form>
    </section>`,
  });
}

/** @param {PageContext} context @param {import('../state.mjs').Order} order */
export function thankYouPage(context, order) {
  const { inContent: institution, loggedInFor } = naming(context, institutionOf(context.state, order.institutionId));
  return renderPage(context, {
    title: 'Bedankt voor je bestelling',
    crumbs: [{ label: 'Bedankt voor je bestelling' }],
    body: html`<section class="narrow">
      <h1>Bedankt voor je bestelling</h1>
      <p>Je bestelnummer is ${order.number}.</p>${
        institution
          ? html`
      <p>Onderwijsinstelling: ${institutionLabel(institution)}</p>`
          : ''
      }${
        order.status === 'Open'
          ? html`
      <p>Je bestelling moet nog worden goedgekeurd door de 1e contactpersoon.</p>
      <p><a class="button" href="${PATHS.openOrders}#bestelling-${order.number}">Bestelling goedkeuren</a></p>`
          : html`
      <p>Status: ${order.status}</p>`
      }
    </section>`,
    loggedInFor,
  });
}
