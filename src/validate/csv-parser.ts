/**
 * A streaming RFC 4180 CSV parser that accepts, rejects and splits what csv-parse 7 does with
 * `relax_column_count` and `max_record_size` (the record delimiter found from the first line end
 * outside quotes); test/csv-parser.test.ts holds it to csv-parse. Like papaparse, it jumps to the
 * next comma, line end or quote with `indexOf` and cuts fields with `slice`; memory is one record
 * plus one piece of text, and no field is scanned twice.
 *
 * Each record comes with the line it starts on: one per record delimiter, plus one per line feed
 * inside a field. Errors carry the line of the character at fault (an unclosed quote: where it
 * opened; a record too long: its first line).
 */

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** The record delimiter. */
const UNKNOWN = 0;
const LF_ONLY = 1;
const CRLF = 2;
const CR_ONLY = 3;

/** Where a piece of text ended: between fields, inside an unquoted field, inside a quoted one. */
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;

/** What follows a closing quote, when it does not end the field: more text is needed, or it is an error. */
const NEED_MORE = -2;
const NOT_AN_END = -1;

/** csv-parse's error codes (csv.ts maps them to the validator's). */
export type CsvErrorCode = 'CSV_QUOTE_NOT_CLOSED' | 'INVALID_OPENING_QUOTE' | 'CSV_INVALID_CLOSING_QUOTE' | 'CSV_MAX_RECORD_SIZE';

