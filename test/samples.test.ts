/**
 * The full `analyze` on the bundled sample corpus, checked against what was planted in it
 * (samples/expected.json): stories, people, the near-miss surname, quote groups with their
 * drift, said-when dates, copies and removed boilerplate.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, openSqliteStore } from '../src/index.js';
import { loadCorpus } from '../src/report/index.js';
import type { Article, Corpus, Quote } from '../src/model.js';

const SAMPLES = join(import.meta.dirname, '..', 'samples');
const CORPUS = join(SAMPLES, 'corpus');
interface Occ { file: string; text: string; drift: string; kind?: string; negation_changed?: boolean }
interface Expected {
  stories: { label: string; files: string[] }[];
  people: { name: string; aliases: string[] }[];
  near_miss_people: [string, string][];
  quote_groups: { label: string; speaker: string; occurrences: Occ[] }[];
  said_when: { file: string; quote_text: string; said_when: string }[];
  copies: { from: string; to: string; kind: string }[];
  boilerplate_lines: { file: string; line: string }[];
}
const expected = JSON.parse(readFileSync(join(SAMPLES, 'expected.json'), 'utf8')) as Expected;

let corpus: Corpus;
const byFile = new Map<string, Article>();

/** `path#N` (1-based record) as used in expected.json, for an article's source. */
function fileKey(source: string): string {
  const rel = source.slice(source.indexOf('samples/corpus/') + 'samples/corpus/'.length);
  const m = /^(.*)#(\d+)$/.exec(rel);
  return m ? `${m[1]}#${Number(m[2])}` : rel;
}

/** Words of a text, for comparing wordings across typographic variants. */
const words = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];

/** The quote of `file` whose content best covers `text`, if it covers at least half of it. */
function findQuote(file: string, text: string): Quote | undefined {
  const article = byFile.get(file);
  assert.ok(article, `an article was made from ${file}`);
  const want = new Set(words(text));
  let best: Quote | undefined;
  let bestScore = 0.5;
  for (const q of corpus.quotes.filter((x) => x.articleId === article.id)) {
    const have = new Set(words(q.content.map((s) => article.text.slice(s.start, s.end)).join(' ')));
    let n = 0;
    for (const w of want) if (have.has(w)) n++;
    const score = n / want.size;
    if (score > bestScore) [best, bestScore] = [q, score];
  }
  return best;
}

before(async () => {
  const store = openSqliteStore(':memory:');
  const result = await analyze([CORPUS], { store });
  assert.deepEqual(result.failed, []);
  corpus = await loadCorpus(store);
  for (const a of corpus.articles) byFile.set(fileKey(a.source), a);
  await store.close();
});

test('should read every sample article in every format', () => {
  const files = expected.stories.flatMap((s) => s.files);
  for (const f of files) assert.ok(byFile.has(f), `article for ${f}; have ${[...byFile.keys()].join(', ')}`);
  assert.equal(corpus.articles.length, files.length);
});

test('should group the feud and the unrelated restaurant news into two stories', () => {
  const storyOf = (file: string) => corpus.stories.find((s) => s.articleIds.includes(byFile.get(file)!.id))?.id;
  const ids = expected.stories.map((s) => {
    const set = new Set(s.files.map(storyOf));
    assert.equal(set.size, 1, `${s.label}: all in one story`);
    return [...set][0];
  });
  assert.notEqual(ids[0], ids[1], 'the two events are different stories');
});

test('should resolve each person across articles and keep the near-miss surname apart', () => {
  const personOf = (name: string) =>
    corpus.people.find((p) => p.name === name || p.aliases.includes(name));
  for (const p of expected.people) assert.ok(personOf(p.name), `a person named ${p.name}`);
  for (const [a, b] of expected.near_miss_people) {
    assert.ok(personOf(a) && personOf(b), `${a} and ${b} both found`);
    assert.notEqual(personOf(a)!.id, personOf(b)!.id, `${a} and ${b} are different people`);
  }
});

