/**
 * NDJSON, in one thread or several: `NdjsonCutter` turns chunks into pieces of whole lines (holding
 * only a line not ended yet, and skipping one too long to be a record unkept); `recordsOfLines`
 * reads the records of a piece, decoding each line in place.
 */
import { ByteCarry, release, INVALID_UTF8_MESSAGE, type InputProblem, type Utf8Decoder } from './bytes.ts';
import { DEFAULT_MAX_RECORD_BYTES } from './text-limits.ts';
import { nestingFault, LONG_TEXT_BYTES } from './json-text.ts';
import { objectPrototypeExtended } from './json-values.ts';
import { checkRecordText, type TextSettler } from './record-text.ts';
import { TextGuard, type Guarded } from './sniff.ts';

export const TOO_LONG_LINE: InputProblem = {
  code: 'too-large',
  message: `the line is longer than ${DEFAULT_MAX_RECORD_BYTES} bytes, more than any valid record; skipped`,
};

/**
 * What a chunk holds: whole lines (the input's last may have no line end; `own`: in a buffer of
 * their own, a line carried over chunks, else maybe the chunk's), a line too long to be a record,
 * or why reading stops (`atStart`: a problem of the file's start, reported at line 1).
 */
export type Piece =
  | { readonly kind: 'lines'; readonly bytes: Uint8Array; readonly last: boolean; readonly own?: boolean }
  | { readonly kind: 'too-long' }
  | { readonly kind: 'stop'; readonly problem: InputProblem; readonly atStart: boolean };

const LF = 0x0a;
const CR = 0x0d;

/** A line's length without its line end (LF or CR LF). */
const contentEnd = (bytes: Uint8Array, start: number, end: number) => (end > start && bytes[end - 1] === CR ? end - 1 : end);

export class NdjsonCutter {
  /** The line not ended yet, up to the longest record and a CR LF; a longer one is too long to be a record, and is dropped up to its line end (`over`). */
  private readonly carry = new ByteCarry(DEFAULT_MAX_RECORD_BYTES + 2);
  /** Whether the line carried ends with a CR (the chunk was cut between CR and LF). */
  private carryEndsWithCr = false;
  private stopped = false;
  private readonly guard = new TextGuard();

  /** The pieces of one more chunk: use them before the next push. */
  push(input: Uint8Array): Piece[] {
    return this.stopped ? [] : this.take(this.guard.push(input));
  }

  /** The pieces of the bytes the guard let through, then a stop for its problem, if any. */
  private take({ bytes, problem, atStart }: Guarded): Piece[] {
    const pieces = this.cut(bytes);
    return problem === undefined || this.stopped ? pieces : [...pieces, ...this.stop(problem, atStart === true)];
  }

