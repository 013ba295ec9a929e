/**
 * A JSON document read chunk by chunk: a top-level array is cut into its elements unparsed, in
 * bounded memory (only bytes outside strings are looked at one by one; inside, `indexOf` jumps to
 * the next quote); a top-level object is one record, read whole. Each element's text is checked and
 * settled into the target as a record, and the document's shape is held to the schema (an array
 * for a dataset, of at most its maxItems records).
 */
import { ByteCarry, release, INVALID_UTF8_MESSAGE, type InputProblem, type Utf8Decoder } from './bytes.ts';
import { DEFAULT_MAX_RECORD_BYTES } from './text-limits.ts';
import { objectPrototypeExtended } from './json-values.ts';
import { checkRecordText, type TextSettler } from './record-text.ts';
import { TextGuard, type Guarded } from './sniff.ts';
import type { SchemaInfo } from './types.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

const isWhitespace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

type Mode = 'start' | 'array' | 'object' | 'done' | 'stopped';

export class JsonReader {
  private mode: Mode = 'start';
  private readonly guard = new TextGuard();
  private depth = 0;
  private inString = false;
  private escaped = false;
  private lineNumber = 1;
  private index = 0;
  /** The element begun in an earlier chunk: its bytes so far. */
  private readonly carry = new ByteCarry(DEFAULT_MAX_RECORD_BYTES);
  private inElement = false;
  private elementLine = 1;
  private afterComma = false;
  private elements = 0;
  /** Whether Object.prototype was extended when this chunk came (see checkRecordText). */
  private inherited = false;
  private readonly maxRecords: number;

