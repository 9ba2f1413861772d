/**
 * Nicknames that lengthen a name a person is already known by ("Yeezy" for someone known as
 * "Ye", "Robbie" for "Rob"), accepted only for a person the same sentence names.
 */
import type { Analysis, Article, Span } from '../model.js';
import { nameWords } from './person-names.js';

/**
 * Whether `word` is `name` with a pet-name ending (-y, -ie, -ey after at most two more
 * letters): "yeezy" of "ye", "johnny" of "john", not "jordan" of "jo". Both folded.
 */
export function lengthensName(word: string, name: string): boolean {
  return name.length >= 2 && word.length > name.length && word.startsWith(name) && /^\p{L}{0,2}(?:y|ie|ey)$/u.test(word.slice(name.length));
}

/** The single words a person goes by: first names and one-word aliases (a nickname, a surname used alone). */
export function givenNames(names: readonly string[]): string[] {
  return [...new Set(names.map(nameWords).filter((w) => w.length > 0).map((w) => w[0]))];
}

/** The sentence around `offset`: from the analysis, or else between sentence ends and line breaks. */
export function sentenceAround(article: Article, analysis: Analysis | undefined, offset: number): Span {
  const s = analysis?.sentences.find((x) => x.span.start <= offset && offset < x.span.end);
  if (s) return s.span;
  const text = article.text;
  let start = offset;
  while (start > 0 && !/[.!?]\s/u.test(text.slice(start - 2, start)) && text[start - 1] !== '\n') start--;
  const end = /[.!?](?=\s)|\n/u.exec(text.slice(offset));
  return { start, end: end ? offset + end.index + 1 : text.length };
}
