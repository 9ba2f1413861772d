/** `retold extract`: the HTML extraction stage on JSONL. */
import type { Command } from 'commander';
import { extractHtml } from '../clean/index.js';
import { openJsonlWriter, readJsonl, stringField } from './jsonl.js';

/** Registers `extract` on the program. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract article text and metadata from HTML pages in a JSONL file')
    .requiredOption('--input <file>', 'JSONL, one page per line: {id, html, url?}; - for stdin')
    .option('--output <file>', 'JSONL output (default stdout)')
    .addHelpText(
      'after',
      `
Each output line is {"id", "title", "byline", "published", "outlet", "language", "text"};
the text keeps paragraph breaks as blank lines and drops navigation, captions, credits,
share widgets and related-link blocks.

Example:
  $ retold extract --input pages.jsonl --output articles.jsonl`,
    )
    .action(async (opts: { input: string; output?: string }) => {
      const out = openJsonlWriter(opts.output);
      let bad = 0;
      for await (const item of readJsonl(opts.input)) {
        const html = item.ok ? stringField(item.value, 'html') : null;
        if (!item.ok || html === null) {
          console.error(`retold extract: ${item.ok ? `${opts.input}:${item.line}: expected an "html" string` : `${item.where}: ${item.reason}`}; line skipped`);
          bad++;
          continue;
        }
        const page = extractHtml(html, stringField(item.value, 'url'));
        await out.write({
          id: stringField(item.value, 'id') ?? `line-${item.line}`,
          title: page.title,
          byline: page.byline,
          published: page.published,
          outlet: page.outlet,
          language: page.language,
          text: page.text,
        });
      }
      await out.close();
      if (bad > 0) process.exitCode = 1;
    });
}
