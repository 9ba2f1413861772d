/**
 * Evaluates the cross-article stages (resolve → cluster → align → copies → timeline) on the
 * seed articles and their gold annotations.
 *
 *   node --import tsx scripts/eval-coverage.ts [--seeds DIR] [--quotes PRED.jsonl | --attribute] [--json] [--verbose]
 *
 * Quotes come from gold.json by default (content spans from each gold quote's start/parts,
 * cue, speaker mention, speaker name, said_when, occasion), so the stages are measured
 * independently of attribution. With `--quotes`, quotes come from `retold quotes` output
 * (one line per seed file: {"id": file name, "attributions": [...]}); each gold quote is
 * represented by the predicted quote covering most (≥ 50 %) of its words, as the seed scorer
 * does, and each predicted quote stands for the gold quote holding most (≥ 50 %) of its
 * words, so a gold quote the extractor split in two counts as one occurrence. With
 * `--attribute`, quotes come from the attribute stage itself (`attributeArticle`, as
 * `retold analyze` runs it), matched to gold the same way: this is the end-to-end figure.
 * (`retold quotes` folds cue-less continuations into one PolNeAR record; the pipeline
 * keeps them apart, so the two inputs can differ.)
 *
 * Group scoring is pairwise over quote occurrences:
 * - gold pairs: two members of the same cross_article_group;
 * - predicted pairs: two occurrences in the same predicted group where at least one is a
 *   gold group member. A pair with an occurrence outside every gold group (a near-miss, an
 *   unrelated or unmatched quote) is a false pair; pairs of two non-members are not counted
 *   (gold only annotates cross-article groups);
 * - singletons form no pairs: a gold member left alone only lowers recall;
 * - "core" figures leave out every pair that involves an optional gold quote (the gold
 *   neither rewards nor penalises finding them); "all" figures count them.
 * A gold group is recovered when one predicted group holds all its core members (and at
 * least two gold members) and no member of another gold group.
 *
 * Exits 0 with a note when the seeds directory is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Analysis, Article, EntityMention, Quote, QuoteGroup, QuoteKind, Span } from '../src/model.js';
import { resolvePeople } from '../src/people/index.js';
import { attributeArticle } from '../src/attribution/index.js';
import { alignQuotes, buildTimeline, clusterStories, detectCopies } from '../src/coverage/index.js';

interface GoldQuote {
  id: string;
  kind: QuoteKind;
  content: string;
  start: number;
  parts?: { text: string; start: number }[];
  speaker: string | null;
  speaker_mention: string | null;
  speaker_mention_start: number | null;
  cue: string | null;
  cue_start: number | null;
  occasion: string | null;
  said_when: string | null;
  optional?: boolean;
}
interface GoldArticle {
  file: string;
  outlet_guess: string;
  published_guess: string;
  quotes: GoldQuote[];
}
interface Gold {
  articles: GoldArticle[];
  aliases: Record<string, string[]>;
  cross_article_groups: { group: string; members: string[] }[];
  near_misses: { members: string[] }[];
}

const args = process.argv.slice(2);
const option = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] ?? null : null;
};
const seedsDir = option('--seeds') ?? '/work/shared/seeds';
const predPath = option('--quotes');
const verbose = args.includes('--verbose');
const jsonOnly = args.includes('--json');

if (!existsSync(join(seedsDir, 'gold.json'))) {
  console.log(`eval-coverage: no seeds at ${seedsDir} (expected gold.json); skipped`);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(join(seedsDir, 'gold.json'), 'utf8')) as Gold;

function partialDate(value: string | null): { value: string; precision: 'day' | 'month' | 'year' } | null {
  if (!value || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return null;
  return { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year' };
}

function span(start: number | null, text: string | null): Span | null {
  return start === null || text === null ? null : { start, end: start + text.length };
}

function articleOf(g: GoldArticle): Article {
  const text = readFileSync(join(seedsDir, g.file), 'utf8');
  const title = text.split('\n')[0];
  // A month-precision publication guess is placed on the first of the month.
  const published = partialDate(g.published_guess);
  return {
    id: g.file,
    url: null,
    outlet: g.outlet_guess,
    title,
    byline: null,
    published: published ? `${published.value.length === 7 ? `${published.value}-01` : published.value}T12:00:00Z` : null,
    language: 'en',
    source: g.file,
    contentHash: g.file,
    text,
    titleSpan: { start: 0, end: title.length },
  };
}

function goldQuotes(g: GoldArticle, article: Article): Quote[] {
  return g.quotes.map((q) => {
    const parts = q.parts ?? [{ text: q.content, start: q.start }];
    const content = parts.map((p) => ({ start: p.start, end: p.start + p.text.length }));
    for (const [i, s] of content.entries()) {
      if (article.text.slice(s.start, s.end) !== parts[i].text) throw new Error(`eval-coverage: ${q.id}: span does not match its text`);
    }
    return {
      id: q.id,
      articleId: article.id,
      kind: q.kind,
      content,
      cue: span(q.cue_start, q.cue),
      source: span(q.speaker_mention_start, q.speaker_mention),
      speaker: q.speaker,
      personId: null,
      occasion: q.occasion ? { span: content[0], label: q.occasion } : null,
      saidWhen: partialDate(q.said_when) ? { ...(partialDate(q.said_when) as { value: string; precision: 'day' | 'month' | 'year' }), span: null } : null,
      confidence: 1,
    };
  });
}

/** Person mentions for the analysis: the gold names that start with a capital letter. */
function analysisOf(article: Article): Analysis {
  const entities: EntityMention[] = [];
  for (const [person, aliases] of Object.entries(gold.aliases)) {
    for (const alias of aliases) {
      if (!/^\p{Lu}/u.test(alias) || /^(The|His|Her|President)\b/.test(alias) || alias.includes('’s ')) continue;
      const re = new RegExp(`(?<![\\p{L}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const m of article.text.matchAll(re)) {
        entities.push({ span: { start: m.index ?? 0, end: (m.index ?? 0) + alias.length }, text: alias, type: person === 'BuzzFeed' ? 'organization' : 'person' });
      }
    }
  }
  return { articleId: article.id, sentences: [], paragraphs: [], entities, dates: [], tokenCount: 0 };
}

interface PredAttribution {
  content?: { start: number; end: number }[];
  source?: { start: number; end: number }[] | null;
  cue?: { start: number; end: number }[] | null;
  speaker?: string | null;
  kind?: string;
  occasion?: string | { label: string; span?: Span } | null;
  said_when?: string | null;
  /** The attribute stage's own said-when (keeps whether the text states it). */
  saidWhen?: Quote['saidWhen'];
}

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Quotes from `retold quotes` output; for each gold quote the predicted quote covering most
 * of its words, and for each predicted quote the gold quote holding most of its words (a
 * gold quote split in two by the extractor is one occurrence, not two).
 */
function readPredictions(path: string): Map<string, PredAttribution[]> {
  const byFile = new Map<string, PredAttribution[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id: string; attributions?: PredAttribution[] };
    byFile.set(o.id, o.attributions ?? []);
  }
  return byFile;
}

/** The attribute stage's own quotes for each article, in the prediction shape. */
function attributeAll(articles: Article[]): Map<string, PredAttribution[]> {
  return new Map(
    articles.map((a) => [
      a.id,
      attributeArticle(a).quotes.map((q) => ({
        content: q.content, cue: q.cue ? [q.cue] : [], source: q.source ? [q.source] : [], speaker: q.speaker,
        kind: q.kind, occasion: q.occasion, said_when: q.saidWhen?.value ?? null, saidWhen: q.saidWhen,
      })),
    ]),
  );
}

function predictedQuotes(
  articles: Article[],
  byFile: Map<string, PredAttribution[]>,
): { quotes: Quote[]; goldToPred: Map<string, string>; predToGold: Map<string, string> } {
  const kinds: QuoteKind[] = ['direct', 'mixed', 'indirect', 'fragment', 'headline'];
  const quotes: Quote[] = [];
  const goldToPred = new Map<string, string>();
  const predToGold = new Map<string, string>();
  for (const article of articles) {
    const attrs = byFile.get(article.id) ?? [];
    const mine = attrs.map((a, i): Quote => {
      const occasion = typeof a.occasion === 'string' ? a.occasion : a.occasion?.label ?? null;
      const content = (a.content ?? []).map((s) => ({ start: s.start, end: s.end }));
      // Where the text names the occasion, when the prediction says (the attribute stage
      // does); else the quote itself, as if its own sentence stated it.
      const occasionSpan = typeof a.occasion === 'object' && a.occasion?.span ? a.occasion.span : content[0] ?? { start: 0, end: 0 };
      return {
        id: `${article.id}#p${i}`,
        articleId: article.id,
        kind: kinds.includes(a.kind as QuoteKind) ? (a.kind as QuoteKind) : 'direct',
        content,
        cue: a.cue?.[0] ?? null,
        source: a.source?.[0] ?? null,
        speaker: a.speaker ?? null,
        personId: null,
        occasion: occasion ? { span: occasionSpan, label: occasion } : null,
        saidWhen: a.saidWhen !== undefined ? a.saidWhen : partialDate(a.said_when ?? null) ? { ...(partialDate(a.said_when ?? null) as { value: string; precision: 'day' | 'month' | 'year' }), span: null } : null,
        confidence: 1,
      };
    });
    quotes.push(...mine);
    const g = gold.articles.find((x) => x.file === article.id);
    const used = new Set<number>();
    for (const q of g?.quotes ?? []) {
      const gt = tokens(q.parts ? q.parts.map((p) => p.text).join(' ') : q.content);
      let best = -1;
      let bestCov = 0;
      mine.forEach((p, i) => {
        if (used.has(i)) return;
        const pt = new Set(tokens(p.content.map((s) => article.text.slice(s.start, s.end)).join(' ')));
        const cov = gt.filter((t) => pt.has(t)).length / Math.max(1, gt.length);
        if (cov > bestCov) [best, bestCov] = [i, cov];
      });
      if (best >= 0 && bestCov >= 0.5) {
        used.add(best);
        goldToPred.set(q.id, mine[best].id);
      }
    }
    for (const p of mine) {
      const pt = tokens(p.content.map((s) => article.text.slice(s.start, s.end)).join(' '));
      // The gold quote holding most of its words; on a tie the shortest (most specific) one.
      let best: string | null = null;
      let bestCov = 0;
      let bestSize = Infinity;
      for (const q of g?.quotes ?? []) {
        const gt = new Set(tokens(q.parts ? q.parts.map((x) => x.text).join(' ') : q.content));
        const cov = pt.filter((t) => gt.has(t)).length / Math.max(1, pt.length);
        if (cov > bestCov || (cov === bestCov && cov > 0 && gt.size < bestSize)) [best, bestCov, bestSize] = [q.id, cov, gt.size];
      }
      if (best && bestCov >= 0.5) predToGold.set(p.id, best);
    }
  }
  return { quotes, goldToPred, predToGold };
}

