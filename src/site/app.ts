/**
 * The dataset page's validator: a file chosen or dropped is checked in a Web Worker (see
 * worker.ts), with a progress bar and a cancel button; the report is shown as the CLI gives it.
 *
 * The worker's code is carried here as a string and started from a blob: URL, because browsers
 * refuse `new Worker('worker.js')` on a page opened from disk (file://).
 */
import workerSource from 'virtual:worker-source';
import { formatOfName, schemaOfName } from './file-kind.ts';
import type { ValidateRequest, WorkerReply } from './messages.ts';
import { showFailure, showReport } from './report-view.ts';
import type { InputFormat, SchemaName } from '../validate/browser.ts';

const byId = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page has no #${id}`);
  return found as T;
};

const form = byId<HTMLFormElement>('validator-form');
const input = byId<HTMLInputElement>('validator-file');
const dropZone = byId('validator-drop');
const schemaSelect = byId<HTMLSelectElement>('validator-schema');
const formatSelect = byId<HTMLSelectElement>('validator-format');
const tableSelect = byId<HTMLSelectElement>('validator-table');
const progressBox = byId('validator-progress');
const progressBar = byId<HTMLProgressElement>('validator-progress-bar');
const progressText = byId('validator-progress-text');
const cancelButton = byId<HTMLButtonElement>('validator-cancel');
const status = byId('validator-status');
const details = byId('validator-details');

const workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
let running: Worker | undefined;
let lastFile: File | undefined;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

const showProgress = (bytes: number, total: number) => {
  progressBar.max = Math.max(total, 1);
  progressBar.value = bytes;
  progressText.textContent = `${total === 0 ? 100 : Math.floor((bytes / total) * 100)}% of ${megabytes(total)}`;
};

/** Ends the check under way, if any: a fresh worker per check makes cancelling a terminate(). */
const stop = () => {
  running?.terminate();
  running = undefined;
  progressBox.hidden = true;
};

const check = (file: File) => {
  stop();
  lastFile = file;
  const format = (formatSelect.value || formatOfName(file.name)) as InputFormat | undefined;
  if (format === undefined) {
    showFailure(`cannot tell the format of ${file.name} from its name: choose JSON, NDJSON or CSV under “Options”.`, status, details);
    return;
  }
  const knownSchemas = [...schemaSelect.options].map((option) => option.value).filter((value) => value !== '');
  const schema: SchemaName = (schemaSelect.value as SchemaName | '') || schemaOfName(file.name, knownSchemas);
  const table = tableSelect.value;
  const worker = new Worker(workerUrl);
  running = worker;
  status.className = 'verdict';
  status.textContent = `Checking ${file.name}…`;
  details.replaceChildren();
  showProgress(0, file.size);
  progressBox.hidden = false;
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    if (running !== worker) return;
    const reply = event.data;
    if (reply.type === 'progress') {
      showProgress(reply.bytes, reply.totalBytes);
      return;
    }
    stop();
    if (reply.type === 'done') showReport(reply.report, status, details);
    else showFailure(reply.message, status, details);
  });
  worker.addEventListener('error', (event) => {
    if (running !== worker) return;
    event.preventDefault();
    stop();
    showFailure(`the validator stopped unexpectedly (${event.message}).`, status, details);
  });
  const request: ValidateRequest = { file, format, schema, ...(table === '' ? {} : { table }) };
  worker.postMessage(request);
};

input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file !== undefined) check(file);
});

for (const select of [schemaSelect, formatSelect, tableSelect]) {
  select.addEventListener('change', () => {
    if (lastFile !== undefined) check(lastFile);
  });
}

cancelButton.addEventListener('click', () => {
  stop();
  status.className = 'verdict';
  status.textContent = 'Cancelled.';
  input.focus();
});

// A file dropped anywhere else must not replace the page with the file.
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (event) => event.preventDefault());
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) check(file);
});

// Nothing to submit: the file is checked as soon as it is chosen.
form.addEventListener('submit', (event) => event.preventDefault());
