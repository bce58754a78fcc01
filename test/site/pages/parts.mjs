// @ts-check
/** Small pieces several pages share. */
import { html } from './html.mjs';

/** @typedef {import('../state.mjs').Institution} Institution */
/** @typedef {import('./html.mjs').HtmlValue} HtmlValue */

/**
 * @param {Institution | undefined} institution
 * @returns {string} "Het Baken College (klantnummer 100231)"
 */
export function institutionLabel(institution) {
  return institution ? `${institution.name} (klantnummer ${institution.customerNumber})` : '';
}

/**
 * A data table with column headers; `numeric` columns are right-aligned.
 * @param {{ label: string, numeric?: boolean, hiddenLabel?: boolean }[]} columns
 * @param {HtmlValue[][]} rows
 * @param {{ className?: string, rowIds?: string[] }} [options]
 */
export function dataTable(columns, rows, options = {}) {
  return html`<table class="data-table ${options.className ?? ''}">
        <thead>
          <tr>${columns.map(
            (column) => html`<th scope="col"${column.numeric ? html` class="num"` : ''}>${
              column.hiddenLabel ? html`<span class="visually-hidden">${column.label}</span>` : column.label
            }</th>`,
          )}</tr>
        </thead>
        <tbody>${rows.map(
          (cells, rowIndex) => html`
          <tr${options.rowIds?.[rowIndex] ? html` id="${options.rowIds[rowIndex]}"` : ''}>${cells.map(
            (cell, index) => html`<td${columns[index]?.numeric ? html` class="num"` : ''}>${cell}</td>`,
          )}</tr>`,
        )}
        </tbody>
      </table>`;
}
