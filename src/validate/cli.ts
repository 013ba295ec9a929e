#!/usr/bin/env node
/**
 * The `china-st-meetings` command as a process (command.ts is the command itself): standard output
 * is written with its errors caught, a reader that went away (`| head`) is not an error and does not
 * change the exit code (the verdict's), standard error that cannot be written changes nothing, and
 * large inputs set the process's memory (cli-memory.ts).
 */
import { boundYoungGenerationFor } from './cli-memory.ts';
import { OutputError, runCommand } from './command.ts';

/** Writes to standard output and waits until the text is taken: an error fails the run (exit 2) instead of going unseen. */
const out = (text: string): Promise<void> =>
  new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => {
      if (error === undefined || error === null || (error as NodeJS.ErrnoException).code === 'EPIPE') resolve();
      else reject(new OutputError(`cannot write to standard output (${(error as NodeJS.ErrnoException).code ?? error.message}); the report is lost`));
    });
  });

// A write error fails the write that met them (out), or is EPIPE (the reader went away: the verdict
// still sets the exit code). This keeps them from also surfacing as an unhandled 'error' event,
// which would exit 1, as if the data were invalid.
process.stdout.on('error', () => undefined);
// Nothing can be said where standard error cannot be written (2>/dev/full): the exit code says it.
process.stderr.on('error', () => undefined);

process.exitCode = await runCommand(process.argv.slice(2), {
  out,
  err: (text) => process.stderr.write(text),
  errIsTerminal: process.stderr.isTTY === true,
  beforeValidate: boundYoungGenerationFor,
});
