/**
 * Assigns a batch of new articles to stories: existing candidate stories (found through
 * `storyKeys`) or new ones. Links are single-link between articles (`story-links.ts`),
 * applied strongest first; a link that would join two existing stories is skipped, so a
 * stored story never disappears. New articles are processed in a fixed order (publication,
 * then id), so the result depends on the set of articles, not on the order they came in.
 */
import type { Article, Person, Quote, Story } from '../model.js';
import { articleFeatures, documentFrequencies, fullNameIndex, heavyWords, nameWordsOf, weigh, type ArticleFeatures } from './article-features.js';
import { nameWords, outletKey, outletKeys } from '../people/index.js';
import { stableId } from './stable-id.js';
import { groupBy } from '../group-by.js';
import { sortedHashes, unitVector } from './sparse-vectors.js';
import { withoutOutletFurniture } from './outlet-template.js';
import { candidatePairs } from './story-candidates.js';
import { createGroups, groupOf, joinGroups, supports, type Edge } from './story-groups.js';
import { storyLink, type Weighted } from './story-links.js';

interface Node {
  /** Existing story, or null for a new article's own node. */
  story: Story | null;
  articles: Article[];
  quotes: Quote[];
}

function byPublication(a: Article, b: Article): number {
  const ta = a.published ? Date.parse(a.published) : Number.POSITIVE_INFINITY;
  const tb = b.published ? Date.parse(b.published) : Number.POSITIVE_INFINITY;
  if (ta !== tb) return (Number.isNaN(ta) ? Infinity : ta) - (Number.isNaN(tb) ? Infinity : tb);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// The people of a story: speakers quoted in at least a third of its articles (at least
// one), most widely quoted first, at most eight.
function mainPeople(articles: readonly Article[], quotes: readonly Quote[]): string[] {
  const seen = new Map<string, Set<string>>();
  for (const q of quotes) {
    if (!q.personId) continue;
    const set = seen.get(q.personId) ?? new Set();
    set.add(q.articleId);
    seen.set(q.personId, set);
  }
  const min = Math.max(1, Math.ceil(articles.length / 3));
  return [...seen]
    .filter(([, ids]) => ids.size >= min)
    .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
    .slice(0, 8)
    .map(([id]) => id);
}

/** Builds the story record of a set of articles (keeping `id` when given). */
function describeStory(id: string | null, articles: readonly Article[], quotes: readonly Quote[]): Story {
  const ordered = [...articles].sort(byPublication);
  const dated = ordered.filter((a) => a.published && !Number.isNaN(Date.parse(a.published)));
  const first = ordered[0];
  return {
    id: id ?? stableId('story', [first?.id ?? '']),
    title: first?.title ?? '',
    articleIds: ordered.map((a) => a.id),
    people: mainPeople(ordered, quotes),
    firstPublished: dated[0]?.published ?? null,
    lastPublished: [...dated].sort((a, b) => Date.parse(b.published ?? '') - Date.parse(a.published ?? ''))[0]?.published ?? null,
  };
}

/**
 * Assigns new articles to existing or new stories.
 * @returns every new or changed story, with its full article list.
 */
export function clusterStories(input: { articles: Article[]; quotes: Quote[]; people: Person[]; existing: { story: Story; articles: Article[]; quotes: Quote[] }[] }): Story[] {
  const known = new Set(input.existing.flatMap((e) => e.story.articleIds));
  const fresh = [...new Map(input.articles.filter((a) => !known.has(a.id)).map((a) => [a.id, a])).values()].sort(byPublication);
  const byArticle = new Map<readonly Quote[], Map<string, Quote[]>>();
  const quotesOf = (id: string, pool: readonly Quote[]): Quote[] => {
    let index = byArticle.get(pool);
    if (!index) {
      index = new Map();
      for (const q of pool) {
        const list = index.get(q.articleId);
        if (list) list.push(q);
        else index.set(q.articleId, [q]);
      }
      byArticle.set(pool, index);
    }
    return index.get(id) ?? [];
  };
  const existing = [...input.existing].sort((a, b) => (a.story.id < b.story.id ? -1 : 1));
  const nodes: Node[] = [
    ...existing.map((e) => ({ story: e.story, articles: e.articles, quotes: e.quotes })),
    ...fresh.map((a) => ({ story: null, articles: [a], quotes: quotesOf(a.id, input.quotes) })),
  ];
  // Names are left out of topic words so that two events with the same people differ; but
  // only names shown to be people's: a full name, or one with an alias (a surname used
  // alone). A lone capitalised word taken for a person is as often a place that "says"
  // something (`Kelderhaven says yes to the tram`), and places are what ties coverage
  // together, across languages most of all.
  const names = nameWordsOf(input.people.filter((p) => p.aliases.length > 0 || p.name.trim().includes(' ')));
  const fullNames = fullNameIndex(input.people);
  // A "person" named like an outlet of the pool is that outlet, cited as a source across
  // every story it covers; it says nothing about which story an article belongs to.
  const outlets = outletKeys(nodes.flatMap((n) => n.articles));
  const notPeople = new Set(input.people.filter((p) => outlets.has(outletKey(nameWords(p.name)))).map((p) => p.id));
  // Each article is compared without the lines its outlet prints under other articles too.
  const quotesOfNode = new Map(nodes.flatMap((n) => n.articles.map((a) => [a.id, n.quotes] as const)));
  const plain = withoutOutletFurniture(
    nodes.flatMap((n) => n.articles),
    (id) => quotesOf(id, quotesOfNode.get(id) ?? []),
  );
  const features: { node: number; f: ArticleFeatures }[] = nodes.flatMap((n, i) =>
    n.articles.map((a) => {
      const { article, quotes } = plain.get(a.id) ?? { article: a, quotes: quotesOf(a.id, n.quotes) };
      return { node: i, f: articleFeatures(article, quotes, names, fullNames, notPeople) };
    }),
  );
  // Topic words are weighed against the articles of their own language, anchors against all:
  // in a pool with two Spanish articles every Spanish word is rare overall, and two reports
  // from one Spanish outlet would share `ciudad` and `sábado` as if they were their topic.
  const df = documentFrequencies(features.map((x) => x.f));
  const byLanguage = new Map<string, { df: Map<string, number>; n: number }>();
  const languages = groupBy(features, (x) => x.f.language);
  // (A pool in one language, the usual case, has its own counts already.)
  for (const [language, list] of languages) byLanguage.set(language, languages.size === 1 ? { df, n: features.length } : { df: documentFrequencies(list.map((x) => x.f)), n: list.length });
  const vocabulary = new Map<string, number>();
  const weighted: (Weighted & { node: number })[] = features.map((x) => {
    const own = byLanguage.get(x.f.language)!;
    const weights = weigh(x.f.terms, own.df, own.n);
    const anchors = weigh(x.f.anchors, df, features.length);
    return {
      node: x.node,
      features: x.f,
      weights,
      anchors,
      vector: unitVector(weights, vocabulary),
      anchorVector: unitVector(anchors, vocabulary),
      shingles: sortedHashes(x.f.quoteShingles),
      heavy: heavyWords(weights),
    };
  });

  // Compare each new article with the articles of the pool (the batch plus its candidate
  // stories, never the whole store) that share one of its top topic words or a quotation.
  const edges: Edge[] = [];
  const firstFresh = existing.length;
  for (const [x, y] of candidatePairs(weighted)) {
    const [p, q] = [weighted[x], weighted[y]];
    if (p.node === q.node || (p.node < firstFresh && q.node < firstFresh)) continue;
    const link = storyLink(p, q);
    if (link.strength > 0) edges.push({ a: Math.min(p.node, q.node), b: Math.max(p.node, q.node), s: link.strength, people: link.people, retold: link.retold, translated: link.translated, weak: link.weak });
  }
  edges.sort((e, f) => f.s - e.s || e.a - f.a || e.b - f.b);
  const speakersOfNode: Set<string>[][] = nodes.map(() => []);
  const publishedOfNode: (number | null)[][] = nodes.map(() => []);
  for (const w of weighted) {
    speakersOfNode[w.node].push(w.features.speakers);
    publishedOfNode[w.node].push(w.features.published);
  }
  const groups = createGroups(
    nodes.map((n) => n.articles.length),
    speakersOfNode,
    edges,
    publishedOfNode,
  );
  for (const e of edges) {
    const [ra, rb] = [groupOf(groups, e.a), groupOf(groups, e.b)];
    // Roots are the lowest node index, so a root below firstFresh is an existing story.
    if (ra === rb || (ra < firstFresh && rb < firstFresh)) continue;
    if (supports(groups, ra, rb, e)) joinGroups(groups, ra, rb);
  }
  const root = (i: number) => groupOf(groups, i);
  const members = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const list = members.get(root(i));
    if (list) list.push(i);
    else members.set(root(i), [i]);
  });
  const stories: Story[] = [];
  for (const [r, list] of [...members].sort((a, b) => a[0] - b[0])) {
    if (r < firstFresh && list.length === 1) continue;
    const articles = list.flatMap((i) => nodes[i].articles);
    const quotes = list.flatMap((i) => nodes[i].quotes);
    stories.push(describeStory(nodes[r].story?.id ?? null, articles, quotes));
  }
  return stories;
}
