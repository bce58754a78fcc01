// @ts-check
/**
 * The cart's page script in the "spa" rendition (rendition.mjs), inlined in the cart page. It reads
 * the cart from the JSON in #winkelwagen-gegevens and, like a front end that fetches the cart, draws
 * it into #winkelwagen-app about 400 ms after the page has loaded. "Wijzigen" does not load a page:
 * it moves to the quantity path with history.pushState and draws the quantity form in place (the
 * form posts as on the classic page); "Annuleren" moves back to the cart the same way; Back and
 * Forward (popstate) draw what the address names. The markup and texts are the classic pages'.
 */

/** How long the cart takes to appear, as if fetched. */
export const SPA_CART_DELAY_MS = 400;

export const SPA_CART_JS = `(function () {
  'use strict';
  var app = document.getElementById('winkelwagen-app');
  var source = document.getElementById('winkelwagen-gegevens');
  if (!app || !source) return;
  var data = JSON.parse(source.textContent || '{}');
  var QUANTITY_PATH = /^\\/winkelwagen\\/regel\\/([^/]+)\\/wijzigen\\/$/;
  var ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  function esc(value) {
    return String(value).replace(/[&<>"']/g, function (c) { return ESCAPES[c]; });
  }
  function lineById(id) {
    for (var i = 0; i < data.lines.length; i++) if (data.lines[i].id === id) return data.lines[i];
    return null;
  }
  function setCrumbs(items) {
    var list = document.querySelector('nav.breadcrumb ol');
    if (!list) return;
    var out = '\\n      <li><a href="/">Home</a></li>';
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      out += i === items.length - 1 || !item.href
        ? '\\n      <li aria-current="page">' + esc(item.label) + '</li>'
        : '\\n      <li><a href="' + esc(item.href) + '">' + esc(item.label) + '</a></li>';
    }
    list.innerHTML = out + '\\n    ';
  }
  function dropFlashes() {
    var flashes = document.querySelector('#inhoud > .flashes');
    if (flashes) flashes.remove();
  }
  function cartView() {
    var out = '\\n      <h1>Winkelwagen</h1>';
    if (data.institution) out += '\\n      <p class="cart-institution">Onderwijsinstelling: ' + esc(data.institution) + '</p>';
    if (data.lines.length === 0) {
      out += '\\n      <p class="empty">Je winkelwagen is leeg.</p>';
    } else {
      out += '<table class="data-table cart-table">\\n        <thead>\\n          <tr>' +
        '<th scope="col">Product</th><th scope="col" class="num">Aantal</th><th scope="col" class="num">Prijs per stuk</th>' +
        '<th scope="col" class="num">Totaal</th><th scope="col"><span class="visually-hidden">Acties</span></th></tr>\\n        </thead>\\n        <tbody>';
      for (var i = 0; i < data.lines.length; i++) {
        var line = data.lines[i];
        out += '\\n          <tr><td>' + esc(line.product) + '</td><td class="num">' + esc(line.quantityText) + '</td><td class="num">' +
          esc(line.price) + '</td><td class="num">' + esc(line.total) + '</td><td><a href="' + esc(line.change) + '">Wijzigen</a> <a href="' +
          esc(line.remove) + '">Verwijderen</a></td></tr>';
      }
      out += '\\n        </tbody>\\n      </table>';
    }
    if (data.claimed) out += '\\n      <p class="more"><a href="' + esc(data.paths.catalogue) + '">Andere licentie van Microsoft bestellen</a></p>';
    if (data.claimed && data.lines.length > 0) {
      out += '\\n      <form method="post" action="' + esc(data.paths.placeOrder) + '" class="checkout form">' +
        '\\n        <div class="field">\\n          <label for="referentie">Referentie</label>' +
        '\\n          <input type="text" id="referentie" name="referentie" value="' + esc(data.reference) + '" maxlength="50" aria-describedby="referentie-hint">' +
        '\\n          <p class="hint" id="referentie-hint">Wordt vermeld op de factuur</p>\\n        </div>' +
        '\\n        <p class="cart-total">Totaal excl. btw <strong>' + esc(data.total) + '</strong></p>' +
        '\\n        <button type="submit" class="primary">Plaats bestelling</button>\\n      </form>';
    }
    return out + '\\n    ';
  }
  function quantityView(line) {
    return '\\n      <section class="narrow">\\n        <h1>Aantal wijzigen</h1>' +
      '\\n        <h2 class="product-name">' + esc(line.product) + '</h2>' +
      '\\n        <p>Nu in winkelwagen: ' + esc(line.quantityText) + '</p>' +
      '\\n        <form method="post" action="' + esc(line.change) + '" class="form" novalidate>' +
      '\\n          <div class="field">\\n            <label for="aantal">Hoeveel licenties wil je bestellen?</label>' +
      '\\n            <input type="text" id="aantal" name="aantal" value="' + esc(line.quantity) + '" inputmode="numeric" autocomplete="off">' +
      '\\n          </div>\\n          <div class="actions">\\n            <button type="submit" class="primary">Ga verder</button>' +
      '\\n            <a href="' + esc(data.paths.cart) + '">Annuleren</a>\\n          </div>\\n        </form>\\n      </section>\\n    ';
  }
  function showCart() {
    document.title = 'Winkelwagen | SLBdiensten';
    setCrumbs([{ label: 'Winkelwagen' }]);
    app.innerHTML = cartView();
    app.removeAttribute('aria-busy');
  }
  function showQuantity(line) {
    document.title = 'Aantal wijzigen | SLBdiensten';
    setCrumbs([{ label: 'Winkelwagen', href: data.paths.cart }, { label: 'Aantal wijzigen' }]);
    app.innerHTML = quantityView(line);
    app.removeAttribute('aria-busy');
  }
  /** Draws what the address names; an address this script does not know is loaded from the server. */
  function route() {
    var match = QUANTITY_PATH.exec(location.pathname);
    var line = match ? lineById(decodeURIComponent(match[1])) : null;
    if (line) showQuantity(line);
    else if (location.pathname === data.paths.cart) showCart();
    else location.reload();
  }
  app.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element) || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = target.closest('a[href]');
    if (!link) return;
    var href = link.getAttribute('href') || '';
    var inPlace = href === data.paths.cart || (QUANTITY_PATH.test(href) && lineById(decodeURIComponent(QUANTITY_PATH.exec(href)[1])));
    if (!inPlace) return;
    event.preventDefault();
    history.pushState({ winkelwagen: href }, '', href);
    dropFlashes();
    route();
    window.scrollTo(0, 0);
  });
  window.addEventListener('popstate', function () {
    dropFlashes();
    route();
  });
  setTimeout(function () {
    if (location.pathname === data.paths.cart) showCart();
  }, ${SPA_CART_DELAY_MS});
})();
`;
