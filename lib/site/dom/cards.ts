/**
 * Rows of a card or list layout (label/value pairs per item), and rows from tables or cards.
 * Part of reading a page the way a person does (lib/site/dom/): text comes from text nodes only
 * (never innerHTML), and nothing here knows the shop — its words live in lib/site/labels/.
 */

import { HEADING_SELECTOR, ITEM_ROLES, ITEM_TAGS } from '../labels/structure';
import { elementText } from './element-text';
import { collapse, labelText, matchesWhole } from './normalize';
import { linesWithin, type Line, type PageText } from './page-walk';
import { readTables, type ColumnSpec, type RecordRow } from './tables';
import { upperTag } from './tags';
import { isHidden } from './visibility';

const isItem = (e: Element): boolean => ITEM_TAGS.has(upperTag(e)) || ITEM_ROLES.has(e.getAttribute('role') ?? '');

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
