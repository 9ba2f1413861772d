/** `retold report`: write the dossier of stored stories as Markdown, JSON or HTML. */
import { writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { openSqliteStore } from '../store/index.js';
import { loadDossier, type Dossier } from '../report/index.js';
import { formatFromPath, renderReport, type ReportFormat } from './shared.js';
import { UsageError } from './errors.js';

/** Registers `report` on the program. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write the dossier of one story, or of all, from the store')
    .option('--db <file>', 'SQLite store to read', 'retold.db')
    .option('--story <id>', 'only this story (see the ids in `retold report --format md`)')
    .addOption(new Option('--format <format>', 'output format (default: from --out extension, else md)').choices(['md', 'json', 'html']))
    .option('--out <file>', 'write to this file instead of stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ retold report                                  # Markdown of every story to stdout
  $ retold report --format html --out dossier.html # one self-contained HTML file
  $ retold report --story s-1a2b3c --format json`,
    )
    .action(async (opts: { db: string; story?: string; format?: ReportFormat; out?: string }) => {
      if (!existsSync(opts.db)) throw new UsageError(`retold report: cannot read ${opts.db}: no such store (run \`retold analyze\` first)`);
      const format: ReportFormat = opts.format ?? (opts.out ? formatFromPath(opts.out, '--out') : 'md');
      const store = openSqliteStore(opts.db, { readonly: true, upgrade: true });
      try {
        const ids = opts.story ? [opts.story] : (await store.listStories()).map((s) => s.id);
        const dossiers = (await Promise.all(ids.map((id) => loadDossier(store, id)))).filter((d): d is Dossier => d !== null);
        if (opts.story && dossiers.length === 0) throw new UsageError(`retold report: no story "${opts.story}" in ${opts.db}`);
        const text = renderReport(dossiers, format);
        if (opts.out) {
          await writeFile(opts.out, text);
          console.error(`retold report: wrote ${dossiers.length} stor${dossiers.length === 1 ? 'y' : 'ies'} to ${opts.out}`);
        } else process.stdout.write(text);
      } finally {
        await store.close();
      }
    });
}
