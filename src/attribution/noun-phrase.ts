/**
 * Finds the noun phrase of a speaker next to a cue, without a parser: a leftward scan
 * for the subject (`Stein spokeswoman Melezia Figueroa said`) and a rightward scan for an
 * inverted or `according to` source (`says Legend`, `according to a new poll`).
 */
import type { Token } from './tokenize.js';
import { lookupCue, RELIABLE_PRIOR } from './cue-forms.js';
import { FOREIGN_SOURCE_STOPS } from './cue-lexicon.js';
import { FOREIGN_ARTICLES, foreignTitleOrAgent } from './foreign-nouns.js';
import { CUE_MODIFIERS, DETERMINERS, DOCUMENT_NOUNS, FINITE_AUXILIARIES, FINITE_COPULAS, IRREGULAR_PAST, MONTHS, NAME_STOPWORDS, NP_BARRIERS, OCCASION_NOUNS, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, WEEKDAYS, FOREIGN_WEEKDAYS } from './word-lists.js';
import { isYearText } from './date-words.js';
import { isFiniteVerb, isPastTense } from './verb-forms.js';
import { NAME_PARTICLES } from '../people/name-words.js';

/** An inclusive token range. */
export interface TokenRange {
  first: number;
  last: number;
}

/** A source found left of a cue, plus the token where its clause starts. */
export interface LeftSource extends TokenRange {
  /** Index of the first token of the reporting clause (source or its apposition). */
  clauseStart: number;
}

const MAX_NP = 16;
const APPOSITION_STOPS = new Set(['at', 'in', 'on', 'during', 'speaking', 'citing', 'noting', 'adding', 'for', 'by', 'from', 'of']);
const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'that', 'where', 'when']);
/** Relative pronouns of a person: their clause describes a source (`said Olin, who runs …`). */
const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);
/** Adverbs a writer sets off by commas after a subject (`Sanders, meanwhile, said`): no apposition. */
const DISCOURSE_ADVERBS: ReadonlySet<string> = new Set(['meanwhile', 'meantime', 'however', 'though', 'too', 'instead', 'moreover', 'likewise', 'nevertheless', 'nonetheless', 'therefore', 'thus', 'similarly', 'separately']);
const LY_NOUNS = new Set(['family', 'ally', 'daily', 'weekly', 'monthly', 'assembly', 'rally', 'italy', 'supply', 'july', 'fly', 'belly', 'bully', 'monopoly', 'anomaly', 'melody', 'lily']);
const DETERMINER_LIKE = new Set(['the', 'a', 'an', "'s", 'of', 'for']);
// Determiners that open a subject after a fronted phrase, and words that tie a phrase to the one before.
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that']);
const OF_LIKE = new Set(['of', 'for', 'with', 'to', 'from', 'by', 'about', 'than', 'as', 'like', 'into']);
// Prepositions that start an adverbial phrase before the subject (`In a statement Trump said`).
const LEFT_STOPS = new Set(['in', 'on', 'at', 'by', 'from', 'after', 'during', 'before', 'via']);
const RIGHT_STOPS = new Set([
  'that', 'who', 'which', 'and', 'but', 'because', 'while', 'when', 'if', 'as', 'said', 'says',
  'to', 'in', 'on', 'at', 'during', 'after', 'before', 'about', 'with', 'is', 'was', 'are',
  'were', 'has', 'have', 'had', 'will', 'would',
  // Words that open a clause said or asked (`asked several times whether …`).
  'whether', 'how', 'why', 'what', 'where',
]);

// Prepositions of other languages end a source after its cue (`sagte Marrow am Dienstag`).
const FOREIGN_STOPS: ReadonlySet<string> = new Set(FOREIGN_SOURCE_STOPS);
// Of those, the ones that are no English word (`, a conservative group` is an apposition);
// right after a cue they open no source either (`ha detto nel podcast`).
const APPOSITION_BREAKS: ReadonlySet<string> = new Set(FOREIGN_SOURCE_STOPS.filter((w) => w !== 'a' && w !== 'am'));

function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word';
}

/** Barriers that are also names (`Theresa May`, `Will Doyle`). */
const NAME_MODALS: ReadonlySet<string> = new Set(['may', 'will', 'today']);

/** Marks a name may follow mid-sentence (`said Will Doyle`, `the chairman, Will Estrada`). */
const NAME_LEADS: ReadonlySet<string> = new Set([',', '—', '–', '(']);

/**
 * Whether token `i` is a capitalised `May`, `Will` or `Today` that stands in a name, where only a
 * name fits: after a name and before a lower-case word (`Theresa May returned`), or after
 * a lower-case word or comma and before a name (`said Will Doyle`). Where both neighbours
 * are capitalised (a title-case headline, `He Will Win`), at a sentence's start (`Will he
 * run?`) and after a preposition (`In May he said`), it is the verb or the month.
 */
export function isNameModal(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.upper || !NAME_MODALS.has(t.lower)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const capitalised = (w: Token | undefined): boolean => w !== undefined && w.type === 'word' && w.upper;
  // `Alder Today reported`: a capitalised `Today` after a name ends the name.
  if (t.lower === 'today') return capitalised(prev) && !capitalised(next);
  if (capitalised(prev) && !capitalised(next)) return !/^\d/.test(next?.text ?? '') && !NAME_STOPWORDS.has(prev!.lower) && SUBJECT_PRONOUNS[prev!.lower] === undefined;
  return capitalised(next) && SUBJECT_PRONOUNS[next!.lower] === undefined && prev !== undefined && ((prev.type === 'word' && !prev.upper) || NAME_LEADS.has(prev.text));
}

/** Whether token `i` ends a noun phrase: one of NP_BARRIERS, unless a name (`Theresa May`). */
export function isBarrier(tokens: Token[], i: number): boolean {
  return NP_BARRIERS.has(tokens[i].lower) && !isNameModal(tokens, i);
}

/** The apostrophe of a plural possessive (`the Dockworkers' Guild`), which the tokenizer reads as a mark. */
export function isPossessiveMark(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return (t.text === "'" || t.text === '’') && before !== undefined && before.type === 'word' && before.end === t.start &&
    before.lower.endsWith('s') && after !== undefined && after.type === 'word' && after.start > t.end;
}

/** Tokens an apposition may span (`who appraises courses for Cushman & Wakefield`). */
const MAX_APPOSITION = 30;
/** Marks inside an apposition or relative clause (`a firm, which made $30 billion, said`). */
const APPOSITION_MARKS: ReadonlySet<string> = new Set(['&', '(', ')', '.', '/', '$', '€', '£', '%']);

/** Whether token `j` can sit inside an apposition between commas: a word or a name's mark. */
function inApposition(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return t.type === 'word' || APPOSITION_MARKS.has(t.text) || isPossessiveMark(tokens, j) || joinsWords(tokens, j) || titleMark(tokens, j);
}

/**
 * Whether the closing mark at `close` ends a short quoted name inside a phrase (`host of
 * Harbor FM's “Noon Desk,”`, `who called it a “farce,”`): its opening mark follows a word.
 * A quotation that opens after a comma is what was said (`…, ''we will win,'' said …`).
 */
