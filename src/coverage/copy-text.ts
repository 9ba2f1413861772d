/**
 * The reporter's own words of an article, for copy detection: the body without the title
 * and without anything in quotation marks (or given as a quote's content), cut into
 * sentences. Two outlets quoting the same statement share its words legitimately; sharing
 * the narration around it is what copying is.
 */
import type { Article, Quote } from '../model.js';
import { markedStretches } from './occurrence-units.js';
import { tokenize } from './text-tokens.js';

/** A sentence of narration as folded words. */
export type Sentence = string[];

/** Character ranges of the article that are quoted words. */
function quotedRanges(article: Article, quotes: readonly Quote[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const q of quotes) if (q.kind !== 'indirect') ranges.push(...q.content);
  let offset = 0;
  for (const line of article.text.split('\n')) {
    for (const s of markedStretches(line)) ranges.push({ start: offset + s.start, end: offset + s.end });
    offset += line.length + 1;
  }
  ranges.push(article.titleSpan);
  return ranges;
}

/** The article's narration, as sentences of folded words. */
export function narrationSentences(article: Article, quotes: readonly Quote[]): Sentence[] {
  const masked = new Uint8Array(article.text.length);
  for (const r of quotedRanges(article, quotes)) masked.fill(1, Math.max(0, r.start), Math.min(article.text.length, r.end));
  const sentences: Sentence[] = [];
  let current: Sentence = [];
  let lastEnd = 0;
  for (const t of tokenize(article.text)) {
    const gap = article.text.slice(lastEnd, t.start);
    const breaks = t.sentenceStart || gap.includes('\n') || masked[t.start] === 1;
    if (breaks && current.length > 0) {
      sentences.push(current);
      current = [];
    }
    if (masked[t.start] !== 1) current.push(t.norm);
    lastEnd = t.end;
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}
