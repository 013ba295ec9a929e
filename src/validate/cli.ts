#!/usr/bin/env node
/**
 * The `china-st-meetings` command.
 *
 * Exit codes: 0 every record valid; 1 some data invalid; 2 usage error, unreadable input or an
 * output that cannot be written;
 * 3 an internal error (a bug: please report it).
 */
import { parseArgs } from 'node:util';
import { InputError, schemas, tables, validateFiles, type InputFormat, type SchemaName, type ValidationReport } from './index.ts';
import { boundYoungGenerationFor } from './cli-memory.ts';
import { escapeControls, escapeControlsInJson, issueLine, noteLine, summaryLine } from './report-text.ts';

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
  --threads N         threads that check NDJSON files (default: one per core, at most 4, for
                      files of 16 MiB or more whose ids fit beside them; 1 checks in one
                      thread; at most 16)
  --no-progress       no progress indicator on standard error

Exit codes: 0 all valid, 1 some data invalid, 2 usage error or unreadable input (or an output
that cannot be written), 3 internal error.`;

const EXIT = { valid: 0, invalid: 1, usage: 2, internal: 3 } as const;

class UsageError extends Error {}

/** Standard output could not take the report (a full disk, /dev/full, a pipe that failed). */
class OutputError extends Error {}

/**
 * Writes to standard output and waits until the text is taken: an error fails the run (exit 2)
 * instead of going unseen. A reader that went away (`| head`) is not an error.
 */
const writeOut = (text: string): Promise<void> =>
  new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => {
      if (error === undefined || error === null || (error as NodeJS.ErrnoException).code === 'EPIPE') resolve();
      else reject(new OutputError(`cannot write to standard output (${(error as NodeJS.ErrnoException).code ?? error.message}); the report is lost`));
    });
  });

const write = (text: string) => writeOut(`${text}\n`);

/** A progress line on standard error, for large inputs on a terminal only. */
const progressReporter = (enabled: boolean) => {
  if (!enabled || !process.stderr.isTTY) return { onProgress: undefined, done: () => {} };
  let shown = false;
  const megabytes = (bytes: number) => `${Math.round(bytes / 1_048_576).toLocaleString('en-US')} MB`;
  return {
    onProgress: (bytes: number, total: number | undefined) => {
      if (total !== undefined && total < 32 * 1_048_576) return;
      shown = true;
      const percent = total === undefined || total === 0 ? '' : ` ${Math.floor((bytes / total) * 100)}%`;
      process.stderr.write(`\rvalidating…${percent} ${megabytes(bytes)}${total === undefined ? '' : ` of ${megabytes(total)}`}   `);
    },
    done: () => {
      if (shown) process.stderr.write('\r\u001b[K');
    },
  };
};

const parsePositiveInteger = (text: string, option: string) => {
  if (!/^[1-9][0-9]*$/u.test(text)) throw new UsageError(`${option} takes a whole number of at least 1, not "${text}"`);
  return Number(text);
};

/** parseArgs's own messages speak of Node's API; say the same in this tool's words. */
const withFriendlyErrors = <T>(parse: () => T): T => {
  try {
    return parse();
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ]*)/u.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option ?? message}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`${option ?? 'an option'} needs a value, written after it (as in --max-errors 10)`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(message);
    throw error;
  }
};

const runValidate = async (args: string[]): Promise<number> => {
  if (args.includes('--help') || args.includes('-h')) {
    await write(USAGE);
    return EXIT.valid;
  }
  const { values, positionals } = withFriendlyErrors(() =>
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
  const { schema } = values;
  if (schema !== undefined && !schemas().some((candidate) => candidate.name === schema)) {
    throw new UsageError(`unknown schema "${schema}"; use one of: ${schemas().map((candidate) => candidate.name).join(', ')}`);
  }
  if (values.format !== undefined && !['json', 'ndjson', 'csv'].includes(values.format)) {
    throw new UsageError(`unknown format "${values.format}"; use json, ndjson or csv`);
  }
  if (values.table !== undefined && values.format !== undefined && values.format !== 'csv') {
    throw new UsageError('--table applies to CSV only');
  }
  if (values.table !== undefined && !tables().some((table) => table.name === values.table)) {
    throw new UsageError(`unknown table "${values.table}"; use one of: ${tables().map((table) => table.name).join(', ')}`);
  }
  const maxErrors = values['max-errors'] === undefined ? undefined : parsePositiveInteger(values['max-errors'], '--max-errors');
  const threads = values.threads === undefined ? undefined : parsePositiveInteger(values.threads, '--threads');
  const progress = progressReporter(values['no-progress'] !== true && values.json !== true);
  await boundYoungGenerationFor(positionals);
  let report: ValidationReport;
  try {
    report = await validateFiles(positionals, {
      ...(schema === undefined ? {} : { schema: schema as SchemaName }),
      ...(values.format === undefined ? {} : { format: values.format as InputFormat }),
      ...(values.table === undefined ? {} : { table: values.table }),
      ...(maxErrors === undefined ? {} : { maxErrors }),
      ...(threads === undefined ? {} : { threads }),
      ...(progress.onProgress === undefined ? {} : { onProgress: progress.onProgress }),
    });
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
  await write(lines.join('\n'));
  return report.valid ? EXIT.valid : EXIT.invalid;
};

const listSchemas = async () => {
  const lines = ['Schemas (--schema):'];
  for (const schema of schemas()) lines.push(`  ${schema.name.padEnd(16)} ${schema.title}: ${schema.description}`);
  lines.push('CSV tables (--table):');
  for (const table of tables()) {
    lines.push(`  ${table.name.padEnd(29)} ${table.parent === undefined ? `one row per ${table.recordKind} record` : `rows that belong to ${table.parent} rows, by ${table.parentKeyColumns.join(' + ')}`}`);
  }
  await write(lines.join('\n'));
  return EXIT.valid;
};

export const main = async (argv: string[]): Promise<number> => {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      process.stderr.write(`${USAGE}\n`);
      return EXIT.usage;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      await write(USAGE);
      return EXIT.valid;
    }
    if (!['validate', 'schemas', '--version', '-v'].includes(command)) throw new UsageError(`unknown command "${command}"`);
    if (rest.length > 0 && command !== 'validate') throw new UsageError(`${command} takes no arguments (got ${rest.join(' ')})`);
    if (command === '--version' || command === '-v') {
      await write(__PACKAGE_VERSION__);
      return EXIT.valid;
    }
    if (command === 'schemas') return await listSchemas();
    if (command === 'validate') return await runValidate(rest);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof OutputError) {
      process.stderr.write(`china-st-meetings: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`china-st-meetings: ${escapeControls((error as Error).message)}\n`);
      if (!(error instanceof InputError)) process.stderr.write('Run `china-st-meetings --help` for usage.\n');
      return EXIT.usage;
    }
    process.stderr.write(`china-st-meetings: internal error: ${escapeControls((error as Error).message ?? String(error))}\nPlease report this with the command you ran.\n`);
    return EXIT.internal;
  }
};

declare const __PACKAGE_VERSION__: string;

// A reader that goes away (`| head`) is not an error. Other write errors fail the write that met
// them (writeOut); this keeps them from also surfacing as an unhandled 'error' event.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
