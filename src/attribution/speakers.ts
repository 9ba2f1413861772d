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
import { nameEvidence, type NameEvidence } from './speaker-names.js';
import { foreignPronoun, isForeignCue } from './foreign-cues.js';

/** A resolved speaker and how sure the resolution is. */
export interface ResolvedSpeaker {
  name: string | null;
  confidence: number;
}

/** Cue forms that ask a question: the next pronoun-credited answer is the person asked. */
const ASK_FORMS: ReadonlySet<string> = new Set(['asked', 'asks', 'ask', 'questioned']);

/** Definite articles of French, Spanish and German (`le maire`, `el alcalde`, `der Bürgermeister`). */
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'el', 'der', 'die', 'das']);

/** How many paragraphs back the last speaker stays salient for a pronoun. */
const SALIENT_PARAGRAPHS = 10;

/**
 * Resolves the speakers of `found` (in text order).
 *
 * @param text The text the tokens point into.
 * @param doc Tokens and sentences.
 * @param found Attributions sorted by position.
 * @param outlet The publishing outlet, which is never a speaker (default none).
 */
export function resolveSpeakers(text: string, doc: Tokenized, found: Found[], outlet: string | null = null): ResolvedSpeaker[] {
  if (found.length === 0) return [];
  const { tokens } = doc;
  const index = indexPeople(tokens);
  const names = nameEvidence(text, tokens, outlet);
  // Quotes that inherit a source take the speaker already resolved for that source.
  const bySource = new Map<string, Resolution>();
  const out: ResolvedSpeaker[] = [];
  let last: Salient | null = null;
  // Speaker of the latest attribution per sentence: a pronoun later in the same sentence
  // refers to that clause's subject (`The singer says … — in which he said, "…"`).
  const bySentence = new Map<number, Resolution>();
  let asker: { name: string } | null = null;
  let beforeAsker: Salient | null = null;
  for (const f of found) {
    const at = f.cue ? f.cue.first : f.content[0].first;
    const paragraph = tokens[at].paragraph;
    const sentence = tokens[at].sentence;
    const sameSentence = f.source && isPersonalPronoun(tokens[f.source.first]) ? bySentence.get(sentence) : undefined;
    const key = f.source ? `${f.source.first}:${f.source.last}` : '';
    const inherited = f.inherited ? bySource.get(key) : undefined;
    let r: Resolution = inherited
      ? inherited
      : sameSentence && sameSentence.name
        ? sameSentence
        : f.source
          ? resolveMention(text, tokens, f.source, index, last, at, names)
          : f.cue && isForeignCue(tokens, f.cue)
            ? droppedSubject(tokens, index, last, at)
            : { name: null, confidence: 0, person: null };
    // `Halvorsen asked whether he regretted it. "No," he said.`: the answer is the person
    // asked (the speaker before the asker), not the asker.
    if (asker && r.name === asker.name && !inherited && f.source && isPersonalPronoun(tokens[f.source.first]) && beforeAsker?.person) {
      const gender = SUBJECT_PRONOUNS[tokens[f.source.first].lower];
      if (beforeAsker.name !== asker.name && compatible(beforeAsker.person, gender)) r = { name: beforeAsker.name, confidence: 0.6, person: beforeAsker.person };
    }
    const question = f.cue !== null && ASK_FORMS.has(tokens[f.cue.first].lower);
    if (question && r.name) [asker, beforeAsker] = [{ name: r.name }, last];
    else if (f.cue) asker = null;
    if (r.name) bySentence.set(sentence, r);
    if (f.source && !bySource.has(key)) bySource.set(key, r);
    out.push({ name: r.name, confidence: r.confidence });
    // Relative pronouns (`who sees things …`) do not make their referent the topic.
    const relative = f.source !== null && (tokens[f.source.first].lower === 'who' || tokens[f.source.first].lower === 'which');
    if (r.name && !relative) last = { person: r.person, name: r.name, paragraph };
  }
  return out;
}