  constructor(
    private readonly decode: Utf8Decoder,
    private readonly file: string,
    private readonly schema: SchemaInfo,
    private readonly target: TextSettler,
    private readonly inputProblem: (line: number, problem: InputProblem, column?: number) => void,
    maxItems: number | undefined,
  ) {
    this.maxRecords = schema.isDataset ? (maxItems ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  }

  push(input: Uint8Array): void {
    this.inherited = objectPrototypeExtended();
    if (this.mode !== 'stopped') this.take(this.guard.push(input));
  }

  /** Scans the bytes the guard let through, then stops for its problem, if any (one of the file's start is at line 1). */
  private take({ bytes, problem, atStart }: Guarded): void {
    this.scan(bytes);
    if (problem === undefined || this.mode === 'stopped') return;
    if (atStart === true) this.lineNumber = 1;
    this.stop(problem);
  }

  private scan(chunk: Uint8Array): void {
    let i = 0;
    const length = chunk.length;
    let elementStart = this.inElement ? i : -1;
    let nextBackslash = -2;
    while (i < length && this.mode !== 'stopped') {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i += 1;
          continue;
        }
        const quote = chunk.indexOf(QUOTE, i);
        if (nextBackslash !== -1 && nextBackslash < i) nextBackslash = chunk.indexOf(BACKSLASH, i);
        if (nextBackslash !== -1 && (quote === -1 || nextBackslash < quote)) {
          this.escaped = true;
          i = nextBackslash + 1;
          continue;
        }
        if (quote === -1) {
          i = length;
          break;
        }
        this.inString = false;
        i = quote + 1;
        continue;
      }
      const byte = chunk[i] as number;
      if (byte === NEWLINE) this.lineNumber += 1;
      if (this.mode === 'done') {
        if (!isWhitespace(byte)) return this.stop({ code: 'malformed-json', message: 'malformed JSON: more data after the end of the JSON value' });
        i += 1;
        continue;
      }
      if (this.mode === 'start') {
        if (byte === 0x5b /* [ */) this.mode = 'array';
        else if (byte === 0x7b /* { */) {
          this.mode = 'object';
          this.beginElement();
          elementStart = i;
          this.depth = 1;
        } else if (!isWhitespace(byte)) {
          return this.stop({ code: 'malformed-json', message: 'not JSON: a JSON file must hold an object (one record) or an array of records' });
        }
        i += 1;
        continue;
      }
      if (byte === QUOTE) {
        this.inString = true;
        if (!this.inElement) {
          this.beginElement();
          elementStart = i;
        }
        i += 1;
        continue;
      }
      if (this.mode === 'array' && this.depth === 0) {
        if (byte === 0x2c /* , */ || byte === 0x5d /* ] */) {
          if (this.inElement) {
            this.endElement(chunk, elementStart, i);
            elementStart = -1;
          } else if (byte === 0x2c || this.afterComma) {
            return this.stop({ code: 'malformed-json', message: byte === 0x2c ? 'malformed JSON: a comma with no element before it' : 'malformed JSON: a comma before the closing bracket' });
          }
          this.afterComma = byte === 0x2c;
          if (byte === 0x5d) this.mode = 'done';
          i += 1;
          continue;
        }
        if (!isWhitespace(byte) && !this.inElement) {
          this.beginElement();
          elementStart = i;
        }
      }
      if (byte === 0x7b || byte === 0x5b) this.depth += 1;
      else if (byte === 0x7d || byte === 0x5d) {
        if (this.depth === 0) {
          return this.stop({ code: 'malformed-json', message: `malformed JSON: a ${byte === 0x7d ? '}' : ']'} that closes nothing (one too many, or its opening bracket is missing)` });
        }
        this.depth -= 1;
        if (this.mode === 'object' && this.depth === 0) {
          this.endElement(chunk, elementStart, i + 1);
          elementStart = -1;
          this.mode = 'done';
        }
      }
      i += 1;
    }
    if (this.inElement) this.carry.add(chunk.subarray(elementStart, length));
  }

  get reading(): boolean {
    return this.mode !== 'stopped';
  }

  end(): void {
    if (this.mode === 'stopped') return;
    this.inherited = objectPrototypeExtended();
    this.take(this.guard.end());
    if ((this.mode as Mode) === 'stopped') return;
    if (this.mode === 'start') {
      this.inputProblem(this.lineNumber, { code: 'empty-input', message: 'the file is empty: no JSON in it' });
    } else if (this.mode !== 'done') {
      this.inputProblem(this.lineNumber, {
        code: 'truncated',
        message: this.mode === 'array' ? 'the file ends inside the array (truncated?): the closing ] is missing' : 'the file ends inside the object (truncated?)',
      });
    }
  }

  private stop(problem: InputProblem) {
    this.mode = 'stopped';
    this.inputProblem(this.lineNumber, problem);
  }

  private beginElement() {
    this.inElement = true;
    this.elementLine = this.lineNumber;
    this.carry.clear();
  }

  private endElement(chunk: Uint8Array, start: number, end: number) {
    this.inElement = false;
    const index = this.mode === 'object' ? -1 : this.index++;
    const { carry } = this;
    if (carry.length === 0 && !carry.over && end - start <= DEFAULT_MAX_RECORD_BYTES) {
      // The whole element is in this chunk: decoded where it is.
      return this.emit(index, chunk, start, end);
    }
    carry.add(chunk.subarray(start, end));
    if (carry.over) {
      this.target.unreadable(this.placeOf(index), {
        code: 'too-large',
        message: `the record is larger than ${DEFAULT_MAX_RECORD_BYTES} bytes, more than any valid record; skipped`,
      });
      return;
    }
    const bytes = carry.take();
    this.emit(index, bytes, 0, bytes.length);
    release(bytes.buffer);
  }

  private emit(index: number, bytes: Uint8Array, start: number, end: number) {
    const text = this.decode(bytes, start, end);
    if (text === null) return this.target.unreadable(this.placeOf(index), { code: 'invalid-utf8', message: `the record ${INVALID_UTF8_MESSAGE}` });
    const { file, elementLine: line, schema } = this;
    if (index === -1 && schema.isDataset) {
      return this.target.unreadable({ file, line, record: 0 }, { code: 'wrong-type', message: `the ${schema.name} schema expects a JSON array of records, not one object` });
    }
    this.elements += 1;
    if (this.elements === this.maxRecords + 1) {
      this.inputProblem(line, { code: 'out-of-range', message: `the ${schema.name} dataset holds at most ${this.maxRecords} records; this file holds more` });
    }
    checkRecordText(this.target, this.placeOf(index), text, false, this.inherited);
  }

  /** An element's place: pointers into it start with its index; the single object (-1) is record 0. */
  private placeOf(index: number) {
    const { file, elementLine: line } = this;
    return index === -1 ? { file, line, record: 0 } : { file, line, record: index, pointerPrefix: `/${index}` };
  }
}
