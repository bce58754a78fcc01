/**
 * Reading a page the way a person does: visible text in lines, headings, clickable controls, tables
 * (HTML, ARIA or cards of label/value pairs) and labelled fields. Text comes from text nodes only
 * (never innerHTML); nothing here knows the shop — the words live in labels.ts.
 */

import {
  ARIA_CELL_SELECTOR,
  ARIA_ROW_SELECTOR,
  BLOCK_ROLES,
  BLOCK_TAGS,
  CHROME_ROLES,
  CHROME_TAGS,
  HEADING_SELECTOR,
  ITEM_ROLES,
  ITEM_TAGS,
  PAGE_LEVEL_CHROME_TAGS,
  SECTIONING_TAGS,
  SKIP_TAGS,
  TABLE_ROLES,
  TEXT_INPUT_TYPES,
} from './labels';
import { collector, FOUND_SELECTORS, mayMatchByTag, SELECTOR_ATTRIBUTES, type Found, type FoundKind } from './collect';

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

/** Upper-cased tag names, by tag name: a page has few distinct tags, and this runs for every element. */
const UPPER_TAGS = new Map<string, string>();

function upperTag(el: Element): string {
  return upperOf(el.tagName);
}

function upperOf(tag: string): string {
  let upper = UPPER_TAGS.get(tag);
  if (upper === undefined) {
    upper = tag.toUpperCase();
    UPPER_TAGS.set(tag, upper);
  }
  return upper;
}

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

/** The nearest ancestor-or-self passing the test (a manual walk: selector matching is slow on big pages). */
function closestBy(el: Element, test: (e: Element) => boolean): Element | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (test(cur)) return cur;
  return null;
}

const isTable = (e: Element): boolean => upperTag(e) === 'TABLE' || TABLE_ROLES.has(e.getAttribute('role') ?? '');
const isAriaRow = (e: Element): boolean => e.getAttribute('role') === 'row';
const isItem = (e: Element): boolean => ITEM_TAGS.has(upperTag(e)) || ITEM_ROLES.has(e.getAttribute('role') ?? '');

function isBlock(el: Element): boolean {
  return isBlockTagged(upperTag(el), el.getAttribute('role'));
}

/** isBlock for a tag and role already read (the page walk reads them once per element). */
function isBlockTagged(tag: string, role: string | null): boolean {
  return BLOCK_TAGS.has(tag) || (role !== null && BLOCK_ROLES.has(role));
}

/** The text a person would read as the value of a submit/button input. */
function inputButtonText(el: Element): string | null {
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

// ---------------------------------------------------------------------------------------------
// Lines: one pass over the document, in reading order.
// ---------------------------------------------------------------------------------------------

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

/** An element's end position (see PageText.start), or undefined when it was not walked. */
export function endOf(pt: PageText, el: Element): number | undefined {
  const s = pt.start.get(el);
  return s === undefined ? undefined : pt.endAt[s];
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
  // One buffer, emptied in place: a new array per line is garbage on a page of thousands of lines.
  const buf: string[] = [];
  let bufEl: Element = root;
  let bufPos = 0;
  let bufHidden = false;
  let bufChrome = false;
  const collect = collector();

  const flush = (): void => {
    if (buf.length === 0) return;
    // Whitespace between block elements (the source's indentation) collapses to nothing: skip the work.
    if (buf.length === 1 && (buf[0] as string).trim() === '') {
      buf.length = 0;
      return;
    }
    // Most lines are one text node (a table cell): no join needed.
    const text = collapse(buf.length === 1 ? (buf[0] as string) : buf.join(''));
    buf.length = 0;
    if (text) lines.push({ text, norm: text.toLowerCase(), el: bufEl, pos: bufPos, hidden: bufHidden, chrome: bufChrome });
  };
  const add = (text: string, blockEl: Element, hidden: boolean, chrome: boolean): void => {
    if (buf.length > 0 && (hidden !== bufHidden || chrome !== bufChrome)) flush();
    if (buf.length === 0) {
      bufEl = blockEl;
      bufPos = pos;
      bufHidden = hidden;
      bufChrome = chrome;
    }
    buf.push(text);
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

// ---------------------------------------------------------------------------------------------
// Headings and controls.
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Labelled values.
// ---------------------------------------------------------------------------------------------

/**
 * A "label: value" pair on one line, or a label line followed by a value line (dt/dd, th/td,
 * label/value divs). Returns the value text (case kept) or null.
 */
export function valueAfterLabel(lines: readonly Line[], label: RegExp): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const colon = line.text.indexOf(':');
    if (colon > 0) {
      const head = labelText(line.text.slice(0, colon));
      if (label.test(head)) {
        const rest = collapse(line.text.slice(colon + 1));
        if (rest) return rest;
        const next = lines[i + 1];
        return next ? next.text : null;
      }
    }
    if (label.test(labelText(line.text))) {
      const next = lines[i + 1];
      if (next) return next.text;
    }
  }
  return null;
}

/** The form field a person would say has this label: label[for], a wrapping label, aria-label, aria-labelledby, placeholder. */
export function fieldByLabel(root: Document | Element, label: RegExp): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const isField = (el: Element | null): el is HTMLInputElement =>
    el !== null && /^(INPUT|TEXTAREA|SELECT)$/.test(upperTag(el)) && (el.getAttribute('type') ?? '').toLowerCase() !== 'hidden';
  for (const lab of Array.from(root.querySelectorAll('label'))) {
    if (!label.test(labelText(elementText(lab)))) continue;
    const forId = lab.getAttribute('for');
    if (forId) {
      const target = doc.getElementById(forId);
      if (isField(target)) return target;
    }
    const inner = lab.querySelector('input,textarea,select');
    if (isField(inner)) return inner;
  }
  for (const el of Array.from(root.querySelectorAll('input,textarea,select'))) {
    if (!isField(el)) continue;
    const aria = el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? el.getAttribute('title');
    if (aria && label.test(labelText(aria))) return el;
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      const text = by
        .split(/\s+/)
        .map((id) => doc.getElementById(id))
        .filter((e): e is HTMLElement => e !== null)
        .map((e) => elementText(e, true))
        .join(' ');
      if (label.test(labelText(text))) return el;
    }
  }
  return null;
}

