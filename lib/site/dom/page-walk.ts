/**
 * Lines: one pass over the document, in reading order. The walk also records every element's
 * position, hidden/chrome flags and the elements of the structural selectors (collect.ts), so the
 * readers ask these of the walk instead of walking the document again.
 * Part of reading a page the way a person does (lib/site/dom/): text comes from text nodes only
 * (never innerHTML), and nothing here knows the shop — its words live in lib/site/labels/.
 */

import { collector, FOUND_SELECTORS, mayMatchByTag, SELECTOR_ATTRIBUTES, type Found, type FoundKind } from '../collect';
import { BLOCK_ROLES, BLOCK_TAGS, CHROME_ROLES, CHROME_TAGS, PAGE_LEVEL_CHROME_TAGS, SECTIONING_TAGS, SKIP_TAGS } from '../labels/structure';
import { inputButtonText } from './element-text';
import { collapse } from './normalize';
import { upperOf } from './tags';
import { inChrome, isHidden, isHiddenSelf } from './visibility';

export interface Line {
  /** Collapsed text, case kept. */
  text: string;
  /** Lower-cased text, for matching. */
  norm: string;
  /** The block element the line belongs to. */
  el: Element;
  /** Position in document order (compare with PageText.start/end). */
  pos: number;
  hidden: boolean;
  /** Inside the site chrome (page header, nav, footer, side menu). */
  chrome: boolean;
}

export const HIDDEN = 1;
export const CHROME = 2;

export interface PageText {
  /** The element walked. */
  root: Element;
  lines: Line[];
  /** The elements of the structural selectors under root (as root.querySelectorAll would list them). */
  found: Found;
  /** Document-order positions of every element: a line is inside el when start < pos < end. */
  start: Map<Element, number>;
  /**
   * By an element's start position: its end position, and its HIDDEN and/or CHROME bits computed
   * during the walk. Arrays rather than two more maps: the walk stores these for every element.
   */
  endAt: number[];
  flagsAt: number[];
}

/** An element's HIDDEN/CHROME bits, or undefined when it was not walked. */
export function flagsOf(pt: PageText, el: Element): number | undefined {
  const s = pt.start.get(el);
  return s === undefined ? undefined : pt.flagsAt[s];
}

/** Splits the document into visual lines (block boundaries), remembering hidden-ness and position. */
export function buildPageText(root: Element): PageText {
  const lines: Line[] = [];
  const start = new Map<Element, number>();
  const endAt: number[] = [];
  const flagsAt: number[] = [];
  let pos = 0;
  // The line being gathered: its text so far and how many text nodes it has (most lines are one).
  let bufText = '';
  let bufCount = 0;
  let bufEl: Element = root;
  let bufPos = 0;
  let bufHidden = false;
  let bufChrome = false;
  const collect = collector();

  const flush = (): void => {
    if (bufCount === 0) return;
    const gathered = bufText;
    const single = bufCount === 1;
    bufText = '';
    bufCount = 0;
    // Whitespace between block elements (the source's indentation) collapses to nothing: skip the work.
    if (single && gathered.trim() === '') return;
    const text = collapse(gathered);
    if (text) lines.push({ text, norm: text.toLowerCase(), el: bufEl, pos: bufPos, hidden: bufHidden, chrome: bufChrome });
  };
  const add = (text: string, blockEl: Element, hidden: boolean, chrome: boolean): void => {
    if (bufCount > 0 && (hidden !== bufHidden || chrome !== bufChrome)) flush();
    if (bufCount === 0) {
      bufEl = blockEl;
      bufPos = pos;
      bufHidden = hidden;
      bufChrome = chrome;
      bufText = text;
    } else bufText += text;
    bufCount++;
  };

  // chrome: inside nav/aside/landmark roles, or a header/footer not inside a sectioning element.
  const visit = (node: Node, blockEl: Element, hidden: boolean, chrome: boolean, sectioned: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      // Read once: every DOM property read is a call into the browser.
      const type = child.nodeType;
      if (type === 3) {
        add((child as Text).data, blockEl, hidden, chrome);
        continue;
      }
      if (type !== 1) continue;
      const el = child as Element;
      const rawTag = el.tagName;
      const info = tagInfo(rawTag);
      if (info.skip) {
        collect.skipped(el);
        continue;
      }
      const at = ++pos;
      start.set(el, at);
      const tag = info.upper;
      // Tag and role are read once here and reused below: DOM calls are the walk's main cost. Without
      // any attribute the walk reads, there is no role, no hiding and no selector attribute to look up.
      const noted = tag === 'INPUT' || hasWalkAttribute(el);
      const role = noted ? el.getAttribute('role') : null;
      // Without a telling tag, role or attribute, no selector can match: skip the call.
      if (noted || info.selectable) collect.element(el, rawTag, tag, role, noted);
      const h = hidden || (noted && isHiddenSelf(el));
      const c =
        chrome ||
        info.chrome ||
        (role !== null && CHROME_ROLES.has(role)) ||
        (!sectioned && info.pageLevelChrome);
      const s = sectioned || info.sectioning;
      flagsAt[at] = (h ? HIDDEN : 0) | (c ? CHROME : 0);
      const button = tag === 'INPUT' ? inputButtonText(el) : null;
      if (button !== null) {
        flush();
        add(button, el, h, c);
        flush();
      } else if (info.block || (role !== null && BLOCK_ROLES.has(role))) {
        flush();
        visit(el, el, h, c, s);
        flush();
      } else {
        visit(el, blockEl, h, c, s);
      }
      endAt[at] = ++pos;
    }
  };
  start.set(root, 0);
  const rootHidden = isHidden(root);
  const rootChrome = inChrome(root);
  flagsAt[0] = (rootHidden ? HIDDEN : 0) | (rootChrome ? CHROME : 0);
  visit(root, root, rootHidden, rootChrome, false);
  flush();
  endAt[0] = ++pos;
  return { root, lines, found: collect.found, start, endAt, flagsAt };
}

