import { describe, expect, it } from 'vitest';
import { parseDocument } from '../fixtures.testutil';
import { COLUMNS } from '../labels/columns';
import { readRecords } from './cards';
import { buildPageText } from './page-walk';

const body = (html: string): HTMLElement => parseDocument(`<html><body>${html}</body></html>`).body;
const SPEC = { product: COLUMNS.product, quantity: COLUMNS.quantity };
const rowsOf = (html: string, includeHidden = false) => {
  const root = body(html);
  return readRecords(buildPageText(root), root, SPEC, 'quantity', includeHidden).map((r) => r.cells);
};

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

  it('hidden rows only when asked (a collapsed prepared order)', () => {
    const html = `<div hidden><table><tr><th>Product</th><th>Aantal</th></tr><tr><td>Microsoft 365 A3 medewerkers</td><td>1.996</td></tr></table></div>`;
    expect(rowsOf(html)).toEqual([]);
    expect(rowsOf(html, true)).toEqual([expected[0]]);
  });

  it('a table without the required column is not read', () => {
    expect(rowsOf('<table><tr><th>Product</th><th>Prijs</th></tr><tr><td>X</td><td>1</td></tr></table>')).toEqual([]);
  });
});
