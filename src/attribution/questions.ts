/**
 * A question put to someone in the passive, which PolNeAR annotates as an attribution whose
 * source is the asker, if named, else none. In a participle clause:
 *
 *   Asked whether the levy would pass, Quell said …      (content: whether the levy would pass)
 *   Asked about the strike on Monday, Quell …             (cue: Asked about)
 *   Asked by a reporter to explain the vote, Quell …      (source: a reporter)
 *   Quell, when asked if she would run, smiled.
 *   “…,” Quell told the Gazette when asked about the levy.   (runs to the sentence's end)
 *   When pressed about the levy, Quell …                  (`pressed`, `questioned`: only with a topic)
 *
 * the clause ends at its comma, and the one answering (the main clause's subject) gets a
 * report of their own from the other rules. With an auxiliary:
 *
 *   Quell was asked whether the levy would pass.          (cue: was asked)
 *   Quell was asked to name one vote.                     (content: Quell + to name one vote)
 *
 * the question runs to the clause's end, and an infinitive takes the subject into the
 * content, as the judgements do (judgements.ts).
 */
import type { Token } from './tokenize.js';
import { QUESTION_RULE, type Found } from './types.js';
import { findLeftSource, findRightSource, type TokenRange } from './noun-phrase.js';
import { commaPhraseEnd, contentEnd, makeReport, type SentenceBounds } from './clause-bounds.js';
import { SUBORDINATORS } from './word-lists.js';

/** Words that may open the participle clause before `asked` (`When asked …`). */
const OPENERS = new Set(['when', 'after', 'once', 'if']);
/** Words that open the question itself (`whether …`, `about …`, `to explain …`). */
const QUESTION_WORDS = new Set(['if', 'whether', 'what', 'why', 'how', 'who', 'whom', 'which', 'when', 'where', 'about', 'to']);
/** What must follow `pressed` or `questioned` for it to put a question. */
const TOPIC_WORDS = new Set(['about', 'on', 'whether', 'if']);
/** How far a time or place phrase may stand between `asked` and the question (`Asked on Monday whether`). */
const MAX_GAP = 6;

const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', "'s"]);

/** The participles that put a question (`Asked whether …`, `when pressed about …`). */
export const QUESTION_PARTICIPLES: readonly string[] = ['asked', 'pressed', 'questioned'];

/**
 * How `asked` at `c` opens a participle clause: `start` when first in the sentence or after
 * a comma (with or without an opener), `inner` after an opener inside the sentence
 * (`…, Quell told the Gazette when asked about …`), else null.
 */
function opensClause(tokens: Token[], c: number, s: SentenceBounds): 'start' | 'inner' | null {
  let k = c - 1;
  const opener = k >= s.first && OPENERS.has(tokens[k].lower);
  if (opener) k--;
  if (k < s.first || tokens[k].text === ',') return 'start';
  return opener ? 'inner' : null;
}

/** Whether the clause holding the cue at `first` opens with a subordinator, with no comma since. */
function subordinate(tokens: Token[], first: number, s: SentenceBounds): boolean {
  for (let k = first - 1; k >= s.first; k--) {
    if (tokens[k].text === ',') return false;
    if (SUBORDINATORS.has(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * The question put in the participle clause whose `asked` is token `c`, or null when the
 * word is used otherwise (`Quell asked the board …` has a subject and the usual rules).
 *
 * @param inQuote For each token, whether it sits inside quotation marks (a comma there does
 *   not end the clause).
 */
export function findQuestion(tokens: Token[], c: number, s: SentenceBounds, inQuote: Uint8Array): Found | null {
  const word = tokens[c].lower;
  if (!QUESTION_PARTICIPLES.includes(word)) return null;
  // `pressed` and `questioned` put a question only with its topic (`when pressed about the
  // levy`); alone they are pressure or doubt (`When pressed by the board, Quell …`).
  if (word !== 'asked' && !TOPIC_WORDS.has(tokens[c + 1]?.lower ?? '')) return null;
  const passive = c - 1 >= s.first && PASSIVE_AUXILIARIES.has(tokens[c - 1].lower);
  const clause = passive ? null : opensClause(tokens, c, s);
  if (!passive && !clause) return null;
  const cue: TokenRange = { first: passive ? c - 1 : c, last: c };
  let k = c + 1;
  let source: TokenRange | null = null;
  if (tokens[k]?.lower === 'about' || (word !== 'asked' && tokens[k]?.lower === 'on')) {
    cue.last = k;
    k++;
  } else {
    if (tokens[k]?.lower === 'by') {
      const agent = findRightSource(tokens, k + 1, s.last);
      if (!agent) return null;
      // `by host Gus Halvorsen whether …`: the asker ends where the question starts.
      let end = agent.first;
      while (end < agent.last && !QUESTION_WORDS.has(tokens[end + 1].lower)) end++;
      source = { first: agent.first, last: end };
      k = end + 1;
    }
    // `Asked during a January debate why …`: the question starts at its own word.
    for (let j = k; j <= s.last && j - k < MAX_GAP; j++) {
      if (tokens[j].type !== 'word') break;
      if (QUESTION_WORDS.has(tokens[j].lower)) {
        k = j;
        break;
      }
    }
  }
  if (passive) {
    // `The question was asked twice` puts no question.
    if (k > s.last || tokens[k].type !== 'word' || (cue.last === c && !QUESTION_WORDS.has(tokens[k].lower))) return null;
    let end = contentEnd(tokens, k, s);
    // `When Quell was questioned about the levy, her answer …`: in a subordinate clause the
    // question ends at the clause's comma.
    const phrase = subordinate(tokens, cue.first, s) ? commaPhraseEnd(tokens, k, end, inQuote) : -1;
    if (phrase >= 0) end = phrase;
    if (end < k) return null;
    const content: TokenRange[] = [];
    // `Quell was asked to name one vote`: the one asked is part of what was asked.
    const subject = tokens[k].lower === 'to' ? findLeftSource(tokens, cue.first - 1, s.first) : null;
    if (subject) content.push({ first: subject.first, last: subject.last });
    content.push({ first: k, last: end });
    return makeReport(tokens, cue, source, content, QUESTION_RULE, 0.6);
  }
  let last = commaPhraseEnd(tokens, k, s.last, inQuote);
  if (last < k) {
    // `Quell told the Gazette when asked whether she would run.`: a clause inside the
    // sentence may run to the sentence's end, if a question or its topic opens it (`when
    // asked back in May` puts none).
    if (clause !== 'inner' || (cue.last === c && !QUESTION_WORDS.has(tokens[k]?.lower ?? ''))) return null;
    last = contentEnd(tokens, k, s);
    // No comma, no main clause: not a participle clause after all.
    if (last < k) return null;
  }
  return makeReport(tokens, cue, source, [{ first: k, last }], QUESTION_RULE, 0.6);
}