/** Problems placing the planted quoted occurrences that `include` selects into their groups. */
function groupingMisses(include: (o: Occ) => boolean): string[] {
  const misses: string[] = [];
  for (const g of expected.quote_groups) {
    const wanted = g.occurrences.filter((o) => o.kind !== 'indirect');
    const groups = wanted.map((o) => {
      const q = findQuote(o.file, o.text);
      if (!q && include(o)) misses.push(`${g.label}: no quote in ${o.file} for "${o.text.slice(0, 40)}…"`);
      return { o, group: q && corpus.quoteGroups.find((qg) => qg.occurrences.some((x) => x.quoteId === q.id)) };
    });
    const home = groups.find((x) => x.group && x.o.drift !== 'paraphrased-as-quote')?.group;
    for (const { o, group } of groups) {
      if (!include(o) || !group) continue;
      if (home && group.id !== home.id) misses.push(`${g.label}: ${o.file} (${o.drift}) in another group`);
    }
    if (home && home.speakerName !== g.speaker) misses.push(`${g.label}: speaker ${home.speakerName}, expected ${g.speaker}`);
  }
  return misses;
}

test('should put each planted quoted occurrence in its group with the right speaker', () => {
  assert.deepEqual(groupingMisses((o) => o.drift !== 'paraphrased-as-quote'), []);
});

// Known gap: these renderings share almost no words with what was said ("a genius at the
// stove" for "a brilliant cook"); grouping them needs paraphrase matching Retold lacks.
test('should group paraphrases set in quotation marks with what was said', { todo: 'needs semantic paraphrase matching' }, () => {
  assert.deepEqual(groupingMisses((o) => o.drift === 'paraphrased-as-quote'), []);
});

test('should label the drift of each planted quoted occurrence', () => {
  const wrong: string[] = [];
  let total = 0;
  for (const g of expected.quote_groups) {
    for (const o of g.occurrences.filter((x) => x.kind !== 'indirect')) {
      const q = findQuote(o.file, o.text);
      const occ = q && corpus.quoteGroups.flatMap((qg) => qg.occurrences).find((x) => x.quoteId === q.id);
      total++;
      if (occ?.drift !== o.drift) wrong.push(`${g.label} in ${o.file}: ${occ?.drift}, expected ${o.drift}`);
    }
  }
  assert.ok(wrong.length <= total * 0.1, `drift right for ≥ 90 % of ${total}:\n${wrong.join('\n')}`);
});

test('should flag the planted rendering that drops a negation, and no other planted one', () => {
  for (const g of expected.quote_groups) {
    for (const o of g.occurrences.filter((x) => x.kind !== 'indirect')) {
      const q = findQuote(o.file, o.text);
      const occ = q && corpus.quoteGroups.flatMap((qg) => qg.occurrences).find((x) => x.quoteId === q.id);
      if (occ) assert.equal(occ.negationChanged, o.negation_changed ?? false, `${g.label} in ${o.file}`);
    }
  }
});

test('should resolve when each planted quote was said', () => {
  const wrong: string[] = [];
  for (const s of expected.said_when) {
    const q = findQuote(s.file, s.quote_text);
    if (q?.saidWhen?.value !== s.said_when) wrong.push(`${s.file} "${s.quote_text.slice(0, 30)}…": ${q?.saidWhen?.value}, expected ${s.said_when}`);
  }
  assert.ok(wrong.length <= expected.said_when.length * 0.1, `said-when right for ≥ 90 %:\n${wrong.join('\n')}`);
});

test('should link each planted copy from the original to the later article', () => {
  for (const c of expected.copies) {
    const from = byFile.get(c.from)!.id;
    const to = byFile.get(c.to)!.id;
    const link = corpus.copies.find((l) => l.from === from && l.to === to);
    assert.ok(link, `copy ${c.from} → ${c.to}`);
    assert.equal(link.kind, c.kind);
  }
});

test('should find the same stories when the corpus is analysed in small batches', async () => {
  const store = openSqliteStore(':memory:');
  await analyze([CORPUS], { store, batchSize: 3 });
  const batched = await loadCorpus(store);
  await store.close();
  const partition = (c: Corpus) => c.stories.map((s) => [...s.articleIds].sort().join(',')).sort();
  assert.deepEqual(partition(batched), partition(corpus));
});

test('should drop every planted boilerplate line and keep the body', () => {
  for (const b of expected.boilerplate_lines) {
    const article = byFile.get(b.file)!;
    const lines = article.text.split('\n').map((l) => l.trim());
    assert.ok(!lines.includes(b.line.trim()), `"${b.line}" removed from ${b.file}`);
  }
});
