/**
 * The page's validator, in a Web Worker so that large files do not freeze the page: it reads each
 * File as a stream of chunks (never whole), checks them in one run with the build-time compiled
 * validators (validate-files.ts) and posts progress now and then, then the report.
 */
import type { ValidateRequest, WorkerReply } from './messages.ts';
import { validateInputs } from './validate-files.ts';

const post = (reply: WorkerReply) => (self as unknown as { postMessage(reply: WorkerReply): void }).postMessage(reply);

/** At most this often, so that messages do not flood the page. */
const PROGRESS_EVERY_MS = 100;

async function* chunksOf(file: Blob, onBytes: (bytesRead: number) => void): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onBytes(value.length);
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const validate = async ({ files }: ValidateRequest) => {
  const totalBytes = files.reduce((sum, { file }) => sum + file.size, 0);
  let bytesRead = 0;
  let lastPost = 0;
  const onBytes = (bytes: number) => {
    bytesRead += bytes;
    const now = performance.now();
    if (now - lastPost < PROGRESS_EVERY_MS) return;
    lastPost = now;
    post({ type: 'progress', bytes: bytesRead, totalBytes });
  };
  try {
    const report = await validateInputs(
      files.map(({ file, format, schema, table }) => ({
        chunks: chunksOf(file, onBytes),
        format,
        schema,
        file: file.name,
        totalBytes: file.size,
        ...(table === undefined ? {} : { table }),
      })),
    );
    post({ type: 'progress', bytes: totalBytes, totalBytes });
    post({ type: 'done', report });
  } catch (error) {
    // An InputError (an unknown table, say) or a file that became unreadable (moved, changed on disk).
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', message: error instanceof DOMException ? `a file could not be read (${message})` : message });
  }
};

self.addEventListener('message', (event: MessageEvent<ValidateRequest>) => void validate(event.data));
