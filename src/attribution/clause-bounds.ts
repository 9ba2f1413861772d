/**
 * Where a reported clause starts and ends: the words between a cue and its content
 * (addressee, time and place phrases, `that`), and the boundaries that end it (sentence
 * end, `, adding …`, `, according to …`, a new reporting clause).
 */
import type { Token } from './tokenize.js';
import type { TokenRange } from './noun-phrase.js';
import type { Found } from './types.js';
import { findRightSource, holdsClauseVerb, isAdverb, isAsideDash, opensQuantity } from './noun-phrase.js';
import { lookupCue, type CueForm } from './cue-forms.js';
import { FOREIGN_COMPLEMENTIZERS } from './cue-lexicon.js';
import { DETERMINERS, FINITE_AUXILIARIES, FINITE_COPULAS, MONTHS, NEGATIONS, TIME_WORDS, WEEKDAYS } from './word-lists.js';
import { isFiniteVerb, isPastTense } from './verb-forms.js';

// Heads of time, place and manner phrases that can follow a cue with no content after them.
const ADVERBIAL_HEADS = new Set(['in', 'on', 'at', 'during', 'via', 'by', 'from', 'within', 'last', 'this', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'again', 'repeatedly', 'recently', 'privately', 'publicly', 'also', 'afterward', 'afterwards']);
const CLAUSE_MARKERS = new Set(['that', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'should', 'can', 'could', 'did', 'does', "'s", "'re"]);
/** Adverbs without -ly that modify a cue (`said again the plan …`). */
const CUE_ADVERBS: ReadonlySet<string> = new Set(['again', 'also', 'often', 'once', 'later', 'afterward', 'afterwards']);
/** How far into a clause after a cue's adverbs its verb may stand (`privately the new harbor plan would fail`). */
const CLAUSE_VERB_REACH = 8;
const PREPOSITIONS = new Set(['for', 'about', 'on', 'in', 'at', 'to', 'with', 'by', 'from', 'of', 'during', 'after', 'before', 'over']);
// Prepositions that start a phrase between a cue and its content (`said in a statement that`).
const PP_HEADS = new Set(['in', 'on', 'at', 'during', 'to', 'with', 'after', 'before', 'last', 'this', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'again', 'repeatedly', 'recently', 'privately', 'publicly', 'also', 'of', 'about']);

/** Prepositions that stand between a cue and its `that` only in a span of time (`said for the first time that`, `made clear over the weekend that`), never with an object (`hoping for two things that day`). */
const TIME_ONLY_HEADS: ReadonlySet<string> = new Set(['for', 'over']);
/** Nouns of a span of time after TIME_ONLY_HEADS. */
const SPAN_NOUNS: ReadonlySet<string> = new Set(['time', 'times', 'weekend', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'day', 'days', 'hours', 'summer', 'winter']);

/** Whether a TIME_ONLY_HEADS preposition at `k` opens a span of time (`for the first time`, `for years`, `over the weekend`). */
function timeSpanAt(tokens: Token[], k: number, last: number): boolean {
  if (!TIME_ONLY_HEADS.has(tokens[k].lower)) return false;
  for (let j = k + 1; j <= last && j <= k + 4; j++) {
    if (SPAN_NOUNS.has(tokens[j].lower)) return true;
    if (tokens[j].type !== 'word' || tokens[j].lower === 'that') return false;
  }
  return false;
}

/** Content made only of a time or place phrase (`said Monday`, `told reporters in Ohio`). */
export function onlyAdverbial(tokens: Token[], start: number, end: number): boolean {
  if (!ADVERBIAL_HEADS.has(tokens[start].lower)) return false;
  // `reported at least six cranes stood idle`: a quantity opens a noun phrase.
  if (opensQuantity(tokens, start)) return false;
  // `said that in 2019 the levy failed`: after `that`, a phrase with a verb of its own opens
  // the clause said (`said that on Monday` is still a time).
  if (tokens[start - 1]?.lower === 'that' && holdsClauseVerb(tokens, start, end)) return false;
  // `say this is just a rough patch`: `this` with a verb after it is the clause's subject.
  if (tokens[start].lower === 'this' && hasClauseMarker(tokens, start, end)) return false;
  // `said Monday night's vote was rigged`, `last week's vote`: a time's possessive opens a
  // noun phrase, the subject of what was said.
  let k = start;
  while (k < start + 3 && k < end && TIME_WORDS.has(tokens[k].lower)) k++;
  if (k > start && tokens[k].lower === "'s") return false;
  if (end - start <= 6) return true;
  // A longer phrase is still adverbial when it holds no clause (`in a new interview with …`).
  if (end - start > 12) return false;
  return !hasClauseMarker(tokens, start, end);
}

