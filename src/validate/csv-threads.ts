/**
 * Large CSV files on two cores or more (Node.js only). This thread reads the file and makes the
 * checks csv.ts makes on its bytes, in the same pieces (its start, NUL bytes, UTF-8), and reads the
 * header and the first rows itself. Then it cuts the rest where records start: at a line feed (after
 * a CR, in a CRLF file) preceded by an even number of double quotes since the file's start. Worker
 * threads decode and parse each part from its first line, run the fast path on each row
 * (csv-table.ts's fastRowCheck), and send back each row's line with either only the cells that
 * settle it (a row certainly valid) or all of its cells. This thread settles the rows in file order
 * with the same csvTable, which runs the full path on the rows sent whole; ids, keys, numbering,
 * notes and the cap on issues stay here. The report is the one a single thread gives.
 *
 * With the default threads, the first part with ids is parsed here, and the workers start only if
 * the file's ids, projected from them, fit beside them (CSV_ONE_THREAD_FROM_HELD_BYTES); else the
 * file is read here, as in one thread.
 *
 * The cut is right when every part before it parsed without error: then a quote is an opening
 * quote, a closing quote or half of an escaped one, so an even count means outside quotes. A part
 * that fails to parse ends the file (as in one thread), so the parts after a wrong cut are dropped.
 */
import { Buffer } from 'node:buffer';
import { countByte, INVALID_UTF8_MESSAGE, type InputProblem } from './bytes.ts';
import { CsvRecordParser, type CsvErrorCode, type CsvRecordDelimiter } from './csv-parser.ts';
import { csvTable, fastRowCheck, looksLikeFormula, VALID } from './csv-table.ts';
import { MAX_RECORD_SIZE } from './csv.ts';
import { FileRun } from './file-run.ts';
import { projectedIdBytes } from './id-index.ts';
import { beginInput, checkInputOptions, drainer, endInput, progressReporter, type ChunkInput, type ValidatorDeps } from './input.ts';
import type { Ledger } from './ledger.ts';
import { asBuffer, utf8Checker } from './node-input.ts';
import { TextGuard, type Guarded } from './sniff.ts';
import type { TableInfo } from './compiled.ts';
import { Int32List } from './int32-list.ts';

/** The file's table and header, sent to each worker before its parts. */
export interface CsvFileMessage {
  readonly type: 'csv-file';
  readonly table: string;
  readonly header: readonly string[];
  readonly recordDelimiter: CsvRecordDelimiter;
  /** The cells of a valid row that are sent (csvTable's settleColumns). */
  readonly settleColumns: readonly number[];
}

export interface CsvPartMessage {
  readonly type: 'csv-part';
  readonly bytes: Uint8Array;
  readonly firstLine: number;
  /** The end of the file: a record may end without a line end, and a quote may be left open. */
  readonly last: boolean;
}

interface CsvFailure {
  readonly code: CsvErrorCode;
  readonly message: string;
  readonly line: number;
}

/**
 * What a worker found in a part, compact to post: per row (empty lines skipped, as csv.ts skips
 * them) its line, and how many of its cells follow in `cells` (-1: a valid row, whose
 * settleColumns cells follow); each cell's length; the parse error that ended the part, if any.
 * The cells are joined into strings cut between cells (CELL_TEXT_UNITS).
 */
export interface CsvPartOutcome {
  readonly rows: number;
  readonly lines: Int32Array<ArrayBuffer>;
  readonly counts: Int32Array<ArrayBuffer>;
  readonly lengths: Int32Array<ArrayBuffer>;
  readonly cells: readonly string[];
  readonly failure?: CsvFailure;
}

/**
 * The most UTF-16 units in one string of a part's cells (unless one cell is longer). A string of
 * 128 KiB or more is a large object, which V8 frees only at a full collection, in the worker that
 * joins it and in this thread, which receives it; and a cell cut from text with any character above
 * U+00FF takes two bytes a unit, ASCII or not. Joined whole, a part's cells made strings of about
 * 180 KB: over a million rows, 47 MB of large objects in this thread, 8–13 MB of them waiting
 * to be freed at the run's peak.
 */
export const CELL_TEXT_UNITS = 32 * 1024;

