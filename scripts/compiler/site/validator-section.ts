/**
 * The validator's form. Its script (src/site/app.ts) checks the files chosen or dropped, together,
 * in a Web Worker; the options mirror the CLI's --schema, --format and --table (for every file),
 * and default as it does.
 */
import { datasetRegistry } from '../../../schema/registry.ts';
import type { Table } from '../flatten.ts';
import type { JsonSchema } from '../json-schema.ts';
import { html, type Html } from './html.ts';

/** The datasets of the registry in words: `meetings, people, … and series`. */
const datasetNames = (() => {
  const names = datasetRegistry.map((entry) => entry.dataset);
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
})();

export const validatorSection = (schemas: ReadonlyMap<string, JsonSchema>, tables: readonly Table[]): Html => html`
<section id="validate" aria-labelledby="validate-title">
<h2 id="validate-title">Validate files</h2>
<p>Check records of your own, in JSON (one record or an array), NDJSON (one record a line) or CSV (one of the tables above), against this dataset’s schemas and rules. It runs the validator of the package’s command line tool (<code>china-st-meetings validate</code>), in this page: nothing is uploaded anywhere. Give several files at once (${datasetNames}) and the references between them are checked too: they are read in the order the command reads them, what others refer to first, whatever order you give them in.</p>
<noscript><p class="verdict invalid">The validator needs JavaScript; the rest of this page does not.</p></noscript>
<form class="validator" id="validator-form" action="#validate">
<div class="drop" id="validator-drop">
<label for="validator-file">Choose JSON, NDJSON or CSV files</label>
<input type="file" id="validator-file" multiple accept=".json,.ndjson,.jsonl,.csv,application/json,text/csv" aria-describedby="validator-drop-hint">
<p id="validator-drop-hint">or drop them here. Large files are read piece by piece.</p>
</div>
<details>
<summary>Options</summary>
<div class="options">
<label for="validator-schema">Records follow (every file)</label>
<select id="validator-schema">
<option value="">the schema the file is named after (people.json: people), else meeting</option>
${[...schemas].map(([name, schema]) => html`<option value="${name}">${name}: ${String(schema['title'])}</option>\n`)}</select>
<label for="validator-format">Format</label>
<select id="validator-format">
<option value="">from the file name (.json, .ndjson or .jsonl, .csv)</option>
<option value="json">JSON</option>
<option value="ndjson">NDJSON</option>
<option value="csv">CSV</option>
</select>
<label for="validator-table">CSV table (every CSV file)</label>
<select id="validator-table">
<option value="">from the file name or the header row</option>
${tables.map((table) => html`<option value="${table.name}">${table.name}</option>\n`)}</select>
</div>
</details>
<div class="progress" id="validator-progress" hidden>
<label for="validator-progress-bar">Reading the files</label>
<progress id="validator-progress-bar" max="1" value="0"></progress>
<span id="validator-progress-text"></span>
<button type="button" id="validator-cancel">Cancel</button>
</div>
</form>
<p class="verdict" id="validator-status" role="status">No file checked yet.</p>
<div id="validator-details"></div>
</section>`;
