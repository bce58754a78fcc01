// @ts-check
/**
 * The frame every page shares: header with logo, main navigation and user links, breadcrumb, flash
 * messages at the top of the main area, the account menu on /account/ pages, and the footer.
 */
import { attr, html } from './html.mjs';
import { MAIN_NAV, PATHS } from './paths.mjs';
import { cartOf, waitingRenewals } from '../state.mjs';

/** @typedef {import('../state.mjs').State} State */
/** @typedef {import('../state.mjs').Account} Account */
/** @typedef {import('../state.mjs').Flash} Flash */
/** @typedef {import('./html.mjs').Html} Html */

/**
 * What every page renderer gets.
 * @typedef {object} PageContext
 * @property {State} state
 * @property {Account | null} user
 * @property {Flash[]} flashes shown once at the top of the main area
 * @property {import('./rendition.mjs').Rendition} [rendition] how the pages about one institution
 *   name it (rendition.mjs); default "classic"
 */

/** @typedef {'dashboard' | 'renewals' | 'licences' | 'open-orders' | 'history' | 'details'} AccountMenuItem */

/**
 * @typedef {object} PageSpec
 * @property {string} title
 * @property {{ label: string, href?: string }[]} crumbs after "Home"; the last one is the current page
 * @property {Html} body
 * @property {AccountMenuItem} [accountMenu] show the account menu with this item current
 * @property {string} [loggedInFor] the institution the header says you are logged in for
 *   ("Ingelogd voor X"); only the header-only rendition sets it
 */

/** @param {Flash} flash */
function renderFlash(flash) {
  const isError = flash.level === 'error';
  return html`<div class="flash ${isError ? 'flash-error' : 'flash-success'}">
      <p role="${isError ? 'alert' : 'status'}">${flash.text}</p>${
        flash.action
          ? html`
      <form method="post" action="${PATHS.addUnderlying}" class="flash-action">
        <input type="hidden" name="product" value="${flash.action.productId}">
        <button type="submit">Basispakketten toevoegen</button>
      </form>`
          : ''
      }
    </div>`;
}

/** @param {PageContext} context @param {AccountMenuItem} current */
function renderAccountMenu(context, current) {
  const waiting = context.user ? waitingRenewals(context.state, context.user.email) : 0;
  /** @type {{ key: AccountMenuItem | 'logout', label: string, href: string }[]} */
  const items = [
    { key: 'dashboard', label: 'Dashboard', href: PATHS.account },
    { key: 'renewals', label: waiting > 0 ? `Licenties verlengen (${waiting})` : 'Licenties verlengen', href: PATHS.renewals },
    { key: 'licences', label: 'Licenties', href: PATHS.licences },
    { key: 'open-orders', label: 'Openstaande bestellingen', href: PATHS.openOrders },
    { key: 'history', label: 'Bestelhistorie', href: PATHS.history },
    { key: 'details', label: 'Mijn gegevens', href: PATHS.details },
    { key: 'logout', label: 'Uitloggen', href: PATHS.logout },
  ];
  return html`<aside class="account-menu">
        <nav aria-label="Accountmenu">
          <ul>${items.map(
            (item) => html`
            <li><a href="${item.href}"${attr('aria-current="page"', item.key === current)}>${item.label}</a></li>`,
          )}
          </ul>
        </nav>
      </aside>`;
}

/** @param {PageContext} context @param {string | undefined} loggedInFor */
function renderUserNav(context, loggedInFor) {
  if (!context.user) {
    return html`<li><a href="${PATHS.loginToAccount}">Inloggen</a></li>`;
  }
  const cart = cartOf(context.state, context.user.email);
  return html`${
    loggedInFor
      ? html`<li class="logged-in-for">Ingelogd voor <strong>${loggedInFor}</strong></li>
            `
      : ''
  }<li><a href="${PATHS.account}">Mijn account</a></li>
            <li><a href="${PATHS.cart}" class="cart-link">Winkelwagen (${cart ? cart.lines.length : 0})</a></li>
            <li><a href="${PATHS.logout}">Uitloggen</a></li>`;
}

/**
 * @param {PageContext} context
 * @param {PageSpec} page
 * @returns {string} the whole document
 */
export function renderPage(context, page) {
  const crumbs = [{ label: 'Home', href: PATHS.home }, ...page.crumbs];
  const content = page.accountMenu
    ? html`<div class="account-layout">
      ${renderAccountMenu(context, page.accountMenu)}
      <div class="account-content">
        ${page.body}
      </div>
    </div>`
    : page.body;
  return html`<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${page.title} | SLBdiensten</title>
  <link rel="stylesheet" href="${PATHS.css}">
  <script src="${PATHS.js}" defer></script>
</head>
<body>
  <header class="site-header">
    <div class="wrap header-row">
      <a class="logo" href="${PATHS.home}">SLBdiensten</a>
      <nav class="main-nav" aria-label="Hoofdmenu">
        <ul>${MAIN_NAV.map((item) => html`
          <li><a href="${item.href}">${item.label}</a></li>`)}
        </ul>
      </nav>
      <nav class="user-nav" aria-label="Gebruikersmenu">
        <ul>
          ${renderUserNav(context, page.loggedInFor)}
        </ul>
      </nav>
    </div>
  </header>
  <nav class="breadcrumb wrap" aria-label="Kruimelpad">
    <ol>${crumbs.map((crumb, index) =>
      index === crumbs.length - 1 || !crumb.href
        ? html`
      <li aria-current="page">${crumb.label}</li>`
        : html`
      <li><a href="${crumb.href}">${crumb.label}</a></li>`,
    )}
    </ol>
  </nav>
  <main class="wrap" id="inhoud">${
    context.flashes.length > 0
      ? html`
    <div class="flashes">
    ${context.flashes.map(renderFlash)}
    </div>`
      : ''
  }
    ${content}
  </main>
  <footer class="site-footer">
    <div class="wrap">
      <p>© SLBdiensten</p>
      <p>Servicedesk: 020-420 1396</p>
      <p><a href="mailto:servicedesk@slbdiensten.nl">servicedesk@slbdiensten.nl</a></p>
    </div>
  </footer>
</body>
</html>
`.value;
}
