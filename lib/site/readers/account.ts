/**
 * The account page (Mijn account): the institutions the role line names.
 */

import type { Institution, PageObservation } from '../../core/observation';
import type { PageContext } from '../context';
import type { Line } from '../dom/page-walk';
import { readPageInstitution } from '../institution';
import { TEXTS } from '../labels/texts';
import { parseInstitution } from '../parse';

/**
 * The institutions the role line names, as a person reads it: inline ("Je bent 1e contactpersoon van:
 * Het Baken College, ROC Rivierland en Lyceum Zuiderpark.") or as a list under "… van:".
 */
function readRoleInstitutions(ctx: PageContext): Institution[] {
  const lines = ctx.pageText().lines;
  for (let i = ctx.allLinesSearch().firstCandidate(TEXTS.roleLine); i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.hidden || !TEXTS.roleLine.test(line.norm)) continue;
    const start = TEXTS.roleListStart.exec(line.text);
    const inline = start ? line.text.slice(start.index + start[0].length) : '';
    let names: string[];
    if (inline.trim()) {
      names = inline.split(TEXTS.roleListEnd)[0]!.split(TEXTS.roleListSeparator);
    } else {
      names = [];
      for (let j = i + 1; j < lines.length && names.length < 200; j++) {
        const item = lines[j] as Line;
        if (item.el.tagName !== 'LI' && item.el.getAttribute('role') !== 'listitem') break;
        if (!item.hidden) names.push(item.text);
      }
    }
    return names
      .map((n) => parseInstitution(n.trim().replace(/[.;]+$/, '')))
      .filter((inst): inst is Institution => inst !== null);
  }
  return [];
}

export function readAccount(ctx: PageContext, obs: PageObservation): void {
  obs.institution = readPageInstitution(ctx);
  obs.institutions = readRoleInstitutions(ctx);
  // "… van deze organisatie": a role line that names none is about the page's institution.
  if (obs.institutions.length === 0 && obs.isPrimaryContact !== null && obs.institution) obs.institutions = [obs.institution];
  if (obs.isPrimaryContact === null) obs.unread.push('rol (1e contactpersoon) niet gevonden');
  if (obs.renewalsWaiting === null) obs.unread.push('menu-item "Licenties verlengen" niet gevonden');
}
