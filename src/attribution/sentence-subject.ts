/**
 * The subject of a narration sentence, read without a parser: the noun phrase that opens
 * the sentence (after `And`, `But` or a fronted clause ending in a comma) and ends before
 * its verb. Speaker resolution uses it for the sentence before a quote:
 * `Northline chief Dana Orr has apologised. "…," she said.` (the pronoun picks up the
 * subject) and `Asked about it, the 52-year-old shook his head. "…"` (a quote with no cue
 * is the subject's). A gerund after a comma takes the subject of the clause before it
 * (`clauseSubject`).
 */
import type { Token } from './tokenize.js';
import { findLeftSource, isAdverb, isNameModal, type TokenRange } from './noun-phrase.js';
import { afterDateline, closingMark, isTimePhrase } from './clause-bounds.js';
import { isFiniteVerb, isPastTense } from './verb-forms.js';
import { lookupCue } from './cue-forms.js';
import { DETERMINERS, FINITE_AUXILIARIES, FOREIGN_OPENING_PREPOSITIONS, FOREIGN_WEEKDAYS, IRREGULAR_PAST, isTitleWord, MONTHS, NP_BARRIERS, TIME_WORDS } from './word-lists.js';

const OPENERS = new Set(['and', 'but', 'so', 'yet', 'still', 'then', 'meanwhile', 'later', 'now', 'however']);
/** Words that open a fronted clause or phrase before the subject (`Asked whether …,`). */
const FRONTED = new Set([
  'asked', 'pressed', 'after', 'when', 'while', 'as', 'in', 'at', 'on', 'during', 'before', 'although',
  'though', 'since', 'with', 'despite', 'speaking', 'outside', 'inside', 'back', 'once', 'moments',
  'like', 'unlike', 'by', 'for', 'under', 'throughout', 'amid', 'following', 'within', 'without',
  'until', 'because', 'if', 'given', ...FOREIGN_OPENING_PREPOSITIONS,
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
  if (MONTHS[tokens[k - 2].lower] !== undefined || isTitleWord(tokens[k].lower)) return k;
  let c = k;
  while (c < end && c - k < MAX_PLACE && tokens[c].type === 'word' && tokens[c].upper) c++;
  return c > k && tokens[c]?.text === ',' && tokens[c + 1]?.type === 'word' && tokens[c + 1].upper ? c + 1 : k;
}
/**
 * Units a fronted time phrase counts in, besides TIME_WORDS, and `an` beside its `a` (`A few
 * minutes later`, `An hour later`).
 */
const TIME_UNITS: ReadonlySet<string> = new Set(['minutes', 'minute', 'hours', 'hour', 'moments', 'decades', 'decade', 'an']);
/** Last words of a time phrase that needs no comma before the subject (`Hours later Quell …`). */
const RELATIVE_TIME: ReadonlySet<string> = new Set(['later', 'earlier', 'ago']);

/** Other languages' days and parts of a day that open a sentence (`Dimanche soir,`, `Am Montagabend`). */
const FOREIGN_TIME_WORDS: ReadonlySet<string> = new Set([
  ...FOREIGN_WEEKDAYS, 'soir', 'matin', 'noche', 'tarde', 'sera', 'mattina', 'pomeriggio', 'abend', 'nachmittag',
  'vormittag', 'hier', 'ayer', 'ieri', 'gestern', 'el', 'le', 'la', 'am', 'por', 'di',
]);

function isTimeWord(t: Token): boolean {
  return TIME_WORDS.has(t.lower) || TIME_UNITS.has(t.lower) || FOREIGN_TIME_WORDS.has(t.lower) || MONTHS[t.lower] !== undefined || /^\d+$/.test(t.text);
}

/** Lower-case words inside an apposed name (`former Secretary of State Hillary Clinton`, `Ann Lee and Ivo Brandt`). */
const APPOSED_NAME_WORDS: ReadonlySet<string> = new Set(['of', 'and']);
/** Longest apposed name read back from its closing comma (`former Secretary of State Hillary Clinton`). */
const MAX_APPOSED_NAME_RUN = 8;

/** Prepositions opening a time phrase before a subject (`on Wednesday the minister`). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'by', 'since', 'until']);

const MAX_SUBJECT = 8;
/** Subjects that only hold a verb's place (`There is`, `Here are`). */
const EXPLETIVES: ReadonlySet<string> = new Set(['there', 'here']);
/** Capitalised sentence openers whose `'s` is `is` or `has` (`He's`, `That's`). */
const CONTRACTING: ReadonlySet<string> = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'here', 'who', 'this', 'where']);

