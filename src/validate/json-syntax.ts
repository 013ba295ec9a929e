/**
 * Whether a text is JSON as `JSON.parse` reads it (RFC 8259), told without parsing it: no values are
 * made and nothing is thrown. `JSON.parse` throwing on a broken line costs microseconds whatever its
 * length (V8 builds the error); once the issue list is full, a file of millions of broken lines is
 * counted with this instead (record-text.ts). It must never call valid text invalid:
 * test/validate-hostile-2.test.ts holds it to `JSON.parse` on random and mutated texts.
 */

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

/** What ends a run of plain characters in a string. */
const STRING_STOP = /["\\\u0000-\u001f]/gu;

const isDigit = (code: number) => code >= ZERO && code <= NINE;
const isHex = (code: number) => isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);

/** Escapes that may follow a backslash: " \ / b f n r t (u is read apart). */
const SIMPLE_ESCAPES: ReadonlySet<number> = new Set([QUOTE, BACKSLASH, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

class Scan {
  at = 0;
  constructor(private readonly text: string) {}

  code(): number {
    return this.text.charCodeAt(this.at);
  }

  skipSpace(): void {
    for (let code = this.code(); code === SPACE || code === TAB || code === LF || code === CR; code = this.code()) this.at += 1;
  }

  /** A string from its opening quote; false when it is not one. */
  string(): boolean {
    this.at += 1;
    for (;;) {
      // To the next quote, backslash or control character, in one search.
      STRING_STOP.lastIndex = this.at;
      if (!STRING_STOP.test(this.text)) return false;
      this.at = STRING_STOP.lastIndex;
      const code = this.text.charCodeAt(this.at - 1);
      if (code === QUOTE) return true;
      if (code !== BACKSLASH) return false;
      const escape = this.code();
      this.at += 1;
      if (escape === 0x75 /* u */) {
        for (let digit = 0; digit < 4; digit += 1, this.at += 1) if (!isHex(this.code())) return false;
      } else if (!SIMPLE_ESCAPES.has(escape)) return false;
    }
  }

  private digits(): boolean {
    if (!isDigit(this.code())) return false;
    while (isDigit(this.code())) this.at += 1;
    return true;
  }

  /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
  number(): boolean {
    if (this.code() === MINUS) this.at += 1;
    if (this.code() === ZERO) this.at += 1;
    else if (!this.digits()) return false;
    if (this.code() === DOT) {
      this.at += 1;
      if (!this.digits()) return false;
    }
    if ((this.code() | 0x20) === 0x65 /* e or E */) {
      this.at += 1;
      if (this.code() === PLUS || this.code() === MINUS) this.at += 1;
      if (!this.digits()) return false;
    }
    return true;
  }

  literal(word: string): boolean {
    if (!this.text.startsWith(word, this.at)) return false;
    this.at += word.length;
    return true;
  }

  /** A value that is not an object or an array. */
  scalar(): boolean {
    const code = this.code();
    if (code === QUOTE) return this.string();
    if (code === MINUS || isDigit(code)) return this.number();
    return this.literal('true') || this.literal('false') || this.literal('null');
  }
}

/** Whether `JSON.parse(text)` would succeed. Nesting is followed with a stack of its own, not recursion. */
export const isJsonText = (text: string): boolean => {
  const scan = new Scan(text);
  /** The open objects and arrays, innermost last (true: an object). */
  const open: boolean[] = [];
  for (;;) {
    // A value is expected here.
    scan.skipSpace();
    const code = scan.code();
    if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      scan.at += 1;
      scan.skipSpace();
      const close = code === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY;
      if (scan.code() === close) scan.at += 1;
      else {
        open.push(code === OPEN_OBJECT);
        if (code === OPEN_OBJECT && !member(scan)) return false;
        continue;
      }
    } else if (!scan.scalar()) return false;
    // A value ended: what follows closes its containers, or separates it from the next.
    for (;;) {
      scan.skipSpace();
      if (open.length === 0) return Number.isNaN(scan.code());
      const inObject = open[open.length - 1] as boolean;
      const next = scan.code();
      if (next === COMMA) {
        scan.at += 1;
        if (inObject && !member(scan)) return false;
        break;
      }
      if (next !== (inObject ? CLOSE_OBJECT : CLOSE_ARRAY)) return false;
      scan.at += 1;
      open.pop();
    }
  }
};

/** A member's key and its colon; the value is read next. */
const member = (scan: Scan): boolean => {
  scan.skipSpace();
  if (scan.code() !== QUOTE || !scan.string()) return false;
  scan.skipSpace();
  if (scan.code() !== COLON) return false;
  scan.at += 1;
  return true;
};