const articles = gold.articles.map(articleOf);
let quotes: Quote[];
let goldToPred = new Map<string, string>();
let predToGold = new Map<string, string>();
const attributeMode = args.includes('--attribute');
if (predPath || attributeMode) {
  ({ quotes, goldToPred, predToGold } = predictedQuotes(articles, predPath ? readPredictions(predPath) : attributeAll(articles)));
}
else {
  quotes = gold.articles.flatMap((g, i) => goldQuotes(g, articles[i]));
  for (const q of quotes) goldToPred.set(q.id, q.id);
  predToGold = new Map(goldToPred);
}
const analyses = articles.map(analysisOf);

// Stage times are measured on a second run, after a warm-up run has compiled the code.
const time: Record<string, number> = {};
const timed = <T>(name: string, f: () => T): T => {
  f();
  const t0 = performance.now();
  const out = f();
  time[name] = Math.round((performance.now() - t0) * 10) / 10;
  return out;
};
const resolved = timed('resolve', () => resolvePeople({ articles, quotes, analyses, known: [] }));
const stories = timed('cluster', () => clusterStories({ articles, quotes: resolved.quotes, people: resolved.people, existing: [] }));
const inStory = (s: { articleIds: string[] }) => ({
  articles: articles.filter((a) => s.articleIds.includes(a.id)),
  quotes: resolved.quotes.filter((q) => s.articleIds.includes(q.articleId)),
});
const groups: QuoteGroup[] = timed('align', () => stories.flatMap((story) => alignQuotes({ story, ...inStory(story), people: resolved.people })));
const copies = timed('copies', () => stories.flatMap((s) => detectCopies(inStory(s).articles, inStory(s).quotes)));
const timeline = timed('timeline', () => stories.flatMap((story) => buildTimeline({ story, ...inStory(story), groups: groups.filter((g) => g.storyId === story.id) })));

