/**
 * Whether a person can see an element: hidden by attributes, or part of the site chrome.
 * Part of reading a page the way a person does (lib/site/dom/): text comes from text nodes only
 * (never innerHTML), and nothing here knows the shop — its words live in lib/site/labels/.
 */

import { CHROME_ROLES, CHROME_TAGS, PAGE_LEVEL_CHROME_TAGS, SECTIONING_TAGS } from '../labels/structure';
import { upperTag } from './tags';

/** Hidden by the element's own attributes (cheap: no computed style). */
export function isHiddenSelf(el: Element): boolean {
  // Most elements of a big table carry no attributes at all: one DOM call instead of four.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (upperTag(el) === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/** Hidden by itself or an ancestor. */
export function isHidden(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (isHiddenSelf(cur)) return true;
  return false;
}

/** A password field a person can see: the login form. */
export function hasVisiblePassword(root: ParentNode): boolean {
  return Array.from(root.querySelectorAll('input[type=password]')).some((el) => !isHidden(el));
}

/**
 * Whether an element sits in the site chrome (page header, nav, footer, side menu). A manual
 * ancestor walk: selector matching per element is far slower on large pages.
 */
export function inChrome(el: Element): boolean {
  let pageLevelChrome = false;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tag = upperTag(cur);
    if (CHROME_TAGS.has(tag)) return true;
    const role = cur.getAttribute('role');
    if (role !== null && CHROME_ROLES.has(role)) return true;
    if (PAGE_LEVEL_CHROME_TAGS.has(tag)) pageLevelChrome = true;
    else if (pageLevelChrome && SECTIONING_TAGS.has(tag)) pageLevelChrome = false;
    if (pageLevelChrome && (tag === 'BODY' || cur.parentElement === null)) return true;
  }
  return pageLevelChrome;
}