function quotedTitleBefore(tokens: Token[], close: number, floor: number): boolean {
  for (let k = close - 1; k > floor && k >= close - TITLE_WORDS - 1; k--) {
    if (tokens[k].type === 'open') return isWord(tokens[k - 1]);
    if (tokens[k].type !== 'word' && tokens[k].text !== ',') return false;
  }
  return false;
}

/** Most words of a quoted name inside a phrase (`“Noon Desk”`); longer, it is a quotation. */
const TITLE_WORDS = 3;

/** Whether the mark at `j` opens or closes a short quoted name inside a phrase (see `quotedTitleBefore`). */
function titleMark(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t.type === 'close') return quotedTitleBefore(tokens, j, Math.max(0, j - TITLE_WORDS - 2));
  if (t.type !== 'open' || !isWord(tokens[j - 1])) return false;
  for (let k = j + 1; k <= j + TITLE_WORDS + 1 && k < tokens.length; k++) {
    if (tokens[k].type === 'close') return true;
    if (tokens[k].type !== 'word' && tokens[k].text !== ',') return false;
  }
  return false;
}

/** A hyphen with a word on each side and no space (`the A.D.U.-P.W.G.`): inside a name. */
function joinsWords(tokens: Token[], j: number): boolean {
  return tokens[j].text === '-' && isWord(tokens[j + 1]) && attachedAfterWord(tokens, j);
}

/** Whether the mark at `j` touches a word before it and the token after it, with no space (`A.D.U.-P.W.G.`, `Times/Ledger`). */
function attachedAfterWord(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return isWord(tokens[j - 1]) && tokens[j - 1].end === t.start && tokens[j + 1]?.start === t.end;
}

/** A lower-case -ly word that is not a noun (`openly`, `egregiously`). */
export function isAdverb(t: Token): boolean {
  return !t.upper && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
}

/**
 * Skips adverbs and auxiliaries leftwards from `i` (`Legend now says`, `has also said`).
 * Returns the index of the first token that is not a modifier.
 */
export function skipModifiersLeft(tokens: Token[], i: number, floor: number): number {
  while (i >= floor && isWord(tokens[i]) && ((CUE_MODIFIERS.has(tokens[i].lower) && !isNameModal(tokens, i)) || isAdverb(tokens[i]) || sinceAfterAuxiliary(tokens, i, floor) || floatingQuantifier(tokens, i, floor))) i--;
  return i;
}

/**
 * `the ministers all urged`, `they both said`, `Brandt and Quell have all attacked`, `Oman
 * and Quell both said`: `all` or `both` after a plural subject, or after the auxiliary that
 * follows it, goes with the verb.
 */
function floatingQuantifier(tokens: Token[], i: number, floor: number): boolean {
  const w = tokens[i].lower;
  if ((w !== 'all' && w !== 'both') || i - 1 < floor) return false;
  const before = tokens[i - 1];
  return isWord(before) && (PLURAL_PRONOUNS.has(before.lower) || PLURAL_AUXILIARIES.has(before.lower) || namesJoined(tokens, i - 1, floor) || (before.lower.endsWith('s') && !before.upper && !NP_BARRIERS.has(before.lower) && !before.lower.endsWith('ss')));
}

/** Whether the name ending at `last` is the second of two joined by `and` (`Oman and Ada Quell both said`). */
function namesJoined(tokens: Token[], last: number, floor: number): boolean {
  let k = last;
  while (k >= floor && k > last - 4 && tokens[k].type === 'word' && tokens[k].upper) k--;
  return k < last && k - 1 >= floor && tokens[k].lower === 'and' && tokens[k - 1].type === 'word' && tokens[k - 1].upper;
}

const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'you']);
/** Auxiliaries a plural subject takes before a floating quantifier (`have all`, `were both`). */
const PLURAL_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'had', 'are', 'were', 'will', 'would', "'ve"]);

/** `has since said`: `since` after a perfect's auxiliary is an adverb, not a subordinator. */
function sinceAfterAuxiliary(tokens: Token[], i: number, floor: number): boolean {
  return tokens[i].lower === 'since' && i - 1 >= floor && PERFECT_AUXILIARIES.has(tokens[i - 1].lower);
}

const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', "'s", "'ve", "'d"]);

/**
 * The subject noun phrase ending at token `end` (inclusive), scanning left no further
 * than `floor`. Handles pronouns, names with titles, descriptions and an apposition
 * between commas (`Legend, 39, said` → `Legend`).
 */
