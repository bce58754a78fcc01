/**
 * The licenses page (Licenties): the filter shown and, for future licences, their lines per institution.
 */

import type { PageObservation } from '../../core/observation';
import type { PageContext } from '../context';
import { readRecords } from '../dom/cards';
import { controlText, elementText } from '../dom/element-text';
import { normalize } from '../dom/normalize';
import { readPageInstitution } from '../institution';
import { TEXTS } from '../labels/texts';
import { columns } from './common';
import { groupRecords, toLines } from './groups';

const LICENCE_COLUMNS = columns('product', 'quantity', 'startDate', 'endDate');

/** Which licences the filter shows: 'future', 'current' or null when the page does not say. */
function licenceFilter(ctx: PageContext): 'future' | 'current' | null {
  const isFutureOption = (option: Element) => TEXTS.futureFilter.test(normalize(elementText(option, true)));
  for (const select of Array.from(ctx.root.querySelectorAll('select'))) {
    const options = Array.from(select.querySelectorAll('option'));
    if (!options.some(isFutureOption)) continue;
    // The server-rendered choice (the `selected` attribute) is what the table shows.
    const chosen = options.find((o) => o.hasAttribute('selected')) ?? options[0];
    if (!chosen) continue;
    return isFutureOption(chosen) ? 'future' : 'current';
  }
  // Tabs, toggle buttons or radios that mark the chosen filter.
  for (const el of Array.from(ctx.root.querySelectorAll('[aria-selected=true],[aria-current],[aria-pressed=true],input[checked]'))) {
    if (el.getAttribute('aria-current') === 'false') continue;
    let text = normalize(controlText(el));
    if (el.tagName.toUpperCase() === 'INPUT') {
      const id = el.getAttribute('id');
      const label = id ? ctx.root.querySelector(`label[for="${id.replace(/["\\]/g, '')}"]`) : el.closest('label');
      text = label ? normalize(elementText(label)) : '';
    }
    if (TEXTS.futureFilter.test(text)) return 'future';
    if (TEXTS.currentFilter.test(text)) return 'current';
  }
  for (const h of ctx.headings()) {
    if (h.chrome) continue;
    if (TEXTS.futureFilter.test(h.norm)) return 'future';
    if (TEXTS.currentFilter.test(h.norm)) return 'current';
  }
  return null;
}

export function readLicenses(ctx: PageContext, obs: PageObservation): void {
  const filter = licenceFilter(ctx);
  if (filter === null) obs.unread.push('filter huidige/toekomstige licenties niet gevonden');
  const rows = readRecords(ctx.pageText(), ctx.root, LICENCE_COLUMNS, 'quantity', false);
  if (rows.length === 0) obs.unread.push('licentietabel niet gevonden');
  const groups = groupRecords(ctx, rows);
  if (groups.length === 1) obs.institution = groups[0]?.institution ?? null;
  // A page of one institution that names it elsewhere (a switcher, the header).
  if (groups.length <= 1 && !obs.institution) {
    obs.institution = readPageInstitution(ctx);
    const only = groups[0];
    if (only && obs.institution) only.institution = obs.institution;
  }
  if (filter !== 'future') return;
  obs.futureLicensesByInstitution = groups.map((g) => ({ institution: g.institution, lines: toLines(g.rows) }));
  obs.futureLicenses = obs.futureLicensesByInstitution.flatMap((g) => g.lines);
}
