/**
 * Resolves each attribution's local mention (`Legend`, `he`, `the "All of Me" singer`,
 * `his former producer`) to a name stated in the article: a small within-article
 * coreference pass over the people index.
 *
 * Order of evidence: a name or alias in the mention; a pronoun → the last speaker when
 * compatible, else the nearest compatible person; a description → a person the text
 * described with the same noun, else the most salient person (the last speaker, or for
 * `his …`/`her …` the most recent *other* person, since the possessive points at the
 * speaker and the description at someone else). Nothing resolvable → null.
 */
import type { Tokenized, Token } from './tokenize.js';
import type { Found } from './types.js';
import { indexPeople, type PeopleIndex, type PersonEntry } from './people.js';
import { DOCUMENT_NOUNS, SUBJECT_PRONOUNS, TITLES } from './word-lists.js';

/** A resolved speaker and how sure the resolution is. */
export interface ResolvedSpeaker {
  name: string | null;
  confidence: number;
}

/** How many paragraphs back the last speaker stays salient for a pronoun. */
const SALIENT_PARAGRAPHS = 10;

/**
 * Resolves the speakers of `found` (in text order).
 *
 * @param text The text the tokens point into.
 * @param doc Tokens and sentences.
 * @param found Attributions sorted by position.
 */
export function resolveSpeakers(text: string, doc: Tokenized, found: Found[]): ResolvedSpeaker[] {
  if (found.length === 0) return [];
  const { tokens } = doc;
  const index = indexPeople(tokens);
  const out: ResolvedSpeaker[] = [];
  let last: { person: PersonEntry | null; name: string; paragraph: number } | null = null;
  // Speaker of the latest attribution per sentence: a pronoun later in the same sentence
  // refers to that clause's subject (`The singer says … — in which he said, "…"`).
  const bySentence = new Map<number, Resolution>();
  for (const f of found) {
    const at = f.cue ? f.cue.first : f.content[0].first;
    const paragraph = tokens[at].paragraph;
    const sentence = tokens[at].sentence;
    const sameSentence = f.source && isPersonalPronoun(tokens[f.source.first]) ? bySentence.get(sentence) : undefined;
    const r: Resolution = sameSentence && sameSentence.name
      ? sameSentence
      : f.source ? resolveMention(text, tokens, f.source, index, last, at) : { name: null, confidence: 0, person: null };
    if (r.name) bySentence.set(sentence, r);
    out.push({ name: r.name, confidence: r.confidence });
    // Relative pronouns (`who sees things …`) do not make their referent the topic.
    const relative = f.source !== null && (tokens[f.source.first].lower === 'who' || tokens[f.source.first].lower === 'which');
    if (r.name && !relative) last = { person: r.person, name: r.name, paragraph };
  }
  return out;
}

interface Resolution extends ResolvedSpeaker {
  person: PersonEntry | null;
}