export function findLeftSource(tokens: Token[], end: number, floor: number): LeftSource | null {
  let i = skipModifiersLeft(tokens, end, floor);
  // A time phrase between subject and verb (`Quell, 51, on Saturday dismissed`).
  // After `and` the time phrase stands where the subject would (`and last year accused`).
  const time = timePhraseLeft(tokens, i, floor);
  // After a participle it dates the participle (`a report released last year said`).
  const participle = time >= floor && !tokens[time].upper && /ed$/.test(tokens[time].lower);
  // An auxiliary before it is skipped too (`who has in the past described`).
  const barrier = NP_BARRIERS.has(tokens[time]?.lower) && !CUE_MODIFIERS.has(tokens[time]?.lower);
  if (time < i && time >= floor && !barrier && !participle) i = skipModifiersLeft(tokens, time, floor);
  // `Trump in his announcement speech called`: the occasion stands between subject and verb.
  const occasion = occasionPhraseLeft(tokens, i, floor);
  if (occasion < i) i = occasion;
  if (i < floor) return null;
  // `Sen. Jack Reed (D-R.I.), said`: the comma follows a parenthetical that closes the name.
  if (tokens[i].text === ',' && i - 1 >= floor && tokens[i - 1].text === ')') i--;
  // `Brandt, host of Harbor FM's “Noon Desk,” said`: the comma stands inside a closing mark,
  // which the source keeps.
  if (tokens[i].type === 'close' && i - 1 > floor && tokens[i - 1].text === ',' && quotedTitleBefore(tokens, i, floor)) {
    const inside = findLeftSource(tokens, i - 1, floor);
    return inside && inside.last === i - 2 && inside.first < i - 2 ? { ...inside, last: i } : inside;
  }
  const t = tokens[i];
  if (t.text === ',') {
    // Apposition or parenthetical between commas: `Legend, 39, said`, `Stein, who …, said`.
    let j = i - 1;
    while (j >= floor && j > i - MAX_APPOSITION && tokens[j].text !== ',' && inApposition(tokens, j)) j--;
    if (j < floor || j <= i - MAX_APPOSITION || tokens[j].text !== ',') {
      // Only one comma: `Figueroa, said` is rare; treat the words before as the phrase.
      return null;
    }
    // `…, but it has attracted a following, said Gil`: a clause a conjunction opens (with a
    // verb of its own; `A, and B, tweeted` is one subject) is no apposition, and the cue
    // after it is inverted.
    if (CLAUSE_CONJUNCTIONS.has(tokens[j + 1]?.lower ?? '') && holdsClauseVerb(tokens, j + 2, i - 1)) return null;
    // `Jillian Chase, 27, a Tinder user in New York, said`: an age before the apposition.
    if (j - 2 > floor && tokens[j - 2].text === ',' && /^\d+$/.test(tokens[j - 1].text)) j -= 2;
    // A relative clause with commas of its own (`The native, who arrived at 23 with, by his
    // account, two knives, told`): the source is the phrase before `, who`.
    const who = relativeOpening(tokens, j, floor);
    if (who >= 0) {
      const src = asSource(pastDiscourseAdverb(tokens, scanNounPhrase(tokens, who - 2, floor), floor));
      if (src) return src;
    }
    const head = pastDiscourseAdverb(tokens, scanNounPhrase(tokens, j - 1, floor), floor);
    if (!head) return null;
    // The apposition belongs to the source (`Megan Hester, senior associate at …, said`),
    // and so does an age (`Legend, 39, said`), as PolNeAR marks them two times in three.
    // A relative clause does not (`Stein, who …, said`): PolNeAR is split evenly on it.
    // A piece a conjunction opens without a verb of its own, with a bare noun after it,
    // continues the apposition (`…, a fellow at the institute in Munich, Germany, and
    // co-author of the study, said`); a name, a determiner or a possessive after it is
    // another subject (`Quell and Oman, and Gov. Ada Brandt, tweeted`, `…, and his wife, …`).
    const after = tokens[j + 2];
    const coordinated = CLAUSE_CONJUNCTIONS.has(tokens[j + 1]?.lower ?? '') && after?.type === 'word' && !after.upper && !DETERMINERS.has(after.lower) && !POSSESSIVE_PRONOUNS.has(after.lower);
    const relative = !coordinated && notApposition(tokens[j + 1], tokens[j + 2]);
    // `Rae Berg, a donor from Alder, Maine, said`, `Ivo Brandt, head of Tidewell, a ferry
    // line, said`, `Olin, during a hearing in Alder, Maine, said`: pieces with commas of
    // their own after a name; when the phrase found does not open its clause, the name that
    // does is the source.
    const opensClause = head.first === floor || (tokens[head.first - 1].type !== 'word' && tokens[head.first - 1].text !== ',');
    const age = i - j === 2 && /^\d+$/.test(tokens[j + 1].text);
    const named = relative || age || opensClause ? null : nameBeforePieces(tokens, i, floor);
    if (named) return named;
    // `Ivo Brandt, head of Tidewell, which runs the ferry, said`: the name and its
    // apposition before the relative clause.
    const described = relative && !opensClause ? nameBeforeApposition(tokens, head, floor) : null;
    if (described) return described;
    return { first: head.first, last: relative ? head.last : i - 1, clauseStart: head.first };
  }
  if (t.text === ')') return asSource(scanNounPhrase(tokens, i, floor));
  if (isAsideDash(t)) return dashAppositionSource(tokens, i, floor);
  if (t.type !== 'word') return null;
  const pronoun = SUBJECT_PRONOUNS[t.lower];
  if (pronoun !== undefined) {
    if (t.lower === 'it' && i > floor && tokens[i - 1].lower === 'is') return null;
    return withQuantifier(tokens, { first: i, last: i, clauseStart: i }, floor);
  }
  const np = pastOpeningDay(tokens, scanNounPhrase(tokens, i, floor));
  const src = asSource(np && speakingTo(tokens, np, floor)) ?? asSource(np && relativeSubject(tokens, np, floor)) ?? asSource(np);
  return src && withQuantifier(tokens, src, floor);
}

/**
 * `Giovedì la stilista ha risposto`, `Samstag sagte die Sängerin`: a day of the week that
 * opens the phrase, before an article, dates the clause (Italian, Spanish and German copy
 * open a sentence with the day the way English puts `on Thursday` at its end).
 */
function pastOpeningDay(tokens: Token[], np: TokenRange | null): TokenRange | null {
  if (np === null || np.first >= np.last) return np;
  const day = tokens[np.first].lower;
  if (!FOREIGN_WEEKDAYS.has(day) || !FOREIGN_ARTICLES.has(tokens[np.first + 1].lower)) return np;
  return { ...np, first: np.first + 1 };
}

/**
 * `The woman who runs the ferry said …`: when the phrase found is the predicate of a
 * relative clause (`who` right before it, and it opens with a lower-case word that is no
 * determiner), the subject is the noun phrase before the pronoun, with the clause, as
 * PolNeAR marks it; null otherwise. (`that` is left alone: `the limit that economists say`
 * opens a clause with a subject of its own.)
 */
function relativeSubject(tokens: Token[], np: TokenRange, floor: number): TokenRange | null {
  // The clause's verb may stand before a preposition the phrase found follows (`Officials
  // who met with Trump said`): `who` is then a few words back, with only words between.
  let rel = np.first - 1;
  while (rel > np.first - 1 - RELATIVE_VERB_WORDS && rel > floor && tokens[rel].type === 'word' && tokens[rel].lower !== 'who' && !tokens[rel].upper) rel--;
  const w = tokens[rel + 1];
  if (rel - 1 < floor || tokens[rel].lower !== 'who' || w.upper || DETERMINERS.has(w.lower)) return null;
  // A predicate noun is no object (`a minister who is a harsh critic of …`).
  if (COPULAS.has(tokens[np.first - 1].lower)) return null;
  const head = scanNounPhrase(tokens, rel - 1, floor);
  if (!head) return null;
  // A clause that says how they spoke (`officials who spoke with The Post`, `an aide who
  // spoke anonymously to discuss …`) describes the report, not who: PolNeAR leaves it out.
  for (let k = rel + 1; k < np.first; k++) if (SPEAKING_VERBS.has(tokens[k].lower)) return { first: head.first, last: head.last };
  return { first: head.first, last: np.last };
}

const COPULAS: ReadonlySet<string> = new Set([...FINITE_COPULAS, 'be', 'been']);
/** Most words between `who` and the phrase before the cue (`who have worked with`). */
const RELATIVE_VERB_WORDS = 4;
/** Verbs of a relative clause that tells how a source spoke (`who spoke on condition of anonymity`). */
const SPEAKING_VERBS: ReadonlySet<string> = new Set(['spoke', 'speak', 'talked', 'talk', 'requested', 'asked', 'declined']);

/** Words that bound a count or narrow a subject before it (`about half of voters`, `Not everyone`, `No one`); not `even`, which PolNeAR leaves out. */
const QUANTIFIERS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'roughly', 'approximately', 'around', 'only', 'not', 'no']);
/** Two-word bounds (`more than half`, `at least four senators`). */
const QUANTIFIER_PAIRS: ReadonlySet<string> = new Set(['more than', 'less than', 'fewer than', 'at least', 'at most', 'up to']);

/** Whether a two-word bound opens at token `k` (`at least six cranes`): a count, no adverbial phrase. */
export function opensQuantity(tokens: Token[], k: number): boolean {
  return tokens[k + 1] !== undefined && QUANTIFIER_PAIRS.has(`${tokens[k].lower} ${tokens[k + 1].lower}`);
}

