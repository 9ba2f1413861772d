/** The `retold` program: every command, with help and examples. */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerAnalyze } from './analyze-command.js';
import { registerReport } from './report-command.js';
import { registerQuotes } from './quotes-command.js';
import { registerExtract } from './extract-command.js';
import { registerServe } from './serve-command.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Builds the program; exported so tests can run commands in-process. */
export function createProgram(): Command {
  const program = new Command('retold')
    .version(pkg.version)
    .description('Who said what in the news, where and when it was first said, and how every outlet retold it.')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      `
Start here:
  $ retold analyze samples/corpus --report dossier.html   # read a corpus, write a dossier
  $ retold serve                                   # browse it at http://127.0.0.1:8080
  $ retold <command> --help                        # every command has examples`,
    );
  registerAnalyze(program);
  registerReport(program);
  registerQuotes(program);
  registerExtract(program);
  registerServe(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