/** Joins cells into strings of at most CELL_TEXT_UNITS units, cut between cells, and records each cell's length. */
export const cellPacker = (lengths: Int32List) => {
  const joined: string[] = [];
  let pending: string[] = [];
  let pendingUnits = 0;
  return {
    push(cell: string): void {
      // A string is ended only when it has text and the cell does not fit: no string after the
      // first is empty unless it ends the list (cellReader counts on it).
      if (pendingUnits > 0 && pendingUnits + cell.length > CELL_TEXT_UNITS) {
        joined.push(pending.join(''));
        pending = [];
        pendingUnits = 0;
      }
      pending.push(cell);
      pendingUnits += cell.length;
      lengths.push(cell.length);
    },
    take(): string[] {
      if (pending.length > 0) joined.push(pending.join(''));
      return joined;
    },
  };
};

/** Reads back the cells of an outcome, in order (see cellPacker). */
export const cellReader = (outcome: Pick<CsvPartOutcome, 'cells' | 'lengths'>) => {
  let piece = 0;
  let offset = 0;
  let index = 0;
  return (): string => {
    const length = outcome.lengths[index++] as number;
    let text = outcome.cells[piece] as string;
    // A cell that does not fit in what is left of the string is the first of the next, which is not
    // empty (an empty cell reads as empty wherever it is).
    if (offset + length > text.length) {
      piece += 1;
      offset = 0;
      text = outcome.cells[piece] as string;
    }
    const cell = text.slice(offset, offset + length);
    offset += length;
    return cell;
  };
};

/** Text given to a parser at once, at most (see writeInPieces). */
const TEXT_PIECE_BYTES = 64 * 1024;

/**
 * Decodes bytes (checked to be UTF-8) and gives them to the parser a piece at a time, each cut
 * before a character's continuation bytes; returns the parser's first error. A string of 128 KiB
 * or more is a large object, which V8 frees only at a full collection: decoding a 512 KiB part at
 * once left 29 MB of them in a worker's heap and 18 MB in this thread's.
 */
export const writeInPieces = <E>(parser: { write(text: string): E | undefined }, bytes: Uint8Array): E | undefined => {
  const buffer = asBuffer(bytes);
  for (let start = 0; start < buffer.length; ) {
    let end = Math.min(start + TEXT_PIECE_BYTES, buffer.length);
    while (end < buffer.length && ((buffer[end] as number) & 0xc0) === 0x80) end -= 1;
    // Only bytes that are not UTF-8 (never given here) could leave no piece: then cut anywhere.
    if (end <= start) end = Math.min(start + TEXT_PIECE_BYTES, buffer.length);
    const error = parser.write(buffer.toString('utf8', start, end));
    if (error !== undefined) return error;
    start = end;
  }
  return undefined;
};

/** A worker's side: the check of the file's rows (made once per file), and the parts' parse. */
export const csvPartChecker = (deps: ValidatorDeps, file: CsvFileMessage) => {
  const table = deps.compiled.tables.find((candidate) => candidate.name === file.table) as TableInfo;
  const check = fastRowCheck(deps.compiled, table, file.header);
  const width = file.header.length;
  return (part: CsvPartMessage): CsvPartOutcome => {
    const lines = new Int32List();
    const counts = new Int32List();
    const lengths = new Int32List();
    const cells = cellPacker(lengths);
    const parser = new CsvRecordParser(
      (record, line) => {
        if (record.length === 1 && record[0] === '') return;
        lines.push(line);
        let valid = record.length === width;
        // A row with a cell that looks like a formula goes whole: the note about it is made there.
        for (let index = 0; valid && index < width; index += 1) if (looksLikeFormula(record[index] as string)) valid = false;
        if (valid && check(record) === VALID) {
          counts.push(-1);
          for (const at of file.settleColumns) cells.push(record[at] as string);
        } else {
          counts.push(record.length);
          for (const cell of record) cells.push(cell);
        }
      },
      { maxRecordSize: MAX_RECORD_SIZE, firstLine: part.firstLine, recordDelimiter: file.recordDelimiter },
    );
    // The bytes were checked to be UTF-8 in the reading thread.
    let error = writeInPieces(parser, part.bytes);
    if (error === undefined && part.last) error = parser.end();
    return {
      rows: lines.length,
      lines: lines.take(),
      counts: counts.take(),
      lengths: lengths.take(),
      cells: cells.take(),
      ...(error === undefined ? {} : { failure: { code: error.code, message: error.message, line: error.line } }),
    };
  };
};