/**
 * The source with the bound or narrowing word before it (`more than half of voters`,
 * `Only a quarter of dockers`, `Not everyone`), as PolNeAR marks it, when the whole opens
 * its clause (at `floor`, after `and` or `but`, or after anything but a word); else the
 * source as it is.
 */
function withQuantifier(tokens: Token[], src: LeftSource, floor: number): LeftSource {
  const k = src.first;
  let first = -1;
  if (k - 2 >= floor && opensQuantity(tokens, k - 2)) first = k - 2;
  else if (k - 1 >= floor && tokens[k - 1].type === 'word' && QUANTIFIERS.has(tokens[k - 1].lower)) first = k - 1;
  if (first < 0) return src;
  const bounded = { first, last: src.last, clauseStart: Math.min(first, src.clauseStart) };
  const before = tokens[first - 1]?.lower;
  return opensItsClause(tokens, bounded, floor) || before === 'and' || before === 'but' ? bounded : src;
}

/** How many words the noun phrase before a participle may hold (`the share of GOP primary voters`). */
const MAX_MODIFIED_NOUN = 6;
/**
 * Prepositions and particles that end the noun phrase before a participle (`at the gate chanting`,
 * `handed out leaflets saying`). Not `of`: `a crowd of dockers chanting` is the crowd's.
 */
const NOUN_PHRASE_STOPS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'for', 'from', 'with', 'by', 'about', 'into', 'over', 'under', 'like', 'out', 'up', 'off', 'down', 'back']);

/**
 * The noun phrase a participle right after it modifies, at token `c`: `911 calls saying shots
 * were fired`, `ran a headline saying …` (the one saying), `the storms known as king tides`.
 * Only a plain noun right before `c` (no function word, verb, adverb or name: names are the
 * gerund rule's `nameBefore`), and its phrase back to a determiner, a preposition or a verb.
 */
export function nounPhraseBefore(tokens: Token[], c: number, first: number): TokenRange | null {
  const prev = tokens[c - 1];
  if (c - 1 <= first || prev.type !== 'word' || prev.upper || NP_BARRIERS.has(prev.lower) || DETERMINERS.has(prev.lower)) return null;
  // `by his own telling` is no one's report.
  if (FINITE_AUXILIARIES.has(prev.lower) || isPastTense(prev) || lookupCue(prev.lower) || prev.lower.endsWith('ly') || prev.lower.endsWith('ing') || prev.lower === 'own') return null;
  // `perhaps recognizing …` is an adverb's gerund; `a news conference announcing …` is where
  // the clause's subject spoke (the gerund is theirs, as after a comma).
  if (DISCOURSE_ADVERBS.has(prev.lower) || prev.lower === 'perhaps' || (OCCASION_NOUNS[prev.lower] !== undefined && !DOCUMENT_NOUNS.has(prev.lower))) return null;
  let k = c - 1;
  while (k - 1 >= first && c - k < MAX_MODIFIED_NOUN) {
    const w = tokens[k - 1];
    if (w.type !== 'word' || NP_BARRIERS.has(w.lower) || NOUN_PHRASE_STOPS.has(w.lower) || IRREGULAR_PAST.has(w.lower) || isPastTense(w) || lookupCue(w.lower)) break;
    k--;
    if (DETERMINERS.has(w.lower) || POSSESSIVE_PRONOUNS.has(w.lower)) break;
  }
  return { first: k, last: c - 1 };
}

/**
 * `Another source speaking to the Courier said`: when the phrase found is the object of a
 * participle and `to` (`speaking to`, `talking to`), the subject is the phrase before the
 * participle, if that opens the clause; else null.
 */
function speakingTo(tokens: Token[], np: TokenRange, floor: number): TokenRange | null {
  const participle = tokens[np.first - 2];
  if (tokens[np.first - 1]?.lower !== 'to' || !participle || participle.upper || !SPEAKING_PARTICIPLES.has(participle.lower) || np.first - 3 < floor) return null;
  const subject = scanNounPhrase(tokens, np.first - 3, floor);
  return subject && opensItsClause(tokens, subject, floor) ? subject : null;
}

/** Whether a phrase opens its clause: it starts at `floor` or after anything but a word. */
function opensItsClause(tokens: Token[], r: TokenRange, floor: number): boolean {
  return r.first === floor || tokens[r.first - 1]?.type !== 'word';
}

const SPEAKING_PARTICIPLES: ReadonlySet<string> = new Set(['speaking', 'talking', 'writing', 'explaining', 'responding', 'replying']);

/** Words that open an aside between commas rather than a name (`Olin, during a hearing in …, said`). */
const ASIDE_OPENERS: ReadonlySet<string> = new Set([...LEFT_STOPS, 'while', 'when', 'since', 'with', 'for', 'as', 'under', 'despite', 'like', 'amid']);

/**
 * `Rae Berg, a donor from Alder, Maine, said`, `Cory Vane, 22, of Alder, Maine, said`,
 * `Olin, during a hearing in Alder, Maine, said`: the name that opens a run of pieces set off
 * by commas (an age, a place, an apposition, an aside opening with a preposition) before the
 * cue's comma at `i`. The source is the name with its pieces, or the name alone when an
 * aside follows it. Fronted phrases before the name are skipped (`Appearing before …, Ines
 * Vane, 70, said`). Null when no name opens the run (`In Alder, a donor said`).
 */
function nameBeforePieces(tokens: Token[], i: number, floor: number): LeftSource | null {
  const pieces: TokenRange[] = [];
  let end = i - 1;
  let k = i - 1;
  for (; k >= floor && i - k <= MAX_PIECES; k--) {
    if (tokens[k].text === ',') {
      if (end < k + 1) return null;
      pieces.unshift({ first: k + 1, last: end });
      end = k - 1;
    } else if (!inApposition(tokens, k)) break;
  }
  if (i - k > MAX_PIECES || end < k + 1) return null;
  pieces.unshift({ first: k + 1, last: end });
  let n = 0;
  while (n < pieces.length && frontedPiece(tokens[pieces[n].first])) n++;
  if (n >= pieces.length - 1) return null;
  let name = pieces[n];
  if (CLAUSE_CONJUNCTIONS.has(tokens[name.first].lower) && name.first < name.last) name = { first: name.first + 1, last: name.last };
  if (name.last - name.first > 5 || DETERMINER_LIKE.has(tokens[name.first].lower)) return null;
  for (let w = name.first; w <= name.last; w++) if (tokens[w].type === 'word' && !tokens[w].upper && !NAME_PARTICLES.has(tokens[w].lower)) return null;
  const next = tokens[pieces[n + 1].first];
  // `of Alder, Maine` and `from Alder` say where the person is from: part of the mention.
  const home = next.lower === 'of' || next.lower === 'from';
  const aside = !home && (ASIDE_OPENERS.has(next.lower) || notApposition(next, tokens[pieces[n + 1].first + 1]));
  return { first: name.first, last: aside ? name.last : i - 1, clauseStart: name.first };
}

