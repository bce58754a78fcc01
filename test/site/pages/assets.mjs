// @ts-check
/** The shop's own stylesheet (/static/shop.css) and page script (/static/shop.js). */

export const SHOP_CSS = `
:root { --brand: #00528a; --brand-dark: #003a63; --accent: #f39200; --line: #d6dde4; --bg: #f4f6f8; --error: #b3261e; --ok: #1e6b35; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2733; background: var(--bg); }
a { color: var(--brand); }
.wrap { max-width: 1100px; margin: 0 auto; padding: 0 1rem; }
.site-header { background: var(--brand); color: #fff; }
.header-row { display: flex; align-items: center; gap: 2rem; min-height: 4rem; flex-wrap: wrap; }
.logo { color: #fff; font-weight: 700; font-size: 1.4rem; text-decoration: none; }
.site-header ul { list-style: none; display: flex; gap: 1.25rem; margin: 0; padding: 0; }
.site-header a { color: #fff; text-decoration: none; }
.site-header a:hover, .site-header a:focus { text-decoration: underline; }
.user-nav { margin-left: auto; }
.cart-link { background: var(--accent); padding: .25rem .6rem; border-radius: 3px; }
.breadcrumb ol { list-style: none; display: flex; gap: .5rem; padding: .75rem 1rem; margin: 0; font-size: .9rem; }
.breadcrumb li + li::before { content: "›"; margin-right: .5rem; color: #6b7785; }
main { background: #fff; padding: 1.5rem 1rem 2rem; min-height: 60vh; }
h1 { color: var(--brand-dark); margin-top: 0; }
.flashes { margin-bottom: 1rem; }
.flash { border-left: 4px solid var(--ok); background: #eaf5ee; padding: .5rem 1rem; margin-bottom: .5rem; }
.flash p { margin: .25rem 0; }
.notice { border-left: 4px solid var(--line, #ccc); padding: .5rem 1rem; margin-bottom: 1rem; max-height: 12rem; overflow: auto; }
.flash-error { border-color: var(--error); background: #fbeaea; }
.flash-action { margin: .5rem 0 .25rem; }
.account-layout { display: grid; grid-template-columns: 220px 1fr; gap: 2rem; }
.account-menu ul { list-style: none; margin: 0; padding: 0; border: 1px solid var(--line); }
.account-menu li a { display: block; padding: .5rem .75rem; text-decoration: none; border-bottom: 1px solid var(--line); }
.account-menu a[aria-current="page"] { background: var(--brand); color: #fff; }
.data-table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
.data-table th, .data-table td { border-bottom: 1px solid var(--line); padding: .45rem .6rem; text-align: left; vertical-align: top; }
.data-table th { background: var(--bg); }
.data-table .num { text-align: right; font-variant-numeric: tabular-nums; }
.data-table form { margin: 0; }
.cart-table td:last-child a { margin-right: .75rem; }
.renewal { border: 1px solid var(--line); padding: 1rem; margin: 1rem 0; }
.renewal h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
.renewal-status { font-weight: 700; color: var(--ok); margin: 0 0 .5rem; }
.renewal-order { margin-top: 1rem; }
.narrow { max-width: 32rem; }
.form .field { margin-bottom: 1rem; }
.form label { display: block; font-weight: 600; margin-bottom: .25rem; }
input[type=text], input[type=email], input[type=password], select { font: inherit; padding: .4rem .5rem; border: 1px solid #9aa5b1; border-radius: 3px; width: 100%; max-width: 24rem; }
input[aria-invalid="true"] { border-color: var(--error); }
.filter-form { display: flex; gap: .75rem; align-items: center; margin-bottom: 1rem; }
.filter-form select { width: auto; }
.hint { font-size: .85rem; color: #566271; margin: .25rem 0 0; }
.actions { display: flex; gap: 1rem; align-items: center; }
button, .button { font: inherit; background: var(--brand); color: #fff; border: 0; border-radius: 3px; padding: .5rem 1rem; cursor: pointer; text-decoration: none; display: inline-block; }
button.primary { background: var(--accent); }
button.secondary { background: #fff; color: var(--brand); border: 1px solid var(--brand); }
button.danger { background: var(--error); }
button.toggle { background: #fff; color: var(--brand); border: 1px solid var(--brand); }
.cart-total { font-size: 1.15rem; }
.product-list { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; }
.product { border: 1px solid var(--line); padding: 1rem; }
.product h2 { font-size: 1rem; margin: 0 0 .5rem; }
.details dt { font-weight: 600; }
.details dd { margin: 0 0 .75rem; }
.site-footer { color: #566271; font-size: .9rem; padding: 1.5rem 0; }
.site-footer p { margin: .2rem 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
[hidden] { display: none !important; }
@media (max-width: 700px) { .account-layout { grid-template-columns: 1fr; } }
`;

/**
 * "Bekijk order" on the renewals page: a button with aria-expanded that shows or hides the region
 * named by its aria-controls. Delegated from the document so content added later works too.
 */
export const SHOP_JS = `(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var button = target.closest('button[aria-expanded][aria-controls]');
    if (!button) return;
    var region = document.getElementById(button.getAttribute('aria-controls') || '');
    if (!region) return;
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    region.hidden = !open;
  });
})();
`;