/** Where parts go: worker threads, which answer in the order they were sent (see threads.ts). */
export interface CsvPartSender {
  beginCsvFile(message: CsvFileMessage): void;
  /** Starts the workers (once). */
  start(): void;
  /** Starts none and sends nothing more: the rest is read in this thread (and the next inputs too). */
  retire(): void;
  /** A file whose ids are projected to take more than this is read in this thread (Infinity: threads were asked for). */
  readonly csvOneThreadFromHeldBytes: number;
  checkCsvPart(message: CsvPartMessage): Promise<CsvPartOutcome>;
  /** A buffer to copy a part into (reused once a worker gives it back, or `recycle` is called). */
  partBuffer(bytes: number): ArrayBuffer;
  recycle(buffer: ArrayBuffer): void;
  readonly workerCount: number;
}

/** A part kept in this thread until its turn. */
interface HeldPart {
  readonly bytes: Uint8Array;
  readonly firstLine: number;
  readonly last: boolean;
}

/** A part ends at the first record start after this many bytes; the tests make it small. */
const PART_BYTES = 512 * 1024;
/** Gathered bytes without a record start in them beyond which this thread parses them itself (bounded memory). */
const LONG_PART_BYTES = 2 * 1024 * 1024;
/** Lines of a piece parsed one at a time while the header is not read (then the rest of the piece at once). */
const HEADER_LINES_PER_PIECE = 64;
/** After this many rows, if most came back whole, the rest of the file is parsed in this thread (see `backHere`). */
const MOSTLY_WHOLE_AFTER_ROWS = 256;
/** Parts waiting at each worker beyond which this thread checks the next part itself. */
const WAITING_PER_WORKER = 2;
/** Parts in flight (at workers, or checked here and not settled) per thread. */
const PARTS_IN_FLIGHT_PER_THREAD = 3;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** The same as csv.ts's: each piece of the parser's input is checked for UTF-8 on its own. */
const PARSER_PIECE_BYTES = 64 * 1024;

/**
 * Checks a CSV input with worker threads, as checkChunks checks it in one (see the top of this
 * file). The reader's steps mirror csvReader's in csv.ts, so that every problem is found at the
 * same place and reported in the same order.
 */
