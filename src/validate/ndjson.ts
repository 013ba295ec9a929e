/**
 * NDJSON cut into lines, for the single-thread path and the threaded one alike (threads.ts sends
 * the same pieces to worker threads). `NdjsonCutter` turns chunks into pieces of whole lines,
 * holding only the start of a line not ended yet, and skips a line too long to be a record
 * without keeping it; `eachLine` walks the lines of a piece. Lines are found with the bytes'
 * native `indexOf` and decoded in place, so a file may be any size.
 */
import { concatBytes, DEFAULT_MAX_RECORD_BYTES, INVALID_UTF8_MESSAGE, type InputProblem, type Utf8Decoder } from './bytes.ts';
import { TextGuard } from './sniff.ts';

export const tooLongLine = (maxLineBytes: number): InputProblem => ({
  code: 'too-large',
  message: `the line is longer than ${maxLineBytes} bytes, more than any valid record; skipped`,
});

/** What a chunk holds: whole lines, a line too long to be a record, or why reading stops. */
export type Piece =
  /** Lines, each ending with a line end, except the last of the input when `last`. */
  | { readonly kind: 'lines'; readonly bytes: Uint8Array; readonly last: boolean }
  /** One line longer than the limit, skipped unread (its line end included). */
  | { readonly kind: 'too-long' }
  /** Reading stops; `atStart`: a problem of the file's start (reported at line 1). */
  | { readonly kind: 'stop'; readonly problem: InputProblem; readonly atStart: boolean };

const LF = 0x0a;
const CR = 0x0d;

/** A line's length without its line end (LF or CR LF). */
const contentEnd = (bytes: Uint8Array, start: number, end: number) => (end > start && bytes[end - 1] === CR ? end - 1 : end);

export class NdjsonCutter {
  private carry: Uint8Array[] = [];
  private carryBytes = 0;
  /** Inside a line too long to be a record: its bytes are dropped up to its line end. */
  private skipping = false;
  private stopped = false;
  private readonly guard: TextGuard | undefined;

  constructor(
    readonly maxLineBytes = DEFAULT_MAX_RECORD_BYTES,
    /** False for a part of a file that does not start it: its first bytes are not sniffed. */
    sniffStart = true,
  ) {
    this.guard = sniffStart ? new TextGuard() : undefined;
  }

  /** The pieces of one more chunk. The lines' bytes may be the chunk's own: use them before the next push. */
  push(input: Uint8Array): Piece[] {
    if (this.stopped) return [];
    if (this.guard === undefined) return this.cut(input);
    const guarded = this.guard.push(input);
    const pieces = this.cut(guarded.bytes);
    return guarded.problem === undefined || this.stopped ? pieces : [...pieces, ...this.stop(guarded.problem, guarded.atStart === true)];
  }

  private cut(chunk: Uint8Array): Piece[] {
    if (this.stopped) return [];
    const pieces: Piece[] = [];
    let start = 0;
    if (this.skipping || this.carryBytes > 0) {
      const newline = chunk.indexOf(LF);
      if (newline === -1) {
        this.keep(chunk);
        return pieces;
      }
      if (this.skipping || this.carryBytes + (contentEnd(chunk, 0, newline) - 0) > this.maxLineBytes) {
        this.dropCarry();
        pieces.push({ kind: 'too-long' });
      } else {
        pieces.push({ kind: 'lines', bytes: this.takeCarry(chunk.subarray(0, newline + 1)), last: false });
      }
      start = newline + 1;
    }
    const lastEnd = chunk.lastIndexOf(LF);
    if (lastEnd >= start) pieces.push({ kind: 'lines', bytes: chunk.subarray(start, lastEnd + 1), last: false });
    this.keep(chunk.subarray(Math.max(start, lastEnd + 1)));
    return pieces;
  }

  /** The pieces left at the end of the input: a last line without a line end. */
  end(): Piece[] {
    if (this.stopped) return [];
    if (this.guard !== undefined) {
      const guarded = this.guard.end();
      const pieces = this.cut(guarded.bytes);
      if (guarded.problem !== undefined && !this.stopped) return [...pieces, ...this.stop(guarded.problem, guarded.atStart === true)];
      if (this.stopped) return pieces;
      if (pieces.length > 0) return [...pieces, ...this.end()];
    }
    if (this.skipping) {
      this.dropCarry();
      return [{ kind: 'too-long' }];
    }
    if (this.carryBytes === 0) return [];
    const bytes = this.takeCarry(new Uint8Array(0));
    if (contentEnd(bytes, 0, bytes.length) > this.maxLineBytes) return [{ kind: 'too-long' }];
    return [{ kind: 'lines', bytes, last: true }];
  }

