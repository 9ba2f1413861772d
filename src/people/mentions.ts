/**
 * The names an article uses for people: its person entities and quote speakers, read as
 * names, with everything that only looks like one set aside (outlets, organisations,
 * pronoun-led fragments, headline words, named things, acronyms).
 */
import type { Analysis, Article, Quote, Span } from '../model.js';
import { INNER_NOT_NAMES, NAME_PARTICLES, NOT_NAMES, OPENERS } from './name-words.js';
import { escapeRegExp, hasOrgHead, isAcronym, onlyInTitleCase, outletKey } from './non-person-names.js';
import { nameWords } from './person-names.js';

/** A name as the article uses it. */
export interface Mention {
  text: string;
  words: string[];
  span: Span;
  /**
   * Nothing shows the name is a person's own (a word the analysis did not read as a person,
   * a named thing, a headline word, an acronym): it may join a person named otherwise, but
   * never makes one.
   */
  joinOnly: boolean;
}

/**
 * The mentions of people in an article.
 * @param outlets `outletKey`s of news outlets, which are sources and not people
 * @param things normalised names the texts use for things (`namedThings`)
 */
export function mentionsOf(
  article: Article,
  quotes: readonly Quote[],
  analysis: Analysis | undefined,
  outlets: ReadonlySet<string>,
  things: ReadonlySet<string>,
): Mention[] {
  const raw: { text: string; span: Span; joinOnly: boolean }[] = [];
  for (const e of analysis?.entities ?? []) {
    if (e.type === 'person') raw.push({ text: e.text, span: e.span, joinOnly: false });
    // A lone word the analysis read as something else ("Kanye", which no tagger knows as a
    // first name) still names a person when it is the first name or surname of one.
    else if (e.type !== 'place' && /^\p{Lu}[\p{L}'’-]+$/u.test(e.text)) raw.push({ text: e.text, span: e.span, joinOnly: true });
  }
  // A source the analysis never reads as a person wherever the article names it is not one:
  // an organisation or a place ("BuzzFeed reported", "South Dakota says"), or a name with
  // nothing of a person's about it (`Blue Origin said`, `the MacBook Pro gets`; see
  // entities.ts). It still joins a person named otherwise.
  const types = new Map<string, Set<string>>();
  for (const e of analysis?.entities ?? []) types.set(e.text, (types.get(e.text) ?? new Set()).add(e.type));
  // So is a speaker the analysis found nowhere in the body (`Stadia Falls Short`, headline
  // words taken for a source).
  const notPerson = (name: string) => [...(types.get(name) ?? (types.size > 0 ? ['none'] : ['person']))].every((t) => t !== 'person');
  for (const q of quotes) {
    if (q.speaker) raw.push({ text: q.speaker, span: q.source ?? q.content[0] ?? { start: 0, end: 0 }, joinOnly: notPerson(q.speaker) });
  }
  // A speaker known by one word ("West") is usually introduced in full somewhere in the
  // text; without an entity analysis, find those full names directly.
  if (!analysis || analysis.entities.length === 0) {
    const singles = new Set(raw.map((m) => m.text.trim()).filter((t) => /^\p{Lu}[\p{L}'’-]+$/u.test(t)));
    for (const word of singles) raw.push(...fullNamesEndingWith(article.text, word).map((m) => ({ ...m, joinOnly: false })));
  }
  const out: Mention[] = [];
  for (const r of raw) {
    const m = dropOpeners(trimSentenceTail(r));
    if (!looksLikeName(m.text)) continue;
    const words = nameWords(m.text);
    if (words.length === 0 || (words.length === 1 && NOT_NAMES.has(words[0]))) continue;
    if (outlets.has(outletKey(words)) || hasOrgHead(words)) continue;
    const joinOnly =
      r.joinOnly || things.has(words.join(' ')) || onlyInTitleCase(article, m.text) || (words.length === 1 && isAcronym(m.text.replace(/['’]s$/, '')));
    out.push({ text: m.text, span: m.span, words, joinOnly });
  }
  return out;
}

/**
 * Capitalised word sequences of two to three words ending with `word` ("Kanye West" for
 * "West"), without a leading function word capitalised at a sentence start ("While West").
 */
function fullNamesEndingWith(text: string, word: string): { text: string; span: Span }[] {
  const out: { text: string; span: Span }[] = [];
  const pattern = new RegExp(`(?<![\\p{L}])(?:\\p{Lu}[\\p{L}'’.-]*[ \\t\\u00a0]+){1,2}${escapeRegExp(word)}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(pattern)) {
    let start = m.index ?? 0;
    const first = /^\S+[ \t\u00a0]+/.exec(m[0])?.[0] ?? '';
    if (NOT_NAMES.has(first.trim().toLowerCase())) start += first.length;
    const name = text.slice(start, (m.index ?? 0) + m[0].length);
    if (name.includes(' ') && looksLikeName(name)) out.push({ text: name, span: { start, end: start + name.length } });
  }
  return out;
}

/** Drops the end of a previous sentence caught in a mention ("Heel. Donald Trump"); initials stay. */
function trimSentenceTail<M extends { text: string; span: Span }>(m: M): M {
  const cut = /^.*\p{L}{2}[.!?]\s+(?=\p{Lu})/su.exec(m.text);
  if (!cut) return m;
  return { ...m, text: m.text.slice(cut[0].length), span: shifted(m, cut[0].length) };
}

/**
 * The mention's span without its first `cut` characters, when the span holds the mention's
 * words as written; a speaker's name stands on the span of its source (`Mara Quell` on
 * `she`), whose characters it does not spell, so that span stays whole.
 */
function shifted(m: { text: string; span: Span }, cut: number): Span {
  return m.span.end - m.span.start === m.text.length ? { start: m.span.start + cut, end: m.span.end } : m.span;
}

/**
 * Drops sentence openers capitalised at the start of a mention ("Meanwhile Chef Rory" →
 * "Chef Rory", "Because I" → "I"), so what is left is judged as a name on its own.
 */
function dropOpeners<M extends { text: string; span: Span }>(m: M): M {
  let text = m.text;
  for (let cut = /^(\p{L}+)[ \t\u00a0]+(?=\S)/u.exec(text); cut && OPENERS.has(cut[1].toLowerCase()); cut = /^(\p{L}+)[ \t\u00a0]+(?=\S)/u.exec(text)) {
    text = text.slice(cut[0].length);
  }
  return text === m.text ? m : { ...m, text, span: shifted(m, m.text.length - text.length) };
}

/**
 * Whether a mention reads as a proper name rather than a description, pronoun or headline:
 * every word capitalised (particles such as "van" aside), no leading article or pronoun
 * ("the singer", "his friend"), no pronoun, question word or preposition inside ("Share
 * This Story", "… Reveals How Politics Ruined His Friendship With …") and no number ("No. 45").
 */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || NOT_NAMES.has(words[0].toLowerCase())) return false;
  const bare = words.map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, '').toLowerCase());
  if (bare.slice(1).some((w) => INNER_NOT_NAMES.has(w)) || bare.some((w) => /^\p{N}+$/u.test(w))) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}
