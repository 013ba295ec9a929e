/**
 * The CSV reader: turns a file's chunks into rows with csv-parse (streamed), each with the line
 * it starts on. It checks the bytes are UTF-8 text and reports what stops the parse; what the rows
 * mean is csv-table.ts's.
 */
import { INVALID_UTF8_MESSAGE, type InputProblem } from './bytes.ts';
import { TextGuard, type Guarded } from './sniff.ts';

/** The part of a csv-parse parser this reader uses (the Node and the browser builds both have it). */
export interface CsvParser {
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean;
  end(): void;
  on(event: 'data', listener: (record: string[]) => void): unknown;
  /** `fatal`: not a CSV problem but a failure of the parser itself (its thread died): the run fails. */
  on(event: 'error', listener: (error: Error & { code?: string; lines?: number; fatal?: boolean }) => void): unknown;
  on(event: 'end' | 'drain', listener: () => void): unknown;
  once(event: 'drain', listener: () => void): unknown;
  /**
   * Resolves once every record of what was written has been emitted. A parser in another thread
   * lags behind the bytes checked here; in-thread parsers leave this out.
   */
  caughtUp?(): Promise<void>;
}
export type CsvParserFactory = (options: Record<string, unknown>) => CsvParser;

/**
 * Turns a file's chunks into what the CSV parser is given, checking that they are UTF-8 (a chunk
 * may end inside a character); null when they are not. Called once more without a chunk at the
 * end. Node gives csv-parse the bytes themselves (it decodes each field); browsers, text.
 */
export type CsvInputStage = (chunk?: Uint8Array) => string | Uint8Array | null;

/** The TextDecoder stage, for any platform. */
export const decodingStage = (): CsvInputStage => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return (chunk) => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      return null;
    }
  };
};

/** csv-parse is given at most this much at a time: it parses all of a piece before it yields. */
const PARSER_PIECE_BYTES = 64 * 1024;

/** Receives the rows in order. `header` and `row` may stop the reading (then no more rows come). */
export interface CsvRowSink {
  header(cells: string[]): void;
  row(cells: string[], line: number): void;
  /** A problem with the file as a whole, which stops reading it. */
  inputProblem(line: number | undefined, problem: InputProblem): void;
}

export interface CsvReader {
  push(chunk: Uint8Array): Promise<void>;
  end(): Promise<void>;
  /** Stops reading: no more rows are given to the sink. */
  stop(line: number | undefined, problem: InputProblem): void;
  /** False once reading stopped (a problem, or a parse failure). */
  readonly reading: boolean;
  /** Whether a header row was read. */
  readonly hasHeader: boolean;
}

export const csvReader = (parserFactory: CsvParserFactory, stage: CsvInputStage, sink: CsvRowSink): CsvReader => {
  const parser = parserFactory({ relax_column_count: true, max_record_size: 64 * 1024 * 1024 });
  const guard = new TextGuard();
  let stopped = false;
  let header = false;
  let bytes = 0;
  let failure: (Error & { code?: string; lines?: number; fatal?: boolean }) | undefined;

  const stop = (line: number | undefined, problem: InputProblem) => {
    stopped = true;
    sink.inputProblem(line, problem);
  };

  // Lines are counted here: a record starts on the line after the previous one ends, and takes
  // one line more for each line end inside its quoted fields. (csv-parse's own counter gives where
  // a record ends and counts a quoted CRLF twice; its `raw` text costs 5% of the parse.)
  let nextLine = 1;
  parser.on('data', (record: string[]) => {
    const line = nextLine;
    nextLine += 1;
    for (const field of record) for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) nextLine += 1;
    if (stopped || (record.length === 1 && record[0] === '')) return;
    if (!header) {
      header = true;
      sink.header(record);
    } else sink.row(record, line);
  });
  parser.on('error', (error) => {
    failure = error;
  });
  const ended = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', () => resolve());
  });

  /**
   * Stops at bytes that are not UTF-8 once the rows before them are in, as when parsing keeps
   * pace with reading: those rows are checked, and a problem among them comes first and stands.
   */
  const stopForEncoding = async () => {
    await parser.caughtUp?.();
    if (!stopped && failure === undefined) stop(undefined, { code: 'invalid-utf8', message: `the file ${INVALID_UTF8_MESSAGE}` });
  };

  const write = async (chunk: Uint8Array) => {
    for (let start = 0; start < chunk.length && !stopped && failure === undefined; start += PARSER_PIECE_BYTES) {
      const piece = stage(chunk.subarray(start, start + PARSER_PIECE_BYTES));
      if (piece === null) return stopForEncoding();
      // Wait for the parser to catch up, unless it failed (a failed stream never drains).
      if (!parser.write(piece) && failure === undefined) await Promise.race([new Promise<void>((resolve) => parser.once('drain', resolve)), ended]);
    }
  };

  /** Writes the bytes before a problem, then stops for it once the rows before it are in (as for bad UTF-8). */
  const guarded = async ({ bytes: checked, problem, atStart }: Guarded) => {
    if (atStart === true && problem !== undefined) return stop(1, problem);
    await write(checked);
    if (problem === undefined || stopped || failure !== undefined) return;
    await parser.caughtUp?.();
    if (!stopped && failure === undefined) stop(undefined, problem);
  };

  return {
    push: async (input) => {
      bytes += input.length;
      if (stopped || failure !== undefined) return;
      await guarded(guard.push(input));
    },
    end: async () => {
      if (!stopped && failure === undefined) await guarded(guard.end());
      if (failure === undefined && !stopped) {
        const rest = stage();
        if (rest === null) await stopForEncoding();
        else if (rest.length > 0) parser.write(rest);
      }
      parser.end();
      await ended;
      if (failure?.fatal === true) throw failure;
      if (failure !== undefined && !stopped) {
        const code = failure.code === 'CSV_QUOTE_NOT_CLOSED' ? 'truncated' : 'csv-malformed';
        const message = failure.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed: a double quote is missing (or the file is truncated)' : `malformed CSV: ${failure.message}`;
        sink.inputProblem(failure.lines, { code, message });
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
