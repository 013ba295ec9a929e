/**
 * The data dictionary page (dictionary.html): the README's tables (scripts/compiler/dictionary.ts),
 * as HTML. On a phone each row of a table is shown as a block, each cell under its column's name
 * (`data-label`), so that nothing scrolls sideways.
 */
import type { Column, Table } from '../flatten.ts';
import { breakableName, html, withCode, type Html } from './html.ts';

const typeCell = (column: Column): Html => {
  const values = column.enum === undefined ? '' : html`: ${column.enum.map((value, index) => html`${index > 0 ? ', ' : ''}<code>${value}</code>`)}`;
  const reference = column.references === undefined ? '' : html` → <code>${column.references}.id</code>`;
  return html`${column.type}${values}${reference}`;
};

const tableSection = (table: Table): Html => {
  const id = `dictionary-${table.name}`;
  const parent =
    table.parent === undefined
      ? ''
      : html` Each row belongs to a row of <code>${table.parent}.csv</code> (${table.parentKeyColumns.map((key, index) => html`${index > 0 ? ', ' : ''}<code>${key}</code>`)}).`;
  return html`
<section aria-labelledby="${id}">
<h3 id="${id}"><code>${table.name}.csv</code></h3>
<p>${withCode(table.description)}${parent} Key: ${table.primaryKey.map((key, index) => html`${index > 0 ? ' + ' : ''}<code>${key}</code>`)}.</p>
<div class="scroll" role="region" aria-labelledby="${id}" tabindex="0">
<table class="dictionary stack">
<thead><tr><th scope="col">Column</th><th scope="col">Type</th><th scope="col">Always filled</th><th scope="col">Description</th><th scope="col">Example</th><th scope="col">JSON field</th></tr></thead>
<tbody>
${table.columns.map(
  (column) =>
    html`<tr><th scope="row"><code>${breakableName(column.name)}</code></th><td data-label="Type">${typeCell(column)}</td><td data-label="Always filled">${column.required ? 'yes' : 'no'}</td><td data-label="Description">${withCode(column.description)}</td><td data-label="Example">${column.example === undefined ? '' : html`<code>${String(column.example)}</code>`}</td><td data-label="JSON field"><code>${column.jsonPath}</code></td></tr>\n`,
)}</tbody>
</table>
</div>
</section>`;
};

export const dictionarySection = (tables: readonly Table[]): Html => html`
<section id="dictionary" aria-labelledby="dictionary-title">
<h2 id="dictionary-title">Tables and columns</h2>
<p> <em>JSON field</em> shows where the same value sits in the JSON files (<code>[]</code> marks a list). The Excel CSV files have the same columns.</p>
${tables.map(tableSection)}
</section>`;
