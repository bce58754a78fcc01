/**
 * The text of one element as a person reads it: a block, a control, a button input.
 * Part of reading a page the way a person does (lib/site/dom/): text comes from text nodes only
 * (never innerHTML), and nothing here knows the shop — its words live in lib/site/labels/.
 */

import { SKIP_TAGS } from '../labels/structure';
import { collapse } from './normalize';
import { isBlock, upperTag } from './tags';
import { isHiddenSelf } from './visibility';

/** The text a person would read as the value of a submit/button input. */
export function inputButtonText(el: Element): string | null {
  if (upperTag(el) !== 'INPUT') return null;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'submit' || type === 'button' || type === 'reset') return el.getAttribute('value') ?? '';
  return null;
}

/**
 * The text of an element, blocks separated by spaces, whitespace collapsed, case kept.
 * Hidden descendants are skipped unless includeHidden.
 */
export function elementText(el: Element, includeHidden = false, skipButtons = false): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push((child as Text).data);
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (SKIP_TAGS.has(e.tagName)) continue;
        if (!includeHidden && isHiddenSelf(e)) continue;
        if (skipButtons && (upperTag(e) === 'BUTTON' || e.getAttribute('role') === 'button')) continue;
        const button = inputButtonText(e);
        if (button !== null) {
          parts.push(' ', button, ' ');
          continue;
        }
        const block = isBlock(e);
        if (block) parts.push(' ');
        visit(e);
        if (block) parts.push(' ');
      }
    }
  };
  const own = inputButtonText(el);
  if (own !== null) return collapse(own);
  // Most elements asked (links, table cells) hold one text node: no walk needed.
  const first = el.firstChild;
  if (first !== null && first.nodeType === 3 && first.nextSibling === null) return collapse((first as Text).data);
  visit(el);
  return collapse(parts.join(''));
}

/** What a control says: its text, else its value, aria-label or title (icon-only buttons). */
export function controlText(el: Element): string {
  const text = elementText(el);
  if (text) return text;
  return collapse(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.getAttribute('value') ?? '');
}
