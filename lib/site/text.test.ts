import { describe, expect, it } from 'vitest';
import { COLUMNS } from './labels';
import { parseDocument } from './fixtures.testutil';
import { buildPageText, controlText, elementText, fieldByLabel, fieldValue, normalize, readRecords, valueAfterLabel } from './text';

const body = (html: string): HTMLElement => parseDocument(`<html><body>${html}</body></html>`).body;
const SPEC = { product: COLUMNS.product, quantity: COLUMNS.quantity };
const rowsOf = (html: string, includeHidden = false) => {
  const root = body(html);
  return readRecords(buildPageText(root), root, SPEC, 'quantity', includeHidden).map((r) => r.cells);
};

describe('text', () => {
  it('normalises case, nbsp, narrow nbsp and runs of whitespace', () => {
    expect(normalize('  Plaats\u00a0\n  BESTELLING\u202f ')).toBe('plaats bestelling');
  });

  it('reads visible text only, blocks separated, icons and scripts ignored', () => {
    const el = body(`<div><svg><title>icoon</title></svg><span>Plaats</span> <span>bestelling</span><script>x()</script>
      <span hidden>verborgen</span><span style="display: none">weg</span><i aria-hidden="true">*</i><p>Regel</p></div>`);
    expect(elementText(el)).toBe('Plaats bestelling Regel');
    expect(elementText(el, true)).toContain('verborgen');
  });

  it('a control says its text, value or aria-label', () => {
    const root = body(`<input type="submit" value="Plaats bestelling"><button aria-label="Wijzigen"><svg></svg></button>`);
    expect(Array.from(root.querySelectorAll('input,button')).map(controlText)).toEqual(['Plaats bestelling', 'Wijzigen']);
  });

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

describe('tables in any shape', () => {
  const expected = [
    { product: 'Microsoft 365 A3 medewerkers', quantity: '1.996' },
    { product: 'SQL Server Standard core', quantity: '8' },
  ];

  it('an HTML table, header in thead, a total row in tfoot', () => {
    expect(
      rowsOf(`<table><thead><tr><th>Product</th><th>Aantal <span>(stuks)</span></th></tr></thead><tbody>
        <tr><td>Microsoft 365 A3 medewerkers</td><td>1.996</td></tr><tr><td>SQL Server Standard core</td><td>8</td></tr></tbody>
        <tfoot><tr><td>Totaal</td><td>2.004</td></tr></tfoot></table>`),
    ).toEqual(expected);
  });

  it('an HTML table with a colspan before the columns', () => {
    expect(
      rowsOf(`<table><tr><th colspan="2">Product</th><th>Aantal</th></tr>
        <tr><td><img alt=""></td><td>x</td><td>1</td></tr></table>`),
    ).toEqual([{ product: 'x', quantity: '1' }]);
  });

  it('an ARIA table', () => {
    expect(
      rowsOf(`<div role="table"><div role="row"><span role="columnheader">Product</span><span role="columnheader">Aantal</span></div>
        <div role="row"><span role="cell">Microsoft 365 A3 medewerkers</span><span role="cell">1.996</span></div>
        <div role="row"><span role="rowheader">SQL Server Standard core</span><span role="cell">8</span></div></div>`),
    ).toEqual(expected);
  });

  it('cards with definition lists and a title heading', () => {
    expect(
      rowsOf(`<div><div class="c"><h3>Microsoft 365 A3 medewerkers</h3><dl><dt>Aantal</dt><dd>1.996</dd></dl></div>
        <div class="c"><h3>SQL Server Standard core</h3><dl><dt>Aantal:</dt><dd>8</dd></dl></div></div>`),
    ).toEqual(expected);
  });

  it('list items with inline "Aantal: n" and labelled products', () => {
    expect(
      rowsOf(`<ul><li><div>Product: Microsoft 365 A3 medewerkers</div><div>Aantal: 1.996</div></li>
        <li><div>Product: SQL Server Standard core</div><div>Aantal: 8</div></li></ul>`),
    ).toEqual(expected);
  });

  it('hidden rows only when asked (a collapsed prepared order)', () => {
    const html = `<div hidden><table><tr><th>Product</th><th>Aantal</th></tr><tr><td>Microsoft 365 A3 medewerkers</td><td>1.996</td></tr></table></div>`;
    expect(rowsOf(html)).toEqual([]);
    expect(rowsOf(html, true)).toEqual([expected[0]]);
  });

  it('a table without the required column is not read', () => {
    expect(rowsOf('<table><tr><th>Product</th><th>Prijs</th></tr><tr><td>X</td><td>1</td></tr></table>')).toEqual([]);
  });
});
