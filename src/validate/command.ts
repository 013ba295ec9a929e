/**
 * The `china-st-meetings` command: its arguments, its output and its exit code, given where the
 * output goes (cli.ts gives the process's own streams; the tests give strings).
 *
 * Exit codes: 0 every record valid; 1 some data invalid; 2 usage error, unreadable input or an
 * output that cannot be written; 3 an internal error (a bug: please report it).
 */
import { parseArgs } from 'node:util';
import { definedOnly } from './defined.ts';
import { InputError, schemas, tables, validateFiles, type InputFormat, type SchemaName, type ValidationReport } from './index.ts';
import { escapeControls, escapeControlsInJson, issueLine, noteLine, summaryLine } from './report-text.ts';

/** Where the command's output goes. */
export interface CommandIo {
  /** Writes to standard output; rejects with an OutputError when the text cannot be written. */
  out(text: string): Promise<void>;
  /** Writes to standard error. */
  err(text: string): void;
  /** Whether standard error is a terminal (the progress line shows only there). */
  readonly errIsTerminal: boolean;
  /** Called with the files before they are validated (the process sets its own memory from their sizes). */
  beforeValidate?(files: readonly string[]): Promise<void>;
}

const USAGE = `Usage:
  china-st-meetings validate [options] FILE...   check JSON, NDJSON or CSV files (- reads standard input)
  china-st-meetings schemas                      list the schemas and CSV tables
  china-st-meetings --help | --version

Options for validate:
  --schema NAME       the schema the records follow (default: the schema a file is named after, as in
                      people.json, else meeting); see \`china-st-meetings schemas\`
  --format FORMAT     json, ndjson or csv (default: from the file extension)
  --table NAME        CSV only: the table the rows belong to (default: from the file name or header)
  --json              print a machine-readable JSON report instead of lines for people
  --max-errors N      collect at most N errors (default: 100); records are still all counted
  --quiet             print only the summary line
  --threads N         threads that check NDJSON files (default: for a file of 64 MiB or more,
                      one more for each core found idle, at most 4; 1 checks in one thread;
                      at most 16)
  --no-progress       no progress indicator on standard error

Exit codes: 0 all valid, 1 some data invalid, 2 usage error or unreadable input (or an output
that cannot be written), 3 internal error.`;

const EXIT = { valid: 0, invalid: 1, usage: 2, internal: 3 } as const;

class UsageError extends Error {}

/** Standard output could not take the report (a full disk, /dev/full, a pipe that failed). */
export class OutputError extends Error {}

/** A progress line on standard error, for large inputs on a terminal only. */
const progressReporter = (io: CommandIo, enabled: boolean) => {
  if (!enabled || !io.errIsTerminal) return { onProgress: undefined, done: () => {} };
  let shown = false;
  const megabytes = (bytes: number) => `${Math.round(bytes / 1_048_576).toLocaleString('en-US')} MB`;
  return {
    onProgress: (bytes: number, total: number | undefined) => {
      if (total !== undefined && total < 32 * 1_048_576) return;
      shown = true;
      const percent = total === undefined || total === 0 ? '' : ` ${Math.floor((bytes / total) * 100)}%`;
      io.err(`\rvalidating…${percent} ${megabytes(bytes)}${total === undefined ? '' : ` of ${megabytes(total)}`}   `);
    },
    done: () => {
      if (shown) io.err('\r\u001b[K');
    },
  };
};

const parsePositiveInteger = (text: string, option: string) => {
  if (!/^[1-9][0-9]*$/u.test(text)) throw new UsageError(`${option} takes a whole number of at least 1, not "${text}"`);
  return Number(text);
};

/** parseArgs's own messages speak of Node's API; say the same in this tool's words. */
const withFriendlyErrors = <T>(args: readonly string[], parse: () => T): T => {
  try {
    return parse();
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ]*)/u.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option ?? message}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // parseArgs takes `--threads -1` for an option without its value: the value was there, and is wrong.
      const value = option === undefined ? undefined : args[args.indexOf(option) + 1];
      if (value !== undefined && /^-[0-9.]/u.test(value)) throw new UsageError(`${option} takes a whole number of at least 1, not "${escapeControls(value)}"`);
      throw new UsageError(`${option ?? 'an option'} needs a value, written after it (as in --max-errors 10)`);
    }
    throw error;
  }
};