export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(
    readonly code: CsvErrorCode,
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
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

/** A search's result, or `len` when it found nothing. */
const orEnd = (at: number, len: number) => (at === -1 ? len : at);

/** `write` text as it comes, then `end`. The first problem stops parsing: every later call returns it. */
export class CsvRecordParser {
  private mode = UNKNOWN;
  private state = FIELD_START;
  private row: string[] = [];
  /** UTF-16 units in `row`, for the size limit. */
  private rowUnits = 0;
  /** The start of the field in progress, when a piece ends inside it. */
  private field = '';
  /** Held back for the next piece: a final CR, or a quote (and a CR) that the next character explains. */
  private tail = '';
  /** The line of the start of the field in progress. */
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  /** Whether the unquoted field in progress holds a lone LF (CRLF files only). */
  private fieldHasLf = false;
  private failure: CsvSyntaxError | undefined;
  private done = false;
  private readonly maxUnits: number;

  // The text being parsed, and the next comma, line end and quote at or after `pos` (its length
  // when none): each is searched for again only once `pos` has passed it.
  private input = '';
  private final = false;
  private pos = 0;
  private nextComma = -1;
  private nextEnd = -1;
  private nextQuote = -1;
  private nextCr = -1;
  private nextLf = -1;
  /** Where the unquoted field ends (-1: not in this text), how long its end is, whether it is a comma. */
  private fieldEnd = -1;
  private endLength = 0;
  private atComma = false;

  /** `maxRecordSize`: in UTF-16 units of a record's fields (0: none); as in csv-parse, a record fails once longer by more than one. */
  constructor(
    private readonly onRecord: CsvRecordListener,
    maxRecordSize = 0,
  ) {
    this.maxUnits = maxRecordSize > 0 ? maxRecordSize + 1 : Number.POSITIVE_INFINITY;
  }

  write(text: string): CsvSyntaxError | undefined {
    if (this.failure !== undefined || this.done) return this.failure;
    if (text.length > 0) this.parse(this.tail === '' ? text : this.tail + text, false);
    return this.failure;
  }

  end(): CsvSyntaxError | undefined {
    if (this.failure !== undefined || this.done) return this.failure;
    this.done = true;
    this.parse(this.tail, true);
    return this.failure;
  }

  /** Fails the parse; always false, so that a method can return it to stop. */
  private fail(code: CsvErrorCode, message: string, line: number): false {
    this.failure = new CsvSyntaxError(code, message, line);
    return false;
  }

  private tooLong(units: number, line: number): boolean {
    if (units <= this.maxUnits) return false;
    this.fail('CSV_MAX_RECORD_SIZE', `Max Record Size: record exceed the maximum number of tolerated bytes of ${this.maxUnits - 1} at line ${line}`, line);
    return true;
  }

  private emit(): void {
    const fields = this.row;
    this.row = [];
    this.rowUnits = 0;
    this.onRecord(fields, this.recordLine);
  }

  /** Adds a complete field to the record; false when the record grew too long. */
  private pushField(text: string): boolean {
    this.rowUnits += text.length;
    if (this.rowUnits > this.maxUnits && this.tooLong(this.rowUnits, this.recordLine)) return false;
    this.row.push(text);
    this.state = FIELD_START;
    return true;
  }

  /** Parses `input` (what was held back, then the new text); `final` at the end of the input. */
  private parse(input: string, final: boolean): void {
    this.input = input;
    this.final = final;
    this.pos = 0;
    this.nextComma = this.nextEnd = this.nextQuote = this.nextCr = this.nextLf = -1;
    this.tail = '';
    for (;;) {
      if (this.state === FIELD_START && !this.startField()) return;
      if (!(this.state === UNQUOTED ? this.unquoted() : this.quoted())) return;
    }
  }

  /** At a field's start: which kind of field follows; false at the end of the text. */
  private startField(): boolean {
    if (this.pos >= this.input.length) {
      // The input ends after a comma: an empty last field.
      if (this.final && this.row.length > 0) {
        this.row.push('');
        this.emit();
      }
      return false;
    }
    this.field = '';
    if (this.input.charCodeAt(this.pos) === QUOTE) {
      this.state = QUOTED;
      this.quoteLine = this.line;
      this.pos += 1;
    } else {
      this.state = UNQUOTED;
      this.fieldHasLf = false;
    }
    return true;
  }

  /** Sets where the field ends: at `end`, after `length` characters of line end, or at a comma. */
  private endAt(end: number, length: number, atComma = false): void {
    this.fieldEnd = end;
    this.endLength = length;
    this.atComma = atComma;
  }

  /** The first line end outside quotes (CRLF, LF or CR) is the file's record delimiter. */
  private findFirstEnd(start: number): void {
    const { input } = this;
    const len = input.length;
    if (this.nextCr < start) this.nextCr = orEnd(input.indexOf('\r', start), len);
    if (this.nextLf < start) this.nextLf = orEnd(input.indexOf('\n', start), len);
    const first = Math.min(this.nextCr, this.nextLf);
    if (this.nextComma < first) return this.endAt(this.nextComma, 0, true);
    if (first >= len) return;
    if (first === this.nextLf) {
      this.mode = LF_ONLY;
      return this.endAt(first, 1);
    }
    if (first + 1 < len) {
      this.mode = input.charCodeAt(first + 1) === LF ? CRLF : CR_ONLY;
      return this.endAt(first, this.mode === CRLF ? 2 : 1);
    }
    // A CR that ends the text: the next character tells CRLF from CR, unless the input ends here.
    if (this.final) {
      this.mode = CR_ONLY;
      this.endAt(first, 1);
    }
  }

  /** In a CRLF file a line feed after a CR ends the record; a lone one is text. */
  private findCrlf(start: number): void {
    const { input } = this;
    const len = input.length;
    for (;;) {
      if (this.nextEnd < start) this.nextEnd = orEnd(input.indexOf('\n', start), len);
      if (this.nextComma < this.nextEnd) return this.endAt(this.nextComma, 0, true);
      if (this.nextEnd === len) return;
      if (this.nextEnd > start && input.charCodeAt(this.nextEnd - 1) === CR) return this.endAt(this.nextEnd - 1, 2);
      // Rare: its line is counted when the field is complete.
      this.fieldHasLf = true;
      this.nextEnd = orEnd(input.indexOf('\n', this.nextEnd + 1), len);
    }
  }

  /** Where the unquoted field from `start` ends: a comma, a record delimiter, or not in this text. */
  private findFieldEnd(start: number): void {
    const { input } = this;
    const len = input.length;
    this.endAt(-1, 0);
    if (this.nextComma < start) this.nextComma = orEnd(input.indexOf(',', start), len);
    if (this.mode === CRLF) return this.findCrlf(start);
    if (this.mode === UNKNOWN) return this.findFirstEnd(start);
    if (this.nextEnd < start) this.nextEnd = orEnd(input.indexOf(this.mode === LF_ONLY ? '\n' : '\r', start), len);
    if (this.nextComma < this.nextEnd) this.endAt(this.nextComma, 0, true);
    else if (this.nextEnd < len) this.endAt(this.nextEnd, 1);
  }

  /** Reads an unquoted field; false when this text is done (or the parse failed). */
  private unquoted(): boolean {
    const { input } = this;
    const len = input.length;
    const start = this.pos;
    this.findFieldEnd(start);
    const end = this.fieldEnd;
    const stop = end === -1 ? len : end;
    if (this.nextQuote < start) this.nextQuote = orEnd(input.indexOf('"', start), len);
    if (this.nextQuote < stop) {
      // A quote inside a field that does not start with one.
      const before = this.field + input.slice(start, this.nextQuote);
      // Whichever comes first: the record may have grown too long before the quote.
      if (this.tooLong(this.rowUnits + before.length, this.recordLine)) return false;
      const at = this.line + (this.mode === LF_ONLY ? 0 : countLineFeeds(before));
      return this.fail('INVALID_OPENING_QUOTE', `Invalid Opening Quote: a quote is found on field ${this.row.length} at line ${at}, value is ${JSON.stringify(before)}`, at);
    }
    if (end === -1 && !this.final) {
      // The field goes on in the next piece; a final CR may start a CRLF.
      const keep = this.mode !== LF_ONLY && this.mode !== CR_ONLY && len > start && input.charCodeAt(len - 1) === CR ? len - 1 : len;
      this.field += input.slice(start, keep);
      this.tail = input.slice(keep);
      this.tooLong(this.rowUnits + this.field.length, this.recordLine);
      return false;
    }
    const text = this.field === '' ? input.slice(start, stop) : this.field + input.slice(start, stop);
    this.field = '';
    // Only a lone LF in a CRLF file, or any LF in a CR file, is a line feed in unquoted text.
    if (this.mode === CR_ONLY || this.fieldHasLf) this.line += countLineFeeds(text);
    if (!this.pushField(text)) return false;
    if (end === -1) {
      // The end of the input ends the record.
      this.emit();
      return false;
    }
    if (this.atComma) this.pos = end + 1;
    else {
      this.pos = end + this.endLength;
      this.line += 1;
      this.emit();
      this.recordLine = this.line;
    }
    return true;
  }

  /** How long the field's end after a closing quote is (`after`: the next character), NEED_MORE or NOT_AN_END. */
  private closingEnd(quote: number, after: number): number {
    if (after === -1) return this.final ? 0 : NEED_MORE;
    if (after === COMMA) return 1;
    if (after === LF) {
      if (this.mode === UNKNOWN) this.mode = LF_ONLY;
      return this.mode === LF_ONLY ? 1 : NOT_AN_END;
    }
    if (after !== CR) return NOT_AN_END;
    const next = quote + 2 < this.input.length ? this.input.charCodeAt(quote + 2) : -1;
    if (this.mode === UNKNOWN) {
      if (next === -1 && !this.final) return NEED_MORE;
      this.mode = next === LF ? CRLF : CR_ONLY;
    }
    if (this.mode === CR_ONLY) return 1;
    if (this.mode !== CRLF) return NOT_AN_END;
    return next === LF ? 2 : next === -1 && !this.final ? NEED_MORE : NOT_AN_END;
  }

  /** Reads a quoted field, to a quote that is not doubled; false when this text is done. */
  private quoted(): boolean {
    const { input } = this;
    const len = input.length;
    let from = this.pos;
    for (;;) {
      const quote = input.indexOf('"', from);
      if (quote === -1) {
        if (this.final) {
          if (this.tooLong(this.rowUnits + this.field.length + len - from, this.recordLine)) return false;
          return this.fail('CSV_QUOTE_NOT_CLOSED', `Quote Not Closed: the parsing is finished with an opening quote at line ${this.quoteLine}`, this.quoteLine);
        }
        this.field += input.slice(from);
        this.tooLong(this.rowUnits + this.field.length, this.recordLine);
        return false;
      }
      const after = quote + 1 < len ? input.charCodeAt(quote + 1) : -1;
      if (after === QUOTE) {
        // A doubled quote is one quote of text.
        this.field += input.slice(from, quote + 1);
        from = quote + 2;
        continue;
      }
      const endLength = this.closingEnd(quote, after);
      if (endLength === NEED_MORE) {
        // Keep the quote (and a CR after it) for the next piece to decide.
        this.field += input.slice(from, quote);
        this.tail = input.slice(quote);
        return false;
      }
      const text = this.field === '' ? input.slice(from, quote) : this.field + input.slice(from, quote);
      this.field = '';
      this.line += countLineFeeds(text);
      if (endLength === NOT_AN_END) {
        if (this.tooLong(this.rowUnits + text.length, this.recordLine)) return false;
        const message = `Invalid Closing Quote: got ${shown(after)} at line ${this.line} instead of delimiter, record delimiter, trimable character (if activated) or comment`;
        return this.fail('CSV_INVALID_CLOSING_QUOTE', message, this.line);
      }
      if (!this.pushField(text)) return false;
      if (after === COMMA) {
        this.pos = quote + 2;
        return true;
      }
      this.pos = quote + 1 + endLength;
      this.emit();
      if (endLength === 0) return false;
      this.line += 1;
      this.recordLine = this.line;
      return true;
    }
  }
}

/**
 * `text` sharing no memory with the piece it was cut from: V8 keeps a slice of 13 characters or more
 * as a view of its parent, so a field kept after its record (an id, an issue's message) would keep
 * its whole piece alive. Slicing a joined string flattens it into a new one: the copy.
 */
export const detachString = (text: string): string => (text.length < 13 ? text : ` ${text}`.slice(1));
