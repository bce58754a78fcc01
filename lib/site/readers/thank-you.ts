/**
 * The thank-you page (Bedankt voor je bestelling): the order number and the institution.
 */

import type { PageObservation } from '../../core/observation';
import type { PageContext } from '../context';
import { valueAfterLabel } from '../dom/fields';
import type { Line } from '../dom/page-walk';
import { FIELD_LABELS, TEXTS } from '../labels/texts';
import { readInstitutionField } from './common';

export function readThankYou(ctx: PageContext, obs: PageObservation): void {
  const lines = ctx.contentLines();
  for (let i = ctx.contentSearch().firstCandidate(TEXTS.orderNumberSentence); i < lines.length; i++) {
    const line = lines[i] as Line;
    const m = TEXTS.orderNumberSentence.exec(line.norm);
    if (m?.[1]) {
      obs.orderNumber = m[1];
      break;
    }
  }
  if (!obs.orderNumber) {
    const value = valueAfterLabel(ctx.contentLines(), FIELD_LABELS.orderNumber);
    const digits = value ? /\d{3,}/.exec(value)?.[0] : undefined;
    obs.orderNumber = digits ?? null;
  }
  if (!obs.orderNumber) obs.unread.push('bestelnummer niet gevonden');
  obs.institution = readInstitutionField(ctx);
}
