/** CSV chunks into rows (csv-parser.ts), each with the line it starts on, the bytes checked to be UTF-8 text; csv-table.ts says what they mean. */
import { INVALID_UTF8_MESSAGE, type InputProblem } from './bytes.ts';
import { DEFAULT_MAX_RECORD_BYTES } from './text-limits.ts';
import { CsvRecordParser, type CsvSyntaxError } from './csv-parser.ts';
import { TextGuard, type Guarded } from './sniff.ts';

/** A file's chunks as text (a chunk may end inside a character); null when not UTF-8. Called once more, without a chunk, at the end. */
export type CsvInputStage = (chunk?: Uint8Array) => string | null;

/** The TextDecoder stage, for any platform. */
export const decodingStage = (): CsvInputStage => {
  // A U+FEFF stays text, as in Node's decoder: TextGuard skips the file's byte order mark.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return (chunk) => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      return null;
    }
  };
};

/** The parser is given at most this much at a time: a stop takes effect within a piece, and little text is held. */
const PARSER_PIECE_BYTES = 64 * 1024;

/** Receives the rows in order; a problem `header` returns stops the reading at line 1. */
export interface CsvRowSink {
  header(cells: string[]): InputProblem | undefined;
  row(cells: string[], line: number): void;
  inputProblem(line: number | undefined, problem: InputProblem): void;
}

export const csvReader = (stage: CsvInputStage, sink: CsvRowSink) => {
  const guard = new TextGuard();
  let stopped = false;
  let header = false;

  const stop = (line: number | undefined, problem: InputProblem) => {
    stopped = true;
    sink.inputProblem(line, problem);
  };

  // An empty line is a record of one empty field: skipped, its line counted. A record's fields are
  // bounded in characters by the number that bounds the other formats' records in bytes.
  const parser = new CsvRecordParser(
    (record, line) => {
      if (stopped || (record.length === 1 && record[0] === '')) return;
      if (!header) {
        header = true;
        const problem = sink.header(record);
        if (problem !== undefined) stop(1, problem);
      } else sink.row(record, line);
    },
    DEFAULT_MAX_RECORD_BYTES,
  );

  /** A syntax error stops the reading (unless the rows stopped it first). */
  const failed = (failure: CsvSyntaxError | undefined) => {
    if (failure === undefined || stopped) return;
    const notClosed = failure.code === 'CSV_QUOTE_NOT_CLOSED';
    stop(failure.line, notClosed ? { code: 'truncated', message: 'a quoted field is never closed: a double quote is missing (or the file is truncated)' } : { code: 'csv-malformed', message: `malformed CSV: ${failure.message}` });
  };

  const stopForEncoding = () => stop(undefined, { code: 'invalid-utf8', message: `the file ${INVALID_UTF8_MESSAGE}` });

  const write = (chunk: Uint8Array) => {
    for (let start = 0; start < chunk.length && !stopped; start += PARSER_PIECE_BYTES) {
      const piece = stage(chunk.subarray(start, start + PARSER_PIECE_BYTES));
      if (piece === null) return stopForEncoding();
      failed(parser.write(piece));
    }
  };

  /** Parses the bytes before a problem (a problem among their rows stands), then stops for it. */
  const guarded = ({ bytes: checked, problem, atStart }: Guarded) => {
    if (atStart === true && problem !== undefined) return stop(1, problem);
    write(checked);
    if (problem !== undefined && !stopped) stop(undefined, problem);
  };

  return {
    push: (input: Uint8Array) => {
      if (!stopped) guarded(guard.push(input));
    },
    end: () => {
      if (!stopped) guarded(guard.end());
      const rest = stopped ? '' : stage();
      if (rest === null) stopForEncoding();
      else if (rest.length > 0) failed(parser.write(rest));
      if (!stopped) failed(parser.end());
      if (!header && !stopped) sink.inputProblem(undefined, { code: 'empty-input', message: 'the file holds no header row' });
    },
    get reading() {
      return !stopped;
    },
  };
};