/**
 * The current value of a field as a person sees it: the typed value (in a browser, also while
 * typing; the value attribute in a saved page), or for a select the text of the chosen option.
 */
export function fieldValue(el: Element): string {
  if (upperTag(el) === 'SELECT') {
    const options = Array.from(el.querySelectorAll('option'));
    const chosen = options.find((o) => (o as HTMLOptionElement).selected === true) ?? options.find((o) => o.hasAttribute('selected')) ?? options[0];
    return chosen ? elementText(chosen, true) : '';
  }
  const v = (el as HTMLInputElement).value;
  if (typeof v === 'string') return v;
  return el.getAttribute('value') ?? elementText(el);
}

/** A field that holds a value a person reads: a text or number input, a select, a textarea. */
export function isValueField(el: Element): boolean {
  const tag = upperTag(el);
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

/** The first visible value field inside an element, found through the walk's positions (no query per cell). */
function valueFieldWithin(pt: PageText, el: Element): Element | null {
  const s = pt.start.get(el);
  if (s === undefined) return null;
  const e = pt.endAt[s] as number;
  const fields = pt.found.fields;
  let lo = 0;
  let hi = fields.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pt.start.get(fields[mid] as Element) ?? -1) > s) hi = mid;
    else lo = mid + 1;
  }
  for (let i = lo; i < fields.length; i++) {
    const field = fields[i] as Element;
    const at = pt.start.get(field) ?? -1;
    if (at >= e) break;
    if (isValueField(field) && ((pt.flagsAt[at] ?? 0) & HIDDEN) === 0) return field;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Tables in any shape: rows of {column key → cell text}.
// ---------------------------------------------------------------------------------------------

export type ColumnSpec = Readonly<Record<string, readonly RegExp[]>>;

export interface RecordRow {
  /** The row / card element (for actions and position). */
  el: Element;
  cells: Record<string, string>;
  /** The table or list the row belongs to. */
  container: Element;
  hidden: boolean;
  /** Document position of the row (a card: of its required label), for grouping by headings. */
  pos: number;
}

function columnKey(norm: string, spec: ColumnSpec, taken: Set<string>): string | null {
  for (const [key, patterns] of Object.entries(spec)) {
    if (taken.has(key)) continue;
    if (matchesAny(norm, patterns)) return key;
  }
  return null;
}

function htmlRows(table: Element): { cells: Element[]; header: boolean; row: Element; foot: boolean }[] {
  const out: { cells: Element[]; header: boolean; row: Element; foot: boolean }[] = [];
  for (const row of Array.from(table.querySelectorAll('tr'))) {
    // The row's own table is its nearest table ancestor (rows of nested tables are theirs). The
    // identity test comes first: it spares reading the tag of the usual answer.
    if (closestBy(row, (e) => e === table || upperTag(e) === 'TABLE') !== table) continue;
    const cells: Element[] = [];
    let allHeaderCells = true;
    for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
      const t = upperTag(c);
      if (t === 'TD' || t === 'TH') cells.push(c);
      if (t === 'TD') allHeaderCells = false;
    }
    if (cells.length === 0) continue;
    const section = row.parentElement ? upperTag(row.parentElement) : '';
    const header = section === 'THEAD' || (section !== 'TFOOT' && allHeaderCells);
    out.push({ cells, header, row, foot: section === 'TFOOT' });
  }
  return out;
}

