/**
 * Every word and pattern of labels/ for the tests that check the label data: one object with the
 * exports of every labels file, and each RegExp in it with its path ('labels.TITLES.cart[0]').
 */
import * as columns from './labels/columns';
import * as controls from './labels/controls';
import * as institution from './labels/institution';
import * as structure from './labels/structure';
import * as texts from './labels/texts';
import * as titles from './labels/titles';

export const labels = { ...structure, ...titles, ...controls, ...columns, ...texts, ...institution };

/** Every RegExp below value, with its path. */
export function allPatterns(value: unknown, path: string, out: [string, RegExp][] = []): [string, RegExp][] {
  if (value instanceof RegExp) out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => allPatterns(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object' && !(value instanceof Set)) {
    for (const [k, v] of Object.entries(value)) allPatterns(v, `${path}.${k}`, out);
  }
  return out;
}
