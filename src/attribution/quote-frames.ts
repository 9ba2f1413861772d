/**
 * Less common frames around a quotation:
 *   `He said:` ending one paragraph, the quote opening the next;
 *   transcripts (`"PENCE: Well, look, …`), where the speaker label is the source;
 *   a name and a colon before the quote (`- Carl Ostrow: "…"` in a digest);
 *   a clause of a named subject ending in a colon (`Brandt went further: "…"`);
 *   a quote inside a sentence whose cue follows it
 *   (`With thousands of systems, "there is no single point of failure," he said.`).
 */
import type { Token } from './tokenize.js';
import type { QuotedSpan } from './quote-marks.js';
import type { Found } from './types.js';
import { cueAt, findCueAfter } from './direct-quotes.js';
import { findLeftSource } from './noun-phrase.js';
import { subjectEndBefore } from './foreign-cues.js';
import { sentenceSubject } from './sentence-subject.js';
import { wordsCapitalisedMidSentence } from './speaker-names.js';
import { FOREIGN_WEEKDAYS, SUBJECT_PRONOUNS, TITLE_FUNCTION_WORDS, WEEKDAYS } from './word-lists.js';

/** Verbs of answering that, closing the paragraph before a quote, introduce it (`… before she answered.`). */
const ANSWER_VERBS: ReadonlySet<string> = new Set(['answered', 'replied', 'responded', 'retorted', 'answers', 'replies', 'responds', 'retorts']);

/**
 * `He said:` or `The Times reports:` closing the paragraph before the quote; or an answer
 * with nothing after it but an adverb (`Pell put the question to her, and Solace laughed
 * before she answered.`, `He replied simply.`): the quote is the answer.
 */
export function attributeParagraphIntro(
  tokens: Token[],
  q: QuotedSpan,
  sentences: { first: number; last: number }[],
): Found | null {
  if (q.open < 1) return null;
  let p = q.open - 1;
  while (p >= 0 && tokens[p].type === 'break') p--;
  if (p < 0 || tokens[p].paragraph === q.paragraph) return null;
  if (tokens[p].text === '.') {
    let v = p - 1;
    if (tokens[v]?.type === 'word' && tokens[v].lower.endsWith('ly')) v--;
    if (v < 1 || tokens[v].type !== 'word' || !ANSWER_VERBS.has(tokens[v].lower)) return null;
    const src = findLeftSource(tokens, v - 1, sentences[tokens[v].sentence]?.first ?? v);
    if (!src || src.last !== v - 1) return null;
    return {
      kind: 'direct', content: [{ first: q.open, last: q.close >= 0 ? q.close : q.last }], cue: { first: v, last: v },
      source: { first: src.first, last: src.last }, sentence: tokens[v].sentence, confidence: 0.6, rule: 'direct/answer-paragraph', inherited: false,
    };
  }
  if (tokens[p].text !== ':') return null;
  const s = tokens[p].sentence >= 0 ? sentences[tokens[p].sentence] : null;
  const floor = s ? s.first : Math.max(0, p - 12);
  for (let c = p - 1; c >= floor && c >= p - 8; c--) {
    const cue = cueAt(tokens, c);
    if (!cue) continue;
    const src = findLeftSource(tokens, c - 1, floor);
    return {
      kind: 'direct', content: [{ first: q.open, last: q.close >= 0 ? q.close : q.last }],
      cue: { first: cue.first, last: p }, source: src ? { first: src.first, last: src.last } : null,
      sentence: tokens[c].sentence, confidence: src ? 0.8 : 0.4, rule: 'direct/colon-paragraph', inherited: false,
    };
  }
  return null;
}

/** Rule of a quotation credited to the name and colon before it (`attributeNameLabel`). */
export const NAME_LABEL_RULE = 'direct/name-label';

/** Marks a name label may follow: it opens its sentence or comes after one of these. */
const LABEL_OPENERS: ReadonlySet<string> = new Set(['-', '—', '–', ']', ')', '.', '|']);
const MAX_LABEL_WORDS = 5;

/**
 * A name and a colon right before the quotation (`- Carl Ostrow: "…"`, `Mara Quell: "…"`),
 * as digests and round-ups cite: the name is the source, the colon the cue. The name is
 * one to five capitalised words opening the sentence or following a dash or bracket; one
 * with a title-case function word is a section label (`The Latest:`), not a name.
 */
export function attributeNameLabel(tokens: Token[], q: QuotedSpan, sentenceStart: number): Found | null {
  const colon = q.open - 1;
  if (colon < 1 || tokens[colon].text !== ':' || tokens[colon].paragraph !== q.paragraph) return null;
  let k = colon - 1;
  while (k >= sentenceStart && colon - k <= MAX_LABEL_WORDS && tokens[k].type === 'word' && (tokens[k].upper || tokens[k].lower === 'and')) k--;
  const first = k + 1;
  if (first >= colon || !tokens[first].upper || colon - first > MAX_LABEL_WORDS) return null;
  if (k >= sentenceStart && !LABEL_OPENERS.has(tokens[k].text)) return null;
  for (let n = first; n < colon; n++) if (TITLE_FUNCTION_WORDS.has(tokens[n].lower) && tokens[n].lower !== 'and') return null;
  return {
    kind: 'direct', content: [{ first: q.open, last: q.close >= 0 ? q.close : q.last }], cue: { first: colon, last: colon },
    source: { first, last: colon - 1 }, sentence: tokens[colon].sentence, confidence: 0.6, rule: NAME_LABEL_RULE, inherited: false,
  };
}

