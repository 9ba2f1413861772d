/** `retold quotes`: the attribution stage on JSONL, in the PolNeAR schema. */
import type { Command } from 'commander';
import { attributeText, isCredited, toPolnearRecord, type PolnearRecord } from '../attribution/index.js';
import { extractHtml, findBoilerplateLines } from '../clean/index.js';
import type { Span } from '../model.js';
import { FIELD_NAMES } from '../ingest/field-names.js';
import { openJsonlWriter, readJsonl, stringField } from './jsonl.js';

/**
 * The title span of a text whose first line is its title, as in plain-text articles: a
 * first line followed by a blank line, or the given `title` when the text starts with it.
 */
export function leadingTitle(text: string, title: string | null): Span | null {
  if (title && text.startsWith(title)) return { start: 0, end: title.length };
  const m = /^[^\n]{1,300}(?=\r?\n[ \t\u00a0]*\r?\n)/.exec(text);
  return m ? { start: 0, end: m[0].length } : null;
}

/** What a record may say about its text besides the text. */
export interface TextFacts {
  title: string | null;
  published: string | null;
  outlet: string | null;
}

/**
 * The PolNeAR record `retold quotes` writes for one text: the credited attributions (a
 * quotation credited to nobody is not a PolNeAR relation), none inside a boilerplate line.
 * A text given no publication date is dated by the dates it states (`said-when.ts`).
 */
export function quotesRecord(id: string, text: string, facts: TextFacts): PolnearRecord {
  const exclude = findBoilerplateLines(text).map((b) => b.span);
  const drafts = attributeText(text, { published: facts.published, title: leadingTitle(text, facts.title), exclude, outlet: facts.outlet });
  return toPolnearRecord(id, text, drafts.filter(isCredited));
}

/** Registers `quotes` on the program. */
export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('find who said what in each article of a JSONL file (no store needed)')
    .requiredOption('--input <file>', 'JSONL, one article per line: {id?, text | html, title?, published?, outlet?} (or news-please / PolNeAR field names); - for stdin')
    .option('--output <file>', 'JSONL output (default stdout)')
    .addHelpText(
      'after',
      `
Each output line is {"id", "attributions": [{"source", "cue", "content", "speaker",
"kind", "occasion", "said_when"}]}, where source/cue/content are lists of
{start, end, text} with offsets into the input "text" exactly as given (UTF-16, as
JavaScript's String.slice). The schema is PolNeAR's, so attribution scorers read it.
Quoted phrases credited to nobody (scare quotes, titles of works) are not attributions
and are left out; \`retold analyze\` keeps them as fragments.
When a line has "html" and no "text", offsets point into the extracted text, which is
written to the output line as "text".

Examples:
  $ retold quotes --input articles.jsonl --output quotes.jsonl
  $ echo '{"id":"a","text":"\\"We will win,\\" said Mara Quist."}' | retold quotes --input -`,
    )
    .action(async (opts: { input: string; output?: string }) => {
      const out = openJsonlWriter(opts.output);
      let bad = 0;
      for await (const item of readJsonl(opts.input)) {
        if (!item.ok) {
          console.error(`retold quotes: ${item.where}: ${item.reason}; line skipped`);
          bad++;
          continue;
        }
        const record = item.value;
        // The same field names `retold analyze` reads (news-please, schema.org, PolNeAR's `date`).
        const field = (name: keyof typeof FIELD_NAMES): string | null => {
          for (const key of FIELD_NAMES[name]) {
            const v = stringField(record, key);
            if (v !== null) return v;
          }
          return null;
        };
        const id = field('id') ?? `line-${item.line}`;
        let text = field('text');
        let title = field('title');
        const html = field('html');
        let extracted = false;
        if (text === null && html !== null) {
          const page = extractHtml(html, field('url'));
          title = title ?? page.title;
          text = page.title ? `${page.title}\n\n${page.text}` : page.text;
          extracted = true;
        }
        if (text === null) {
          console.error(`retold quotes: ${opts.input}:${item.line}: expected a "text" or "html" string, found neither; line skipped`);
          bad++;
          continue;
        }
        const facts = { title, published: field('published'), outlet: field('outlet') };
        await out.write({ ...quotesRecord(id, text, facts), ...(extracted ? { text } : {}) });
      }
      await out.close();
      if (bad > 0) process.exitCode = 1;
    });
}
