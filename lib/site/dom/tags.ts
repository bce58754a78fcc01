/**
 * Questions about an element's tag the walk and the readers ask of every element, answered cheaply.
 * Part of reading a page the way a person does (lib/site/dom/): text comes from text nodes only
 * (never innerHTML), and nothing here knows the shop — its words live in lib/site/labels/.
 */

import { BLOCK_ROLES, BLOCK_TAGS } from '../labels/structure';

/** Upper-cased tag names, by tag name: a page has few distinct tags, and this runs for every element. */
const UPPER_TAGS = new Map<string, string>();

export function upperTag(el: Element): string {
  return upperOf(el.tagName);
}

export function upperOf(tag: string): string {
  let upper = UPPER_TAGS.get(tag);
  if (upper === undefined) {
    upper = tag.toUpperCase();
    UPPER_TAGS.set(tag, upper);
  }
  return upper;
}

/** Whether an element starts a new visual line (by tag or ARIA role). */
export function isBlock(el: Element): boolean {
  return isBlockTagged(upperTag(el), el.getAttribute('role'));
}

/** isBlock for a tag and role already read (the page walk reads them once per element). */
function isBlockTagged(tag: string, role: string | null): boolean {
  return BLOCK_TAGS.has(tag) || (role !== null && BLOCK_ROLES.has(role));
}
