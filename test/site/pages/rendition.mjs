// @ts-check
/**
 * How the shop marks up the pages that are about one institution (cart, quantity, thank-you). The
 * real shop's markup is unknown; these renditions let the tests show the extension the same shop in
 * the ways a person may meet it.
 *  - classic: the content says "Onderwijsinstelling: X (klantnummer N)" (cart, thank-you).
 *  - header-only: the content names no institution; the header says "Ingelogd voor X".
 *  - silent: the cart, quantity and thank-you pages name no institution anywhere.
 *  - spa: the cart is drawn by a page script from data in the page, late; "Wijzigen" opens the
 *    quantity form in place (history.pushState) and Back returns to the cart (popstate).
 *  - plain-lists: as classic, but Openstaande bestellingen and Bestelhistorie show no column with
 *    what an order holds, so one order cannot be told from another of the same school and weeks.
 */

/** @typedef {'classic' | 'header-only' | 'silent' | 'spa' | 'plain-lists'} Rendition */

/** @type {readonly Rendition[]} */
export const RENDITIONS = ['classic', 'header-only', 'silent', 'spa', 'plain-lists'];

/** Whether the order lists show what each order holds. */
/** @param {Rendition} rendition */
export function describesOrders(rendition) {
  return rendition !== 'plain-lists';
}

/** @param {unknown} name @returns {name is Rendition} */
export function isRendition(name) {
  return /** @type {readonly unknown[]} */ (RENDITIONS).includes(name);
}

/** Whether the content of the cart and thank-you pages names the institution. */
/** @param {Rendition} rendition */
export function namesInstitutionInContent(rendition) {
  return rendition === 'classic' || rendition === 'spa';
}
