/**
 * Which capitalised mentions can name a speaker at all. A weekday or month cannot; nor an
 * outlet the text presents as a publisher (`the entertainment site Daily Echo`, `published
 * by Metro Pulse`, the article's own outlet); nor a single capitalised word the text never
 * capitalises mid-sentence (a headline or sentence-opening common noun: `Insiders say`,
 * `Leaked texts show`).
 */
import type { Token } from './tokenize.js';
import { MONTHS, OUTLET_NOUNS, WEEKDAYS } from './word-lists.js';

/**
 * First and last words that make a capitalised name a place that cannot speak: the part of
 * word-lists' PLACE_FIRST_WORDS and PLACE_LAST_WORDS (which keep places out of the people
 * index) that never names a body that does (`Port Authority`, `Orange County`, `City Hall`).
 */
const PLACE_WORDS_FIRST: ReadonlySet<string> = new Set(['isle', 'lake', 'mount', 'mt', 'cape', 'glen']);
const PLACE_WORDS_LAST: ReadonlySet<string> = new Set(['island', 'islands', 'valley', 'beach', 'springs', 'falls', 'heights', 'hills', 'mountains', 'river']);

/** Evidence about names in one text; built lazily, since most mentions never need it. */
export interface NameEvidence {
  /** Whether a capitalised mention (titles removed) can be a speaker. */
  canSpeak(words: Token[]): boolean;
  /** Whether a resolved name is an outlet. */
  isOutlet(name: string): boolean;
  /** Whether the text capitalises a word (lower-cased) somewhere inside a sentence. */
  capitalisedMidSentence(word: string): boolean;
  /** Whether a mention names an outlet anywhere in it (`the headline, published by the Echo`). */
  mentionsOutlet(words: Token[]): boolean;
}

/**
 * Reads the name evidence of a text.
 *
 * @param outlet The publishing outlet, never a speaker, or null.
 */
export function nameEvidence(text: string, tokens: Token[], outlet: string | null): NameEvidence {
  let outletNames: Set<string> | null = null;
  const outlets = (): Set<string> => {
    if (!outletNames) {
      outletNames = findOutlets(text, tokens);
      if (outlet) outletNames.add(outlet.toLowerCase());
    }
    return outletNames;
  };
  const capitalisedMidSentence = (): ReadonlySet<string> => wordsCapitalisedMidSentence(tokens);
  return {
    canSpeak(words) {
      if (outlets().has(words.map((w) => w.lower).join(' '))) return false;
      // A place by its words (`the Isle of Varra`, `Lake Tarn`, `Varra Island`) is where, not who.
      if (words.length > 1 && (PLACE_WORDS_FIRST.has(words[0].lower) || PLACE_WORDS_LAST.has(words[words.length - 1].lower))) return false;
      if (words.length === 1) {
        const w = words[0].lower;
        if (Object.hasOwn(WEEKDAYS, w) || Object.hasOwn(MONTHS, w)) return false;
        // Acronyms (`NATO`, `CNN`) are names wherever they stand.
        const acronym = words[0].text.length > 1 && words[0].text === words[0].text.toUpperCase();
        if (!acronym && !capitalisedMidSentence().has(w)) return false;
      }
      return true;
    },
    isOutlet(name) {
      return outlets().has(name.toLowerCase());
    },
    capitalisedMidSentence(word) {
      return capitalisedMidSentence().has(word);
    },
    mentionsOutlet(words) {
      // Pronouns and descriptions never name an outlet; skip building the list for them.
      if (!words.some((w) => w.upper)) return false;
      const known = outlets();
      if (known.size === 0) return false;
      for (let i = 0; i < words.length; i++) {
        if (!words[i].upper) continue;
        let name = words[i].lower;
        if (known.has(name)) return true;
        for (let k = i + 1; k < words.length && k < i + 5 && words[k].upper; k++) {
          name += ` ${words[k].lower}`;
          if (known.has(name)) return true;
        }
      }
      return false;
    },
  };
}

const MID_SENTENCE = new WeakMap<Token[], Set<string>>();

/**
 * The words (lower-cased) a text capitalises somewhere inside a sentence of its body: names
 * and other proper nouns, not common words that are capitalised only opening a sentence or
 * in the title (`Insiders say`, `Team Ada sees …`). Read once per text, whichever stage
 * asks first (people index, quote frames, speaker names).
 */
export function wordsCapitalisedMidSentence(tokens: Token[]): ReadonlySet<string> {
  const known = MID_SENTENCE.get(tokens);
  if (known) return known;
  const out = new Set<string>();
  MID_SENTENCE.set(tokens, out);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || !t.upper || t.paragraph === 0) continue;
    const prev = tokens[i - 1];
    if (prev.sentence === t.sentence && prev.type !== 'open' && prev.text !== ':' && prev.text !== '—') out.add(t.lower);
  }
  return out;
}

/**
 * Names the text presents as publishers: `the entertainment site Daily Echo`,
 * `published by Metro Pulse`, `Metro Pulse, a local news site`.
 */
function findOutlets(text: string, tokens: Token[]): Set<string> {
  const out = new Set<string>();
  const runAt = (k: number): number => {
    let e = k;
    while (e < tokens.length && e - k < 5 && tokens[e].type === 'word' && tokens[e].upper) e++;
    return e;
  };
  const add = (k: number, e: number): void => {
    if (e > k) out.add(text.slice(tokens[k].start, tokens[e - 1].end).toLowerCase().replace(/\s+/g, ' '));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || t.upper) continue;
    let k = i + 1;
    if (OUTLET_NOUNS.has(t.lower) || ((t.lower === 'by' || t.lower === 'with') && /^(?:published|reached|shared|reported)$/.test(tokens[i - 1]?.lower ?? ''))) {
      if (tokens[k]?.lower === 'the') k++;
      if (tokens[k]?.upper && tokens[k].type === 'word') add(k, runAt(k));
      continue;
    }
    // `Metro Pulse, a local news site` / `The Daily Echo, an entertainment website`.
    if ((t.lower === 'a' || t.lower === 'an') && tokens[i - 1]?.text === ',') {
      let n = i + 1;
      while (n < tokens.length && n - i <= 4 && tokens[n].type === 'word' && !OUTLET_NOUNS.has(tokens[n].lower)) n++;
      if (!OUTLET_NOUNS.has(tokens[n]?.lower ?? '')) continue;
      let e = i - 2;
      while (e >= 0 && tokens[e].type === 'word' && tokens[e].upper) e--;
      add(e + 1, i - 1);
    }
  }
  // `The Daily Echo` and `Daily Echo` are one outlet.
  for (const o of [...out]) if (o.startsWith('the ')) out.add(o.slice(4));
  return out;
}