// Scoring.
const optional = new Set(gold.articles.flatMap((a) => a.quotes.filter((q) => q.optional).map((q) => q.id)));
const goldGroupOf = new Map<string, number>();
gold.cross_article_groups.forEach((g, i) => g.members.forEach((m) => goldGroupOf.set(m, i)));
const predGroupOf = new Map<string, string>();
for (const g of groups) for (const o of g.occurrences) predGroupOf.set(o.quoteId, g.id);
for (const [g, p] of goldToPred) predToGold.set(p, g);
const occurrenceName = (quoteId: string) => predToGold.get(quoteId) ?? quoteId;

function pairwise(core: boolean): { p: number; r: number; f1: number; tp: number; predicted: number; gold: number } {
  const counts = (id: string) => !core || !optional.has(id);
  let goldPairs = 0;
  for (const g of gold.cross_article_groups) {
    const m = g.members.filter(counts);
    goldPairs += (m.length * (m.length - 1)) / 2;
  }
  // Pairs of gold names, each counted once: two predicted quotes standing for one gold
  // quote (a quote the extractor split) must not count a gold pair twice.
  const seen = new Set<string>();
  let tp = 0;
  let predicted = 0;
  for (const g of groups) {
    const names = g.occurrences.map((o) => occurrenceName(o.quoteId)).filter(counts);
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const [a, b] = [goldGroupOf.get(names[i]), goldGroupOf.get(names[j])];
        if ((a === undefined && b === undefined) || names[i] === names[j]) continue;
        const key = [names[i], names[j]].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        predicted++;
        if (a !== undefined && a === b) tp++;
      }
    }
  }
  const p = predicted ? tp / predicted : 0;
  const r = goldPairs ? tp / goldPairs : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, predicted, gold: goldPairs };
}