/**
 * The name that opens the clause right before the apposition `head` and its comma, with
 * the apposition (`Ivo Brandt, head of Tidewell`); null when no name stands there or it
 * does not open its clause (`Olin, then at Tidewell, and Brandt, at …`).
 */
function nameBeforeApposition(tokens: Token[], head: TokenRange, floor: number): LeftSource | null {
  const comma = head.first - 1;
  if (comma - 1 < floor || tokens[comma].text !== ',') return null;
  const name = scanNounPhrase(tokens, comma - 1, floor);
  if (!name || name.last - name.first > 5 || frontedPiece(tokens[name.first])) return null;
  // An apposition describes (`head of Tidewell`); two names side by side are something else
  // (`Of Olin, Brandt, who …, said`).
  let describes = false;
  for (let w = head.first; w <= head.last; w++) if (tokens[w].type === 'word' && !tokens[w].upper) describes = true;
  if (!describes) return null;
  for (let w = name.first; w <= name.last; w++) {
    const t = tokens[w];
    if (t.type === 'word' && (t.upper ? !isNameRunWord(t) || NP_BARRIERS.has(t.lower) : !NAME_PARTICLES.has(t.lower))) return null;
  }
  const before = tokens[name.first - 1];
  if (name.first > floor && (before.type === 'word' || before.text === ',')) return null;
  return { first: name.first, last: head.last, clauseStart: name.first };
}

/** Whether a piece opening with `t` is a fronted phrase (`In Alder`, `Appearing before …`, `Moreover`), not a name. */
function frontedPiece(t: Token): boolean {
  return ASIDE_OPENERS.has(t.lower) || NP_BARRIERS.has(t.lower) || DISCOURSE_ADVERBS.has(t.lower) || (t.upper && /(?:ing|ly)$/.test(t.lower));
}

/** Tokens a name and its pieces may span before the cue (two appositions' worth). */
const MAX_PIECES = 2 * MAX_APPOSITION;

/**
 * Where the run of up to `max` capitalised words (no weekday or month) that ends right before
 * token `c` starts, no earlier than `floor`; `c` when there is none. A name before a gerund
 * (`a video shows Mara Olin saying`) is read so, by the quote rules and the report rules.
 */
export function nameRunStart(tokens: Token[], c: number, floor: number, max: number): number {
  let first = c;
  while (first - 1 >= floor && c - first < max && isNameRunWord(tokens[first - 1])) first--;
  return first;
}

function isNameRunWord(t: Token): boolean {
  return t.type === 'word' && t.upper && WEEKDAYS[t.lower] === undefined && MONTHS[t.lower] === undefined;
}

/** A dash that sets off an aside: an em or en dash, or a hyphen standing alone (`--` comes as two). */
export function isAsideDash(t: Token): boolean {
  return t.text === '—' || t.text === '–' || t.text === '―' || (t.text === '-' && t.type === 'punct');
}

/**
 * The source before a cue when an apposition between dashes ends at `close`
 * (`Kall -- co-editor of a book on debates -- said`): the noun phrase before the opening
 * dash, the apposition and its dashes with it, as PolNeAR marks it.
 */
function dashAppositionSource(tokens: Token[], close: number, floor: number): LeftSource | null {
  let j = close - 1;
  if (j >= floor && isAsideDash(tokens[j])) j--;
  const inner = j;
  while (j >= floor && j > close - MAX_APPOSITION && !isAsideDash(tokens[j]) && (inApposition(tokens, j) || tokens[j].text === ',')) j--;
  if (j < floor || j === inner || !isAsideDash(tokens[j])) return null;
  if (j - 1 >= floor && isAsideDash(tokens[j - 1])) j--;
  const head = asSource(scanNounPhrase(tokens, j - 1, floor));
  // The phrase must open its clause: `Ships were late — very late — said the captain` inverts.
  if (!head || !opensItsClause(tokens, head, floor)) return null;
  return { first: head.first, last: close, clauseStart: head.first };
}

/** Conjunctions that open a clause between commas (`…, but it has …, said`). */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'yet']);

/**
 * Whether tokens `first..last` hold a finite verb: an auxiliary (`has`, `is`) or a past
 * tense (`deteriorated`) not right after a determiner (`the newly elected`, `an unnamed`).
 */
export function holdsClauseVerb(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    if (!isFiniteVerb(tokens[k])) continue;
    let before = k - 1;
    while (before > first && isAdverb(tokens[before])) before--;
    if (!DETERMINERS.has(tokens[before]?.lower ?? '')) return true;
  }
  return false;
}

const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'at', 'on']);
/** Words an occasion phrase may hold between its preposition and its noun (`in his announcement speech`). */
const MAX_OCCASION_PHRASE = 5;

/**
 * For an occasion noun at `i` (`speech`, `interview`, `statement`) in a phrase after a name
 * or a pronoun (`Trump in his announcement speech called`), the index of that name's last
 * word; else `i`.
 */
function occasionPhraseLeft(tokens: Token[], i: number, floor: number): number {
  const t = tokens[i];
  if (!t || t.type !== 'word' || t.upper || OCCASION_NOUNS[t.lower] === undefined) return i;
  for (let k = i - 1; k > floor && k >= i - MAX_OCCASION_PHRASE; k--) {
    const w = tokens[k];
    if (w.type !== 'word') return i;
    if (OCCASION_PREPOSITIONS.has(w.lower)) {
      const before = tokens[k - 1];
      return before.type === 'word' && (before.upper || SUBJECT_PRONOUNS[before.lower] !== undefined) ? k - 1 : i;
    }
    if (NP_BARRIERS.has(w.lower)) return i;
  }
  return i;
}

/** `Sanders, meanwhile, who …, said`: the phrase before an adverb set off by commas, for the adverb. */
function pastDiscourseAdverb(tokens: Token[], np: TokenRange | null, floor: number): TokenRange | null {
  if (!np || np.first !== np.last || !DISCOURSE_ADVERBS.has(tokens[np.first].lower) || tokens[np.first - 1]?.text !== ',') return np;
  return scanNounPhrase(tokens, np.first - 2, floor);
}

/** A noun phrase as a left source: its clause starts where it does. */
function asSource(np: TokenRange | null): LeftSource | null {
  return np ? { first: np.first, last: np.last, clauseStart: np.first } : null;
}

/** `last week`, `this month`, `earlier this year`. */
const PERIODS: ReadonlySet<string> = new Set(['week', 'month', 'year']);
const RELATIVE_TO_NOW: ReadonlySet<string> = new Set(['earlier', 'later']);

/**
 * The first token of a time phrase ending at `i` (`on Saturday`, `last week`, `Friday`),
 * or `i` itself when there is none.
 */
