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
  CONTROL_SELECTOR,
  HEADING_SELECTOR,
  ITEM_ROLES,
  ITEM_TAGS,
  PAGE_LEVEL_CHROME_TAGS,
  SECTIONING_TAGS,
  SKIP_TAGS,
  TABLE_ROLES,
  TABLE_SELECTOR,
} from './labels';

const SPACES = /[\s\u00a0\u2007\u202f\u200b]+/g;

/** Whitespace (incl. nbsp and narrow nbsp) collapsed to single spaces, trimmed. Keeps case. */
export function collapse(text: string): string {
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

function upperTag(el: Element): string {
  return el.tagName.toUpperCase();
}

/** Hidden by the element's own attributes (cheap: no computed style). */
export function isHiddenSelf(el: Element): boolean {
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
  if (BLOCK_TAGS.has(upperTag(el))) return true;
  const role = el.getAttribute('role');
  return role !== null && BLOCK_ROLES.has(role);
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
  lines: Line[];
  /** Per element: HIDDEN and/or CHROME bits, computed during the single walk. */
  flags: Map<Element, number>;
  /** Document-order positions of every element: a line is inside el when start < pos < end. */
  start: Map<Element, number>;
  end: Map<Element, number>;
}

/** Splits the document into visual lines (block boundaries), remembering hidden-ness and position. */
export function buildPageText(root: Element): PageText {
  const lines: Line[] = [];
  const flags = new Map<Element, number>();
  const start = new Map<Element, number>();
  const end = new Map<Element, number>();
  let pos = 0;
  let buf: string[] = [];
  let bufEl: Element = root;
  let bufPos = 0;
  let bufHidden = false;
  let bufChrome = false;

  const flush = (): void => {
    if (buf.length === 0) return;
    const text = collapse(buf.join(''));
    buf = [];
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
      if (child.nodeType === 3) {
        add((child as Text).data, blockEl, hidden, chrome);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (SKIP_TAGS.has(el.tagName)) continue;
      start.set(el, ++pos);
      const tag = upperTag(el);
      const role = el.getAttribute('role');
      const h = hidden || isHiddenSelf(el);
      const c =
        chrome ||
        CHROME_TAGS.has(tag) ||
        (role !== null && CHROME_ROLES.has(role)) ||
        (!sectioned && PAGE_LEVEL_CHROME_TAGS.has(tag));
      const s = sectioned || SECTIONING_TAGS.has(tag);
      flags.set(el, (h ? HIDDEN : 0) | (c ? CHROME : 0));
      const button = inputButtonText(el);
      if (button !== null) {
        flush();
        add(button, el, h, c);
        flush();
      } else if (isBlock(el)) {
        flush();
        visit(el, el, h, c, s);
        flush();
      } else {
        visit(el, blockEl, h, c, s);
      }
      end.set(el, ++pos);
    }
  };
  start.set(root, 0);
  const rootHidden = isHidden(root);
  const rootChrome = inChrome(root);
  flags.set(root, (rootHidden ? HIDDEN : 0) | (rootChrome ? CHROME : 0));
  visit(root, root, rootHidden, rootChrome, false);
  flush();
  end.set(root, ++pos);
  return { lines, flags, start, end };
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
  const e = pt.end.get(el);
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
export function headings(root: ParentNode): Heading[] {
  const out: Heading[] = [];
  for (const el of Array.from(root.querySelectorAll(HEADING_SELECTOR))) {
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
  for (const el of Array.from(root.querySelectorAll(CONTROL_SELECTOR))) {
    const text = controlText(el);
    if (!text) continue;
    const f = pt?.flags.get(el);
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

/** The current value of a field (typed value in a browser; the value attribute in a saved page). */
export function fieldValue(el: Element): string {
  const v = (el as HTMLInputElement).value;
  if (typeof v === 'string') return v;
  return el.getAttribute('value') ?? elementText(el);
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
    if (closestBy(row, (e) => upperTag(e) === 'TABLE') !== table) continue;
    const cells: Element[] = [];
    for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
      const t = upperTag(c);
      if (t === 'TD' || t === 'TH') cells.push(c);
    }
    if (cells.length === 0) continue;
    const section = row.parentElement ? upperTag(row.parentElement) : '';
    const header = section === 'THEAD' || (section !== 'TFOOT' && cells.every((c) => upperTag(c) === 'TH'));
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
  const n = Number(cell.getAttribute('colspan') ?? cell.getAttribute('aria-colspan') ?? '1');
  return Number.isInteger(n) && n > 0 && n < 100 ? n : 1;
}

/** A cell's text; an editable cell (an input in the cell) gives the input's value. */
function cellValue(cell: Element): string {
  const text = elementText(cell, true);
  if (text) return text;
  const field = cell.querySelector('input:not([type=hidden]),select,textarea');
  return field ? collapse(fieldValue(field)) : '';
}

/** Rows of every HTML/ARIA table in root whose header has the required column. */
export function readTables(root: ParentNode, spec: ColumnSpec, required: string, includeHidden: boolean): RecordRow[] {
  const out: RecordRow[] = [];
  for (const table of Array.from(root.querySelectorAll(TABLE_SELECTOR))) {
    const tableHidden = isHidden(table);
    if (tableHidden && !includeHidden) continue;
    const rows = upperTag(table) === 'TABLE' ? htmlRows(table) : ariaRows(table);
    const headerRow = rows.find((r) => r.header);
    if (!headerRow) continue;
    const byColumn = new Map<number, string>();
    const taken = new Set<string>();
    let col = 0;
    for (const cell of headerRow.cells) {
      const key = columnKey(labelText(elementText(cell, true)), spec, taken);
      if (key) {
        // A header spanning columns (an icon column plus the name) owns all of them.
        for (let i = 0; i < span(cell); i++) byColumn.set(col + i, key);
        taken.add(key);
      }
      col += span(cell);
    }
    if (!taken.has(required)) continue;
    for (const r of rows) {
      if (r.header || r.foot) continue;
      const cells: Record<string, string> = {};
      let c = 0;
      for (const cell of r.cells) {
        const keys = new Set<string>();
        for (let i = 0; i < span(cell); i++) {
          const key = byColumn.get(c + i);
          if (key) keys.add(key);
        }
        c += span(cell);
        // A cell across several columns (a total row) belongs to none of them.
        if (keys.size !== 1) continue;
        const key = keys.values().next().value as string;
        const value = cellValue(cell);
        if (value) cells[key] = cells[key] ? `${cells[key]} ${value}` : value;
        else cells[key] ??= '';
      }
      out.push({ el: r.row, cells, container: table, hidden: tableHidden || isHidden(r.row), pos: -1 });
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
  const tableRows = readTables(scope, spec, required, includeHidden);
  for (const row of tableRows) row.pos = pt.start.get(row.el) ?? -1;
  if (tableRows.length > 0) return tableRows;
  return readCards(pt, scope, spec, required, includeHidden);
}
