/**
 * A streaming RFC 4180 CSV parser with no dependencies, for Node.js and browsers alike, that
 * accepts and rejects what csv-parse 7 does with the options the validator gives it
 * (`relax_column_count: true`, `max_record_size`; comma, double quote, a doubled quote as escape,
 * the record delimiter found from the first line end) and gives the same records: csv.ts reads CSV
 * with it, in Node and in browsers.
 *
 * Why: csv-parse looks at every byte in turn; this parser, like papaparse, jumps to the next comma,
 * line end or quote with `String#indexOf` (a SIMD search in V8) and cuts fields with `slice`.
 *
 * It works on text: bytes given to it are decoded with a streaming TextDecoder (which keeps a
 * character cut by the end of a chunk for the next one). It holds the current record's fields, the
 * field in progress and at most two characters of look-ahead: memory is bounded by one record plus
 * one chunk, whatever the chunk sizes, and work is linear in the input (a field that spans many
 * chunks is never scanned twice).
 *
 * Lines: each record comes with the line it starts on, counted the way the validator counts them:
 * one line per record delimiter, plus one per line feed inside a field (so a CRLF inside quotes is
 * one line, and a lone CR inside quotes none). Errors carry the line of the character at fault; an
 * unclosed quote, the line where the quote opened; a record over the size limit, its first line.
 */

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** Record delimiter, found from the first line end outside quotes, as csv-parse does. */
const UNKNOWN = 0;
const LF_ONLY = 1;
const CRLF = 2;
const CR_ONLY = 3;

/** Where a chunk ended: between fields, inside an unquoted field, inside a quoted one. */
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;

/** csv-parse's error codes, which csv.ts maps to the validator's (`truncated`, `csv-malformed`). */
export type CsvErrorCode = 'CSV_QUOTE_NOT_CLOSED' | 'INVALID_OPENING_QUOTE' | 'CSV_INVALID_CLOSING_QUOTE' | 'CSV_MAX_RECORD_SIZE';

export class CsvSyntaxError extends Error {
  readonly code: CsvErrorCode;
  /** The line of the problem (see the module comment). */
  readonly line: number;
  /** The same as `line`, under the name csv-parse's errors use (the differential tests compare them). */
  readonly lines: number;
  constructor(code: CsvErrorCode, message: string, line: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.code = code;
    this.line = line;
    this.lines = line;
  }
}

export interface CsvRecordParserOptions {
  /**
   * The longest record, in UTF-16 code units of its fields' text (0: no limit). As in csv-parse,
   * a record fails once its text is longer than this by more than one unit.
   */
  readonly maxRecordSize?: number;
}

/** Called with each record's fields (a new array each time) and the line the record starts on. */
export type CsvRecordListener = (fields: string[], line: number) => void;

/** The number of line feeds in `text`. */
const countLineFeeds = (text: string): number => {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
};

const shown = (code: number) => JSON.stringify(String.fromCharCode(code));

/**
 * The parser: `write` text or bytes as they come, then `end`. Records go to the listener as they
 * are complete. The first problem stops parsing: `write` and `end` return it (and every later
 * call returns it again), after the records before it have been given.
 */
export class CsvRecordParser {
  private mode = UNKNOWN;
  private state = FIELD_START;
  private row: string[] = [];
  /** Text length of the fields in `row`, for the size limit. */
  private rowUnits = 0;
  /** The start of the field in progress, when a chunk ends inside it. */
  private field = '';
  /** Characters held back for the next chunk: a final CR, or a quote (and a CR) that needs the next character to be understood. */
  private tail = '';
  /** The line at the parse position (the start of the field in progress). */
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  /** Whether the unquoted field in progress holds a lone LF (CRLF files only). */
  private fieldHasLf = false;
  private failure: CsvSyntaxError | undefined;
  private done = false;
  private decoder: TextDecoder | undefined;
  private readonly maxUnits: number;

  constructor(
    private readonly onRecord: CsvRecordListener,
    options: CsvRecordParserOptions = {},
  ) {
    const max = options.maxRecordSize ?? 0;
    this.maxUnits = max > 0 ? max + 1 : Number.POSITIVE_INFINITY;
  }

  get error(): CsvSyntaxError | undefined {
    return this.failure;
  }

  write(chunk: string | Uint8Array): CsvSyntaxError | undefined {
    if (this.failure !== undefined || this.done) return this.failure;
    const text = typeof chunk === 'string' ? chunk : this.decode(chunk, true);
    if (text.length > 0) this.guarded(this.tail === '' ? text : this.tail + text, false);
    return this.failure;
  }

