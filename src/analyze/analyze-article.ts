/**
 * `analyzeArticle`: sentences, paragraphs, tokens, names and dates of one article.
 */
import type { Analysis, Article, Sentence, Span } from '../model.js';
import { readText } from './wink-tokens.js';
import { findNames } from './entities.js';
import { findDateMentions, findReferenceDate } from './dates.js';

/**
 * Paragraph spans: runs of non-empty lines separated by blank lines (the title is the
 * first paragraph). Surrounding whitespace is not part of a paragraph.
 */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

/**
 * Analyzes one article with wink-nlp (sentences, tokens, proper-noun names) and
 * chrono-node (dates against the publication date).
 *
 * @example
 * analyzeArticle(article).sentences[0].paragraph // 0: the title
 */
export function analyzeArticle(article: Article): Analysis {
  const { text } = article;
  const paragraphs = findParagraphs(text);
  const reading = readText(text);
  const sentences: Sentence[] = [];
  let p = 0;
  for (const s of reading.sentences) {
    const first = reading.tokens[s.first];
    const last = reading.tokens[s.last];
    if (!first || !last) continue;
    const span = { start: first.start, end: last.end };
    // A wink sentence may run across a paragraph break; cut it at each break.
    let start = span.start;
    while (p < paragraphs.length && paragraphs[p].end <= start) p++;
    while (p < paragraphs.length && span.end > paragraphs[p].end) {
      if (paragraphs[p].end > start) sentences.push({ span: { start, end: paragraphs[p].end }, paragraph: p });
      p++;
      start = p < paragraphs.length ? Math.max(start, paragraphs[p].start) : span.end;
    }
    if (span.end > start && text.slice(start, span.end).trim()) {
      const s0 = start + (text.slice(start, span.end).length - text.slice(start, span.end).trimStart().length);
      sentences.push({ span: { start: s0, end: span.end }, paragraph: Math.min(p, paragraphs.length - 1) });
    }
  }
  const tokenCount = reading.tokens.filter((t) => t.pos !== 'SPACE' && t.text.trim() !== '').length;
  return {
    articleId: article.id,
    sentences,
    paragraphs,
    entities: findNames(text, reading),
    dates: findDateMentions(text, findReferenceDate(text, article.published)),
    tokenCount,
  };
}
