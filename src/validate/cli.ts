#!/usr/bin/env node
/**
 * The `china-st-meetings` command as a process (command.ts is the command itself): standard output
 * is written with its errors caught, a reader that went away (`| head`) is not an error, and large
 * inputs set the process's memory (cli-memory.ts).
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

// Other write errors fail the write that met them (out); this keeps them from also surfacing as an unhandled 'error' event.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCommand(process.argv.slice(2), {
  out,
  err: (text) => process.stderr.write(text),
  errIsTerminal: process.stderr.isTTY === true,
  beforeValidate: boundYoungGenerationFor,
});
