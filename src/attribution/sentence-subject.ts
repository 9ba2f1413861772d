/**
 * The subject of a narration sentence, read without a parser: the noun phrase that opens
 * the sentence (after `And`, `But` or a fronted clause ending in a comma) and ends before
 * its verb. Speaker resolution uses it for the sentence before a quote:
 * `Northline chief Dana Orr has apologised. "…," she said.` (the pronoun picks up the
 * subject) and `Asked about it, the 52-year-old shook his head. "…"` (a quote with no cue
 * is the subject's).
 */
import type { Token } from './tokenize.js';
import type { TokenRange } from './noun-phrase.js';
import { lookupCue } from './cue-forms.js';
import { DETERMINERS, IRREGULAR_PAST, MONTHS, NP_BARRIERS, TIME_WORDS, TITLES } from './word-lists.js';

const OPENERS = new Set(['and', 'but', 'so', 'yet', 'still', 'then', 'meanwhile', 'later', 'now']);
/** Words that open a fronted clause or phrase before the subject (`Asked whether …,`). */
const FRONTED = new Set([
  'asked', 'pressed', 'after', 'when', 'while', 'as', 'in', 'at', 'on', 'during', 'before', 'although',
  'though', 'since', 'with', 'despite', 'speaking', 'outside', 'inside', 'back', 'once', 'moments',
  'like', 'unlike',
]);
const MAX_FRONTED = 25;
const MAX_TIME = 5;
const MAX_PLACE = 3;

/**
 * After a town and its comma, the capitalised place and comma that follow it, if a
 * capitalised subject comes next (`in Salem, New Hampshire, Trump`; not `In October,
 * Mr. Paulson, who`).
 */
function skipPlace(tokens: Token[], k: number, end: number): number {
  if (MONTHS[tokens[k - 2].lower] !== undefined || TITLES.has(tokens[k].lower.replace(/\.$/, ''))) return k;
  let c = k;
  while (c < end && c - k < MAX_PLACE && tokens[c].type === 'word' && tokens[c].upper) c++;
  return c > k && tokens[c]?.text === ',' && tokens[c + 1]?.type === 'word' && tokens[c + 1].upper ? c + 1 : k;
}
const MAX_SUBJECT = 8;

/**
 * The subject phrase of the sentence `first..end` (end exclusive), or null when the
 * sentence opens with something else (a quotation, a verb, a fronted clause with no comma).
 */
export function sentenceSubject(tokens: Token[], first: number, end: number): TokenRange | null {
  let k = first;
  while (k < end && (OPENERS.has(tokens[k].lower) || tokens[k].text === ',')) k++;
  const t = tokens[k];
  if (!t || t.type !== 'word') return null;
  if (FRONTED.has(t.lower)) {
    let c = k + 1;
    while (c < end && c - k < MAX_FRONTED && tokens[c].text !== ',' && tokens[c].type !== 'open') c++;
    if (tokens[c]?.text !== ',') return null;
    k = c + 1;
    // `Speaking in Salem, New Hampshire, Trump …`: a state after the fronted clause's town.
    if (tokens[c - 1].upper) k = skipPlace(tokens, k, end);
  } else {
    // `Last month, a group of experts warned …`: a fronted time phrase.
    let c = k;
    while (c < end && c - k < MAX_TIME && tokens[c].type === 'word' && (TIME_WORDS.has(tokens[c].lower) || MONTHS[tokens[c].lower] !== undefined || /^\d+$/.test(tokens[c].text))) c++;
    if (c > k && tokens[c]?.text === ',') k = c + 1;
  }
  let e = k;
  for (; e < end && e - k < MAX_SUBJECT; e++) {
    const w = tokens[e];
    if (w.type !== 'word') break;
    if (w.upper) continue;
    const afterDeterminer = e > k && DETERMINERS.has(tokens[e - 1].lower);
    if (NP_BARRIERS.has(w.lower) || IRREGULAR_PAST.has(w.lower)) break;
    if (lookupCue(w.lower) && !afterDeterminer) break;
    // `the embattled mayor` keeps its participle; `Blix nodded` ends before it.
    if (e > k && /ed$/.test(w.lower) && !afterDeterminer) break;
    // `the director smiles`, `Blix smiles`: a present verb after the head.
    if (e > k && /[^s]s$/.test(w.lower) && tokens[e - 1].upper) break;
  }
  return e > k ? { first: k, last: e - 1 } : null;
}
