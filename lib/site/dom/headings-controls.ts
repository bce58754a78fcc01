/**
 * Headings and controls: what a person reads as a title and what they can click.
 * Part of reading a page the way a person does (lib/site/dom/): text comes from text nodes only
 * (never innerHTML), and nothing here knows the shop — its words live in lib/site/labels/.
 */

import { controlText, elementText } from './element-text';
import { CHROME, flagsOf, HIDDEN, selectAll, type PageText } from './page-walk';
import { upperTag } from './tags';
import { inChrome, isHidden } from './visibility';

export interface Heading {
  el: Element;
  level: number;
  text: string;
  norm: string;
  chrome: boolean;
}

/** Visible headings with their level (role=heading uses aria-level, default 2). */
export function headings(root: ParentNode, pt?: PageText): Heading[] {
  const out: Heading[] = [];
  for (const el of selectAll(root, 'headings', pt)) {
    if (isHidden(el)) continue;
    const tag = upperTag(el);
    const level = /^H[1-6]$/.test(tag) ? Number(tag.slice(1)) : Number(el.getAttribute('aria-level') ?? '2') || 2;
    const text = elementText(el);
    if (!text) continue;
    out.push({ el, level, text, norm: text.toLowerCase(), chrome: inChrome(el) });
  }
  return out;
}

/** The page title(s): the content headings (outside the chrome) of the highest level present. */
export function titleHeadings(all: readonly Heading[]): Heading[] {
  const content = all.filter((h) => !h.chrome);
  if (content.length === 0) return [];
  const top = Math.min(...content.map((h) => h.level));
  return content.filter((h) => h.level === top);
}

export interface Control {
  el: Element;
  text: string;
  norm: string;
  hidden: boolean;
  disabled: boolean;
  chrome: boolean;
}

/**
 * Every clickable control in the root, with its text (value/aria-label for icon-only ones).
 * With the page's walk, hidden/chrome come from its flags instead of ancestor walks.
 */
export function controls(root: ParentNode, pt?: PageText): Control[] {
  const out: Control[] = [];
  for (const el of selectAll(root, 'controls', pt)) {
    const text = controlText(el);
    if (!text) continue;
    const f = pt ? flagsOf(pt, el) : undefined;
    out.push({
      el,
      text,
      norm: text.toLowerCase(),
      hidden: f !== undefined ? (f & HIDDEN) !== 0 : isHidden(el),
      disabled: el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true',
      chrome: f !== undefined ? (f & CHROME) !== 0 : inChrome(el),
    });
  }
  return out;
}
