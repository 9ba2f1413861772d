/**
 * Lines an outlet prints under more than one of its articles — the author's bio, a
 * newsletter or e-book plug, a "read the next part" teaser — found between the articles
 * story clustering compares, so that two pages of one blog do not count as one story for
 * the furniture they share.
 *
 * The clean stage drops lines repeated across an outlet (`learnRepeatedLines`), but only
 * inside one batch and from three articles of the outlet on; story clustering sees two
 * pages of an outlet even when they came in different batches (the later one finds the
 * earlier's story through its keys), and two is where the harm starts: the bio names the
 * author in full (a "person in common"), a plug's quoted e-book title is a "quotation in
 * common".
 *
 * A paragraph is furniture when another article of the same outlet carries it word for
 * word and the two articles share little else: at most a third of the shorter one's words.
 * Two versions of one article (an update, a correction) share most of their paragraphs,
 * and what they share is the story itself, so it stays.
 */
import type { Article, Quote } from '../model.js';
import { outletKeyOf } from '../clean/repeated-lines.js';
import { groupBy } from '../group-by.js';

/** Two articles sharing more than this share of the shorter one's words are versions of one text. */
const MAX_SHARED_SHARE = 1 / 3;

interface Paragraph {
  start: number;
  end: number;
  key: string;
  words: number;
}

// The body paragraphs (the title, paragraph 0, is the article's own), with a
// whitespace-collapsed, lower-cased key.
function paragraphsOf(article: Article): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(article.text); m !== null; m = re.exec(article.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < article.titleSpan.end) continue;
    const key = m[0].replace(/\s+/g, ' ').trim().toLowerCase();
    if (!/\p{L}/u.test(key)) continue;
    out.push({ start, end, key, words: key.split(' ').length });
  }
  return out;
}

/**
 * The articles of `articles` with their outlet's furniture blanked out (replaced by spaces,
 * so every offset stays valid), and the quotes that lie in it left out; articles without
 * furniture come back as they were.
 * @returns article id → the article and quotes to compare in its place
 */
export function withoutOutletFurniture(
  articles: readonly Article[],
  quotesOf: (id: string) => readonly Quote[],
): Map<string, { article: Article; quotes: readonly Quote[] }> {
  const out = new Map<string, { article: Article; quotes: readonly Quote[] }>();
  for (const group of groupBy(articles, outletKeyOf).values()) {
    if (group.length < 2) continue;
    const paragraphs = group.map(paragraphsOf);
    const totals = paragraphs.map((ps) => ps.reduce((n, p) => n + p.words, 0));
    // Paragraph key → the articles (indices into `group`) that carry it.
    const carriers = new Map<string, number[]>();
    paragraphs.forEach((ps, i) => {
      for (const key of new Set(ps.map((p) => p.key))) {
        const list = carriers.get(key);
        if (list) list.push(i);
        else carriers.set(key, [i]);
      }
    });
    // Words each pair of articles shares, over the paragraphs they both carry.
    const sharedWords = new Map<string, number>();
    const pairKey = (i: number, j: number) => (i < j ? `${i} ${j}` : `${j} ${i}`);
    for (const [key, list] of carriers) {
      if (list.length < 2) continue;
      const words = key.split(' ').length;
      for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
        const k = pairKey(list[x], list[y]);
        sharedWords.set(k, (sharedWords.get(k) ?? 0) + words);
      }
    }
    const apart = (i: number, j: number) => (sharedWords.get(pairKey(i, j)) ?? 0) <= MAX_SHARED_SHARE * Math.min(totals[i], totals[j]);
    group.forEach((article, i) => {
      const furniture = paragraphs[i].filter((p) => (carriers.get(p.key) ?? []).some((j) => j !== i && apart(i, j)));
      if (furniture.length === 0) return;
      let text = '';
      let at = 0;
      for (const p of furniture) {
        text += article.text.slice(at, p.start) + ' '.repeat(p.end - p.start);
        at = p.end;
      }
      text += article.text.slice(at);
      const inFurniture = (q: Quote) => q.content.some((s) => furniture.some((p) => s.start < p.end && s.end > p.start));
      out.set(article.id, { article: { ...article, text }, quotes: quotesOf(article.id).filter((q) => !inFurniture(q)) });
    });
  }
  return out;
}