function timePhraseLeft(tokens: Token[], i: number, floor: number): number {
  const t = tokens[i];
  if (!t || t.type !== 'word') return i;
  if (t.upper && WEEKDAYS[t.lower] !== undefined) {
    const prev = tokens[i - 1];
    return i - 1 >= floor && prev && (prev.lower === 'on' || prev.lower === 'last') ? i - 2 : i - 1;
  }
  if (!t.upper && (t.lower === 'yesterday' || t.lower === 'today' || t.lower === 'tonight')) return i - 1;
  if (PERIODS.has(t.lower) && i - 1 >= floor) {
    if (tokens[i - 1].lower === 'last') return i - 2;
    // `earlier this year`, `this week`.
    if (tokens[i - 1].lower === 'this') return i - 2 >= floor && RELATIVE_TO_NOW.has(tokens[i - 2].lower) ? i - 3 : i - 2;
  }
  // `who has in the past described`.
  if (t.lower === 'past' && tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'in' && i - 2 >= floor) return i - 3;
  if (t.lower === 'ago') return spanAgoLeft(tokens, i, floor);
  // `in 2010`, `in May 2010`, `in May`: a month or a year after `in`.
  let k = i;
  if (isYearText(t.text)) k--;
  if (k >= floor && tokens[k].upper && MONTHS[tokens[k].lower] !== undefined) k--;
  return k < i && k >= floor && tokens[k].lower === 'in' ? k - 1 : i;
}

/** Units of a span counted back (`two weeks ago`). */
const AGO_UNITS: ReadonlySet<string> = new Set(['minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
/** Words that hedge a span counted back (`less than two weeks ago`, `nearly a year ago`). */
const AGO_HEDGES: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'just', 'only', 'some', 'roughly']);

/**
 * For `ago` at `i`, the token before a span counted back (`less than two weeks ago`, `a year
 * ago`), or `i` when the words before are no such span.
 */
function spanAgoLeft(tokens: Token[], i: number, floor: number): number {
  const unit = tokens[i - 1]?.lower.replace(/s$/, '') ?? '';
  if (i - 2 < floor || !AGO_UNITS.has(unit) || tokens[i - 2].type !== 'word' || tokens[i - 2].upper) return i;
  let k = i - 3;
  if (k - 1 >= floor && tokens[k].lower === 'than' && (tokens[k - 1].lower === 'less' || tokens[k - 1].lower === 'more')) k -= 2;
  else if (k >= floor && AGO_HEDGES.has(tokens[k].lower)) k--;
  return k;
}

/**
 * For a comma at `j` inside an apposition, the index of a `who` opening a relative clause
 * that runs through it (`, who arrived … with,`), or -1.
 */
function relativeOpening(tokens: Token[], j: number, floor: number): number {
  for (let k = j - 1; k >= floor + 2 && k > j - 25; k--) {
    const w = tokens[k];
    if (w.type === 'open' || w.type === 'close' || w.text === '.' || w.text === ';') return -1;
    if (w.lower === 'who' && tokens[k - 1].text === ',') return k;
  }
  return -1;
}

/**
 * For a conjunction or preposition at `i` inside a subject, the first token of the phrase
 * before it when that phrase opens the clause (at `floor`, or after a comma, colon or
 * dash), else -1: only then is the whole a subject (`Federal and state officials`), not
 * the tail of an earlier clause (`… criticized Trump and Clinton said`).
 */
function leftConjunct(tokens: Token[], i: number, floor: number, conjoined = false): number {
  const before = tokens[i - 1];
  // `Sen. Ann Lee (D-Ore.) and …`: a party label closes the name before.
  const label = before?.text === ')' && i - 1 >= floor;
  if (!before || i - 1 < floor || (before.type !== 'word' && !label) || NP_BARRIERS.has(before.lower) || lookupCue(before.lower) || isAdverb(before)) return -1;
  const np = scanNounPhrase(tokens, i - 1, floor);
  // A verb in it makes it a clause (`Shares fell 3 percent after the company warned`).
  if (!np || holdsClauseVerb(tokens, np.first + 1, np.last)) return -1;
  const opener = tokens[np.first - 1];
  // `… comes after Tidewell crews in the harbor struck`: `after` and `before` open a clause,
  // as do `but`, `while`, `when` … (`when someone in the hall shouted`); before a conjoined
  // subject (`conjoined`) so do `and`, `as`, `if`, `that` (`as Quell and her aides say`).
  const opens =
    np.first === floor ||
    (opener !== undefined && (opener.text === ',' || opener.text === ':' || opener.text === '—' || opener.type === 'break' || opener.lower === 'after' || opener.lower === 'before' || opener.text === '--' || CONJUNCT_OPENERS.has(opener.lower) || (conjoined && CONJUNCT_ONLY_OPENERS.has(opener.lower))));
  return opens ? np.first : -1;
}

/** Conjunctions and subordinators after which a phrase opens its clause (`while doctors in the city warned`). */
const CONJUNCT_OPENERS: ReadonlySet<string> = new Set([
  'but', 'while', 'when', 'where', 'whereas', 'though', 'although', 'because', 'since', 'yet', 'until', 'once', 'whether',
]);
/**
 * Openers that also start clauses whose verb the phrase scan cannot tell from a noun (`as
 * we watch partners in …`, `if you live in …`, `and draw in …`): trusted before a conjoined
 * subject only.
 */
const CONJUNCT_ONLY_OPENERS: ReadonlySet<string> = new Set(['and', 'as', 'if', 'that', 'so']);

/** Whether a preposition at `i` belongs to the phrase (`published by the site on Friday`). */
function insidePhrase(tokens: Token[], i: number): boolean {
  const w = tokens[i].lower;
  const next = tokens[i + 1];
  if (w === 'on' && next && next.upper && (WEEKDAYS[next.lower] !== undefined || MONTHS[next.lower] !== undefined)) return true;
  const prev = tokens[i - 1];
  return (w === 'by' || w === 'in' || w === 'on') && prev !== undefined && prev.type === 'word' && !prev.upper && /ed$/.test(prev.lower) && !NP_BARRIERS.has(prev.lower);
}

/** Nouns and adjectives a `to` phrase belongs to inside a subject (`an adviser to`, `close to`). */
const TO_HEADS: ReadonlySet<string> = new Set([
  'adviser', 'advisers', 'advisor', 'advisors', 'aide', 'aides', 'ambassador', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'counsel', 'lawyer', 'lawyers', 'attorney', 'assistant', 'consultant',
  'successor', 'heir', 'close', 'closer', 'closest', 'loyal', 'linked', 'allied', 'connected',
]);

/** Prepositions that are barriers of a noun phrase unless the phrase before opens the clause. */
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'without', 'through', 'about', 'over', 'under', 'against', 'into']);