/** The latest resolved speaker, salient for pronouns and descriptions. */
interface Salient {
  person: PersonEntry | null;
  name: string;
  paragraph: number;
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
  names: NameEvidence,
): Resolution {
  const words = tokens.slice(source.first, source.last + 1).filter((t) => t.type === 'word');
  if (words.length === 0) return { name: null, confidence: 0, person: null };
  // `Ellis, a former aide`: an apposition describes the head before the comma; a name
  // the head gives wins over the description.
  let comma = source.first + 1;
  while (comma < source.last && tokens[comma].text !== ',') comma++;
  if (comma < source.last) {
    const head = resolveMention(text, tokens, { first: source.first, last: comma - 1 }, index, last, at, names);
    if (head.name) return head;
  }
  // 1. A name in the mention (skipping titles): the longest known match.
  // A mention that names an outlet (`The Daily Echo, an entertainment website`, `the
  // headline, published by the Daily Echo`) reports; it is not a speaker.
  if (names.mentionsOutlet(words)) return { name: null, confidence: 0, person: null };
  const named = findNamed(words, index);
  if (named) return names.isOutlet(named.name) ? { name: null, confidence: 0, person: null } : { name: named.name, confidence: 0.95, person: named };
  const head = words[words.length - 1];
  // 2. Pronouns.
  const pronoun = SUBJECT_PRONOUNS[head.lower] ?? foreignPronoun(head.lower);
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
  const article = words[0].lower === 'the' || DEFINITE_ARTICLES.has(words[0].lower);
  if (head.upper && words.every((w, k) => w.upper || w.lower === 'of' || w.lower === "'s" || (k === 0 && article))) {
    const start = article ? 1 : 0;
    const kept = words.slice(start).filter((w) => !TITLES.has(w.lower.replace(/\.$/, '')) || words.length - start === 1);
    if (kept.length > 0) {
      // A name that cannot speak (an outlet, a weekday) is nobody, not a description.
      if (!names.canSpeak(kept)) return { name: null, confidence: 0, person: null };
      const name = text.slice(kept[0].start, kept[kept.length - 1].end);
      return { name, confidence: 0.7, person: null };
    }
  }
  // 4. Documents stand for their author: `The message continued`.
  if (DOCUMENT_NOUNS.has(head.lower) && words.length <= 3 && last) {
    return { name: last.name, confidence: 0.5, person: last.person };
  }
  // 5. Descriptions: a noun the text used for someone, else the salient person.
  const definite = words[0].lower === 'the' || words[0].lower === 'his' || words[0].lower === 'her' || DEFINITE_ARTICLES.has(words[0].lower);
  if (!definite) return { name: null, confidence: 0, person: null };
  const role = index.people.filter((p) => p.roles.has(head.lower) && p.mentions[0] < at);
  if (role.length === 1) return { name: role[0].name, confidence: 0.7, person: role[0] };
  const possessive = words[0].lower === 'his' || words[0].lower === 'her';
  if (possessive) {
    const other = nearestPerson(tokens, index, at, (p) => !last || p !== last.person);
    return other ? { name: other.name, confidence: 0.5, person: other } : { name: null, confidence: 0, person: null };
  }
  if (last && last.person) return { name: last.name, confidence: 0.55, person: last.person };
  // No speaker yet: the description is of the person the article is about so far.
  const topic = topicalPerson(index, at);
  return topic ? { name: topic.name, confidence: 0.4, person: topic } : { name: null, confidence: 0, person: null };
}

/**
 * The speaker of a cue with no subject (Spanish `«…», dijo.`, where the verb carries the
 * person): the last speaker when recent, else the person named last before the cue.
 */
function droppedSubject(tokens: Token[], index: PeopleIndex, last: Salient | null, at: number): Resolution {
  const near = nearestPerson(tokens, index, at, () => true);
  if (last && last.person && tokens[at].paragraph - last.paragraph <= 1) return { name: last.name, confidence: 0.6, person: last.person };
  return near ? { name: near.name, confidence: 0.5, person: near } : { name: null, confidence: 0, person: null };
}

/** The person mentioned most often before token `at` (the earliest on a tie). */
function topicalPerson(index: PeopleIndex, at: number): PersonEntry | null {
  let best: PersonEntry | null = null;
  let bestCount = 0;
  for (const p of index.people) {
    let n = 0;
    for (const m of p.mentions) if (m < at) n++;
    if (n > bestCount || (n === bestCount && n > 0 && best && p.mentions[0] < best.mentions[0])) [best, bestCount] = [p, n];
  }
  return best;
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
  const pronoun = tokens[at].lower;
  for (; k < at; k++) {
    const t = tokens[k];
    if (t.type === 'open') inQuote = true;
    else if (t.type === 'close') inQuote = false;
    // The same pronoun before any name (`He told host Gus Halvorsen …, and he read out`)
    // carries the subject from before the sentence; the names after it are objects.
    else if (!inQuote && t.lower === pronoun) return null;
    else if (!inQuote && t.type === 'word' && t.upper) {
      const p = index.byName.get(t.lower);
      if (p && ok(p)) return p;
    }
  }
  return null;
}

function isPersonalPronoun(t: Token): boolean {
  if (t.lower === 'he' || t.lower === 'she') return true;
  const foreign = foreignPronoun(t.lower);
  return foreign === 'male' || foreign === 'female';
}
