#!/usr/bin/env node
/**
 * The `retold` command line. Exit codes: 0 success, 1 some inputs failed (each named),
 * 2 usage error (bad option, missing file, unknown command).
 */
import { CommanderError } from 'commander';
import { createProgram } from './program.js';
import { UsageError } from './errors.js';

/** Runs the CLI and returns its exit code. Errors in how it was called exit 2. */
export async function main(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
    }
    // Usage and configuration mistakes (TypeError from a stage, by house style) carry a
    // "retold …" message, as does a --db file the store cannot use (not SQLite, another
    // program's, written by a newer Retold); anything else is a bug and keeps its stack.
    if (error instanceof UsageError || (error instanceof TypeError && error.message.startsWith('retold')) || (error instanceof Error && error.message.startsWith('retold store: cannot open'))) {
      console.error(error.message);
      return 2;
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}

// `retold report | head`: a reader that stops early closes the pipe; that ends the output,
// it is no error to report with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv);