function hasClauseMarker(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k <= end; k++) if (CLAUSE_MARKERS.has(tokens[k].lower) && !possessiveOfTitle(tokens, k)) return true;
  return false;
}

/** `'s` between a name and a title is a possessive (`on MSNBC's “Morning Joe”`, `on Fox's Sunday show`), not `is`. */
function possessiveOfTitle(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k].lower === "'s" && tokens[k - 1]?.upper === true && next !== undefined && (next.type === 'open' || (next.type === 'word' && next.upper));
}

export function isTimePhrase(tokens: Token[], r: TokenRange): boolean {
  for (let k = r.first; k <= r.last; k++) if (!TIME_WORDS.has(tokens[k].lower)) return false;
  return true;
}

/** Whether tokens `r` are a day or month with an optional preposition (`on Monday`, `in May`). */
export function isDayPhrase(tokens: Token[], r: TokenRange): boolean {
  const first = TIME_PREPOSITIONS.has(tokens[r.first].lower) ? r.first + 1 : r.first;
  if (first > r.last) return false;
  for (let k = first; k <= r.last; k++) {
    const t = tokens[k];
    if (!t.upper || (WEEKDAYS[t.lower] === undefined && MONTHS[t.lower] === undefined)) return false;
  }
  return true;
}

const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in']);

/** Sentence token bounds (inclusive) around token `i`. */
export interface SentenceBounds {
  first: number;
  last: number;
}

/** Last token of the sentence content, before final punctuation and closing marks. */
export function trimEnd(tokens: Token[], from: number, to: number): number {
  let e = to;
  while (e >= from && (tokens[e].type === 'punct' || tokens[e].type === 'break')) e--;
  return e;
}

/** Where a content clause that starts at `start` ends: sentence end, or before `, adding`. */
export function contentEnd(tokens: Token[], start: number, s: SentenceBounds): number {
  // Content that opens inside a dash aside (`messages -- which had Legend urging West to …
  // -- on social media`) ends where the aside closes.
  const aside = dashBefore(tokens, start, s.first);
  const quoted = quotationThenVerb(tokens, start, s.last);
  if (quoted >= 0) return quoted;
  for (let k = start + 1; k <= s.last; k++) {
    const t = tokens[k];
    if (aside && isAsideDash(tokens[k])) return trimEnd(tokens, start, k - 1);
    // `criticized the policy and said allies …`: a coordinated reporting verb reports again;
    // so does one after its auxiliaries (`… and has promised`, `… but did not suggest`).
    if (t.lower === 'and' && coordinatedCue(tokens[k + 1])) return trimEnd(tokens, start, k - 1);
    if ((t.lower === 'and' || t.lower === 'but') && auxiliaryCue(tokens, k + 1, s.last)) return trimEnd(tokens, start, k - 1);
    if (t.text === ',' || t.text === ';' || t.text === '—') {
      // `called it a “ridiculous proposition,” adding …`: the comma inside a closing mark.
      let after = k + 1;
      while (after <= s.last && tokens[after].type === 'close') after++;
      const n = tokens[after];
      if (!n) break;
      const form = lookupCue(n.lower);
      if (form?.gerund) return trimEnd(tokens, start, k - 1);
      if (n.lower === 'according' && tokens[k + 2]?.lower === 'to') return trimEnd(tokens, start, k - 1);
      if (t.text === ';') return trimEnd(tokens, start, k - 1);
      if (t.text === ',' || t.text === '—') {
        // A comma inside a closing quote still ends the clause (`…with Trump," and last year accused`);
        // so does a dash before a new reporting clause (`as "scared" — Legend says …`).
        if (startsReportingClause(tokens, after, s.last)) return trimEnd(tokens, start, after - 1);
      }
    }
  }
  return trimEnd(tokens, start, s.last);
}

/**
 * `chanted "What curfew?" and kept going`: content that opens with a quotation followed by
 * `and` or `but` and a past-tense verb is the quotation; the verb goes on narrating. The
 * index of the closing mark, or -1.
 */