function ariaRows(table: Element): { cells: Element[]; header: boolean; row: Element; foot: boolean }[] {
  const out: { cells: Element[]; header: boolean; row: Element; foot: boolean }[] = [];
  for (const row of Array.from(table.querySelectorAll(ARIA_ROW_SELECTOR))) {
    if (row.parentElement && closestBy(row.parentElement, isTable) !== table) continue;
    const cells = Array.from(row.querySelectorAll(ARIA_CELL_SELECTOR)).filter((c) => closestBy(c, isAriaRow) === row);
    if (cells.length === 0) continue;
    const header = cells.every((c) => c.getAttribute('role') === 'columnheader');
    out.push({ cells, header, row, foot: false });
  }
  return out;
}

function span(cell: Element): number {
  // A plain cell (no attributes) spans one column; saves two DOM calls per cell.
  if (!cell.hasAttributes()) return 1;
  const n = Number(cell.getAttribute('colspan') ?? cell.getAttribute('aria-colspan') ?? '1');
  return Number.isInteger(n) && n > 0 && n < 100 ? n : 1;
}

/**
 * A cell's text as the walk already has it: when exactly one line lies inside the cell (from its
 * start, as text directly in the cell starts there) and belongs to the cell itself, that line is
 * the cell's whole text, the same as elementText(cell, true) gives (anything that would make them
 * differ — a nested block with text, a button input — makes a line of its own). Else null.
 */
function walkedCellText(pt: PageText, cell: Element): string | null {
  const s = pt.start.get(cell);
  if (s === undefined) return null;
  const e = pt.endAt[s] as number;
  const i = firstAfter(pt.lines, s - 1);
  const line = pt.lines[i];
  if (!line || line.pos >= e || line.el !== cell) return null;
  const next = pt.lines[i + 1];
  return next && next.pos < e ? null : line.text;
}

/**
 * A cell's text; an editable cell (an input or select in the cell) gives the field's value, which
 * is what a person reads there (a label next to it, even one only for screen readers, is not).
 */
function cellValue(cell: Element, pt?: PageText): string {
  const field = pt ? valueFieldWithin(pt, cell) : Array.from(cell.querySelectorAll('input,select,textarea')).find(isValueField);
  if (field) {
    const value = collapse(fieldValue(field));
    if (value) return value;
  }
  return (pt ? walkedCellText(pt, cell) : null) ?? elementText(cell, true);
}

/**
 * Rows of every HTML/ARIA table in root whose header has the required column. With the page's
 * walk, hidden-ness comes from its flags instead of an ancestor walk per row.
 */
export function readTables(root: ParentNode, spec: ColumnSpec, required: string, includeHidden: boolean, pt?: PageText): RecordRow[] {
  const hiddenEl = (el: Element): boolean => {
    const f = pt ? flagsOf(pt, el) : undefined;
    return f !== undefined ? (f & HIDDEN) !== 0 : isHidden(el);
  };
  const out: RecordRow[] = [];
  for (const table of selectAll(root, 'tables', pt)) {
    const tableHidden = hiddenEl(table);
    if (tableHidden && !includeHidden) continue;
    const rows = upperTag(table) === 'TABLE' ? htmlRows(table) : ariaRows(table);
    const headerRow = rows.find((r) => r.header);
    if (!headerRow) continue;
    const byColumn = new Map<number, string>();
    const taken = new Set<string>();
    let col = 0;
    for (const cell of headerRow.cells) {
      const key = columnKey(labelText(elementText(cell, true)), spec, taken);
      const width = span(cell);
      if (key) {
        // A header spanning columns (an icon column plus the name) owns all of them.
        for (let i = 0; i < width; i++) byColumn.set(col + i, key);
        taken.add(key);
      }
      col += width;
    }
    if (!taken.has(required)) continue;
    for (const r of rows) {
      if (r.header || r.foot) continue;
      const cells: Record<string, string> = {};
      let c = 0;
      for (const cell of r.cells) {
        const keys = new Set<string>();
        const width = span(cell);
        for (let i = 0; i < width; i++) {
          const key = byColumn.get(c + i);
          if (key) keys.add(key);
        }
        c += width;
        // A cell across several columns (a total row) belongs to none of them.
        if (keys.size !== 1) continue;
        const key = keys.values().next().value as string;
        const value = cellValue(cell, pt);
        if (value) cells[key] = cells[key] ? `${cells[key]} ${value}` : value;
        else cells[key] ??= '';
      }
      out.push({ el: r.row, cells, container: table, hidden: tableHidden || hiddenEl(r.row), pos: -1 });
    }
  }
  return out;
}