/** root.querySelectorAll of a structural selector, taken from the page's walk when it was of this root. */
export function selectAll(root: ParentNode, kind: FoundKind, pt?: PageText): Element[] {
  if (pt && pt.root === root) return pt.found[kind];
  return Array.from(root.querySelectorAll(FOUND_SELECTORS[kind]));
}

/** The attributes the page walk reads (besides an input's type): role, hiding, and the selectors' own. */
const WALK_ATTRIBUTES = new Set(['role', 'hidden', 'aria-hidden', 'style', ...SELECTOR_ATTRIBUTES]);

/**
 * Whether an element has an attribute the walk reads. Most elements with attributes only have a
 * class or href: one call for their names then replaces five lookups that would all come back empty.
 */
function hasWalkAttribute(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  for (const name of el.getAttributeNames()) if (WALK_ATTRIBUTES.has(name.toLowerCase())) return true;
  return false;
}

/** What the walk needs to know of a tag name, looked up once per distinct tagName. */
interface TagInfo {
  upper: string;
  skip: boolean;
  block: boolean;
  chrome: boolean;
  pageLevelChrome: boolean;
  sectioning: boolean;
  /** May match a structural selector by its tag alone (see collect.ts). */
  selectable: boolean;
}
const TAG_INFO = new Map<string, TagInfo>();

/** One map lookup per element instead of a set lookup for each question about its tag. */
function tagInfo(rawTag: string): TagInfo {
  let info = TAG_INFO.get(rawTag);
  if (info === undefined) {
    const upper = upperOf(rawTag);
    info = {
      upper,
      skip: SKIP_TAGS.has(rawTag),
      block: BLOCK_TAGS.has(upper),
      chrome: CHROME_TAGS.has(upper),
      pageLevelChrome: PAGE_LEVEL_CHROME_TAGS.has(upper),
      sectioning: SECTIONING_TAGS.has(upper),
      selectable: mayMatchByTag(upper),
    };
    TAG_INFO.set(rawTag, info);
  }
  return info;
}

/** Index of the first item with position > p (binary search; items are sorted by position). */
export function firstAfter<T extends { pos: number }>(items: readonly T[], p: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as T).pos > p) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The lines inside an element, in order. */
export function linesWithin(pt: PageText, el: Element): Line[] {
  const s = pt.start.get(el);
  const e = s === undefined ? undefined : pt.endAt[s];
  if (s === undefined || e === undefined) return [];
  const out: Line[] = [];
  for (let i = firstAfter(pt.lines, s); i < pt.lines.length; i++) {
    const line = pt.lines[i] as Line;
    if (line.pos >= e) break;
    out.push(line);
  }
  return out;
}

/** Document-order position of an element, or -1 when it was not walked. */
export function positionOf(pt: PageText, el: Element): number {
  return pt.start.get(el) ?? -1;
}
