/**
 * Text as a person reads it and as labels are matched: whitespace collapsed, lower case, labels
 * without their colon.
 * Part of reading a page the way a person does (lib/site/dom/): text comes from text nodes only
 * (never innerHTML), and nothing here knows the shop — its words live in lib/site/labels/.
 */

const SPACES = /[\s\u00a0\u2007\u202f\u200b]+/g;
/**
 * What collapse would change: whitespace other than a plain space, a zero-width space, two spaces
 * in a row, or a space at either end. Most texts have none, and a test is cheaper than a replace.
 */
const NEEDS_COLLAPSE = /[^\S ]|\u200b| {2}|^ | $/;

/** Whitespace (incl. nbsp and narrow nbsp) collapsed to single spaces, trimmed. Keeps case. */
export function collapse(text: string): string {
  if (!NEEDS_COLLAPSE.test(text)) return text;
  return text.replace(SPACES, ' ').trim();
}

/** Text as labels are matched: collapsed, lower case. */
export function normalize(text: string): string {
  return collapse(text).toLowerCase();
}

/** True when any pattern matches the (already normalised) text. */
export function matchesAny(norm: string, patterns: readonly RegExp[]): boolean {
  for (const p of patterns) if (p.test(norm)) return true;
  return false;
}

/** A label matches a pattern exactly (the pattern may match a prefix; the label may not be longer). */
export function matchesWhole(norm: string, patterns: readonly RegExp[]): boolean {
  for (const p of patterns) {
    const m = p.exec(norm);
    if (m && m.index === 0 && m[0].length === norm.length) return true;
  }
  return false;
}

/** A label as written: lower case, without a trailing colon or required-field star. */
export function labelText(text: string): string {
  return normalize(text).replace(/[\s:*]+$/, '');
}
