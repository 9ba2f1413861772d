/**
 * Scores the whole `analyze` pipeline on the invented multi-story, multi-language corpus in
 * eval/coverage-corpus/ (articles/ and gold.json; see its README.md), the way the held-out
 * check on real coverage is stated:
 *
 * - story grouping: B³ precision, recall and F1 of the predicted stories (target F1 ≥ 0.95);
 * - occurrence recall for English occurrences (target ≥ 0.95). A gold occurrence is
 *   recalled when (a) one predicted quote of its article covers at least half of its words
 *   (by position, so the headline and body renderings of one quote stay apart) and (b) that
 *   quote's occurrence sits in the *home* group of its gold group: the predicted quote group
 *   holding most of the gold group's found occurrences (all languages count; a tie goes to
 *   the group of the earlier-listed occurrence, the original rendering);
 * - drift label accuracy over recalled occurrences, all languages (target ≥ 0.9);
 * - copy links found / expected (direction and kind must match) and extra links;
 * - side checks that carry no target: the speaker of each home group and of each found
 *   quote, recall outside English, and the recycled flag.
 *
 * Every miss is printed with the article, the words and the stage that lost it.
 *
 *   node --import tsx scripts/eval-coverage-corpus.ts [--corpus DIR] [--batch-size N] [--json]
 *
 * Exits 1 when a target is unmet. `scoreCoverageCorpus` is exported for the test.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze, openSqliteStore } from '../src/index.js';
import { loadCorpus } from '../src/report/index.js';
import { groupBy } from '../src/group-by.js';
import { bCubed, splitsAndMerges } from './b-cubed.js';
import type { Article, Corpus, Occurrence, Quote, QuoteGroup } from '../src/model.js';

interface GoldOccurrence {
  file: string;
  text: string;
  drift: string;
  kind: string;
  language: string;
  recycled?: boolean;
}
interface GoldGroup {
  id: string;
  story: string;
  speaker: string;
  utterance: string;
  occurrences: GoldOccurrence[];
}
interface Gold {
  articles: { file: string; story: string }[];
  quote_groups: GoldGroup[];
  copies: { from: string; to: string; kind: string }[];
}

/** One gold occurrence as the pipeline saw it. */
export interface OccurrenceResult {
  group: string;
  file: string;
  text: string;
  language: string;
  kind: string;
  expectedDrift: string;
  expectedRecycled: boolean;
  /** Share of the gold words the best predicted quote covers (0 when none). */
  coverage: number;
  quote: Quote | null;
  occurrence: Occurrence | null;
  predictedGroup: QuoteGroup | null;
  recalled: boolean;
}

/** A failure, grouped by the stage it points at. */
export interface Miss {
  cause: 'story' | 'attribution' | 'grouping' | 'drift' | 'speaker' | 'copy' | 'recycled';
  message: string;
}

export interface CoverageCorpusScore {
  articles: number;
  stories: { precision: number; recall: number; f1: number; predicted: number; gold: number };
  englishRecall: { recalled: number; total: number; rate: number };
  otherRecall: { recalled: number; total: number; rate: number };
  drift: { right: number; total: number; rate: number; englishRate: number };
  copies: { found: number; expected: number; extra: number };
  occurrences: OccurrenceResult[];
  misses: Miss[];
}

export const CORPUS_DIR = join(import.meta.dirname, '..', 'eval', 'coverage-corpus');
/** The held-out targets. */
export const TARGETS = { storyF1: 0.95, englishRecall: 0.95, driftAccuracy: 0.9 };

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const round = (x: number) => Math.round(x * 1000) / 1000;
const clip = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** Surname of a name, lowercased, for lenient speaker comparison ("Mayor Marrow" ~ "Ansel Marrow"). */
const surname = (name: string) => name.trim().split(/\s+/).pop()!.toLowerCase();