/** Scans a noun phrase leftwards from `last` (inclusive). */
function scanNounPhrase(tokens: Token[], last: number, floor: number): TokenRange | null {
  // `R-Ore.`, `Md.`: an abbreviation's full stop inside the sentence belongs to its word;
  // `Officials here said`: `here` places the phrase before it.
  const placed = tokens[last]?.lower === 'here' && !tokens[last].upper && last - 1 >= floor && isWord(tokens[last - 1]) && !NP_BARRIERS.has(tokens[last - 1].lower);
  if (placed || (tokens[last]?.text === '.' && last - 1 >= floor && isWord(tokens[last - 1]) && tokens[last - 1].end === tokens[last].start)) {
    const word = scanNounPhrase(tokens, last - 1, floor);
    return word ? { first: word.first, last } : null;
  }
  const t = tokens[last];
  if (t && t.text === ')') {
    let j = last - 1;
    while (j >= floor && j > last - 8 && tokens[j].text !== '(') j--;
    if (j <= floor || tokens[j].text !== '(') return null;
    const head = scanNounPhrase(tokens, j - 1, floor);
    return head ? { first: head.first, last } : null;
  }
  // A gerund ends no subject (`…, saying`), unless a possessive makes it a noun (`Cruz's thinking`).
  if (!isWord(t) || isBarrier(tokens, last) || (lookupCue(t.lower)?.gerund && tokens[last - 1]?.lower !== "'s")) return null;
  if (SUBJECT_PRONOUNS[t.lower] !== undefined) return { first: last, last };
  let first = last;
  let i = last - 1;
  let stoppedByPreposition = false;
  while (i >= floor && last - i < MAX_NP) {
    const w = tokens[i];
    if (w.text === ')') {
      // A parenthesis inside a name: `Rep. Gwen Moore (D-Wis.)`.
      let j = i - 1;
      while (j >= floor && j > i - 8 && tokens[j].text !== '(') j--;
      if (j >= floor && tokens[j].text === '(' && j < i - 1 && isWord(tokens[j - 1])) {
        first = j;
        i = j - 1;
        continue;
      }
      break;
    }
    // `The Dockworkers’ Guild said`: a plural possessive's apostrophe is inside the phrase.
    if (isPossessiveMark(tokens, i) && i - 1 >= floor) {
      first = i;
      i--;
      continue;
    }
    // `a Harbor Times/Ledger poll`: a slash joins two names inside the phrase.
    if (w.text === '/' && i - 1 >= floor && attachedAfterWord(tokens, i)) {
      first = i - 1;
      i -= 2;
      continue;
    }
    if (!isWord(w)) {
      // Keep the brackets and marks inside a description (`the "All of Me" singer`).
      if ((w.type === 'open' || w.type === 'close') && i - 1 >= floor && isWord(tokens[i - 1])) {
        const inner = findMarkedWords(tokens, i, floor);
        if (inner !== null) {
          first = inner;
          i = inner - 1;
          continue;
        }
      }
      break;
    }
    if (LEFT_STOPS.has(w.lower)) {
      // A preposition inside a name (`Commission on Presidential Debates`) does not stop it.
      const inName = tokens[i - 1]?.upper && tokens[i - 1].type === 'word' && tokens[i + 1]?.upper && i - 1 >= floor;
      if (!inName && !insidePhrase(tokens, i)) {
        // `Others in the community said`: a phrase that opens the clause keeps its PP; `after`
        // and `before` join clauses there (`…, hours after Quell said`), no phrase's PP.
        const left = w.lower === 'after' || w.lower === 'before' ? -1 : leftConjunct(tokens, i, floor);
        if (left >= 0) {
          first = left;
          break;
        }
        stoppedByPreposition = true;
        break;
      }
    }
    if ((w.lower === 'and' || w.lower === 'or') && first <= last) {
      // `Mr. Grassley and Mr. Leahy said`, `Federal and state officials said`.
      const left = leftConjunct(tokens, i, floor, true);
      if (left >= 0) first = left;
      break;
    }
    // `People familiar with the talks said`, `Protesters marching through the streets
    // chanted`: a phrase opening the clause keeps these prepositions' phrases too; elsewhere
    // they end the subject (`… met with the mayor said`).
    if (CLAUSE_PREPOSITIONS.has(w.lower)) {
      const left = leftConjunct(tokens, i, floor);
      if (left >= 0) first = left;
      break;
    }
    // `An adviser to the senator said`, `a source close to him said`: the phrase is the
    // adviser's, not the senator's.
    const toHead = w.lower === 'to' && TO_HEADS.has(tokens[i - 1]?.lower ?? '') && i - 1 >= floor;
    if (isBarrier(tokens, i) && !toHead) break;
    // A lower-case -ly word is an adverb of the verb before it (`egregiously described`).
    if (isAdverb(w)) break;
    if (w.lower === 'who' || w.lower === 'which') break;
    first = i;
    i--;
  }
  // After a fronted phrase with no comma (`In a Bloomberg interview Trump said`) the
  // subject is the trailing run of capitalised words.
  if (stoppedByPreposition && first < last && tokens[last].upper) {
    let k = last;
    while (k > first && tokens[k - 1].type === 'word' && tokens[k - 1].upper) k--;
    if (k > first && !DETERMINER_LIKE.has(tokens[k - 1].lower)) first = k;
  } else if (stoppedByPreposition && first < last) {
    // `At a packed press conference the mayor hit back`: a second determiner after a noun
    // opens the subject; the words before it end the fronted phrase.
    for (let k = last - 1; k > first; k--) {
      const prev = tokens[k - 1];
      if (SUBJECT_DETERMINERS.has(tokens[k].lower) && prev.type === 'word' && !DETERMINER_LIKE.has(prev.lower) && !OF_LIKE.has(prev.lower)) {
        first = k;
        break;
      }
    }
  }
  // A phrase must hold a word: numbers alone (`Feb. 2, 2018 shows`) are no source.
  let wordy = false;
  for (let k = first; k <= last && !wordy; k++) wordy = /\p{L}/u.test(tokens[k].text);
  if (!wordy) return null;
  // A phrase must hold a noun-like word: reject a bare adverb or determiner.
  if (first === last && ((!tokens[last].upper && tokens[last].lower.length < 3) || LONE_DETERMINERS.has(tokens[last].lower))) return null;
  // `No wonder Trump said`: the idiom opens the sentence, not the phrase.
  if (first + 2 <= last && tokens[first].lower === 'no' && NO_IDIOMS.has(tokens[first + 1].lower)) first += 2;
  return { first, last };
}

/** Determiners that are never a phrase alone (`No wonder …` is no source of `wonder`). */
const LONE_DETERMINERS: ReadonlySet<string> = new Set(['no', 'the', 'a', 'an']);
/** `No wonder`, `No doubt`: sentence adverbs that open with `no`. */
const NO_IDIOMS: ReadonlySet<string> = new Set(['wonder', 'doubt']);

/** For a closing mark at `i`, the index of its opening mark if the quoted words are short. */
function findMarkedWords(tokens: Token[], i: number, floor: number): number | null {
  if (tokens[i].type !== 'close') return null;
  for (let j = i - 1; j >= floor && j > i - 6; j--) {
    if (tokens[j].type === 'open') return j;
    if (tokens[j].type !== 'word') return null;
  }
  return null;
}

/**
 * The noun phrase that starts at `start` and runs right (`says Legend, who …`,
 * `according to a new poll by the institute`), ending before a comma, a clause word or
 * sentence-final punctuation.
 */
