/**
 * Labelled values: a "label: value" pair in the text, a form field by its label, a field's value.
 * Part of reading a page the way a person does (lib/site/dom/): text comes from text nodes only
 * (never innerHTML), and nothing here knows the shop — its words live in lib/site/labels/.
 */

import { TEXT_INPUT_TYPES } from '../labels/structure';
import { elementText } from './element-text';
import { collapse, labelText } from './normalize';
import type { Line } from './page-walk';
import { upperTag } from './tags';

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