function quotationThenVerb(tokens: Token[], start: number, last: number): number {
  if (tokens[start].type !== 'open') return -1;
  let k = start + 1;
  while (k <= last && tokens[k].type !== 'close' && tokens[k].type !== 'open') k++;
  if (k > last || tokens[k].type !== 'close') return -1;
  const joiner = tokens[k + 1];
  const verb = tokens[k + 2];
  return joiner && verb && k + 2 <= last && (joiner.lower === 'and' || joiner.lower === 'but') && isPastTense(verb) ? k : -1;
}

/**
 * The comma right before token `c`, also one inside a closing mark (`a “ridiculous
 * proposition,” adding …`): its index, or -1.
 */
export function commaBefore(tokens: Token[], c: number): number {
  if (tokens[c - 1]?.text === ',') return c - 1;
  return tokens[c - 1]?.type === 'close' && tokens[c - 2]?.text === ',' ? c - 2 : -1;
}

/**
 * The last token of a phrase starting at `from` that ends at a comma (`Asked whether …,`,
 * `After saying …,`): the token before the first comma outside quotation marks, or a closing
 * mark right after a comma (`Asked whether she “has the integrity,” 75 percent …`); -1 when
 * no comma comes by `last`.
 *
 * @param inQuote For each token, whether it sits inside quotation marks.
 */
export function commaPhraseEnd(tokens: Token[], from: number, last: number, inQuote: Uint8Array): number {
  for (let j = from; j <= last; j++) {
    if (tokens[j].text === ',' && !inQuote[j]) return j - 1;
    if (tokens[j].type === 'close' && tokens[j - 1]?.text === ',') return j;
  }
  return -1;
}

/** The first closing mark after the opening mark at `open`, up to `last`; or -1. */
export function closingMark(tokens: Token[], open: number, last: number): number {
  for (let k = open + 1; k <= last; k++) if (tokens[k].type === 'close') return k;
  return -1;
}

/** Trained prior below which a cue form joined to what comes before is mostly no report of its own. */
const JOINED_PRIOR = 0.3;

/** Whether a cue form usually reports (no prior, or one of JOINED_PRIOR or more). */
function usuallyReports(form: CueForm): boolean {
  return form.prior === null || form.prior >= JOINED_PRIOR;
}

/**
 * Whether a form joined by `and` or `but` to a report reports again: a verb of speech,
 * finite or a gerund as asked, that usually reports (`and said`, `and asserting`).
 */
export function joinedSpeechForm(form: CueForm | null, gerund: boolean): form is CueForm {
  return form !== null && form.class === 'speech' && form.gerund === gerund && usuallyReports(form);
}

/** An inflected reporting verb (not the bare form, not -ing) that a plain `and` coordinates with the cue before (`and said`). */
function coordinatedCue(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || t.upper) return false;
  const form = lookupCue(t.lower);
  return joinedSpeechForm(form, false) && t.lower !== form.lemma;
}

/**
 * An auxiliary or negation before a coordinated verb (`and has promised`, `but did not
 * suggest`, `and also will`); not a form of `be`, which makes a passive (`and was asked`).
 */
function verbAuxiliary(w: string): boolean {
  return (FINITE_AUXILIARIES.has(w) && !FINITE_COPULAS.has(w)) || NEGATIONS.has(w) || w === 'also';
}

/** Whether auxiliaries (at least one) and then a coordinated reporting verb stand at `k` (`has promised`, `did not suggest`). */
function auxiliaryCue(tokens: Token[], k: number, last: number): boolean {
  let j = k;
  while (j <= last && j < k + 3 && verbAuxiliary(tokens[j].lower)) j++;
  if (j === k || j > last) return false;
  const t = tokens[j];
  if (t.type !== 'word' || t.upper) return false;
  return joinedSpeechForm(lookupCue(t.lower), false);
}

/** Whether an odd number of dashes stands between the sentence start and `start` (an aside is open). */
function dashBefore(tokens: Token[], start: number, first: number): boolean {
  let open = false;
  for (let k = first; k < start; k++) {
    if (!isAsideDash(tokens[k])) continue;
    open = !open;
    if (tokens[k + 1]?.text === '-') k++;
  }
  return open;
}

/**
 * Where a relative clause's content ends (`Marrow, who backed the project, said …`): at the
 * comma that closes the clause, before the main clause's verb. A relative clause between
 * commas reports only its own words, never the main clause's.
 */
