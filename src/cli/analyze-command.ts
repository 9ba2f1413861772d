/** `retold analyze`: the main job. */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { analyze } from '../index.js';
import { openSqliteStore } from '../store/index.js';
import { createProgress } from './progress.js';
import { formatFromPath, parseByteSize, parsePositiveInt, writeReportFile } from './shared.js';
import { loadCorpus, loadDossier, renderSummary, toAnalyzeJson, type Dossier } from '../report/index.js';

/** Registers `analyze` on the program. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('read news coverage, find who said what, group it into stories, and store it')
    .argument('<inputs...>', 'files or directories (searched recursively); - reads stdin')
    .option('--db <file>', 'SQLite store to add to (created if missing)', 'retold.db')
    .option('--json <file>', 'also write everything in the store as one JSON document')
    .option('--report <file>', 'also write the dossier of every story (.html, .md or .json by extension)')
    .option('--max-bytes <size>', 'skip input files larger than this (e.g. 10MB, 500kB)', '10MB')
    .option('--batch-size <n>', 'articles analysed and stored together; smaller uses less memory', parsePositiveInt, 2000)
    .option('-q, --quiet', 'print only problems, not the summary')
    .addHelpText(
      'after',
      `
Formats are recognised by content: plain text (first line is the title), HTML, JSON,
JSONL ({id?, url?, title?, text?|html?, published?, outlet?, language?} per line),
RSS/Atom feeds, WARC/WARC.gz, and any of them gzipped. Re-analysing an article that is
already stored (same id, URL or text) is skipped, so runs can be repeated safely.

Exit codes: 0 all inputs read, 1 some inputs failed (each is listed), 2 usage error.

Examples:
  $ retold analyze samples/corpus
  $ retold analyze coverage/ feed.xml --db legend.db --report dossier.html
  $ cat articles.jsonl | retold analyze - --json out.json`,
    )
    .action(async (inputs: string[], opts: { db: string; json?: string; report?: string; maxBytes: string; batchSize: number; quiet?: boolean }) => {
      const maxBytes = parseByteSize(opts.maxBytes, '--max-bytes');
      // Checked before the analysis, which may take long.
      const report = opts.report ? { path: opts.report, format: formatFromPath(opts.report, '--report') } : null;
      const store = openSqliteStore(opts.db);
      const progress = createProgress();
      try {
        const t0 = performance.now();
        const result = await analyze(inputs, { store, ingest: { maxBytes }, batchSize: opts.batchSize, onProgress: progress.onProgress });
        progress.done();
        const seconds = (performance.now() - t0) / 1000;
        const stats = await store.stats();
        const stories = await store.listStories();
        const dossiers = (await Promise.all(stories.map((s) => loadDossier(store, s.id)))).filter((d): d is Dossier => d !== null);
        if (opts.json) await writeFile(opts.json, JSON.stringify(toAnalyzeJson(await loadCorpus(store)), null, 2) + '\n');
        if (report) await writeReportFile(report.path, report.format, dossiers);
        if (!opts.quiet) {
          console.log(
            `retold: ${result.articles} new article(s), ${result.quotes} quote(s) in ${seconds.toFixed(1)} s; ` +
              `store ${opts.db} now holds ${stats.articles} articles, ${stats.stories} stories, ${stats.people} people named`,
          );
          console.log(renderSummary(dossiers, { reportPath: opts.report ?? null }));
        }
        if (result.failed.length > 0) {
          console.error(`retold analyze: ${result.failed.length} input(s) failed:`);
          for (const f of result.failed) console.error(`  ${f.source}: ${f.reason}${f.rule === 'ingest/too-large' ? ' (raise --max-bytes to read it)' : ''}`);
          process.exitCode = 1;
        }
      } finally {
        await store.close();
      }
    });
}