/** A transcript turn: the quote starts with an upper-case name and a colon. */
export function attributeSpeakerLabel(tokens: Token[], q: QuotedSpan): Found | null {
  let k = q.first;
  while (k <= q.last && k - q.first < 4 && tokens[k].type === 'word' && isAllCaps(tokens[k].text)) k++;
  if (k === q.first || k > q.last || tokens[k].text !== ':' || k + 1 > q.last) return null;
  return {
    kind: 'direct', content: [{ first: k + 1, last: q.close >= 0 ? q.close : q.last }],
    cue: { first: k, last: k }, source: { first: q.first, last: k - 1 },
    sentence: tokens[q.first].sentence, confidence: 0.8, rule: 'direct/speaker-label', inherited: false,
  };
}

/** Days that may stand between a cue and the quotation it introduces, in the languages read. */
const DAYS_BETWEEN: ReadonlySet<string> = new Set([
  ...Object.keys(WEEKDAYS), ...FOREIGN_WEEKDAYS, 'yesterday', 'today', 'hier', 'ayer', 'hoy', 'gestern', 'heute', 'el', 'am',
]);

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

/** A quotation inside a sentence, attributed by a cue right after it. */
export function attributeEmbedded(tokens: Token[], q: QuotedSpan, sentenceStart: number): Found | null {
  if (q.close < 0 || q.open < 0) return null;
  const after = findCueAfter(tokens, q);
  if (after && after.source) {
    // `"…," she said, but despite the tone, "I think he will do it," said Kunin`: after an
    // earlier quotation of the sentence, with its own cue, the lead-in is not this quote's:
    // the quotation alone is.
    // (Fragments of one mixed quote have no cue between them: `Guns are "a crisis" and
    // "a scourge," Dean said`.)
    for (let k = q.open - 1; k >= sentenceStart; k--) {
      if (tokens[k].type !== 'close') continue;
      let cued = false;
      for (let j = k + 1; j < q.open && !cued; j++) cued = cueAt(tokens, j) !== null;
      if (!cued) break;
      return {
        kind: 'direct', content: [{ first: q.open, last: q.close }], cue: after.cue, source: after.source,
        sentence: tokens[after.cue.first].sentence, confidence: 0.7, rule: 'direct/cue-after', inherited: false,
      };
    }
    let first = sentenceStart;
    while (first < q.open && (tokens[first].lower === 'but' || tokens[first].lower === 'and' || tokens[first].text === ',')) first++;
    return {
      kind: 'mixed', content: [{ first, last: q.close }], cue: after.cue, source: after.source,
      sentence: tokens[after.cue.first].sentence, confidence: 0.7, rule: 'mixed/cue-after', inherited: false,
    };
  }
  // `Trump declared "I think …"`: the cue right before the opening mark, or before a day
  // (`a dénoncé mardi « un chantage »`, `said Tuesday "…"`).
  let c = q.open - 1;
  while (c > sentenceStart && c > q.open - 3 && DAYS_BETWEEN.has(tokens[c].lower)) c--;
  const cue = c >= sentenceStart ? cueAt(tokens, c) : null;
  if (cue) {
    // `Marrow a dénoncé « … »`: the subject stands before the participle's auxiliary.
    const src = findLeftSource(tokens, subjectEndBefore(tokens, cue, sentenceStart), sentenceStart);
    if (src) {
      return {
        kind: 'direct', content: [{ first: q.open, last: q.close }], cue, source: { first: src.first, last: src.last },
        sentence: tokens[c].sentence, confidence: 0.7, rule: 'direct/cue-adjacent', inherited: false,
      };
    }
  }
  return null;
}

/** Rule of a quotation credited to the subject of the clause its colon ends (`attributeClauseColon`). */
export const CLAUSE_COLON_RULE = 'direct/clause-colon';

/**
 * A quotation after a colon that ends a clause with no reporting verb, whose subject is a
 * name or a pronoun and whose words name no cue (`Brandt went even further: "…"`): the words are
 * the subject's, the clause's verb phrase is the cue (as PolNeAR marks it), rather than the
 * previous speaker's. A subject that is a common noun phrase (`The plan is simple: "…"`) is
 * left to the quotation's context.
 */
export function attributeClauseColon(tokens: Token[], q: QuotedSpan, sentenceStart: number): Found | null {
  const colon = q.open - 1;
  if (colon < 1 || tokens[colon].text !== ':' || tokens[colon].paragraph !== q.paragraph) return null;
  const subject = sentenceSubject(tokens, sentenceStart, colon);
  if (!subject || subject.last + 1 >= colon) return null;
  // A pronoun, or a name the text capitalises mid-sentence (not `Thanks to …:`, `Ever since …:`).
  const head = tokens[subject.last];
  const person = subject.first === subject.last && SUBJECT_PRONOUNS[head.lower] !== undefined ? true : head.upper && wordsCapitalisedMidSentence(tokens).has(head.lower);
  const verb = tokens[subject.last + 1];
  if (!person || verb.type !== 'word' || verb.upper) return null;
  // A clause with a cue of its own (`Kasich resisted:`, `…, to which Olin interjected:`) is
  // the report rules' to read.
  for (let k = subject.last + 1; k < colon; k++) if (tokens[k].type !== 'word' || cueAt(tokens, k)) return null;
  return {
    kind: 'direct', content: [{ first: q.open, last: q.close >= 0 ? q.close : q.last }], cue: { first: subject.last + 1, last: colon },
    source: subject, sentence: tokens[colon].sentence, confidence: 0.6, rule: CLAUSE_COLON_RULE, inherited: false,
  };
}