const recoveredFlags = gold.cross_article_groups.map((g, gi) => {
  const core = g.members.filter((m) => !optional.has(m));
  const need = core.length >= 2 ? core : g.members;
  const ids = need.map((m) => goldToPred.get(m)).map((p) => (p ? predGroupOf.get(p) : undefined));
  if (ids.some((x) => x === undefined) || new Set(ids).size !== 1) return false;
  const group = groups.find((x) => x.id === ids[0]);
  return !group?.occurrences.some((o) => {
    const other = goldGroupOf.get(occurrenceName(o.quoteId));
    return other !== undefined && other !== gi;
  });
});
const recovered = recoveredFlags.filter(Boolean).length;

let nearMissViolations = 0;
for (const n of gold.near_misses) {
  for (let i = 0; i < n.members.length; i++) {
    for (let j = i + 1; j < n.members.length; j++) {
      const [a, b] = [n.members[i], n.members[j]];
      // Members from one article, or of one gold group, are on the same side of the near-miss.
      if (a.slice(0, 3) === b.slice(0, 3)) continue;
      if (goldGroupOf.has(a) && goldGroupOf.get(a) === goldGroupOf.get(b)) continue;
      const pa = goldToPred.get(a);
      const pb = goldToPred.get(b);
      if (pa && pb && predGroupOf.get(pa) === predGroupOf.get(pb)) nearMissViolations++;
    }
  }
}

const core = pairwise(true);
const all = pairwise(false);
const summary = {
  quotes: predPath ? 'predicted' : attributeMode ? 'attribute stage' : 'gold',
  articles: articles.length,
  stories: stories.length,
  people: resolved.people.length,
  groups: groups.length,
  multiGroups: groups.filter((g) => g.occurrences.length > 1).length,
  pairwiseCore: { precision: round(core.p), recall: round(core.r), f1: round(core.f1), tp: core.tp, predicted: core.predicted, gold: core.gold },
  pairwiseAll: { precision: round(all.p), recall: round(all.r), f1: round(all.f1), tp: all.tp, predicted: all.predicted, gold: all.gold },
  groupsRecovered: `${recovered}/${gold.cross_article_groups.length}`,
  nearMissViolations,
  copies,
  timelineEvents: timeline.length,
  ms: time,
};

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (!jsonOnly) {
  if (verbose) {
    for (const p of resolved.people) console.log(`person ${p.name} [${p.aliases.join(', ')}] ${p.evidence.map((e) => e.rule).join(',')}`);
    for (const s of stories) console.log(`story ${s.id} "${s.title}" ${s.articleIds.length} articles`);
    for (const g of groups.filter((x) => x.occurrences.length > 1)) {
      console.log(`\ngroup ${g.speakerName} | ${g.saidWhen?.value ?? '-'} | ${g.occasion ?? '-'}\n  canonical: ${g.canonical.slice(0, 110)}`);
      for (const o of g.occurrences) {
        const name = occurrenceName(o.quoteId);
        const gg = goldGroupOf.get(name);
        console.log(`  ${name.padEnd(10)} g${gg ?? '-'} ${optional.has(name) ? 'opt' : '   '} ${o.drift.padEnd(20)} ${o.misattributed ? 'MIS ' : ''}${o.recycled ? 'REC ' : ''}${o.text.slice(0, 70)}`);
      }
    }
    console.log('');
  }
  console.log(
    `seeds: ${summary.articles} articles → ${summary.stories} stories, ${summary.people} people, ${summary.groups} groups (${summary.multiGroups} with 2+ occurrences)`,
  );
  console.log(`pairwise core: P ${summary.pairwiseCore.precision} R ${summary.pairwiseCore.recall} F1 ${summary.pairwiseCore.f1} (${core.tp}/${core.predicted} predicted, ${core.gold} gold)`);
  console.log(`pairwise all:  P ${summary.pairwiseAll.precision} R ${summary.pairwiseAll.recall} F1 ${summary.pairwiseAll.f1} (${all.tp}/${all.predicted} predicted, ${all.gold} gold)`);
  gold.cross_article_groups.forEach((g, i) => console.log(`  ${recoveredFlags[i] ? 'recovered' : 'missed   '} g${i} ${g.group}`));
  console.log(`groups recovered ${summary.groupsRecovered}, near-miss pairs merged ${nearMissViolations}, copy links ${copies.length}, timeline events ${timeline.length}`);
  console.log(`time (ms): ${Object.entries(time).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
console.log(JSON.stringify(summary));