export function relativeClauseEnd(tokens: Token[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    if (tokens[k].text !== ',') continue;
    let v = k + 1;
    // `who called it a “farce,” said …`: the comma inside a closing mark.
    while (v < end && tokens[v].type === 'close') v++;
    while (v < end && tokens[v].type === 'word' && !tokens[v].upper && (tokens[v].lower.endsWith('ly') || tokens[v].lower === 'also' || tokens[v].lower === 'then')) v++;
    const w = tokens[v];
    if (!w || w.type !== 'word' || w.upper) continue;
    const form = lookupCue(w.lower);
    // (`isFiniteVerb` holds the auxiliaries: `has`, `will`.)
    if ((form && !form.gerund) || isFiniteVerb(w)) return trimEnd(tokens, start, k - 1);
  }
  return end;
}

/** A new subject and its cue right after a comma (`…, Legend texted …`) end a clause. */
export function startsReportingClause(tokens: Token[], from: number, last: number): boolean {
  // `…, and last year accused …`: a coordinated reporting verb starts a new clause too.
  if (tokens[from]?.lower === 'and' || tokens[from]?.lower === 'but') {
    // `…, and he read out …`: a pronoun subject and any cue start a new clause.
    const subject = tokens[from + 1];
    if (subject && (subject.lower === 'he' || subject.lower === 'she' || subject.lower === 'they')) {
      const verb = tokens[from + 2];
      return verb !== undefined && verb.type === 'word' && !verb.upper && lookupCue(verb.lower) !== null && !lookupCue(verb.lower)!.gerund;
    }
    for (let k = from + 1; k <= last && k <= from + 4; k++) {
      const w = tokens[k];
      if (w.type !== 'word') return false;
      const form = lookupCue(w.lower);
      if (form && !w.upper && !form.gerund && usuallyReports(form)) return true;
      if (!TIME_WORDS.has(w.lower)) return false;
    }
    return false;
  }
  const t = tokens[from];
  const opener = t && (t.upper || t.lower === 'he' || t.lower === 'she' || t.lower === 'they' || t.lower === 'the' || t.lower === 'a' || t.lower === 'another');
  if (!t || t.type !== 'word' || !opener) return false;
  for (let k = from + 1; k <= last && k <= from + 5; k++) {
    const w = tokens[k];
    if (w.type !== 'word') return false;
    const form = lookupCue(w.lower);
    if (form && !w.upper && !form.gerund && usuallyReports(form)) return true;
  }
  return false;
}

/** How many words past a cue a prepositional phrase may run before its `that`. */
const PP_REACH = 10;

