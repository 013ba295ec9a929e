/**
 * Whether a text is JSON as `JSON.parse` reads it (RFC 8259), told without parsing it: no values are
 * made and nothing is thrown. `JSON.parse` throwing on a broken line costs microseconds whatever its
 * length (V8 builds the error); once the issue list is full, a file of millions of broken lines is
 * counted with this instead (record-text.ts). It must agree with `JSON.parse`: a valid text called
 * invalid would count a valid record invalid (test/json-syntax.test.ts compares them on random texts).
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

// JSON's tokens, each matched where the scan is (sticky). A string is read in runs and escapes: as
// one regex, a search for it would backtrack.
/** A run of characters of a string that need no escape. */
const PLAIN = /[^"\\\u0000-\u001f]*/uy;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})/uy;
/** A number, -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, or a literal. */
const SCALAR = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[Ee][+-]?[0-9]+)?|true|false|null/uy;

/** Where a scan of one text is. (A class: closures made for each text cost more than the scan of a short one.) */
class Scan {
  at = 0;
  constructor(private readonly text: string) {}

  /** Moves past JSON's white space (space, tab, line feed, carriage return); returns the code after it. */
  next(): number {
    let code = this.text.charCodeAt(this.at);
    while (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) code = this.text.charCodeAt(++this.at);
    return code;
  }

  /** Moves past `token` where the scan is; false when it does not match there. */
  take(token: RegExp): boolean {
    token.lastIndex = this.at;
    if (!token.test(this.text)) return false;
    this.at = token.lastIndex;
    return true;
  }

  /** A string from its opening quote: runs of plain characters, and a backslash only before an escape. */
  string(): boolean {
    this.at += 1;
    for (;;) {
      this.take(PLAIN);
      if (this.text.charCodeAt(this.at) === QUOTE) break;
      // A control character, a bad escape, or the end of the text.
      if (!this.take(ESCAPE)) return false;
    }
    this.at += 1;
    return true;
  }

  /** A member's key and its colon; the value is read next. */
  key(): boolean {
    if (this.next() !== QUOTE || !this.string() || this.next() !== COLON) return false;
    this.at += 1;
    return true;
  }
}

/** Whether `JSON.parse(text)` would succeed. Nesting is followed with a stack of its own, not recursion. */
export const isJsonText = (text: string): boolean => {
  const scan = new Scan(text);
  /** The open objects and arrays, innermost last (true: an object). */
  const open: boolean[] = [];
  for (;;) {
    // A value is expected here.
    const code = scan.next();
    if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      scan.at += 1;
      if (scan.next() === (code === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY)) scan.at += 1;
      else {
        open.push(code === OPEN_OBJECT);
        if (code === OPEN_OBJECT && !scan.key()) return false;
        continue;
      }
    } else if (!(code === QUOTE ? scan.string() : scan.take(SCALAR))) return false;
    // A value ended: what follows closes its containers, or separates it from the next.
    for (;;) {
      const next = scan.next();
      if (open.length === 0) return scan.at === text.length;
      const inObject = open[open.length - 1] as boolean;
      if (next === COMMA) {
        scan.at += 1;
        if (inObject && !scan.key()) return false;
        break;
      }
      if (next !== (inObject ? CLOSE_OBJECT : CLOSE_ARRAY)) return false;
      scan.at += 1;
      open.pop();
    }
  }
};
