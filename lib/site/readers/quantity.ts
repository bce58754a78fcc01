/**
 * The quantity page (Aantal wijzigen, Product toevoegen): the product and the quantity field.
 */

import type { PageObservation } from '../../core/observation';
import type { PageContext } from '../context';
import { fieldByLabel, fieldValue, valueAfterLabel } from '../dom/fields';
import { collapse, matchesAny } from '../dom/normalize';
import { positionOf, selectAll, type Line } from '../dom/page-walk';
import { isHidden } from '../dom/visibility';
import { FIELD_LABELS, TEXTS } from '../labels/texts';
import { readInstitutionField } from './common';

export function readQuantityForm(ctx: PageContext, obs: PageObservation): void {
  let field: Element | null = fieldByLabel(ctx.root, TEXTS.quantityQuestion);
  if (!field) {
    // The question as plain text above the only text field of the form.
    const inputs = Array.from(ctx.root.querySelectorAll('input,textarea')).filter((el) => {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      return (type === 'text' || type === 'number' || type === 'tel') && !isHidden(el);
    });
    if (inputs.length === 1 && ctx.contentSearch().some(TEXTS.quantityQuestion)) field = inputs[0] ?? null;
  }
  const lines = ctx.contentLines();
  let product = valueAfterLabel(lines, FIELD_LABELS.product);
  if (!product) product = productUnderTitle(ctx, lines);
  obs.institution = readInstitutionField(ctx);
  if (!field) obs.unread.push('aantalveld niet gevonden');
  if (!product) obs.unread.push('productnaam niet gevonden');
  if (field) obs.quantityForm = { product: product ?? '', value: fieldValue(field) };
}

/** The product name the quantity page shows: in the title after a colon, or the first plain line under it. */
function productUnderTitle(ctx: PageContext, lines: Line[]): string | null {
  const title = ctx.titles()[0];
  if (!title) return null;
  const colon = title.text.indexOf(':');
  if (colon > 0 && collapse(title.text.slice(colon + 1))) return collapse(title.text.slice(colon + 1));
  const from = positionOf(ctx.pageText(), title.el);
  // The question as the title: the product is the small line right above it, in the same card.
  if (TEXTS.quantityQuestion.test(title.norm)) {
    const above = lines.filter((l) => l.pos < from).pop();
    if (above && above.el.parentElement === title.el.parentElement && above.el.parentElement !== null) return above.text;
  }
  const controlTexts = new Set(ctx.controls().map((c) => c.norm));
  const messageBoxes = selectAll(ctx.root, 'messages', ctx.pageText());
  for (const line of lines) {
    if (line.pos <= from || title.el.contains(line.el)) continue;
    if (TEXTS.quantityNow.test(line.norm) || TEXTS.quantityQuestion.test(line.norm) || TEXTS.quantityHint.test(line.norm)) continue;
    if (controlTexts.has(line.norm) || matchesAny(line.norm, TEXTS.knownMessages)) continue;
    if (messageBoxes.some((b) => b.contains(line.el))) continue;
    if (line.el.tagName.toUpperCase() === 'LABEL') continue;
    return line.text;
  }
  return null;
}
