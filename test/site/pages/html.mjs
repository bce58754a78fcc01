// @ts-check
/**
 * HTML built from tagged templates: every interpolated value is escaped unless it is itself built by
 * `html`, so a dynamic string can never become markup by accident.
 */

/** Markup that is already safe to put into a page. */
export class Html {
  /** @param {string} value */
  constructor(value) {
    this.value = value;
  }

  toString() {
    return this.value;
  }
}

/**
 * What a template accepts; arrays may nest (JSDoc cannot name a recursive type, so their items are
 * checked when rendered: anything that is not Html is escaped).
 * @typedef {Html | string | number | boolean | null | undefined | readonly unknown[]} HtmlValue
 */

/** @type {Record<string, string>} */
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** @param {unknown} value @returns {string} */
function render(value) {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/**
 * @param {TemplateStringsArray} strings
 * @param {...HtmlValue} values
 * @returns {Html}
 */
export function html(strings, ...values) {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(out);
}

/**
 * An attribute that is present or absent: html`<div${attr('hidden', isHidden)}>`.
 * @param {string} name a constant attribute name
 * @param {boolean} on
 */
export function attr(name, on) {
  return new Html(on ? ` ${name}` : '');
}
