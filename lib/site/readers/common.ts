/**
 * Pieces several page readers share: the page's one institution, the controls inside an element,
 * and the column sets they read.
 */

import type { Institution } from '../../core/observation';
import type { PageContext } from '../context';
import type { Control } from '../dom/headings-controls';
import { firstAfter } from '../dom/page-walk';
import { readPageInstitution } from '../institution';
import { COLUMNS } from '../labels/columns';

/** The one institution of a single-institution page, wherever the page names it (institution.ts). */
export function readInstitutionField(ctx: PageContext): Institution | null {
  return readPageInstitution(ctx);
}

/** Controls inside an element (by document position). */
export function controlsIn(ctx: PageContext, el: Element): Control[] {
  const pt = ctx.pageText();
  const s = pt.start.get(el);
  const e = s === undefined ? undefined : pt.endAt[s];
  if (s === undefined || e === undefined) return [];
  const list = sortedControls(ctx);
  const out: Control[] = [];
  // Binary search for the first control after the element's start: rows × controls stays linear.
  for (let i = firstAfter(list, s); i < list.length; i++) {
    const item = list[i];
    if (!item || item.pos >= e) break;
    out.push(item.control);
  }
  return out;
}

const controlCache = new WeakMap<PageContext, { pos: number; control: Control }[]>();
function sortedControls(ctx: PageContext): { pos: number; control: Control }[] {
  let list = controlCache.get(ctx);
  if (!list) {
    const pt = ctx.pageText();
    list = ctx
      .controls()
      .map((control) => ({ pos: pt.start.get(control.el) ?? -1, control }))
      .sort((a, b) => a.pos - b.pos);
    controlCache.set(ctx, list);
  }
  return list;
}

/** The columns a reader looks for, by their names in labels/columns.ts (in this order). */
export function columns<K extends keyof typeof COLUMNS>(...keys: K[]): Pick<typeof COLUMNS, K> {
  return Object.fromEntries(keys.map((key) => [key, COLUMNS[key]])) as Pick<typeof COLUMNS, K>;
}