  end(): CsvSyntaxError | undefined {
    if (this.failure !== undefined || this.done) return this.failure;
    this.done = true;
    const rest = this.decoder === undefined ? '' : this.decoder.decode();
    this.guarded(this.tail + rest, true);
    return this.failure;
  }

  /** A listener that throws leaves the parse half done: the error goes to the caller and nothing more is parsed. */
  private guarded(input: string, final: boolean): void {
    try {
      this.parse(input, final);
    } catch (error) {
      this.done = true;
      throw error;
    }
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    // ignoreBOM: a U+FEFF is text, as in csv-parse with `bom: false`; the validator skips the file's own BOM.
    this.decoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
    return this.decoder.decode(bytes, { stream });
  }

  private fail(code: CsvErrorCode, message: string, line: number): void {
    this.failure = new CsvSyntaxError(code, message, line);
  }

  private tooLong(units: number, line: number): boolean {
    if (units <= this.maxUnits) return false;
    this.fail('CSV_MAX_RECORD_SIZE', `Max Record Size: record exceed the maximum number of tolerated bytes of ${this.maxUnits - 1} at line ${line}`, line);
    return true;
  }

  /** Parses `input` (what was held back, then the new text); `final` at the end of the input. */
  private parse(input: string, final: boolean): void {
    const len = input.length;
    const { onRecord, maxUnits } = this;
    let { mode, state, row, rowUnits, line, recordLine } = this;
    let pos = 0;
    // The next comma, line end character and quote at or after the parse position, or `len` when
    // there is none: each is searched for again only once the parse position has passed it.
    let nextComma = -1;
    let nextEnd = -1;
    let nextQuote = -1;
    let nextCr = -1;
    let nextLf = -1;
    this.tail = '';

    const save = () => {
      this.mode = mode;
      this.state = state;
      this.row = row;
      this.rowUnits = rowUnits;
      this.line = line;
      this.recordLine = recordLine;
    };
    const emit = () => {
      const fields = row;
      row = [];
      rowUnits = 0;
      onRecord(fields, recordLine);
    };

    for (;;) {
      if (state === FIELD_START) {
        if (pos >= len) {
          // At the end of the input after a delimiter: the record ends with an empty field.
          if (final && row.length > 0) {
            row.push('');
            emit();
          }
          return save();
        }
        if (input.charCodeAt(pos) === QUOTE) {
          state = QUOTED;
          this.quoteLine = line;
          this.field = '';
          pos += 1;
        } else {
          state = UNQUOTED;
          this.field = '';
          this.fieldHasLf = false;
        }
      }

      if (state === UNQUOTED) {
        const start = pos;
        // Where the field ends: a comma, a record delimiter, or neither in this input (-1).
        let end = -1;
        let endLength = 0;
        let atComma = false;
        if (nextComma < start) {
          nextComma = input.indexOf(',', start);
          if (nextComma === -1) nextComma = len;
        }
        if (mode === LF_ONLY || mode === CR_ONLY) {
          if (nextEnd < start) {
            nextEnd = input.indexOf(mode === LF_ONLY ? '\n' : '\r', start);
            if (nextEnd === -1) nextEnd = len;
          }
          if (nextComma < nextEnd) {
            end = nextComma;
            atComma = true;
          } else if (nextEnd < len) {
            end = nextEnd;
            endLength = 1;
          }
        } else if (mode === CRLF) {
          // Line feeds are searched for: one after a CR ends the record, a lone one is text.
          for (;;) {
            if (nextEnd < start) {
              nextEnd = input.indexOf('\n', start);
              if (nextEnd === -1) nextEnd = len;
            }
            if (nextComma < nextEnd) {
              end = nextComma;
              atComma = true;
              break;
            }
            if (nextEnd === len) break;
            if (nextEnd > start && input.charCodeAt(nextEnd - 1) === CR) {
              end = nextEnd - 1;
              endLength = 2;
              break;
            }
            // Rare: its line is counted when the field is complete.
            this.fieldHasLf = true;
            nextEnd = input.indexOf('\n', nextEnd + 1);
            if (nextEnd === -1) nextEnd = len;
          }
        } else {
          // The first line end outside quotes tells the record delimiter.
          if (nextCr < start) {
            nextCr = input.indexOf('\r', start);
            if (nextCr === -1) nextCr = len;
          }
          if (nextLf < start) {
            nextLf = input.indexOf('\n', start);
            if (nextLf === -1) nextLf = len;
          }
          const first = Math.min(nextCr, nextLf);
          if (nextComma < first) {
            end = nextComma;
            atComma = true;
          } else if (first < len) {
            if (first === nextLf) {
              mode = LF_ONLY;
              end = first;
              endLength = 1;
            } else if (first + 1 < len) {
              mode = input.charCodeAt(first + 1) === LF ? CRLF : CR_ONLY;
              end = first;
              endLength = mode === CRLF ? 2 : 1;
            } else if (final) {
              mode = CR_ONLY;
              end = first;
              endLength = 1;
            }
            // Else a CR ends the input: the next character tells CRLF from CR.
          }
        }

        const stop = end === -1 ? len : end;
        if (nextQuote < start) {
          nextQuote = input.indexOf('"', start);
          if (nextQuote === -1) nextQuote = len;
        }
        if (nextQuote < stop) {
          // A quote inside a field that does not start with one.
          const before = this.field + input.slice(start, nextQuote);
          // csv-parse reports whichever comes first: the record may have grown too long before the quote.
          if (this.tooLong(rowUnits + before.length, recordLine)) return save();
          const at = line + (mode === LF_ONLY ? 0 : countLineFeeds(before));
          this.fail('INVALID_OPENING_QUOTE', `Invalid Opening Quote: a quote is found on field ${row.length} at line ${at}, value is ${JSON.stringify(before)}`, at);
          return save();
        }

        if (end === -1 && !final) {
          // The field goes on in the next chunk; a final CR may start a CRLF.
          const keep = mode !== LF_ONLY && mode !== CR_ONLY && len > start && input.charCodeAt(len - 1) === CR ? len - 1 : len;
          this.field += input.slice(start, keep);
          this.tail = input.slice(keep);
          this.tooLong(rowUnits + this.field.length, recordLine);
          return save();
        }
        const text = this.field === '' ? input.slice(start, stop) : this.field + input.slice(start, stop);
        this.field = '';
        // Only a lone LF in a CRLF file, or any LF in a CR file, is a line feed in unquoted text.
        if (mode === CR_ONLY || this.fieldHasLf) line += countLineFeeds(text);
        rowUnits += text.length;
        if (rowUnits > maxUnits && this.tooLong(rowUnits, recordLine)) return save();
        row.push(text);
        state = FIELD_START;
        if (end === -1) {
          // The end of the input ends the record.
          emit();
          return save();
        }
        if (atComma) {
          pos = end + 1;
        } else {
          pos = end + endLength;
          line += 1;
          emit();
          recordLine = line;
        }
        continue;
      }

      // QUOTED: the text runs to a quote that is not followed by another.
      let from = pos;
      for (;;) {
        const quote = input.indexOf('"', from);
        if (quote === -1) {
          if (final) {
            if (this.tooLong(rowUnits + this.field.length + len - from, recordLine)) return save();
            this.fail('CSV_QUOTE_NOT_CLOSED', `Quote Not Closed: the parsing is finished with an opening quote at line ${this.quoteLine}`, this.quoteLine);
            return save();
          }
          this.field += input.slice(from);
          this.tooLong(rowUnits + this.field.length, recordLine);
          return save();
        }
        const after = quote + 1 < len ? input.charCodeAt(quote + 1) : -1;
        if (after === QUOTE) {
          // A doubled quote is one quote of text.
          this.field += input.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        // A closing quote, if what follows it ends the field.
        let endLength = -1;
        let needMore = false;
        if (after === -1) {
          if (final) endLength = 0;
          else needMore = true;
        } else if (after === COMMA) {
          endLength = 1;
        } else if (after === LF) {
          if (mode === UNKNOWN) mode = LF_ONLY;
          if (mode === LF_ONLY) endLength = 1;
        } else if (after === CR) {
          const next = quote + 2 < len ? input.charCodeAt(quote + 2) : -1;
          if (mode === UNKNOWN) {
            if (next === -1 && !final) needMore = true;
            else mode = next === LF ? CRLF : CR_ONLY;
          }
          if (mode === CR_ONLY) endLength = 1;
          else if (mode === CRLF) {
            if (next === LF) endLength = 2;
            else if (next === -1 && !final) needMore = true;
          }
        }
        if (needMore) {
          // Keep the quote (and a CR after it) for the next chunk to decide.
          this.field += input.slice(from, quote);
          this.tail = input.slice(quote);
          return save();
        }
        const text = this.field === '' ? input.slice(from, quote) : this.field + input.slice(from, quote);
        this.field = '';
        line += countLineFeeds(text);
        if (endLength === -1) {
          if (this.tooLong(rowUnits + text.length, recordLine)) return save();
          this.fail(
            'CSV_INVALID_CLOSING_QUOTE',
            `Invalid Closing Quote: got ${shown(after)} at line ${line} instead of delimiter, record delimiter, trimable character (if activated) or comment`,
            line,
          );
          return save();
        }
        rowUnits += text.length;
        if (rowUnits > maxUnits && this.tooLong(rowUnits, recordLine)) return save();
        row.push(text);
        state = FIELD_START;
        if (after === COMMA) {
          pos = quote + 2;
        } else {
          pos = quote + 1 + endLength;
          emit();
          if (endLength === 0) return save();
          line += 1;
          recordLine = line;
        }
        break;
      }
    }
  }
}

/**
 * `text` as a string that shares no memory with the chunk it was cut from. Fields are slices of the
 * chunk's decoded text, and V8 keeps a slice of 13 characters or more as a view of its whole
 * parent: a field kept after its record (an id checked when the file ends, an issue's message)
 * keeps all 64 KiB of its chunk alive unless copied. (Measured: 20 000 kept 20-character fields
 * from distinct 64 KB chunks hold 1.9 GB as slices, 5 MB copied like this.) A string joined to
 * the field (` ${field}`) is flattened into a new one when sliced, which is the copy.
 */
export const detachString = (text: string): string => (text.length < 13 ? text : ` ${text}`.slice(1));

/**
 * The part of csv-parse's stream interface that csv.ts once used (write, end, and the data, error,
 * end and drain events), over a CsvRecordParser, so that the differential tests and the benchmark
 * can drive both parsers alike. `data` listeners get the record's
 * line as a second argument. Parsing is synchronous: `write` emits the chunk's records before it
 * returns and never asks the caller to wait for `drain`.
 */
export interface CsvParserStream {
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean;
  end(): void;
  on(event: 'data', listener: (record: string[], line: number) => void): this;
  on(event: 'error', listener: (error: CsvSyntaxError) => void): this;
  on(event: 'end' | 'drain', listener: () => void): this;
  once(event: 'drain', listener: () => void): this;
}

/**
 * Makes a CsvParserStream from csv-parse options. Only the options the validator gives are
 * understood (anything else would silently parse differently, so it throws): `relax_column_count`
 * must be true (this parser never checks column counts: the validator reports ragged rows itself),
 * and `max_record_size` is the record limit.
 */
export const createCsvParserStream = (options: Record<string, unknown> = {}): CsvParserStream => {
  for (const key of Object.keys(options)) {
    if (key !== 'relax_column_count' && key !== 'max_record_size') throw new Error(`csv-parser: option ${key} is not supported`);
  }
  if (options['relax_column_count'] !== true) throw new Error('csv-parser: relax_column_count must be true (column counts are checked by the validator)');
  const maxRecordSize = typeof options['max_record_size'] === 'number' ? options['max_record_size'] : 0;
  const listeners: Record<string, ((...args: never[]) => void)[]> = { data: [], error: [], end: [], drain: [] };
  const dataListeners = listeners['data'] as ((record: string[], line: number) => void)[];
  const parser = new CsvRecordParser(
    (record, line) => {
      for (const listener of dataListeners) listener(record, line);
    },
    { maxRecordSize },
  );
  let reported = false;
  const report = (error: CsvSyntaxError | undefined) => {
    if (error === undefined || reported) return;
    reported = true;
    for (const listener of listeners['error'] as ((error: CsvSyntaxError) => void)[]) listener(error);
  };
  const stream: CsvParserStream = {
    write(chunk, callback) {
      const error = parser.write(chunk);
      // As csv-parse's stream: a failed write calls back with the error, then 'error' is emitted.
      callback?.(reported ? undefined : error);
      report(error);
      return true;
    },
    end() {
      if (reported) return;
      const error = parser.end();
      if (error !== undefined) return report(error);
      for (const listener of listeners['end'] as (() => void)[]) listener();
    },
    on(event: string, listener: (...args: never[]) => void) {
      listeners[event]?.push(listener);
      return stream;
    },
    once(event: string, listener: () => void) {
      // 'drain' is never emitted (write never returns false): nothing to do.
      void event;
      void listener;
      return stream;
    },
  };
  return stream;
};