/**
 * The subject phrase of the sentence `first..end` (end exclusive), or null when the
 * sentence opens with something else (a quotation, a verb, a fronted clause with no comma).
 */
export function sentenceSubject(tokens: Token[], first: number, end: number): TokenRange | null {
  let k = end > first ? afterDateline(tokens, first, end - 1) : first;
  while (k < end && (OPENERS.has(tokens[k].lower) || tokens[k].text === ',')) k++;
  const t = tokens[k];
  if (!t || t.type !== 'word') return null;
  // `Accompanied by Dr Simi Okafor, …`, `Flanked by aides, …`: a participle and its agent
  // front the sentence as `Asked whether …` does.
  const byAgent = tokens[k + 1]?.lower === 'by' && /ed$/.test(t.lower);
  if (FRONTED.has(t.lower) || byAgent) {
    const c = frontedComma(tokens, k + 1, end);
    if (c < 0) return null;
    k = c + 1;
    // `Accompanied by Dr Simi Okafor, chief executive of the port, the minister …`: a role
    // set off by commas after a name ending the phrase is that name's apposition.
    if (tokens[c - 1].upper) k = afterRoleApposition(tokens, k, end);
    // `With her husband, former President Bill Clinton, standing by her side, Hillary Clinton
    // has told …`: a name and a participle after the comma still belong to the fronted phrase.
    const next = frontedComma(tokens, k, end);
    const participle = tokens[next + 1];
    if (next > 0 && next - k <= MAX_APPOSED_NAME + 1 && participle?.type === 'word' && !participle.upper && participle.lower.endsWith('ing')) {
      const again = frontedComma(tokens, next + 1, end);
      if (again > 0) k = again + 1;
    }
    // `Speaking in Salem, New Hampshire, Trump …`: a state after the fronted clause's town.
    if (tokens[c - 1].upper) k = skipPlace(tokens, k, end);
  } else {
    // `Last month, a group of experts warned …`, `A few minutes later they …`: a fronted time
    // phrase, with its comma or ending in `later`, `earlier`, `ago`.
    let c = k;
    while (c < end && c - k < MAX_TIME && tokens[c].type === 'word' && isTimeWord(tokens[c])) c++;
    if (c > k && tokens[c]?.text === ',') k = c + 1;
    else if (c > k && c < end && RELATIVE_TIME.has(tokens[c - 1].lower) && tokens[c].type === 'word') k = c;
  }
  let e = k;
  for (; e < end && e - k < MAX_SUBJECT; e++) {
    const w = tokens[e];
    if (w.type !== 'word') break;
    // A name's possessive stays inside the subject (`Pell's deputy`; `He's` is `he is`).
    if (w.upper || (w.lower === "'s" && e > k && !CONTRACTING.has(tokens[e - 1].lower))) continue;
    const afterDeterminer = e > k && DETERMINERS.has(tokens[e - 1].lower);
    if (NP_BARRIERS.has(w.lower) || IRREGULAR_PAST.has(w.lower)) break;
    if (lookupCue(w.lower) && !afterDeterminer) break;
    // `the embattled mayor` keeps its participle; `Blix nodded` ends before it.
    if (e > k && /ed$/.test(w.lower) && !afterDeterminer) break;
    // `the director smiles`, `Blix smiles`: a present verb after the head.
    if (e > k && /[^s]s$/.test(w.lower) && tokens[e - 1].upper) break;
  }
  // `There is …`: an expletive subject names nobody.
  if (e === k || (e === k + 1 && EXPLETIVES.has(tokens[k].lower))) return null;
  // `Pell's deputy, Camille Ashdown, struck …`: a name set off by commas is the subject's own.
  return { first: k, last: appositionEnd(tokens, e, end) ?? e - 1 };
}