const runValidate = async (args: string[], io: CommandIo): Promise<number> => {
  if (args.includes('--help') || args.includes('-h')) {
    await io.out(`${USAGE}\n`);
    return EXIT.valid;
  }
  const { values, positionals } = withFriendlyErrors(args, () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        schema: { type: 'string' },
        format: { type: 'string' },
        table: { type: 'string' },
        json: { type: 'boolean' },
        'max-errors': { type: 'string' },
        quiet: { type: 'boolean' },
        threads: { type: 'string' },
        'no-progress': { type: 'boolean' },
      },
    }),
  );
  if (positionals.length === 0) throw new UsageError('name at least one FILE to validate (- reads standard input)');
  if (values.table !== undefined && values.format !== undefined && values.format !== 'csv') throw new UsageError('--table applies to CSV only');
  const maxErrors = values['max-errors'] === undefined ? undefined : parsePositiveInteger(values['max-errors'], '--max-errors');
  const threads = values.threads === undefined ? undefined : parsePositiveInteger(values.threads, '--threads');
  const progress = progressReporter(io, values['no-progress'] !== true && values.json !== true);
  await io.beforeValidate?.(positionals);
  let report: ValidationReport;
  try {
    const { schema, format, table } = values;
    const { onProgress } = progress;
    report = await validateFiles(positionals, definedOnly({ schema: schema as SchemaName, format: format as InputFormat, table, maxErrors, threads, onProgress }));
  } finally {
    progress.done();
  }
  const lines: string[] = [];
  if (values.json === true) lines.push(escapeControlsInJson(JSON.stringify(report, null, 2)));
  else {
    if (values.quiet !== true) {
      for (const issue of report.errors) lines.push(issueLine(issue));
      for (const note of report.notes) lines.push(noteLine(note));
    }
    lines.push(summaryLine(report, ' (raise --max-errors for more)'));
  }
  await io.out(`${lines.join('\n')}\n`);
  return report.valid ? EXIT.valid : EXIT.invalid;
};

const listSchemas = async (io: CommandIo) => {
  const lines = ['Schemas (--schema):'];
  for (const schema of schemas()) lines.push(`  ${schema.name.padEnd(16)} ${schema.title}: ${schema.description}`);
  lines.push('CSV tables (--table):');
  for (const table of tables()) {
    lines.push(`  ${table.name.padEnd(29)} ${table.parent === undefined ? `one row per ${table.recordKind} record` : `rows that belong to ${table.parent} rows, by ${table.parentKeyColumns.join(' + ')}`}`);
  }
  await io.out(`${lines.join('\n')}\n`);
  return EXIT.valid;
};

/** Runs the command; resolves to its exit code. */
export const runCommand = async (argv: string[], io: CommandIo): Promise<number> => {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.err(`${USAGE}\n`);
      return EXIT.usage;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      await io.out(`${USAGE}\n`);
      return EXIT.valid;
    }
    if (!['validate', 'schemas', '--version', '-v'].includes(command)) throw new UsageError(`unknown command "${command}"`);
    if (rest.length > 0 && command !== 'validate') throw new UsageError(`${command} takes no arguments (got ${rest.join(' ')})`);
    if (command === '--version' || command === '-v') {
      await io.out(`${__PACKAGE_VERSION__}\n`);
      return EXIT.valid;
    }
    if (command === 'schemas') return await listSchemas(io);
    return await runValidate(rest, io);
  } catch (error) {
    if (error instanceof OutputError) {
      io.err(`china-st-meetings: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof InputError) {
      io.err(`china-st-meetings: ${escapeControls((error as Error).message)}\n`);
      if (!(error instanceof InputError)) io.err('Run `china-st-meetings --help` for usage.\n');
      return EXIT.usage;
    }
    io.err(`china-st-meetings: internal error: ${escapeControls((error as Error).message ?? String(error))}\nPlease report this with the command you ran.\n`);
    return EXIT.internal;
  }
};

declare const __PACKAGE_VERSION__: string;
