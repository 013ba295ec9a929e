/**
 * The page's validator, in a Web Worker so that a large file does not freeze the page: it reads
 * the File as a stream of chunks (never whole), checks it with the build-time compiled validators
 * and posts progress now and then, then the report.
 */
import { validateChunks } from '../validate/browser.ts';
import type { ValidateRequest, WorkerReply } from './messages.ts';

const post = (reply: WorkerReply) => (self as unknown as { postMessage(reply: WorkerReply): void }).postMessage(reply);

/** At most this often, so that messages do not flood the page. */
const PROGRESS_EVERY_MS = 100;

async function* chunksOf(file: Blob, onBytes: (bytesRead: number) => void): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  let bytesRead = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      bytesRead += value.length;
      onBytes(bytesRead);
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const validate = async ({ file, format, schema, table }: ValidateRequest) => {
  let lastPost = 0;
  const onBytes = (bytes: number) => {
    const now = performance.now();
    if (now - lastPost < PROGRESS_EVERY_MS) return;
    lastPost = now;
    post({ type: 'progress', bytes, totalBytes: file.size });
  };
  try {
    const report = await validateChunks(chunksOf(file, onBytes), {
      format,
      schema,
      file: file.name,
      totalBytes: file.size,
      ...(table === undefined ? {} : { table }),
    });
    post({ type: 'progress', bytes: file.size, totalBytes: file.size });
    post({ type: 'done', report });
  } catch (error) {
    // An InputError (an unknown table, say) or a file that became unreadable (moved, changed on disk).
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', message: error instanceof DOMException ? `the file could not be read (${message})` : message });
  }
};

self.addEventListener('message', (event: MessageEvent<ValidateRequest>) => void validate(event.data));