/**
 * The comma that ends a fronted phrase starting at `from`, or -1: quotations inside it are
 * passed whole (`Speaking to "CBS This Morning" Monday, Rubio …`); a quotation's closing
 * mark stands for a comma just inside it (`On “This Week,” Rubio …`).
 */
function frontedComma(tokens: Token[], from: number, end: number): number {
  let c = from;
  while (c < end && c - from < MAX_FRONTED && tokens[c].text !== ',') {
    if (tokens[c].type === 'open') {
      const close = closingMark(tokens, c, end - 1);
      if (close < 0) return -1;
      // `Later on “This Week,” Sanders …`: the phrase's comma set inside the closing mark.
      if (tokens[close - 1]?.text === ',') return close;
      c = close;
    }
    c++;
  }
  return tokens[c]?.text === ',' ? c : -1;
}

/** Longest name an apposition may be (`Camille Ashdown`, `Sen. Ada J. Brandt`). */
const MAX_APPOSED_NAME = 4;

/** Words a role apposition may run to (`chief executive of the Brackwater Harbour Authority`). */
const MAX_ROLE_APPOSITION = 10;

/**
 * The token after a role apposition opening at `k` (lower-case words with no verb, then a
 * comma and a word): `chief executive of the port,` is skipped; `officials said,` is not.
 */
function afterRoleApposition(tokens: Token[], k: number, end: number): number {
  const first = tokens[k];
  if (!first || first.type !== 'word' || first.upper || DETERMINERS.has(first.lower)) return k;
  let c = k;
  while (c < end && c - k < MAX_ROLE_APPOSITION && tokens[c].type === 'word' && !isFiniteVerb(tokens[c]) && !lookupCue(tokens[c].lower)) c++;
  return tokens[c]?.text === ',' && tokens[c + 1]?.type === 'word' ? c + 1 : k;
}

/** The last token of a capitalised name between the comma at `comma` and another comma, or null. */
function appositionEnd(tokens: Token[], comma: number, end: number): number | null {
  if (tokens[comma]?.text !== ',') return null;
  let k = comma + 1;
  while (k < end && k - comma <= MAX_APPOSED_NAME && tokens[k].type === 'word' && tokens[k].upper) k++;
  return k > comma + 1 && k < end && tokens[k].text === ',' ? k - 1 : null;
}

/** Words that open a subordinate clause before its subject (`when protesters interrupted`). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'as', 'after', 'while', 'because', 'since', 'before', 'once', 'until', 'though', 'although']);
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** How far into a clause its verb may be. */
const MAX_VERB = 10;

/**
 * The subject of the clause that ends right before `end` (a gerund or its comma), for
 * `…, when protesters interrupted her speech, shouting "…"` and `Hours later, Trump
 * returned the compliment, telling Reuters, "…"`: the phrase that opens the clause after a
 * comma (or `when`, `as` …, or a quotation and its comma; not a time phrase) and comes
 * before its verb (past tense, a finite auxiliary or a reporting verb). Clauses further
 * left are tried in turn, past relative clauses (`Trump, who spoke for an hour, attacked
 * …`) and over quotations whole, whose commas and verbs are the quoted speaker's; then the
 * sentence's subject (see `sentenceSubject`).
 */
export function clauseSubject(tokens: Token[], first: number, end: number): TokenRange | null {
  let f = end;
  while (f > first) {
    f--;
    while (f > first && tokens[f].text !== ',') f = tokens[f].type === 'close' ? quotationOpening(tokens, f, first) - 1 : f - 1;
    if (f < first) f = first;
    const start = tokens[f].text === ',' ? f + 1 : f;
    const found = subjectBeforeVerb(tokens, pastQuotation(tokens, start, end), end) ?? appositionSubject(tokens, first, start);
    if (found) return found;
  }
  return sentenceSubject(tokens, first, end);
}

