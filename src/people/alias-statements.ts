/**
 * Places where an article itself says that two names are one person: a stated real name
 * ("Legend (real name: John Stephens)"), a stage name or nickname ("the rapper (who now
 * goes by Ye)", "also known as"), a speaker naming themself in their own words ("Hey it's
 * JL", in a text the article attributes to Legend), and initials of a person named in the
 * same article ("JL" beside "John Legend").
 */
import type { Article, Quote, Span } from '../model.js';
import { initialsOf, nameWords } from './person-names.js';

/** An alias stated in the text, with the position of the person it belongs to. */
export interface AliasStatement {
  alias: string;
  span: Span;
  rule: 'stated-real-name' | 'nickname-in-text' | 'initials';
  /** Offset of the subject: the alias belongs to the nearest person mention before it. */
  subjectBefore: number | null;
  /** The subject when already known (the speaker of a self-identifying quote). */
  speaker: string | null;
}

// A name: capitalised words, optionally after initials ("J. R. Smith"); a full stop after a
// word ends it, so "It's JL. I hope" yields "JL".
const NAME = String.raw`(?:\p{Lu}\.\s*)*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`;
const REAL_NAME = new RegExp(String.raw`\(\s*(?:real name|born|née|nee|birth name|legal name)\s*:?\s+(${NAME})\s*\)|,\s*(?:whose real name is|real name|born)\s+(${NAME})`, 'gu');
const GOES_BY = new RegExp(
  String.raw`\b(?:who\s+(?:now\s+)?goes\s+by|(?:now|also|better|formerly|professionally)\s+known\s+as|known\s+professionally\s+as|a\.k\.a\.?|aka)\s+["“'‘]?(${NAME})`,
  'gu',
);
// "Hey it's JL." / "This is Mara." at the start of the speaker's own words.
const SELF_NAMED = new RegExp(String.raw`^\s*(?:(?:[Hh]ey|[Hh]i|[Hh]ello|[Yy]o)[,!]?\s+)?(?:[Ii]t['’]s|[Ii]t is|[Tt]his is)\s+(${NAME})`, 'u');
const INITIALS = /\b\p{Lu}{2,3}\b/gu;

/** Alias statements in the running text of an article. */
export function findStatedAliases(article: Article): AliasStatement[] {
  const out: AliasStatement[] = [];
  for (const [pattern, rule] of [
    [REAL_NAME, 'stated-real-name'],
    [GOES_BY, 'nickname-in-text'],
  ] as const) {
    for (const m of article.text.matchAll(pattern)) {
      const alias = (m[1] ?? m[2] ?? '').replace(/[.,]+$/, '');
      if (!alias) continue;
      const start = (m.index ?? 0) + m[0].lastIndexOf(alias);
      out.push({ alias, span: { start, end: start + alias.length }, rule, subjectBefore: m.index ?? 0, speaker: null });
    }
  }
  return out;
}

/** Speakers naming themselves at the start of their quoted words. */
export function findSelfNames(article: Article, quotes: readonly Quote[]): AliasStatement[] {
  const out: AliasStatement[] = [];
  for (const q of quotes) {
    if (!q.speaker || q.articleId !== article.id || q.kind === 'indirect') continue;
    const first = [...q.content].sort((a, b) => a.start - b.start)[0];
    if (!first) continue;
    const m = SELF_NAMED.exec(article.text.slice(first.start, first.end));
    if (!m) continue;
    const alias = m[1].replace(/[.,]+$/, '');
    if (/^\p{Ll}/u.test(alias)) continue;
    const start = first.start + (m.index ?? 0) + m[0].lastIndexOf(alias);
    out.push({ alias, span: { start, end: start + alias.length }, rule: 'nickname-in-text', subjectBefore: null, speaker: q.speaker });
  }
  return out;
}

/** Upper-case words that are the initials of a multi-word name in `names`. */
export function findInitials(article: Article, names: readonly string[]): AliasStatement[] {
  const byInitials = new Map<string, string[]>();
  for (const n of names) {
    const key = initialsOf(nameWords(n));
    if (key) byInitials.set(key, [...new Set([...(byInitials.get(key) ?? []), n])]);
  }
  const out: AliasStatement[] = [];
  for (const m of article.text.matchAll(INITIALS)) {
    const owners = byInitials.get(m[0].toLowerCase());
    // Ambiguous initials (two people) or none: no evidence.
    if (!owners || owners.length !== 1) continue;
    const start = m.index ?? 0;
    out.push({ alias: m[0], span: { start, end: start + m[0].length }, rule: 'initials', subjectBefore: null, speaker: owners[0] });
  }
  return out;
}
