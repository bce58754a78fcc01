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

describe('cards in any shape', () => {
  const expected = [
    { product: 'Microsoft 365 A3 medewerkers', quantity: '1.996' },
    { product: 'SQL Server Standard core', quantity: '8' },
  ];

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
});