/**
 * `…, but on Wednesday the transport minister, Rhodri Vance, did it for her, announcing …`:
 * a clause at `start` that opens with its finite verb after the comma closing an apposition
 * has the noun phrase and its apposition before it as subject.
 */
function appositionSubject(tokens: Token[], first: number, start: number): TokenRange | null {
  const verb = tokens[start];
  if (start - 2 < first || tokens[start - 1]?.text !== ',' || verb?.type !== 'word' || verb.upper || !(isPastTense(verb) || FINITE_AUXILIARIES.has(verb.lower))) return null;
  // The apposition is a name set off by commas (`…, the minister, Rhodri Vance, did`), not
  // the end of a phrase before a participle (`a letter to Comey, signed by …`).
  let n = start - 2;
  while (n > first && n > start - 2 - MAX_APPOSED_NAME_RUN && tokens[n].type === 'word' && (tokens[n].upper || APPOSED_NAME_WORDS.has(tokens[n].lower) || isTitleWord(tokens[n].lower))) n--;
  if (n === start - 2 || tokens[n].text !== ',' || !tokens[n + 1].upper && !isTitleWord(tokens[n + 1].lower)) return null;
  const src = findLeftSource(tokens, start - 1, first);
  if (!src) return null;
  // (Not the time phrase before it: `on Wednesday`.)
  let k = src.first;
  while (k < start - 2 && (TIME_PREPOSITIONS.has(tokens[k].lower) || (isTimeWord(tokens[k]) && !DETERMINERS.has(tokens[k].lower)))) k++;
  return k < start - 2 ? { first: k, last: src.last } : null;
}

/** The opening mark of the quotation that closes at `close`, or `first`. */
function quotationOpening(tokens: Token[], close: number, first: number): number {
  for (let k = close - 1; k > first; k--) if (tokens[k].type === 'open') return k;
  return first;
}

/** Past a quotation (and its comma) that opens a clause at `start` (`"…," she said`); else `start`. */
function pastQuotation(tokens: Token[], start: number, end: number): number {
  if (tokens[start]?.type !== 'open') return start;
  const close = closingMark(tokens, start, end - 1);
  // Unclosed before `end`: no clause opens after it.
  if (close < 0) return end;
  return tokens[close + 1]?.text === ',' ? close + 2 : close + 1;
}

/**
 * The subject opening the clause at `start`, before a past-tense verb, a finite auxiliary
 * (`is`, `has`) or a reporting verb (`told`, `says`) ahead of `end`; not a relative pronoun.
 */
function subjectBeforeVerb(tokens: Token[], start: number, end: number): TokenRange | null {
  const k = SUBORDINATORS.has(tokens[start]?.lower) ? start + 1 : start;
  for (let v = k + 1; v < end && v - k <= MAX_VERB; v++) {
    const w = tokens[v];
    if (w.type !== 'word') return null;
    const cue = w.upper ? null : lookupCue(w.lower);
    if (!(isPastTense(w) || (FINITE_AUXILIARIES.has(w.lower) && !isNameModal(tokens, v)) || (cue && !cue.gerund)) || DETERMINERS.has(tokens[v - 1].lower)) continue;
    const src = findLeftSource(tokens, v - 1, k);
    // `…, last year proposed a ban`: a time phrase stands where the subject would.
    if (!src || src.clauseStart !== k || RELATIVE_PRONOUNS.has(tokens[src.first].lower) || isTimePhrase(tokens, src)) return null;
    // `There is a lot of chatter about Perez, saying …`: an expletive subject names nobody.
    if (src.first === src.last && EXPLETIVES.has(tokens[src.first].lower)) return null;
    return { first: src.first, last: src.last };
  }
  return null;
}

/** Whether the name at token `m` is a clause's subject: a finite verb follows the name (`Brel has been`, `Ada Brel famously shared`). */
export function isNamedSubject(tokens: Token[], m: number): boolean {
  let k = m + 1;
  while (k < tokens.length && tokens[k].type === 'word' && tokens[k].upper) k++;
  if (k < tokens.length && isAdverb(tokens[k])) k++;
  return k < tokens.length && isFiniteVerb(tokens[k]);
}