function resolveMention(
  text: string,
  tokens: Token[],
  source: { first: number; last: number },
  index: PeopleIndex,
  last: { person: PersonEntry | null; name: string; paragraph: number } | null,
  at: number,
): Resolution {
  const words = tokens.slice(source.first, source.last + 1).filter((t) => t.type === 'word');
  if (words.length === 0) return { name: null, confidence: 0, person: null };
  // 1. A name in the mention (skipping titles): the longest known match.
  const named = findNamed(words, index);
  if (named) return { name: named.name, confidence: 0.95, person: named };
  const head = words[words.length - 1];
  // 2. Pronouns.
  const pronoun = SUBJECT_PRONOUNS[head.lower];
  if (words.length === 1 && pronoun !== undefined) {
    if (pronoun === 'male' || pronoun === 'female') {
      // A person named earlier in the same sentence, outside the quote, is the subject
      // the pronoun picks up (`While West … — "…," he said`).
      const inSentence = personEarlierInSentence(tokens, index, source.first, (p) => p.gender === pronoun);
      if (inSentence) return { name: inSentence.name, confidence: 0.7, person: inSentence };
      const paragraph = tokens[at].paragraph;
      if (last && last.person && compatible(last.person, pronoun) && paragraph - last.paragraph <= SALIENT_PARAGRAPHS) {
        return { name: last.name, confidence: 0.8, person: last.person };
      }
      const near = nearestPerson(tokens, index, at, (p) => compatible(p, pronoun));
      return near ? { name: near.name, confidence: 0.6, person: near } : { name: null, confidence: 0, person: null };
    }
    if (head.lower === 'who') {
      const near = nearestPerson(tokens, index, source.first, () => true, 4);
      return near ? { name: near.name, confidence: 0.7, person: near } : { name: null, confidence: 0, person: null };
    }
    return { name: null, confidence: 0, person: null };
  }
  // 3. Capitalised mention not in the index: an organisation or a single surname.
  if (head.upper && words.every((w, k) => w.upper || w.lower === 'of' || w.lower === "'s" || (k === 0 && w.lower === 'the'))) {
    const start = words[0].lower === 'the' ? 1 : 0;
    const kept = words.slice(start).filter((w) => !TITLES.has(w.lower.replace(/\.$/, '')) || words.length - start === 1);
    if (kept.length > 0) {
      const name = text.slice(kept[0].start, kept[kept.length - 1].end);
      return { name, confidence: 0.7, person: null };
    }
  }
  // 4. Documents stand for their author: `The message continued`.
  if (DOCUMENT_NOUNS.has(head.lower) && words.length <= 3 && last) {
    return { name: last.name, confidence: 0.5, person: last.person };
  }
  // 5. Descriptions: a noun the text used for someone, else the salient person.
  const definite = words[0].lower === 'the' || words[0].lower === 'his' || words[0].lower === 'her';
  if (!definite) return { name: null, confidence: 0, person: null };
  const role = index.people.filter((p) => p.roles.has(head.lower) && p.mentions[0] < at);
  if (role.length === 1) return { name: role[0].name, confidence: 0.7, person: role[0] };
  const possessive = words[0].lower === 'his' || words[0].lower === 'her';
  if (possessive) {
    const other = nearestPerson(tokens, index, at, (p) => !last || p !== last.person);
    return other ? { name: other.name, confidence: 0.5, person: other } : { name: null, confidence: 0, person: null };
  }
  if (last && last.person) return { name: last.name, confidence: 0.55, person: last.person };
  const near = nearestPerson(tokens, index, at, () => true);
  return near ? { name: near.name, confidence: 0.4, person: near } : { name: null, confidence: 0, person: null };
}

function findNamed(words: Token[], index: PeopleIndex): PersonEntry | null {
  for (let len = Math.min(3, words.length); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const slice = words.slice(i, i + len);
      if (!slice.every((w) => w.upper)) continue;
      const key = slice.map((w) => w.text).join(' ').toLowerCase();
      const p = index.byName.get(key);
      if (p) return p;
    }
  }
  return null;
}

function compatible(p: PersonEntry, gender: string): boolean {
  return p.gender === null || p.gender === gender;
}

/** The person mentioned last before token `at` that passes `ok`. */
function nearestPerson(
  tokens: Token[],
  index: PeopleIndex,
  at: number,
  ok: (p: PersonEntry) => boolean,
  within = 400,
): PersonEntry | null {
  let best: PersonEntry | null = null;
  let bestAt = -1;
  for (const p of index.people) {
    if (!ok(p)) continue;
    for (const m of p.mentions) if (m < at && m > bestAt && at - m <= within) {
      best = p;
      bestAt = m;
    }
  }
  // Surname-only mentions count too: scan back for the nearest indexed word.
  for (let k = at - 1; k > bestAt && k >= 0 && at - k <= within; k--) {
    const t = tokens[k];
    if (t.type !== 'word' || !t.upper) continue;
    const p = index.byName.get(t.lower);
    if (p && ok(p)) return p;
  }
  return best;
}

/**
 * The first person named in the sentence before `at`, outside quotation marks: usually
 * the subject the pronoun picks up.
 */
function personEarlierInSentence(
  tokens: Token[],
  index: PeopleIndex,
  at: number,
  ok: (p: PersonEntry) => boolean,
): PersonEntry | null {
  const sentence = tokens[at].sentence;
  let k = at;
  while (k > 0 && tokens[k - 1].sentence === sentence) k--;
  let inQuote = false;
  for (; k < at; k++) {
    const t = tokens[k];
    if (t.type === 'open') inQuote = true;
    else if (t.type === 'close') inQuote = false;
    else if (!inQuote && t.type === 'word' && t.upper) {
      const p = index.byName.get(t.lower);
      if (p && ok(p)) return p;
    }
  }
  return null;
}

function isPersonalPronoun(t: Token): boolean {
  return t.lower === 'he' || t.lower === 'she';
}