/** Skips an addressee, adverbial phrases and `that` between a cue and its content. */
export function contentStart(tokens: Token[], after: number, s: SentenceBounds, addressee: boolean): number {
  let k = after;
  if (k > s.last) return k;
  if (addressee && tokens[k].type === 'word' && tokens[k].lower !== 'that' && !PREPOSITIONS.has(tokens[k].lower)) {
    const np = findRightSource(tokens, k, s.last);
    if (np && !objectOfCue(tokens, np, s, after - 1)) k = addresseeEnd(tokens, np) + 1;
    // `told Victor Hale, 61, that …`: the addressee's age is still the addressee's.
    if (np && tokens[k]?.text === ',' && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') k += 3;
  }
  // Look a few tokens ahead for `that` after a prepositional or time phrase, past a show's
  // quoted title and its comma (`said on Harbor FM's “Noon Desk,” that …`), or after a span
  // counted back (`said three days ago that …`).
  if (tokens[k]?.type === 'word' && ((PP_HEADS.has(tokens[k].lower) && !TIME_ONLY_HEADS.has(tokens[k].lower)) || timeSpanAt(tokens, k, s.last) || tokens[k + 2]?.lower === 'ago')) {
    for (let j = k, words = 0; j <= s.last && words < PP_REACH; j++) {
      // `said on Friday (March 6) that …`: a date in brackets belongs to the phrase.
      j = pastBracketedDate(tokens, j, s.last);
      const t = tokens[j];
      if (!t) break;
      // Marks, and a comma only inside them (`“Noon Desk,”`): a comma of the sentence ends the phrase.
      const commaInMarks = t.text === ',' && tokens[j + 1]?.type === 'close';
      if (t.type !== 'word' && t.type !== 'open' && t.type !== 'close' && !commaInMarks) break;
      if (t.lower === 'that') return j + 1;
      // `pointing to his record and saying that …`: the `that` of a verb joined after the phrase is that verb's.
      if ((t.lower === 'and' || t.lower === 'but') && tokens[j + 1]?.type === 'word' && !tokens[j + 1].upper && lookupCue(tokens[j + 1].lower) !== null) break;
      if (t.type === 'word') words++;
    }
  }
  if (tokens[k]?.lower === 'that' || FOREIGN_COMPLEMENTIZERS.includes(tokens[k]?.lower ?? '')) return k + 1;
  // `said privately the plan would fail`, `have said repeatedly they …`: the cue's adverbs
  // stand before the clause said, which holds a verb of its own.
  let a = k;
  while (a <= s.last && tokens[a].type === 'word' && !tokens[a].upper && (CUE_ADVERBS.has(tokens[a].lower) || isAdverb(tokens[a]))) a++;
  if (a > k && a <= s.last && tokens[a].type === 'word' && holdsClauseVerb(tokens, a, Math.min(s.last, a + CLAUSE_VERB_REACH))) return a;
  // `said Monday the state would sue`, `said on Tuesday he …`: a day before a clause with
  // no `that` dates the cue; the clause after it is what was said.
  const clause = afterDayPhrase(tokens, k, s.last);
  if (clause > k) return clause;
  if (tokens[k]?.text === ',' || tokens[k]?.text === ':') {
    // `sagte, dass …`: the comma German sets before its complementiser.
    return FOREIGN_COMPLEMENTIZERS.includes(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  }
  return k;
}

/**
 * Whether the phrase `np` after the cue ending at `cue` is what was urged or asked, not
 * whom: it ends the clause (`urged a firm line.`, `urged a firm line, saying …`,
 * `reminded Quell of the vote, which …`). `tell` always takes its hearer first (`as he
 * tells it, two knives …`, `told reporters, adding …`), and an object pronoun is a hearer.
 */
function objectOfCue(tokens: Token[], np: TokenRange, s: SentenceBounds, cue: number): boolean {
  if (np.first === np.last && OBJECT_PRONOUNS.has(tokens[np.first].lower)) return false;
  const next = tokens[np.last + 1];
  if (next === undefined || np.last + 1 > s.last || next.text === ';') return true;
  if (TELL_FORMS.has(tokens[cue]?.lower ?? '')) return false;
  const after = tokens[np.last + 2];
  // (An age after the comma is still the hearer's: `told Victor Hale, 61, that …`.)
  return next.text === ',' && after !== undefined && after.type === 'word' && !/^\d/.test(after.text);
}

const TELL_FORMS: ReadonlySet<string> = new Set(['tell', 'tells', 'telling', 'told']);

/** Object pronouns, each a whole addressee (`told them the plan …`). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'us', 'me', 'you']);
/** Subject pronouns that open the clause said, after an addressee (`told reporters she …`). */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/**
 * The last token of the addressee in `np`, the noun phrase after `told`. A reported clause
 * with no `that` often follows the addressee straight away, and its subject is no part of
 * it: `told reporters she would run`, `told Harbor FM the plan would fail`, `told them we
 * …`, `told supporters Friday the …` (the day is left to the content's own check).
 */
function addresseeEnd(tokens: Token[], np: TokenRange): number {
  const first = tokens[np.first];
  const next = tokens[np.first + 1];
  if (OBJECT_PRONOUNS.has(first.lower)) return np.first;
  // `told her the plan …` (object) but `told her staff …` (possessive).
  if (first.lower === 'her' && next && (CLAUSE_SUBJECTS.has(next.lower) || DETERMINERS.has(next.lower) || DAY_WORDS.has(next.lower))) return np.first;
  for (let k = np.first + 1; k <= np.last; k++) {
    const t = tokens[k];
    if (CLAUSE_SUBJECTS.has(t.lower)) return k - 1;
    // A day, but not a name in capitals or a possessive (`told Harbor TODAY's desk`).
    if (DAY_WORDS.has(t.lower) && t.text !== t.text.toUpperCase() && tokens[k + 1]?.lower !== "'s") return k - 1;
    // A determiner opens a second noun phrase, unless it follows another or a preposition
    // (`all the staff`, `donors since the spring`).
    const prev = tokens[k - 1].lower;
    if (DETERMINERS.has(t.lower) && !DETERMINERS.has(prev) && !PREPOSITIONS.has(prev) && prev !== 'since') return k - 1;
  }
  return np.last;
}

/** Words that name a day (`Monday`, `yesterday`, `tonight`). */
export const DAY_WORDS: ReadonlySet<string> = new Set([...Object.keys(WEEKDAYS), 'yesterday', 'today', 'tonight']);
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
const RECENT_SPANS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'year', 'night']);