  private stop(problem: InputProblem, atStart: boolean): Piece[] {
    this.stopped = true;
    this.dropCarry();
    return [{ kind: 'stop', problem, atStart }];
  }

  private keep(part: Uint8Array) {
    if (this.skipping || part.length === 0) return;
    this.carryBytes += part.length;
    // One byte more than the limit may still be a CR before the line end.
    if (this.carryBytes > this.maxLineBytes + 1) {
      // Drop what was kept: memory stays bounded whatever the line length.
      this.dropCarry();
      this.skipping = true;
    } else {
      // A copy (Buffer#slice would not copy): the caller may reuse the chunk.
      this.carry.push(new Uint8Array(part));
    }
  }

  private dropCarry() {
    this.carry = [];
    this.carryBytes = 0;
    this.skipping = false;
  }

  private takeCarry(tail: Uint8Array): Uint8Array {
    const bytes = concatBytes([...this.carry, tail].filter((part) => part.length > 0), this.carryBytes + tail.length);
    this.carry = [];
    this.carryBytes = 0;
    return bytes;
  }
}

/**
 * Calls `line` for each line of a piece (its content, without the line end) and `tooLong` for a
 * line longer than `maxLineBytes`; returns how many line ends the piece holds.
 */
export const eachLine = (
  bytes: Uint8Array,
  last: boolean,
  maxLineBytes: number,
  line: (start: number, end: number, isLastOfInput: boolean) => void,
  tooLong: () => void,
): number => {
  let lineEnds = 0;
  let start = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(LF, start);
    const end = newline === -1 ? bytes.length : newline;
    const stop = contentEnd(bytes, start, end);
    if (stop - start > maxLineBytes) tooLong();
    else line(start, stop, newline === -1 && last);
    if (newline === -1) break;
    lineEnds += 1;
    start = newline + 1;
  }
  return lineEnds;
};

/** Where a record is in its input. */
export interface TextPlace {
  readonly file: string;
  readonly line: number;
  readonly record: number;
  /** For an element of a JSON array: its index, which pointers into it start with. */
  readonly pointerPrefix?: string;
}

/** Receives the records of text inputs (NDJSON lines, JSON array elements) in input order. */
export interface TextRecordSink {
  /** A record's text; `last` when it ends the input with no line end after it. */
  record(place: TextPlace, text: string, last: boolean): void;
  /** A record that could not be read (too long, not UTF-8); reading goes on. */
  unreadable(place: TextPlace, problem: InputProblem): void;
}

/**
 * The records of a piece of lines, numbered on from `line` and `record`: blank lines are skipped,
 * a line too long or not UTF-8 is unreadable. Returns the line ends and the records it held.
 */
export const recordsOfLines = (
  bytes: Uint8Array,
  last: boolean,
  decode: Utf8Decoder,
  file: string,
  firstLine: number,
  firstRecord: number,
  sink: TextRecordSink,
): { lineEnds: number; records: number } => {
  let line = firstLine;
  let record = firstRecord;
  const lineEnds = eachLine(
    bytes,
    last,
    DEFAULT_MAX_RECORD_BYTES,
    (start, end, isLast) => {
      const text = decode(bytes, start, end);
      if (text === null) sink.unreadable({ file, line, record: record++ }, { code: 'invalid-utf8', message: `the line ${INVALID_UTF8_MESSAGE}` });
      else if (text.trim() !== '') sink.record({ file, line, record: record++ }, text, isLast);
      line += 1;
    },
    () => {
      sink.unreadable({ file, line, record: record++ }, tooLongLine(DEFAULT_MAX_RECORD_BYTES));
      line += 1;
    },
  );
  return { lineEnds, records: record - firstRecord };
};

/** Reads NDJSON chunks in this thread, record by record. */
export const ndjsonReader = (decode: Utf8Decoder, file: string, sink: TextRecordSink, stop: (line: number, problem: InputProblem) => void) => {
  const cutter = new NdjsonCutter();
  let line = 1;
  let record = 0;
  let reading = true;
  const take = (pieces: readonly Piece[]) => {
    for (const piece of pieces) {
      if (piece.kind === 'stop') {
        reading = false;
        stop(piece.atStart ? 1 : line, piece.problem);
      } else if (piece.kind === 'too-long') {
        sink.unreadable({ file, line, record: record++ }, tooLongLine(cutter.maxLineBytes));
        line += 1;
      } else {
        const read = recordsOfLines(piece.bytes, piece.last, decode, file, line, record, sink);
        line += read.lineEnds;
        record += read.records;
      }
    }
  };
  return {
    push: (chunk: Uint8Array) => take(cutter.push(chunk)),
    end: () => take(cutter.end()),
    get reading() {
      return reading;
    },
  };
};