export const checkCsvInThreads = async (ledger: Ledger, deps: ValidatorDeps, input: ChunkInput, sender: CsvPartSender, partBytes = PART_BYTES): Promise<void> => {
  checkInputOptions(deps, input);
  input.signal?.throwIfAborted();
  const schema = beginInput(ledger, deps, input.schema);
  const run = new FileRun(ledger, deps.compiled, schema);
  const { file } = input;
  const inputProblem = (line: number | undefined, problem: InputProblem) => ledger.inputIssue(file, line, problem);

  let stopped = false;
  let failure: CsvFailure | undefined;
  let header = false;
  let headerCells: string[] = [];
  let bytesRead = 0;
  const stop = (line: number | undefined, problem: InputProblem) => {
    stopped = true;
    inputProblem(line, problem);
  };
  const rows = csvTable(deps.compiled, ledger, file, input.table, (line, problem) => stop(line, problem));
  const reading = () => !stopped && failure === undefined;

  // This thread parses the start of the file, up to the first record start after the header.
  const onRecord = (record: string[], line: number) => {
    if (stopped || (record.length === 1 && record[0] === '')) return;
    if (!header) {
      header = true;
      headerCells = record;
      rows.header(record);
    } else rows.row(record, line);
  };
  const local = new CsvRecordParser(onRecord, { maxRecordSize: MAX_RECORD_SIZE });
  /** The parser of this thread: `local`, or the one that takes over from the workers (see `backHere`). */
  let here = local;
  const parseHere = (bytes: Uint8Array) => {
    if (bytes.length > 0) failure = writeInPieces(here, bytes);
  };
  /**
   * Set when most rows came back whole (a file of invalid rows): sending every cell costs more
   * than it saves, so the rest of the file is parsed here, as one thread parses it.
   */
  let backHere = false;
  let rowsMerged = 0;
  let wholeRows = 0;

  // Bytes checked to be UTF-8 that are not parsed yet: the part being gathered for the workers.
  let part = Buffer.alloc(PART_BYTES * 2);
  let partLength = 0;
  /** Quotes in the file's bytes before the part (their parity tells whether the part starts inside quotes). */
  let quotesBefore = 0;
  let partQuotes = 0;
  /** Once the header is read and the record delimiter known: parts go to the workers from then on. */
  let remote: { delimiter: CsvRecordDelimiter; nextLine: number } | undefined;
  /** Bytes gathered without a record start beyond which they are parsed here as they come (see take). */
  const longPart = Math.max(4 * partBytes, LONG_PART_BYTES);
  /** The part's bytes before this hold no record start (see firstCut). */
  let searched = 0;
  let started = false;
  /** Bytes dropped from the part so far: parsed here or sent. */
  let bytesTaken = 0;

  /**
   * With the default threads (and a known size), parts are parsed here, in their turn, until one
   * brings ids; from them the file's ids are projected. Workers start only if those fit beside them
   * (CSV_ONE_THREAD_FROM_HELD_BYTES in threads.ts); if not, no worker starts and the rest of the
   * file is read here, as one thread reads it (`alone`).
   */
  let projecting = Number.isFinite(sender.csvOneThreadFromHeldBytes) && input.totalBytes !== undefined;
  let alone = false;
  /** The ids of the file's key space before the file (an earlier file may have brought some). */
  let idsBefore = { size: 0, units: 0, seen: 0 };

  /** Parts sent to workers (their outcomes to come), and parts this thread parses when their turn comes. */
  const inFlight: (Promise<CsvPartOutcome> | HeldPart)[] = [];
  /** Parts sent to workers and not answered yet. */
  let atWorkers = 0;
  const settleScratch: string[] = [];
  const merge = (outcome: CsvPartOutcome) => {
    if (failure !== undefined || stopped) return;
    const columns = rows.settleColumns;
    const next = cellReader(outcome);
    for (let row = 0; row < outcome.rows; row += 1) {
      const count = outcome.counts[row] as number;
      const line = outcome.lines[row] as number;
      if (count < 0) {
        for (const at of columns) settleScratch[at] = next();
        rows.settleValid(settleScratch, line);
      } else {
        wholeRows += 1;
        const record: string[] = [];
        for (let index = 0; index < count; index += 1) record.push(next());
        rows.row(record, line);
      }
    }
    rowsMerged += outcome.rows;
    if (outcome.failure !== undefined) failure = outcome.failure;
  };
  /** A part this thread parses in its turn: its rows go through csvTable as one thread's do. */
  const parseHeld = ({ bytes, firstLine, last }: HeldPart) => {
    if (failure !== undefined || stopped) return;
    const { delimiter } = remote as NonNullable<typeof remote>;
    const parser = new CsvRecordParser(onRecord, { maxRecordSize: MAX_RECORD_SIZE, firstLine, recordDelimiter: delimiter });
    let error = writeInPieces(parser, bytes);
    if (error === undefined && last) error = parser.end();
    if (error !== undefined) failure = { code: error.code, message: error.message, line: error.line };
    sender.recycle(bytes.buffer as ArrayBuffer);
  };
  const mergeOldest = async () => {
    const oldest = inFlight.shift() as Promise<CsvPartOutcome> | HeldPart;
    if (oldest instanceof Promise) merge(await oldest);
    else parseHeld(oldest);
  };
  const mergeAll = async () => {
    while (inFlight.length > 0) await mergeOldest();
  };

  /**
   * Checks part[0, end): in a worker, or here when every worker has parts waiting (this thread
   * settles every row too, so the workers take the larger share). A part kept here is parsed when
   * its turn comes, its rows straight into csvTable, while the workers go on with the parts after it.
   */
  const send = async (end: number, last: boolean) => {
    const { delimiter, nextLine } = remote as NonNullable<typeof remote>;
    const bytes = new Uint8Array(sender.partBuffer(end), 0, end);
    bytes.set(part.subarray(0, end));
    // One line per line feed (a CRLF delimiter or a line feed in a field); CR files are not cut.
    (remote as NonNullable<typeof remote>).nextLine = nextLine + (delimiter === 'cr' ? 0 : countByte(part, LF, 0, end));
    dropFromPart(end);
    if (projecting) {
      // Parsed here at once: nothing is in flight while projecting.
      parseHeld({ bytes, firstLine: nextLine, last });
      const keys = ledger.keysOf((rows.table as TableInfo).name);
      // No row with a key yet (blank or ragged rows), or nothing more to read: the next part, if
      // any, is parsed here too. (Rows whose keys were seen before end the projection: they take
      // no memory.)
      if (keys.seen === idsBefore.seen || last || !reading()) return;
      projecting = false;
      const projected = projectedIdBytes(keys.units - idsBefore.units, keys.size - idsBefore.size, bytesTaken, input.totalBytes ?? 0);
      if (ledger.heldBytes + projected > sender.csvOneThreadFromHeldBytes) {
        sender.retire();
        alone = true;
      } else sender.start();
      return;
    }
    if (atWorkers >= sender.workerCount * WAITING_PER_WORKER) {
      inFlight.push({ bytes, firstLine: nextLine, last });
    } else {
      atWorkers += 1;
      const outcome = sender.checkCsvPart({ type: 'csv-part', bytes, firstLine: nextLine, last });
      outcome.then(
        () => (atWorkers -= 1),
        () => undefined,
      );
      // Awaited in turn below; if reading fails first, a failed part must not go unhandled.
      outcome.catch(() => undefined);
      inFlight.push(outcome);
    }
    while (inFlight.length >= (sender.workerCount + 1) * PARTS_IN_FLIGHT_PER_THREAD) await mergeOldest();
  };

  const dropFromPart = (end: number) => {
    const dropped = countByte(part, QUOTE, 0, end);
    quotesBefore += dropped;
    partQuotes -= dropped;
    part.copyWithin(0, end, partLength);
    partLength -= end;
    bytesTaken += end;
    searched = Math.max(0, searched - end);
  };

  /**
   * The end of the first record start at or after `from` in the part (just after its line feed), or
   * -1. A line feed's verdict does not change as bytes come: those before `searched` were found not
   * to start a record, and are not looked at again (a record may be 64 MiB long).
   */
  const firstCut = (delimiter: CsvRecordDelimiter, from: number): number => {
    const start = Math.max(from, searched);
    let quotes = quotesBefore + countByte(part, QUOTE, 0, start);
    let counted = start;
    for (let lf = part.indexOf(LF, start); lf !== -1 && lf < partLength; lf = part.indexOf(LF, lf + 1)) {
      quotes += countByte(part, QUOTE, counted, lf);
      counted = lf;
      if (quotes % 2 === 0 && (delimiter === 'lf' || (lf > 0 && part[lf - 1] === CR))) return lf + 1;
    }
    searched = partLength;
    return -1;
  };

  /** Takes bytes checked to be UTF-8, in order. */
  const take = async (bytes: Uint8Array) => {
    if (bytes.length === 0) return;
    if (partLength + bytes.length > part.length) {
      const grown = Buffer.alloc(Math.max(part.length * 2, partLength + bytes.length));
      part.copy(grown, 0, 0, partLength);
      part = grown;
    }
    part.set(bytes, partLength);
    partQuotes += countByte(part, QUOTE, partLength, partLength + bytes.length);
    partLength += bytes.length;
    if (remote === undefined) {
      // This thread parses the header, a line at a time, until it is read and the record delimiter
      // known; after many lines (blank ones, or a header with line breaks), the rest of the piece.
      for (let lines = 0; reading() && (!header || local.recordDelimiter === undefined); lines += 1) {
        const lf = lines < HEADER_LINES_PER_PIECE ? part.subarray(0, partLength).indexOf(LF) : -1;
        const end = lf === -1 ? partLength : lf + 1;
        parseHere(part.subarray(0, end));
        dropFromPart(end);
        if (lf === -1) return;
      }
      const delimiter = local.recordDelimiter;
      if (!reading() || delimiter === undefined || delimiter === 'cr') {
        // Nothing more is read, or a CR file, which is not cut: parsed here.
        parseHere(part.subarray(0, partLength));
        dropFromPart(partLength);
        return;
      }
      // Up to the next record start, then the workers take over.
      const cut = firstCut(delimiter, 0);
      if (cut === -1) {
        // A long record (or an unclosed quote): parsed as it comes, not held.
        if (partLength >= longPart) {
          parseHere(part.subarray(0, partLength));
          dropFromPart(partLength);
        }
        return;
      }
      parseHere(part.subarray(0, cut));
      dropFromPart(cut);
      if (!reading()) return;
      remote = { delimiter, nextLine: local.nextLine };
      if (!started) {
        started = true;
        const table = rows.table as TableInfo;
        const message: CsvFileMessage = { type: 'csv-file', table: table.name, header: headerCells, recordDelimiter: remote.delimiter, settleColumns: rows.settleColumns };
        sender.beginCsvFile(message);
        const keys = ledger.keysOf(table.name);
        idsBefore = { size: keys.size, units: keys.units, seen: keys.seen };
        if (!projecting) sender.start();
      }
    }
    // No record start in a long stretch (a long record, or an unclosed quote, which would hold the
    // rest of the file), most rows coming back whole, or ids that would not fit beside the workers:
    // the rest is parsed here, as it comes.
    if (!backHere && (alone || (rowsMerged >= MOSTLY_WHOLE_AFTER_ROWS && wholeRows * 2 > rowsMerged) || partLength >= longPart)) {
      // The parts sent are settled first; the part gathered starts a record.
      await mergeAll();
      if (!reading()) return;
      backHere = true;
      const { delimiter, nextLine } = remote as NonNullable<typeof remote>;
      here = new CsvRecordParser(onRecord, { maxRecordSize: MAX_RECORD_SIZE, firstLine: nextLine, recordDelimiter: delimiter });
    }
    if (backHere) {
      parseHere(part.subarray(0, partLength));
      dropFromPart(partLength);
      return;
    }
    while (partLength >= partBytes && reading()) {
      const cut = firstCut((remote as NonNullable<typeof remote>).delimiter, partBytes - 1);
      if (cut === -1) break;
      await send(cut, false);
    }
  };

  /** Parses what is gathered (the bytes before a problem that stops the file), then settles every part. */
  const finishParts = async (last: boolean) => {
    if (remote === undefined || backHere) {
      parseHere(part.subarray(0, partLength));
      dropFromPart(partLength);
      if (last && reading()) failure = here.end();
      return;
    }
    if (partLength > 0 || last) await send(partLength, last);
    await mergeAll();
  };

  const check = utf8Checker();
  const stopForEncoding = () => stop(undefined, { code: 'invalid-utf8', message: `the file ${INVALID_UTF8_MESSAGE}` });

  const write = async (chunk: Uint8Array) => {
    for (let start = 0; start < chunk.length && reading(); start += PARSER_PIECE_BYTES) {
      const piece = check(chunk.subarray(start, start + PARSER_PIECE_BYTES));
      if (piece === null) {
        // The rows before the piece are settled first.
        await finishParts(false);
        if (reading()) stopForEncoding();
        return;
      }
      await take(piece);
    }
  };

  const guarded = async ({ bytes, problem, atStart }: Guarded) => {
    if (atStart === true && problem !== undefined) return stop(1, problem);
    await write(bytes);
    if (problem !== undefined && reading()) {
      await finishParts(false);
      if (reading()) stop(undefined, problem);
    }
  };

  const guard = new TextGuard();
  const progress = progressReporter(ledger, input);
  const drain = drainer(ledger, input.totalBytes);
  for await (const chunk of input.chunks) {
    input.signal?.throwIfAborted();
    ledger.current.bytes += chunk.length;
    bytesRead += chunk.length;
    if (reading()) await guarded(guard.push(chunk));
    else if (!drain(chunk)) break;
    progress();
  }
  if (reading()) await guarded(guard.end());
  if (reading()) {
    const rest = check();
    if (rest === null) {
      await finishParts(false);
      if (reading()) stopForEncoding();
    } else {
      await take(rest);
      await finishParts(true);
    }
  }
  // Parts sent before a stop are settled before the file ends.
  await mergeAll();
  if (failure !== undefined && !stopped) {
    const code = failure.code === 'CSV_QUOTE_NOT_CLOSED' ? 'truncated' : 'csv-malformed';
    const message = failure.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed: a double quote is missing (or the file is truncated)' : `malformed CSV: ${failure.message}`;
    inputProblem(failure.line, { code, message });
  }
  if (!header && bytesRead > 0 && !stopped && failure === undefined) inputProblem(undefined, { code: 'empty-input', message: 'the file holds no header row' });
  endInput(ledger, run, input, rows.table?.name);
};
