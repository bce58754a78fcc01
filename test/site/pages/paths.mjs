// @ts-check
/** Every path the shop serves, in one place, so pages and routes cannot drift apart. */

/** @param {string} segment */
const seg = (segment) => encodeURIComponent(segment);

export const PATHS = {
  home: '/',
  css: '/static/shop.css',
  js: '/static/shop.js',
  login: '/login/',
  loginToAccount: '/login/?redirect=%2Faccount%2F',
  forgotPassword: '/wachtwoord-vergeten/',
  logout: '/uitloggen/',
  account: '/account/',
  details: '/account/gegevens/',
  licences: '/account/licenties/',
  renewals: '/account/licenties-verlengen/',
  /** @param {string} institutionId */
  claim: (institutionId) => `/account/licenties-verlengen/${seg(institutionId)}/claimen/`,
  openOrders: '/account/openstaande-bestellingen/',
  /** @param {string} orderNumber */
  approve: (orderNumber) => `/account/openstaande-bestellingen/${seg(orderNumber)}/goedkeuren/`,
  history: '/account/bestelhistorie/',
  cart: '/winkelwagen/',
  /** @param {string} lineId */
  changeLine: (lineId) => `/winkelwagen/regel/${seg(lineId)}/wijzigen/`,
  /** @param {string} lineId */
  removeLine: (lineId) => `/winkelwagen/regel/${seg(lineId)}/verwijderen/`,
  addUnderlying: '/winkelwagen/onderliggende-licenties/',
  placeOrder: '/winkelwagen/bestellen/',
  /** @param {string} orderNumber */
  thankYou: (orderNumber) => `/bestelling/${seg(orderNumber)}/bedankt/`,
  catalogue: '/microsoft/',
  /** @param {string} productId */
  addProduct: (productId) => `/microsoft/${seg(productId)}/bestellen/`,
};

/** Main navigation: label and path. */
export const MAIN_NAV = [
  { label: 'Microsoft', href: PATHS.catalogue },
  { label: 'Adobe', href: '/adobe/' },
  { label: 'Overige software', href: '/overige-software/' },
  { label: 'Over ons', href: '/over-ons/' },
  { label: 'Contact', href: '/contact/' },
];
