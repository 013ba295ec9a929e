/**
 * The dataset page's validator: the files chosen or dropped are checked together in a Web Worker
 * (see worker.ts), in the order the command reads them, so that references between them are
 * checked; with a progress bar and a cancel button; the report is shown as the CLI gives it.
 *
 * The worker's code is carried here as a string and started from a blob: URL, because browsers
 * refuse `new Worker('worker.js')` on a page opened from disk (file://).
 */
import workerSource from 'virtual:worker-source';
import { formatOfName, schemaOfName } from './file-kind.ts';
import type { FileToCheck, ValidateRequest, WorkerReply } from './messages.ts';
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
let lastFiles: readonly File[] = [];

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

/** How to read a file: the options chosen, else what its name says (as the command does). */
const toCheck = (file: File): FileToCheck | string => {
  const format = (formatSelect.value || formatOfName(file.name)) as InputFormat | undefined;
  if (format === undefined) return `cannot tell the format of ${file.name} from its name: choose JSON, NDJSON or CSV under “Options”.`;
  const knownSchemas = [...schemaSelect.options].map((option) => option.value).filter((value) => value !== '');
  const schema: SchemaName = (schemaSelect.value as SchemaName | '') || schemaOfName(file.name, knownSchemas);
  const table = tableSelect.value;
  return { file, format, schema, ...(table === '' ? {} : { table }) };
};

const check = (files: readonly File[]) => {
  stop();
  lastFiles = files;
  const planned = files.map(toCheck);
  const unreadable = planned.find((item): item is string => typeof item === 'string');
  if (unreadable !== undefined) {
    showFailure(unreadable, status, details);
    return;
  }
  const request: ValidateRequest = { files: planned.filter((item): item is FileToCheck => typeof item !== 'string') };
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  const worker = new Worker(workerUrl);
  running = worker;
  status.className = 'verdict';
  status.textContent = `Checking ${files.length === 1 ? files[0]?.name : `${files.length} files`}…`;
  details.replaceChildren();
  showProgress(0, totalBytes);
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
  worker.postMessage(request);
};

input.addEventListener('change', () => {
  const files = [...(input.files ?? [])];
  if (files.length > 0) check(files);
});

for (const select of [schemaSelect, formatSelect, tableSelect]) {
  select.addEventListener('change', () => {
    if (lastFiles.length > 0) check(lastFiles);
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
  const files = [...(event.dataTransfer?.files ?? [])];
  if (files.length > 0) check(files);
});

// Nothing to submit: the files are checked as soon as they are chosen.
form.addEventListener('submit', (event) => event.preventDefault());