/** Splits a label line into label and inline value ("Aantal: 1.996"). */
function splitLabel(line: Line): { label: string; value: string | null } {
  const colon = line.text.indexOf(':');
  if (colon > 0 && colon < 40) {
    const value = collapse(line.text.slice(colon + 1));
    return { label: labelText(line.text.slice(0, colon)), value: value || null };
  }
  return { label: labelText(line.text), value: null };
}

function labelKey(label: string, spec: ColumnSpec): string | null {
  if (label.length > 40) return null;
  for (const [key, patterns] of Object.entries(spec)) if (matchesWhole(label, patterns)) return key;
  return null;
}

/**
 * Rows of a card/list layout: every item that carries the required label (e.g. "Aantal") with a
 * value, plus the other labelled values inside the same item. The item is the nearest list item /
 * article around the label, else the largest wrapper that holds no other such label.
 */
export function readCards(pt: PageText, scope: Element, spec: ColumnSpec, required: string, includeHidden: boolean): RecordRow[] {
  const scoped = linesWithin(pt, scope).filter((l) => includeHidden || !l.hidden);
  const hits: Line[] = [];
  for (const line of scoped) {
    // A header cell of a table without data rows is not a card label.
    if (upperTag(line.el) === 'TH' || line.el.getAttribute('role') === 'columnheader') continue;
    if (labelKey(splitLabel(line).label, spec) === required) hits.push(line);
  }
  if (hits.length === 0) return [];

  const counts = new Map<Element, number>();
  for (const hit of hits) {
    for (let cur: Element | null = hit.el; cur && cur !== scope; cur = cur.parentElement) counts.set(cur, (counts.get(cur) ?? 0) + 1);
  }
  const items: { item: Element; hit: Line }[] = [];
  const seen = new Set<Element>();
  for (const hit of hits) {
    let item = hit.el;
    while (!isItem(item)) {
      const parent = item.parentElement;
      if (!parent || parent === scope || (counts.get(parent) ?? 0) !== 1) break;
      item = parent;
    }
    if (!seen.has(item)) {
      seen.add(item);
      items.push({ item, hit });
    }
  }

  const out: RecordRow[] = [];
  for (const { item, hit } of items) {
    const lines = linesWithin(pt, item).filter((l) => includeHidden || !l.hidden);
    const cells: Record<string, string> = {};
    const used = new Set<number>();
    for (let i = 0; i < lines.length; i++) {
      const { label, value } = splitLabel(lines[i] as Line);
      const key = labelKey(label, spec);
      if (!key || key in cells) continue;
      used.add(i);
      if (value !== null) {
        cells[key] = value;
      } else {
        const next = lines[i + 1];
        if (next && labelKey(splitLabel(next).label, spec) === null) {
          cells[key] = next.text;
          used.add(i + 1);
        } else {
          cells[key] = '';
        }
      }
    }
    if (!cells[required]) continue;
    if ('product' in spec && !cells['product']) {
      // The card's title: the last heading before the label, else its first unlabelled line.
      const heading = Array.from(item.querySelectorAll(HEADING_SELECTOR))
        .filter((h) => (pt.start.get(h) ?? Infinity) < hit.pos)
        .pop();
      const title = heading ? elementText(heading, true) : lines.find((l, i) => !used.has(i) && l.pos < hit.pos)?.text;
      if (title) cells['product'] = title;
    }
    out.push({ el: item, cells, container: item.parentElement ?? item, hidden: isHidden(item), pos: hit.pos });
  }
  return out;
}

/** Rows from tables first; from cards only when the page has no matching table (avoids reading a hidden mobile copy twice). */
export function readRecords(pt: PageText, scope: Element, spec: ColumnSpec, required: string, includeHidden: boolean): RecordRow[] {
  const tableRows = readTables(scope, spec, required, includeHidden, pt);
  for (const row of tableRows) row.pos = pt.start.get(row.el) ?? -1;
  if (tableRows.length > 0) return tableRows;
  return readCards(pt, scope, spec, required, includeHidden);
}