  private cut(chunk: Uint8Array): Piece[] {
    if (this.stopped) return [];
    const pieces: Piece[] = [];
    const { carry } = this;
    let start = 0;
    if (carry.over || carry.length > 0) {
      const newline = chunk.indexOf(LF);
      if (newline === -1) {
        this.keep(chunk);
        return pieces;
      }
      // A CR before the line end is not content, whether it came in this chunk or ended the one before.
      const content = newline === 0 && this.carryEndsWithCr ? carry.length - 1 : carry.length + contentEnd(chunk, 0, newline);
      if (carry.over || content > DEFAULT_MAX_RECORD_BYTES) {
        carry.clear();
        pieces.push({ kind: 'too-long' });
      } else {
        carry.add(chunk.subarray(0, newline + 1));
        pieces.push({ kind: 'lines', bytes: carry.take(), last: false, own: true });
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
    const pieces = this.take(this.guard.end());
    if (this.stopped) return pieces;
    if (pieces.length > 0) return [...pieces, ...this.end()];
    if (this.carry.over) {
      this.carry.clear();
      return [{ kind: 'too-long' }];
    }
    if (this.carry.length === 0) return [];
    const bytes = this.carry.take();
    if (contentEnd(bytes, 0, bytes.length) > DEFAULT_MAX_RECORD_BYTES) return [{ kind: 'too-long' }];
    return [{ kind: 'lines', bytes, last: true, own: true }];
  }

  private stop(problem: InputProblem, atStart: boolean): Piece[] {
    this.stopped = true;
    this.carry.clear();
    return [{ kind: 'stop', problem, atStart }];
  }

  private keep(part: Uint8Array) {
    this.carry.add(part);
    if (part.length > 0) this.carryEndsWithCr = part[part.length - 1] === CR;
  }
}

/** Whether the line that ends at `end` (its content) is the piece's last, its line end included. */
const endsPiece = (bytes: Uint8Array, end: number): boolean =>
  end === bytes.length || (end + 1 === bytes.length && bytes[end] === LF) || (end + 2 === bytes.length && bytes[end] === CR && bytes[end + 1] === LF);

const NOT_UTF8: InputProblem = { code: 'invalid-utf8', message: `the line ${INVALID_UTF8_MESSAGE}` };

/**
 * The records of a piece of lines, numbered on from `firstLine` and `firstRecord`, blank lines
 * skipped, each checked and settled into `target`; returns the line ends and records it held.
 * `disposable`: nothing else reads the bytes, so a long last line's are freed once decoded, before
 * its text is parsed.
 */
export const recordsOfLines = (
  bytes: Uint8Array,
  last: boolean,
  decode: Utf8Decoder,
  file: string,
  firstLine: number,
  firstRecord: number,
  target: TextSettler,
  disposable = false,
): { lineEnds: number; records: number } => {
  let [line, record, lineEnds, start] = [firstLine, firstRecord, 0, 0];
  let fault: InputProblem | undefined;
  const inherited = objectPrototypeExtended();
  while (start < bytes.length) {
    const newline = bytes.indexOf(LF, start);
    const end = contentEnd(bytes, start, newline === -1 ? bytes.length : newline);
    const place = { file, line, record };
    const scanned = end - start > LONG_TEXT_BYTES;
    if (end - start > DEFAULT_MAX_RECORD_BYTES) {
      target.unreadable(place, TOO_LONG_LINE);
      record += 1;
    } else if ((fault = scanned ? nestingFault(bytes.subarray(start, end)) : undefined) !== undefined) {
      // Not UTF-8 comes first, as it does when the text is made.
      const utf8 = decode.isValid === undefined ? decode(bytes, start, end) !== null : decode.isValid(bytes, start, end);
      target.unreadable(place, utf8 ? fault : NOT_UTF8);
      record += 1;
    } else {
      const text = decode(bytes, start, end);
      if (disposable && scanned && endsPiece(bytes, end)) release(bytes.buffer);
      if (text === null) {
        target.unreadable(place, NOT_UTF8);
        record += 1;
      } else if (text.trim() !== '') {
        checkRecordText(target, place, text, newline === -1 && last, inherited, scanned);
        record += 1;
      }
    }
    line += 1;
    if (newline === -1) break;
    lineEnds += 1;
    start = newline + 1;
  }
  return { lineEnds, records: record - firstRecord };
};

/** Reads NDJSON chunks in this thread; `from`: the cutter and place of a file that goes on in one thread. */
export const ndjsonReader = (
  decode: Utf8Decoder,
  file: string,
  target: TextSettler,
  stop: (line: number, problem: InputProblem) => void,
  from?: { readonly cutter: NdjsonCutter; readonly line: number; readonly record: number },
) => {
  const cutter = from?.cutter ?? new NdjsonCutter();
  let line = from?.line ?? 1;
  let record = from?.record ?? 0;
  let reading = true;
  const take = (pieces: readonly Piece[]) => {
    for (const piece of pieces) {
      if (piece.kind === 'stop') {
        reading = false;
        stop(piece.atStart ? 1 : line, piece.problem);
      } else if (piece.kind === 'too-long') {
        target.unreadable({ file, line, record: record++ }, TOO_LONG_LINE);
        line += 1;
      } else {
        const read = recordsOfLines(piece.bytes, piece.last, decode, file, line, record, target, piece.own === true);
        if (piece.own === true) release(piece.bytes.buffer as ArrayBuffer);
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
