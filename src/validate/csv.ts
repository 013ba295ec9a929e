/**
 * The CSV reader: turns a file's chunks into rows with csv-parser.ts (streamed, in this thread),
 * each with the line it starts on. It checks the bytes are UTF-8 text and reports what stops the
 * parse; what the rows mean is csv-table.ts's.
 */
import { INVALID_UTF8_MESSAGE, type InputProblem } from './bytes.ts';
import { CsvRecordParser, type CsvSyntaxError } from './csv-parser.ts';
import { TextGuard, type Guarded } from './sniff.ts';

/**
 * Turns a file's chunks into the text the CSV parser is given, checking that they are UTF-8 (a
 * chunk may end inside a character); null when they are not. Called once more without a chunk at
 * the end.
 */
export type CsvInputStage = (chunk?: Uint8Array) => string | null;

/** The TextDecoder stage, for any platform. */
export const decodingStage = (): CsvInputStage => {
  // ignoreBOM: keep a U+FEFF as text, as Node's decoder does; TextGuard skips the file's own byte order mark.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return (chunk) => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      return null;
    }
  };
};

/**
 * The parser is given at most this much at a time: it parses all of a piece before it returns, so
 * a stop (a problem found in a row) takes effect within a piece, and the decoded text held is small.
 */
const PARSER_PIECE_BYTES = 64 * 1024;

/** The longest record, in characters of its fields' text (as csv-parse's `max_record_size` was). */
export const MAX_RECORD_SIZE = 64 * 1024 * 1024;

/** Receives the rows in order. `header` and `row` may stop the reading (then no more rows come). */
export interface CsvRowSink {
  header(cells: string[]): void;
  row(cells: string[], line: number): void;
  /** A problem with the file as a whole, which stops reading it. */
  inputProblem(line: number | undefined, problem: InputProblem): void;
}

export interface CsvReader {
  push(chunk: Uint8Array): void;
  end(): void;
  /** Stops reading: no more rows are given to the sink. */
  stop(line: number | undefined, problem: InputProblem): void;
  /** False once reading stopped (a problem, or a parse failure). */
  readonly reading: boolean;
  /** Whether a header row was read. */
  readonly hasHeader: boolean;
}

export const csvReader = (stage: CsvInputStage, sink: CsvRowSink): CsvReader => {
  const guard = new TextGuard();
  let stopped = false;
  let header = false;
  let bytes = 0;
  let failure: CsvSyntaxError | undefined;

  const stop = (line: number | undefined, problem: InputProblem) => {
    stopped = true;
    sink.inputProblem(line, problem);
  };

  // The parser gives each record the line it starts on: one line per record delimiter, plus one per
  // line feed inside a field (so a quoted CRLF is one line). An empty line is a record of one
  // empty field: skipped, its line counted.
  const parser = new CsvRecordParser(
    (record, line) => {
      if (stopped || (record.length === 1 && record[0] === '')) return;
      if (!header) {
        header = true;
        sink.header(record);
      } else sink.row(record, line);
    },
    { maxRecordSize: MAX_RECORD_SIZE },
  );

  const parse = (text: string) => {
    failure = parser.write(text);
  };

  const stopForEncoding = () => stop(undefined, { code: 'invalid-utf8', message: `the file ${INVALID_UTF8_MESSAGE}` });

  const write = (chunk: Uint8Array) => {
    for (let start = 0; start < chunk.length && !stopped && failure === undefined; start += PARSER_PIECE_BYTES) {
      const piece = stage(chunk.subarray(start, start + PARSER_PIECE_BYTES));
      if (piece === null) return stopForEncoding();
      parse(piece);
    }
  };

  /** Parses the bytes before a problem (their rows are checked, and a problem among them stands), then stops for it. */
  const guarded = ({ bytes: checked, problem, atStart }: Guarded) => {
    if (atStart === true && problem !== undefined) return stop(1, problem);
    write(checked);
    if (problem !== undefined && !stopped && failure === undefined) stop(undefined, problem);
  };

  return {
    push: (input) => {
      bytes += input.length;
      if (stopped || failure !== undefined) return;
      guarded(guard.push(input));
    },
    end: () => {
      if (!stopped && failure === undefined) guarded(guard.end());
      if (failure === undefined && !stopped) {
        const rest = stage();
        if (rest === null) stopForEncoding();
        else if (rest.length > 0) parse(rest);
      }
      if (failure === undefined && !stopped) failure = parser.end();
      if (failure !== undefined && !stopped) {
        const code = failure.code === 'CSV_QUOTE_NOT_CLOSED' ? 'truncated' : 'csv-malformed';
        const message = failure.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed: a double quote is missing (or the file is truncated)' : `malformed CSV: ${failure.message}`;
        sink.inputProblem(failure.line, { code, message });
      }
      if (!header && bytes > 0 && !stopped && failure === undefined) {
        sink.inputProblem(undefined, { code: 'empty-input', message: 'the file holds no header row' });
      }
    },
    stop,
    get reading() {
      return !stopped && failure === undefined;
    },
    get hasHeader() {
      return header;
    },
  };
};