/**
 * The token after a day phrase at `k` (`Monday`, `on Tuesday night`, `last week`) when a
 * clause follows it (a finite verb before the sentence ends, and no `'s`: `Monday night's
 * vote` is a noun phrase); else `k`.
 */
function afterDayPhrase(tokens: Token[], k: number, last: number): number {
  let j = k;
  if (tokens[j]?.lower === 'on' && DAY_WORDS.has(tokens[j + 1]?.lower ?? '')) j++;
  if (DAY_WORDS.has(tokens[j]?.lower ?? '')) {
    j++;
    if (PARTS_OF_DAY.has(tokens[j]?.lower ?? '')) j++;
    j = pastBracketedDate(tokens, j, last);
  } else if ((tokens[j]?.lower === 'last' || tokens[j]?.lower === 'this') && RECENT_SPANS.has(tokens[j + 1]?.lower ?? '')) j += 2;
  else return k;
  const next = tokens[j];
  if (j > last || !next || next.type !== 'word' || next.lower === "'s" || next.lower === 'that') return k;
  for (let v = j + 1; v <= last; v++) if (isFiniteVerb(tokens[v])) return j;
  return k;
}

/** Longest date in brackets after a day (`on Friday (April 27)`). */
const MAX_BRACKETED_DATE = 5;

/** Past a short date in brackets at `j` (`(April 27)`, `(March 6, 2026)`), else `j`. */
function pastBracketedDate(tokens: Token[], j: number, last: number): number {
  if (tokens[j]?.text !== '(') return j;
  for (let k = j + 1; k <= last && k <= j + MAX_BRACKETED_DATE; k++) {
    if (tokens[k].text === ')') return k > j + 1 ? k + 1 : j;
    if (tokens[k].type !== 'word' && tokens[k].text !== ',' && tokens[k].text !== '.') return j;
  }
  return j;
}

/** How far a wire dateline may run before its dash (`NEW YORK, Jan. 5 (Reuters) -`). */
const DATELINE_TOKENS = 12;

/**
 * The token after a wire dateline opening a paragraph (`PORT ALDER (Northwind News) —`,
 * `LONDON —`, `NEW YORK, Jan. 5 (Reuters) -`): a place in capitals, then a date or an
 * agency in brackets, then a dash. Else `first`.
 */
export function afterDateline(tokens: Token[], first: number, last: number): number {
  if (first > 0 && tokens[first - 1].paragraph === tokens[first].paragraph) return first;
  if (!/^[A-Z][A-Z'.-]+$/.test(tokens[first].text)) return first;
  for (let k = first + 1; k <= last && k <= first + DATELINE_TOKENS; k++) {
    if (isAsideDash(tokens[k])) return tokens[k + 1]?.text === '-' ? k + 2 : k + 1;
    const t = tokens[k];
    if (t.type !== 'word' && t.text !== ',' && t.text !== '(' && t.text !== ')') return first;
  }
  return first;
}

/** Skips a wire dateline, and leading conjunctions and commas of a content clause (`But, …`). */
export function skipOpeners(tokens: Token[], first: number, last: number): number {
  let k = afterDateline(tokens, first, last);
  while (k < last && (tokens[k].lower === 'but' || tokens[k].lower === 'and' || tokens[k].text === ',')) k++;
  return k;
}

/** True when the clause is exactly one quotation (the direct rules own it). */
export function wholeQuote(tokens: Token[], first: number, last: number): boolean {
  if (tokens[first].type !== 'open') return false;
  const close = closingMark(tokens, first, last);
  return close < 0 || close >= last - 1;
}

/** Whether reported content holds double quotation marks: then it is `mixed`, else `indirect`. */
export function reportKind(tokens: Token[], content: readonly TokenRange[]): 'mixed' | 'indirect' {
  for (const c of content) for (let k = c.first; k <= c.last; k++) if (tokens[k].mark === 'double') return 'mixed';
  return 'indirect';
}

/**
 * A report a rule found: `mixed` or `indirect` by its content (`reportKind`), dated to the
 * cue's sentence, no source inherited.
 */
export function makeReport(tokens: Token[], cue: TokenRange, source: TokenRange | null, content: TokenRange[], rule: string, confidence: number): Found {
  return { kind: reportKind(tokens, content), content, cue, source, sentence: tokens[cue.first].sentence, confidence, rule, inherited: false };
}