/** Words of `text[start, end)` with their offsets in `text`. */
function wordsIn(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.slice(start, end).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/**
 * Where the gold text sits in the stored article: a headline occurrence in the title, any
 * other after it (the headline may repeat body words, e.g. 'on paper now, signed and stamped').
 */
function locate(article: Article, o: GoldOccurrence): number {
  if (o.kind === 'headline') return article.text.slice(0, article.titleSpan.end).indexOf(o.text);
  return article.text.indexOf(o.text, article.titleSpan.end);
}

/**
 * The predicted quote of the article covering most of the gold words, and that share; of
 * equal covers, the tightest (fewest characters), since the attribution stage sometimes
 * emits a second, wider quote over the same words. `covering` counts the quotes that
 * cover half or more, so such duplicates can be reported.
 */
function bestQuote(article: Article, quotes: readonly Quote[], start: number, end: number): { quote: Quote | null; coverage: number; covering: number } {
  const words = wordsIn(article.text, start, end);
  const length = (q: Quote) => q.content.reduce((n, s) => n + s.end - s.start, 0);
  let best: { quote: Quote | null; coverage: number; covering: number } = { quote: null, coverage: 0, covering: 0 };
  for (const q of quotes) {
    const covered = words.filter((w) => q.content.some((s) => s.start <= w.start && w.end <= s.end)).length;
    const coverage = ratio(covered, words.length);
    if (coverage >= 0.5) best.covering++;
    if (coverage > best.coverage || (coverage === best.coverage && best.quote && coverage > 0 && length(q) < length(best.quote))) {
      best = { ...best, quote: q, coverage };
    }
  }
  return best;
}

/**
 * Analyses `dir/articles` into an in-memory store and scores it against `dir/gold.json`.
 * @param batchSize documents per `analyze` batch (default: all in one); smaller batches
 * exercise the incremental path, where later articles find their story through store keys
 */
export async function scoreCoverageCorpus(dir: string = CORPUS_DIR, batchSize?: number): Promise<CoverageCorpusScore> {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const articlesDir = join(dir, 'articles');
  const store = openSqliteStore(':memory:');
  const run = await analyze([articlesDir], { store, batchSize });
  const corpus: Corpus = await loadCorpus(store);
  await store.close();
  if (run.failed.length > 0) throw new TypeError(`eval-coverage-corpus: could not read ${run.failed.map((f) => `${f.source} (${f.reason})`).join(', ')}`);

  const byFile = new Map<string, Article>(corpus.articles.map((a) => [relative(articlesDir, a.source), a]));
  const fileOf = new Map<string, string>([...byFile].map(([file, a]) => [a.id, file]));
  const article = (file: string): Article => {
    const a = byFile.get(file);
    if (!a) throw new TypeError(`eval-coverage-corpus: gold names ${file}, but no article was made from it`);
    return a;
  };
  const quotesByArticle = groupBy(corpus.quotes, (q) => q.articleId);
  const groupOfQuote = new Map<string, { group: QuoteGroup; occurrence: Occurrence }>();
  for (const group of corpus.quoteGroups) for (const occurrence of group.occurrences) groupOfQuote.set(occurrence.quoteId, { group, occurrence });
  const storyOf = new Map<string, string>();
  for (const s of corpus.stories) for (const id of s.articleIds) storyOf.set(id, s.id);
  const personName = new Map(corpus.people.map((p) => [p.id, p.name]));
  const misses: Miss[] = [];

  // Stories: B³ over the gold articles, then every split and merge spelled out.
  const truth = new Map(gold.articles.map((a) => [a.file, a.story]));
  const predicted = new Map(gold.articles.map((a) => [a.file, storyOf.get(article(a.file).id) ?? `none:${a.file}`]));
  const stories = bCubed(predicted, truth);
  const { splits, merges } = splitsAndMerges(predicted, truth);
  for (const x of splits) {
    misses.push({ cause: 'story', message: `split: gold story ${x.label} is in ${x.pieces.length} predicted stories: ${x.pieces.map((p) => `[${p.join(', ')}]`).join(' ')}` });
  }
  for (const x of merges) misses.push({ cause: 'story', message: `merge: one predicted story holds gold stories ${x.labels.join(', ')}: ${x.ids.join(', ')}` });

  // Occurrences: find each gold occurrence's quote, then its group.
  const occurrences: OccurrenceResult[] = [];
  for (const g of gold.quote_groups) {
    const found = g.occurrences.map((o): OccurrenceResult => {
      const a = article(o.file);
      const start = locate(a, o);
      if (start < 0) throw new TypeError(`eval-coverage-corpus: "${clip(o.text)}" (${g.id}) is not in the stored text of ${o.file}`);
      const { quote, coverage, covering } = bestQuote(a, quotesByArticle.get(a.id) ?? [], start, start + o.text.length);
      if (covering > 1) misses.push({ cause: 'attribution', message: `${g.id} in ${o.file}: ${covering} overlapping quotes cover "${clip(o.text)}" (a duplicate quote; the tightest is scored)` });
      const hit = quote && coverage >= 0.5 ? groupOfQuote.get(quote.id) : undefined;
      return {
        group: g.id, file: o.file, text: o.text, language: o.language, kind: o.kind, expectedDrift: o.drift, expectedRecycled: o.recycled ?? false,
        coverage, quote: coverage >= 0.5 ? quote : null, occurrence: hit?.occurrence ?? null, predictedGroup: hit?.group ?? null, recalled: false,
      };
    });
    // The home group: most of this gold group's found occurrences; ties to the earlier-listed.
    const votes = new Map<string, number>();
    for (const r of found) if (r.predictedGroup) votes.set(r.predictedGroup.id, (votes.get(r.predictedGroup.id) ?? 0) + 1);
    const top = Math.max(0, ...votes.values());
    const home = found.find((r) => r.predictedGroup && votes.get(r.predictedGroup.id) === top)?.predictedGroup ?? null;
    for (const r of found) {
      r.recalled = home !== null && r.predictedGroup?.id === home.id;
      const where = `${g.id} in ${r.file} (${r.language}, ${r.kind}, ${r.expectedDrift}) "${clip(r.text)}"`;
      if (!r.quote) {
        misses.push({ cause: 'attribution', message: `${where}: no quote covers half its words (best ${Math.round(r.coverage * 100)} %)` });
      } else if (!r.predictedGroup) {
        misses.push({ cause: 'grouping', message: `${where}: quote found but in no quote group` });
      } else if (!r.recalled) {
        const sameStory = home && storyOf.get(article(r.file).id) === home.storyId;
        const reason = sameStory ? 'another group of the same story' : 'a group of another story (story split)';
        misses.push({ cause: 'grouping', message: `${where}: in ${reason}, with ${r.predictedGroup.occurrences.length} occurrence(s), speaker ${r.predictedGroup.speakerName}, canonical "${clip(r.predictedGroup.canonical, 50)}"` });
      } else if (r.occurrence!.drift !== r.expectedDrift) {
        misses.push({ cause: 'drift', message: `${where}: labelled ${r.occurrence!.drift}, canonical "${clip(home!.canonical, 60)}"` });
      }
      // Speakers are a side check: the quote's own speaker (resolved person, else local name).
      if (r.quote) {
        const said = (r.quote.personId && personName.get(r.quote.personId)) || r.quote.speaker;
        const source = r.quote.source ? `"${article(r.file).text.slice(r.quote.source.start, r.quote.source.end)}"` : 'none';
        if (!said) misses.push({ cause: 'speaker', message: `${where}: no speaker (source mention ${source}), expected ${g.speaker}` });
        else if (surname(said) !== surname(g.speaker)) misses.push({ cause: 'speaker', message: `${where}: WRONG speaker ${said} (source mention ${source}), expected ${g.speaker}` });
      }
      if (r.occurrence && r.occurrence.recycled !== r.expectedRecycled) {
        misses.push({ cause: 'recycled', message: `${where}: recycled ${r.occurrence.recycled}, expected ${r.expectedRecycled} (group said ${r.predictedGroup?.saidWhen?.value ?? 'unknown'})` });
      }
    }
    if (home && (!home.speakerName || surname(home.speakerName) !== surname(g.speaker))) {
      misses.push({ cause: 'speaker', message: `${g.id}: home group's speaker is ${home.speakerName ?? 'nobody'}, expected ${g.speaker}` });
    }
    occurrences.push(...found);
  }

  // Copies: direction and kind must match; any other link is extra.
  let copiesFound = 0;
  for (const c of gold.copies) {
    const link = corpus.copies.find((l) => l.from === article(c.from).id && l.to === article(c.to).id);
    if (link && link.kind === c.kind) copiesFound++;
    else misses.push({ cause: 'copy', message: `${c.from} → ${c.to} (${c.kind}): ${link ? `found as ${link.kind}` : 'not found'}` });
  }
  const extra = corpus.copies.filter((l) => !gold.copies.some((c) => article(c.from).id === l.from && article(c.to).id === l.to));
  for (const l of extra) misses.push({ cause: 'copy', message: `extra link ${fileOf.get(l.from)} → ${fileOf.get(l.to)} (${l.kind}, ${round(l.sharedRatio)})` });

  const english = occurrences.filter((r) => r.language === 'en');
  const other = occurrences.filter((r) => r.language !== 'en');
  const recalled = occurrences.filter((r) => r.recalled);
  const right = (rs: OccurrenceResult[]) => rs.filter((r) => r.occurrence?.drift === r.expectedDrift).length;
  const count = (rs: OccurrenceResult[]) => ({ recalled: rs.filter((r) => r.recalled).length, total: rs.length, rate: round(ratio(rs.filter((r) => r.recalled).length, rs.length)) });
  return {
    articles: corpus.articles.length,
    stories: { precision: round(stories.precision), recall: round(stories.recall), f1: round(stories.f1), predicted: new Set(predicted.values()).size, gold: new Set(truth.values()).size },
    englishRecall: count(english),
    otherRecall: count(other),
    drift: {
      right: right(recalled),
      total: recalled.length,
      rate: round(ratio(right(recalled), recalled.length)),
      englishRate: round(ratio(right(recalled.filter((r) => r.language === 'en')), recalled.filter((r) => r.language === 'en').length)),
    },
    copies: { found: copiesFound, expected: gold.copies.length, extra: extra.length },
    occurrences,
    misses,
  };
}

/** Recall by one field (kind or expected drift) over English occurrences, for the summary. */
function breakdown(rs: readonly OccurrenceResult[], key: 'kind' | 'expectedDrift'): string {
  const rows = new Map<string, [number, number]>();
  for (const r of rs) {
    const [n, d] = rows.get(r[key]) ?? [0, 0];
    rows.set(r[key], [n + (r.recalled ? 1 : 0), d + 1]);
  }
  return [...rows].map(([k, [n, d]]) => `${k} ${n}/${d}`).join(', ');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { corpus: { type: 'string', default: CORPUS_DIR }, 'batch-size': { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
    throw new TypeError(`eval-coverage-corpus: --batch-size expects a positive integer, found "${values['batch-size']}"`);
  }
  const score = await scoreCoverageCorpus(values.corpus, batchSize);
  const met = {
    storyF1: score.stories.f1 >= TARGETS.storyF1,
    englishRecall: score.englishRecall.rate >= TARGETS.englishRecall,
    driftAccuracy: score.drift.rate >= TARGETS.driftAccuracy,
  };
  if (values.json) {
    console.log(JSON.stringify({ ...score, occurrences: undefined, met }));
  } else {
    const mark = (ok: boolean) => (ok ? 'met' : 'UNMET');
    const english = score.occurrences.filter((r) => r.language === 'en');
    console.log(`eval-coverage-corpus: ${score.articles} articles, ${score.stories.gold} gold stories, ${score.occurrences.length} gold occurrences (${english.length} English)`);
    console.log(`  stories     B³ P ${score.stories.precision} R ${score.stories.recall} F1 ${score.stories.f1} (${score.stories.predicted} predicted)  target ≥ ${TARGETS.storyF1}: ${mark(met.storyF1)}`);
    console.log(`  recall (en) ${score.englishRecall.recalled}/${score.englishRecall.total} = ${score.englishRecall.rate}  target ≥ ${TARGETS.englishRecall}: ${mark(met.englishRecall)}`);
    console.log(`              by kind: ${breakdown(english, 'kind')}`);
    console.log(`              by drift: ${breakdown(english, 'expectedDrift')}`);
    console.log(`  recall (fr/de/es) ${score.otherRecall.recalled}/${score.otherRecall.total} = ${score.otherRecall.rate}`);
    console.log(`  drift       ${score.drift.right}/${score.drift.total} = ${score.drift.rate} of recalled (English only ${score.drift.englishRate})  target ≥ ${TARGETS.driftAccuracy}: ${mark(met.driftAccuracy)}`);
    console.log(`  copies      ${score.copies.found}/${score.copies.expected} found, ${score.copies.extra} extra`);
    for (const cause of ['story', 'attribution', 'grouping', 'drift', 'speaker', 'recycled', 'copy'] as const) {
      const list = score.misses.filter((m) => m.cause === cause);
      if (list.length === 0) continue;
      console.log(`\n${cause} (${list.length}):`);
      for (const m of list) console.log(`  - ${m.message}`);
    }
  }
  process.exit(Object.values(met).every(Boolean) ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
