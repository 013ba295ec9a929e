/**
 * The worker threads that check parts of NDJSON files (part-check.ts), and the buffers parts travel
 * in. The reading thread checks parts too: a second core costs one more V8 heap, not two.
 */
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { joinInto, release } from './bytes.ts';
import type { ValidatorDeps } from './input.ts';
import { checkPart, PART_BUFFER_BYTES, type FileMessage, type PartMessage, type PartOutcome, type ReturnedOutcome } from './part-check.ts';

/** Below 2 GiB, V8 grows a heap to twice what survived its last full collection, not four times. */
const WORKER_OLD_GENERATION_MB = 2000;

/** Each thread costs 20–30 MB, and more gain nothing. */
export const MAX_THREADS = 16;

/** Parts a worker may have waiting before the reading thread checks the next part itself. */
const PARTS_QUEUED_PER_WORKER = 6;

interface Waiting {
  resolve(outcome: PartOutcome): void;
  reject(error: Error): void;
}

/** `threads - 1` workers, started when first needed; the reading thread is the other thread. */
export class PartCheckers {
  private workers: Worker[] = [];
  private waiting: Waiting[][] = [];
  private readonly freeBuffers: ArrayBuffer[] = [];
  private file: FileMessage | undefined;
  /** A worker failed or stopped: no part is sent, none waits. */
  private failure: Error | undefined;
  private retiring = false;

  constructor(
    readonly threads: number,
    private readonly deps: ValidatorDeps,
    private readonly script: URL,
    private readonly workerData: unknown,
  ) {}

  /** Starts `count` workers (at most threads - 1), once, and tells them the file being read. */
  start(count = this.threads - 1): void {
    if (this.workers.length > 0 || this.retiring || count < 1) return;
    const maxOldGenerationSizeMb = Math.min(WORKER_OLD_GENERATION_MB, Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20));
    this.workers = Array.from({ length: Math.min(count, this.threads - 1) }, () => new Worker(this.script, { workerData: this.workerData, resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb } }));
    this.waiting = this.workers.map(() => []);
    this.workers.forEach((worker, index) => this.listen(worker, this.waiting[index] ?? []));
    if (this.file !== undefined) for (const worker of this.workers) worker.postMessage(this.file);
  }

  private listen(worker: Worker, waiting: Waiting[]): void {
    worker.on('message', ({ buffer, ...outcome }: ReturnedOutcome) => {
      if (buffer !== undefined) this.recycle(buffer);
      waiting.shift()?.resolve(outcome);
      if (this.retiring && waiting.length === 0) void worker.terminate();
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const task of waiting.splice(0)) task.reject(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.retiring || waiting.length > 0) fail(this.failure ?? new Error(`a worker thread stopped (exit code ${code}) before it answered`));
    });
  }

  /** No more parts to workers: each stops once it has answered. */
  retire(): void {
    if (this.retiring) return;
    this.retiring = true;
    this.workers.forEach((worker, index) => {
      if ((this.waiting[index]?.length ?? 0) === 0) void worker.terminate();
    });
  }

  get retired(): boolean {
    return this.retiring;
  }

  beginFile(message: FileMessage): void {
    this.file = message;
    for (const worker of this.workers) worker.postMessage(message);
  }

  partBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
    const buffer = total <= PART_BUFFER_BYTES ? (this.freeBuffers.pop() ?? new ArrayBuffer(PART_BUFFER_BYTES)) : new ArrayBuffer(total);
    return joinInto(parts, new Uint8Array(buffer, 0, total));
  }

  /** The worker with the fewest parts waiting, if one has room, else -1. */
  private leastBusy(): number {
    let index = -1;
    this.waiting.forEach((queue, candidate) => {
      if (queue.length < PARTS_QUEUED_PER_WORKER && (index === -1 || queue.length < (this.waiting[index]?.length ?? 0))) index = candidate;
    });
    return index;
  }

  /** Checks a part in a worker (its buffer moved, not copied), or here when all are busy, none is started, or `here`. */
  check(bytes: Uint8Array, last: boolean, collect: boolean, here = false): Promise<PartOutcome> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const message: PartMessage = { type: 'part', bytes, last, collect };
    const index = here || this.retiring ? -1 : this.leastBusy();
    if (index === -1) {
      const outcome = checkPart(this.deps, this.file as FileMessage, message);
      this.recycle(bytes.buffer);
      return Promise.resolve(outcome);
    }
    const worker = this.workers[index] as Worker;
    return new Promise((resolve, reject) => {
      this.waiting[index]?.push({ resolve, reject });
      worker.postMessage(message, [bytes.buffer as ArrayBuffer]);
    });
  }

  /** Keeps a part's buffer for the next; frees a larger one at once. */
  recycle(buffer: ArrayBufferLike): void {
    if (buffer.byteLength === PART_BUFFER_BYTES) this.freeBuffers.push(buffer as ArrayBuffer);
    else if (buffer.byteLength > 0) release(buffer as ArrayBuffer);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
