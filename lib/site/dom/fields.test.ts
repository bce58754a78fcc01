import { describe, expect, it } from 'vitest';
import { parseDocument } from '../fixtures.testutil';
import { buildPageText } from './page-walk';
import { fieldByLabel, fieldValue, valueAfterLabel } from './fields';

const body = (html: string): HTMLElement => parseDocument(`<html><body>${html}</body></html>`).body;

describe('labelled values', () => {
  it('finds the value next to a label in every common shape', () => {
    const value = (html: string) => valueAfterLabel(buildPageText(body(html)).lines, /^(onderwijsinstelling|instelling)$/);
    expect(value('<p><b>Onderwijsinstelling:</b> Het Baken College</p>')).toBe('Het Baken College');
    expect(value('<dl><dt>Instelling</dt><dd>ROC Rivierland</dd></dl>')).toBe('ROC Rivierland');
    expect(value('<table><tr><th>Onderwijsinstelling</th><td>Lyceum Zuiderpark</td></tr></table>')).toBe('Lyceum Zuiderpark');
    expect(value('<div><div>Instelling:</div><div>Het Baken College</div></div>')).toBe('Het Baken College');
    expect(value('<p>Geen instelling hier</p>')).toBeNull();
  });

  it('finds a field by its label: for, wrapping, aria-labelledby, aria-label', () => {
    const ref = /^referentie$/;
    const find = (html: string) => {
      const f = fieldByLabel(parseDocument(`<html><body>${html}</body></html>`), ref);
      return f ? fieldValue(f) : null;
    };
    expect(find('<label for="a">Referentie</label><input id="a" value="A">')).toBe('A');
    expect(find('<label><span>Referentie</span><input value="B"></label>')).toBe('B');
    expect(find('<p id="l">Referentie</p><input aria-labelledby="l" value="C">')).toBe('C');
    expect(find('<input aria-label="Referentie" value="D">')).toBe('D');
    expect(find('<label for="x">Opmerking</label><input id="x" value="E">')).toBeNull();
  });
});
