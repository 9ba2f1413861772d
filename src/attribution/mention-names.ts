/**
 * Which known name a speaker mention is about, and whether that name is the speaker: the
 * head of `Northline Ferries boss Delphine Arkwright` is Arkwright, while `a spokeswoman
 * for Olin`, `Olin's lawyer` and `the Olin campaign` are about Olin but spoken by someone
 * else (speakers.ts credits those to nobody).
 */
import type { Token } from './tokenize.js';
import type { PeopleIndex, PersonEntry } from './people.js';
import { DOCUMENT_NOUNS, ENTOURAGE_NOUNS, isTitleWord, ORGANISATION_WORDS, PERSON_NOUNS, TITLES } from './word-lists.js';

/**
 * The longest known name that heads a mention; of equal lengths the last, since the head of
 * a phrase ends it (`Northline Ferries boss Delphine Arkwright`). A name before a
 * preposition or `and` comes first (`Cam Ease for Morning Poll`, `Ease and Brandt`). One
 * after it heads the mention behind a title (`Secretary of State Ana Ruiz`), a share (`one
 * of Olin's messages`), `and` or an author's `by`/`from` (`an analysis by Ana Ruiz`), but
 * not behind a noun for someone else (`a spokeswoman for Olin`, `people close to Olin`).
 */
export function findNamed(words: Token[], index: PeopleIndex): PersonEntry | null {
  const cut = words.findIndex((w, k) => k > 0 && HEAD_ENDS.has(w.lower));
  if (cut <= 0) return namedIn(words, index);
  const head = words.slice(0, cut);
  const joint = words[cut].lower;
  const through = AUTHOR_JOINTS.has(joint) || (joint === 'of' && SHARES.has(head[head.length - 1].lower)) || onlyTitle(head);
  return namedIn(head, index) ?? (through ? namedIn(words, index) : null) ?? (head.some((w) => ENTOURAGE_NOUNS.has(w.lower)) ? null : placeThenName(words, cut, index));
}

/**
 * A name ending the mention after a place the joint governs (`the envoy to Ukraine Kurt
 * Volker`): the head's apposition, so the speaker. A name right after the joint (`an
 * adviser to Mara Olin`) is whom the head serves, and is not; nor is a name after a head
 * that speaks for another (`a spokeswoman for Harbor Board Chair Ada Brandt`).
 */
function placeThenName(words: Token[], cut: number, index: PeopleIndex): PersonEntry | null {
  const rest = words.slice(cut + 1);
  if (rest.length < 3 || !rest.every((w) => w.upper)) return null;
  const person = namedIn(rest.slice(1), index);
  if (!person) return null;
  const parts = person.name.toLowerCase().split(' ');
  const nameEndsMention = parts.length >= 2 && parts[parts.length - 1] === rest[rest.length - 1].lower && parts.length <= rest.length - 1;
  return nameEndsMention && parts[0] !== rest[0].lower ? person : null;
}

const HEAD_ENDS: ReadonlySet<string> = new Set(['and', 'for', 'of', 'at', 'from', 'with', 'in', 'on', 'by', 'to']);
/** Joints after which a name is still the speaker: another subject, or an author. */
const AUTHOR_JOINTS: ReadonlySet<string> = new Set(['and', 'by', 'from']);
/** Words for a share of something (`one of`, `some of`). */
const SHARES: ReadonlySet<string> = new Set(['one', 'some', 'many', 'most', 'all', 'none', 'several', 'few', 'both', 'each', 'any', 'two', 'three']);

/** Whether words before a preposition are a title (`Secretary of State …`, `Florida's Secretary of …`). */
function onlyTitle(words: Token[]): boolean {
  return words.every((w, k) => {
    if ((k === 0 && w.lower === 'the') || w.lower === "'s") return true;
    if (ENTOURAGE_NOUNS.has(w.lower)) return false;
    return isTitleWord(w.lower) || (w.upper && !PERSON_NOUNS.has(w.lower));
  });
}

/**
 * Whether a noun names someone who speaks for another, or a body (`lawyer`, `campaign`,
 * `spokeswoman`): the name it belongs to (`Olin's lawyer`, `the Olin campaign`) is not
 * the speaker.
 */
export function speaksFor(word: Token): boolean {
  const w = word.lower;
  return !word.upper && !DOCUMENT_NOUNS.has(w) && (ENTOURAGE_NOUNS.has(w) || PERSON_NOUNS.has(w) || TITLES.has(w) || ORGANISATION_WORDS.has(w));
}

/**
 * Whether the name ending before `words[end]` only says whose the head is: a possessor of a
 * noun for someone else (`Olin's former lawyer`; `Olin's tweets` are still hers) or a
 * modifier of one (`the Olin campaign`, `Olin aide`).
 */
function belongsToHead(words: Token[], end: number): boolean {
  // The whole capitalised run decides (`Prime Minister Lena Holt's spokesman`: not `Lena` alone).
  let e = end;
  while (words[e]?.upper && words[e].start === words[e - 1].end + 1) e++;
  const next = words[e];
  if (next === undefined) return false;
  // A modifier stands right before its noun (`Olin aide`); `Olin, chairman of …` is an apposition.
  if (next.lower !== "'s") return next.start === words[e - 1].end + 1 && speaksFor(next);
  for (let k = e + 1; k < words.length && !words[k].upper; k++) if (speaksFor(words[k])) return true;
  return false;
}

/** The longest known name in `words`; with `heads`, only one that is not a head's possessor or modifier. */
export function namedIn(words: Token[], index: PeopleIndex, heads = true): PersonEntry | null {
  for (let len = Math.min(3, words.length); len >= 1; len--) {
    for (let i = words.length - len; i >= 0; i--) {
      // The key is built only for runs of capitalised words (no slice per window).
      let key = words[i].text;
      let capitalised = words[i].upper;
      for (let k = i + 1; k < i + len && capitalised; k++) {
        capitalised = words[k].upper;
        key += ` ${words[k].text}`;
      }
      if (!capitalised) continue;
      const p = index.byName.get(key.toLowerCase());
      if (p && !(heads && belongsToHead(words, i + len))) return p;
    }
  }
  return null;
}
