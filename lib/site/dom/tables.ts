/**
 * Tables in any shape (HTML or ARIA): rows of {column key → cell text}.
 * Part of reading a page the way a person does (lib/site/dom/): text comes from text nodes only
 * (never innerHTML), and nothing here knows the shop — its words live in lib/site/labels/.
 */

import { ARIA_CELL_SELECTOR, ARIA_ROW_SELECTOR, TABLE_ROLES } from '../labels/structure';
import { elementText } from './element-text';
import { fieldValue, isValueField } from './fields';
import { collapse, labelText, matchesAny } from './normalize';
import { firstAfter, flagsOf, HIDDEN, selectAll, type PageText } from './page-walk';
import { upperTag } from './tags';
import { isHidden } from './visibility';

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

/** The nearest ancestor-or-self passing the test (a manual walk: selector matching is slow on big pages). */
function closestBy(el: Element, test: (e: Element) => boolean): Element | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (test(cur)) return cur;
  return null;
}

const isTable = (e: Element): boolean => upperTag(e) === 'TABLE' || TABLE_ROLES.has(e.getAttribute('role') ?? '');
const isAriaRow = (e: Element): boolean => e.getAttribute('role') === 'row';

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
 * The column a cell across several columns belongs to: the one key all of them have. A cell across
 * columns of different keys (a total row) belongs to none of them.
 */
function columnOfSpan(byColumn: Map<number, string>, start: number, width: number): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < width; i++) {
    const key = byColumn.get(start + i);
    if (key === undefined) continue;
    if (found !== undefined && found !== key) return undefined;
    found = key;
  }
  return found;
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
        const width = span(cell);
        const key = width === 1 ? byColumn.get(c) : columnOfSpan(byColumn, c, width);
        c += width;
        if (key === undefined) continue;
        const value = cellValue(cell, pt);
        if (value) cells[key] = cells[key] ? `${cells[key]} ${value}` : value;
        else cells[key] ??= '';
      }
      out.push({ el: r.row, cells, container: table, hidden: tableHidden || hiddenEl(r.row), pos: -1 });
    }
  }
  return out;
}