export function findRightSource(tokens: Token[], start: number, ceiling: number): TokenRange | null {
  const t = tokens[start];
  // `…, Brandt said matter-of-factly.`: an adverb that ends the clause is no source; nor
  // is a phrase a preposition or conjunction opens (`"…" announced in March`).
  if (!isWord(t) || (isAdverb(t) && !isWord(tokens[start + 1])) || ((RIGHT_STOPS.has(t.lower) || (APPOSITION_BREAKS.has(t.lower) && !describesPerson(tokens, start))) && !t.upper)) return null;
  // `one` before a noun is a determiner (`…, said one official`), not the pronoun.
  if (SUBJECT_PRONOUNS[t.lower] !== undefined && !(t.lower === 'one' && isNounAfterOne(tokens[start + 1]))) return { first: start, last: start };
  let last = start - 1;
  for (let i = start; i <= ceiling && i - start < MAX_NP; i++) {
    const w = tokens[i];
    // `a Harbor Times/Ledger poll`: a slash joins two names inside the phrase.
    if (w.text === '/' && i > start && isWord(tokens[i - 1]) && i + 1 <= ceiling && isWord(tokens[i + 1]) && tokens[i + 1].start === w.end) continue;
    if (!isWord(w)) break;
    if (i > start && (RIGHT_STOPS.has(w.lower) || (!w.upper && FOREIGN_STOPS.has(w.lower)))) break;
    if (i === start && isBarrier(tokens, i)) return null;
    // A cue form ends the phrase (`said Quell told …`), unless it is the phrase's last noun
    // (`according to a pool report.`, `said the report,`) or a noun after its article (`said
    // a report from the bank`).
    if (lookupCue(w.lower) && i > start && !w.upper && isWord(tokens[i + 1]) && !DETERMINERS.has(tokens[i - 1].lower)) break;
    last = i;
  }
  if (last < start) return null;
  // `said Rep. Gwen Moore (D-Wis.)`: a short parenthesis right after a name is part of it,
  // as `scanNounPhrase` reads it on the left.
  if (tokens[last].upper && tokens[last + 1]?.text === '(') {
    let j = last + 2;
    while (j <= ceiling && j < last + 9 && tokens[j].text !== ')' && tokens[j].type !== 'open' && tokens[j].type !== 'close') j++;
    if (j <= ceiling && tokens[j].text === ')' && j > last + 2) last = j;
  }
  return { first: start, last };
}

/**
 * Whether the article at `k` opens a description of a person (`dijo el alcalde`, `sagte der
 * Bürgermeister`), which the same article before a day or a dative (`dijo Blix el martes`,
 * `sagte Marrow der Zeitung`) does not.
 */
function describesPerson(tokens: Token[], k: number): boolean {
  const noun = tokens[k + 1];
  return FOREIGN_ARTICLES.has(tokens[k].lower) && noun !== undefined && isWord(noun) && foreignTitleOrAgent(noun.lower);
}

/** Whether `t`, right after `one`, is the noun or modifier `one` determines (`one official`, `one GOP source`). */
function isNounAfterOne(t: Token | undefined): boolean {
  return t !== undefined && isWord(t) && !RIGHT_STOPS.has(t.lower) && !NP_BARRIERS.has(t.lower) && lookupCue(t.lower) === null;
}

/**
 * Extends a source that ends the sentence with its apposition
 * (`said Brian Fallon, the campaign's press secretary.`). A relative clause or anything
 * holding a cue verb is left out.
 */
export function extendWithApposition(tokens: Token[], src: TokenRange, ceiling: number): TokenRange {
  const comma = src.last + 1;
  if (tokens[comma]?.text !== ',' || comma + 1 > ceiling) return src;
  const next = tokens[comma + 1];
  // `said Ada Marrow, who runs the ferry.`: a relative clause about a person is part of the
  // source, as PolNeAR marks it two times in three (unless it reports speech of its own,
  // `…, who added that …`: see the cue test below).
  if (!PERSON_RELATIVES.has(next?.lower ?? '') && notApposition(next, tokens[comma + 2])) return src;
  let last = comma;
  for (let k = comma + 1; k <= ceiling; k++) {
    const t = tokens[k];
    // `a lancé Blix, le dirigeant de la guilde, devant …`: the apposition ends at its comma.
    if (t.text === ',' && APPOSITION_BREAKS.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1].upper) break;
    // `said Mara Olin, the port's director, noting that …`: a gerund or a cue after a comma
    // opens a clause of its own; the apposition ends before it. (A relative clause after
    // it, `…, who runs the ferry`, is part of the source, as PolNeAR marks it.)
    if (t.text === ',' && k > comma && opensSideClause(tokens[k + 1])) break;
    // `…, who runs the gym — which …`: a dash opens an aside of its own.
    if (isAsideDash(t) && tokens[k - 1].end < t.start) break;
    if (t.type === 'word') {
      // `…, a pilot who runs the ferry`: a relative clause is part of the apposition, unless
      // it reports speech (`…, a pilot who said the ferry …` is a report of its own): then
      // the apposition ends before it.
      const cue = t.upper ? null : lookupCue(t.lower);
      if (cue) {
        const relative = relativeBefore(tokens, comma + 1, k);
        if (relative < 0) return src;
        if (cue.class !== 'speech' || (cue.prior ?? 0) < RELIABLE_PRIOR) {
          last = k;
          continue;
        }
        last = relative - 1;
        while (last > comma && tokens[last].type !== 'word') last--;
        break;
      }
      last = k;
    } else if (((t.type === 'open' || t.type === 'close') && !isPossessiveMark(tokens, k)) || t.text === ';') return src;
  }
  return last > comma ? { first: src.first, last } : src;
}

/** Whether `t`, right after a comma inside an apposition, opens a clause of its own. */
function opensSideClause(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || t.upper) return false;
  return t.lower.endsWith('ing') || lookupCue(t.lower) !== null;
}

/** The last relative pronoun among tokens `a..b-1` (a relative clause holds `b`), or -1. */
function relativeBefore(tokens: Token[], a: number, b: number): number {
  for (let k = b - 1; k >= a; k--) if (tokens[k].type === 'word' && RELATIVE_PRONOUNS.has(tokens[k].lower)) return k;
  return -1;
}

/** -ing words that open a job title, not a clause (`managing director`, `ranking member`). */
const TITLE_PARTICIPLES: ReadonlySet<string> = new Set(['managing', 'acting', 'founding', 'presiding', 'ranking', 'outgoing', 'incoming', 'visiting']);

/** Words that open a relative clause or adverbial phrase, not an apposition. */
function notApposition(t: Token | undefined, next?: Token): boolean {
  if (!t || t.type !== 'word') return true;
  const w = t.lower;
  if (TITLE_PARTICIPLES.has(w) && next?.type === 'word' && !next.upper && !APPOSITION_STOPS.has(next.lower) && !NP_BARRIERS.has(next.lower)) return false;
  return RELATIVES.has(w) || NP_BARRIERS.has(w) || APPOSITION_STOPS.has(w) || DISCOURSE_ADVERBS.has(w) || (!t.upper && w.endsWith('ing'));
}
