/**
 * Splits NDJSON into lines, chunk by chunk, without ever holding more than one line: lines are
 * found with the bytes' native `indexOf` and decoded in place, so a file may be any size.
 */
import { concatBytes, INVALID_UTF8_MESSAGE, sniff, type InputProblem, type Utf8Decoder } from './bytes.ts';

export interface LineHandler {
  /** A non-blank line's text (without its line end); `last` when the file ended without one. */
  line(lineNumber: number, text: string, last: boolean): void;
  /** A line that could not be read (too long, not UTF-8); reading goes on with the next line. */
  lineProblem(lineNumber: number, problem: InputProblem): void;
  /** A problem with the whole input; reading stops. */
  inputProblem(lineNumber: number, problem: InputProblem): void;
}

export const tooLongLine = (maxLineBytes: number): InputProblem => ({
  code: 'too-large',
  message: `the line is longer than ${maxLineBytes} bytes, more than any valid record; skipped`,
});

const isBlank = (text: string) => text.trim() === '';

export class NdjsonSplitter {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private lineNumber = 1;
  private tooLong = false;
  private started = false;
  private stopped = false;

  constructor(
    private readonly decode: Utf8Decoder,
    private readonly handler: LineHandler,
    private readonly maxLineBytes: number,
    /** False for a part of a file that does not start it: its first bytes are not checked for a BOM or binary data. */
    sniffStart = true,
  ) {
    this.started = !sniffStart;
  }

  push(chunk: Uint8Array): void {
    if (this.stopped) return;
    let start = 0;
    if (!this.started) {
      this.started = true;
      const sniffed = sniff(chunk);
      if ('code' in sniffed) {
        this.stopped = true;
        this.handler.inputProblem(1, sniffed);
        return;
      }
      start = sniffed.skip;
    }
    for (;;) {
      const newline = chunk.indexOf(0x0a, start);
      if (newline === -1) {
        this.keep(chunk.subarray(start));
        return;
      }
      if (this.tooLong) this.reportTooLong();
      else if (this.pending.length === 0) this.emit(chunk, start, newline, false);
      else {
        this.keep(chunk.subarray(start, newline));
        const bytes = concatBytes(this.pending, this.pendingBytes);
        this.pending = [];
        this.pendingBytes = 0;
        if (this.tooLong) this.reportTooLong();
        else this.emit(bytes, 0, bytes.length, false);
      }
      this.lineNumber += 1;
      start = newline + 1;
    }
  }

  end(): void {
    if (this.stopped) return;
    if (this.tooLong) this.reportTooLong();
    else if (this.pendingBytes > 0) this.emit(concatBytes(this.pending, this.pendingBytes), 0, this.pendingBytes, true);
    this.pending = [];
    this.pendingBytes = 0;
  }

  private keep(part: Uint8Array) {
    if (this.tooLong || part.length === 0) return;
    this.pendingBytes += part.length;
    if (this.pendingBytes > this.maxLineBytes) {
      // Drop what was kept: memory stays bounded whatever the line length.
      this.tooLong = true;
      this.pending = [];
      this.pendingBytes = 0;
    } else {
      // A copy (Buffer#slice would not copy): the caller may reuse the chunk.
      this.pending.push(new Uint8Array(part));
    }
  }

  /** Lines seen so far, the current one included. */
  get lines(): number {
    return this.lineNumber;
  }

  private reportTooLong() {
    this.tooLong = false;
    this.handler.lineProblem(this.lineNumber, tooLongLine(this.maxLineBytes));
  }

  private emit(bytes: Uint8Array, start: number, end: number, last: boolean) {
    let stop = end;
    if (stop > start && bytes[stop - 1] === 0x0d) stop -= 1;
    const text = this.decode(bytes, start, stop);
    if (text === null) this.handler.lineProblem(this.lineNumber, { code: 'invalid-utf8', message: `the line ${INVALID_UTF8_MESSAGE}` });
    else if (!isBlank(text)) this.handler.line(this.lineNumber, text, last);
  }
}
