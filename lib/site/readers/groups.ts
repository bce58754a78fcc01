/**
 * Helpers for grouped pages (one section per institution): licenses and renewals, and the claim a
 * person presses on renewals.
 */

import type { Institution, ProductQuantity } from '../../core/observation';
import type { PageContext } from '../context';
import { labelText } from '../dom/normalize';
import type { Line } from '../dom/page-walk';
import type { RecordRow } from '../dom/tables';
import { customerNumberIn, fromLabelledLine } from '../institution';
import { INSTITUTION } from '../labels/institution';
import { FIELD_LABELS } from '../labels/texts';
import { hasCustomerNumber, parseInstitution, productQuantity } from '../parse';

export interface Group {
  institution: Institution | null;
  from: number;
  to: number;
}

/**
 * Institution headings ("Het Baken College (klantnummer 100231)", a heading with "Klantnr. 100231"
 * under it) and labelled lines ("Organisatie" / "Het Baken College" in a card) split the page into
 * groups, one per institution.
 */
export function institutionGroups(ctx: PageContext): Group[] {
  const lines = ctx.contentLines();
  const starts: { institution: Institution | null; index: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text.length > 200) continue;
    const labelled = FIELD_LABELS.institution.test(labelText(line.text.split(':')[0] ?? '')) || INSTITUTION.label.test(labelText(line.text.split(':')[0] ?? ''));
    if (labelled) {
      const institution = fromLabelledLine(lines, i);
      if (institution) starts.push({ institution, index: i });
      continue;
    }
    if (hasCustomerNumber(line.text)) starts.push({ institution: parseInstitution(line.text, lines[i - 1]?.text), index: i });
  }
  // One institution named twice in a row (a heading and a labelled line in the same card) is one group.
  const merged = starts.filter((start, k) => {
    const before = starts[k - 1];
    if (!before?.institution || !start.institution) return true;
    const same = before.institution.name === start.institution.name || (start.institution.customerNumber !== null && start.institution.customerNumber === before.institution.customerNumber);
    if (same) before.institution.customerNumber ??= start.institution.customerNumber;
    return !same;
  });
  const groups: Group[] = merged.map((start, k) => {
    const end = merged[k + 1]?.index ?? lines.length;
    const institution = start.institution;
    // A customer number shown as a separate label and value inside the group ("Klantnummer" / "100231").
    if (institution && !institution.customerNumber) institution.customerNumber = customerNumberIn(lines.slice(start.index, end));
    return { institution, from: (lines[start.index] as Line).pos, to: Number.POSITIVE_INFINITY };
  });
  for (let i = 0; i + 1 < groups.length; i++) (groups[i] as Group).to = (groups[i + 1] as Group).from;
  return groups;
}

export function inGroup(group: Group, pos: number): boolean {
  return pos >= group.from && pos < group.to;
}

/** Records split over groups; without group headings, one group with institution null. */
export function groupRecords(ctx: PageContext, rows: RecordRow[]): { institution: Institution | null; rows: RecordRow[]; group: Group }[] {
  const groups = institutionGroups(ctx);
  if (groups.length === 0) {
    const all: Group = { institution: null, from: -1, to: Number.POSITIVE_INFINITY };
    return rows.length > 0 ? [{ institution: null, rows, group: all }] : [];
  }
  return groups.map((group) => ({
    institution: group.institution,
    rows: rows.filter((r) => inGroup(group, r.pos)),
    group,
  }));
}

export function toLines(rows: RecordRow[]): ProductQuantity[] {
  return rows
    .filter((r) => (r.cells['product'] ?? '') !== '' && (r.cells['quantity'] ?? '') !== '')
    .map((r) => productQuantity(r.cells['product'] ?? '', r.cells['quantity'] ?? ''));
}
