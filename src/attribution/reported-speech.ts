/**
 * Indirect and mixed speech: a cue verb whose content is a clause, not a quotation.
 *
 *   SOURCE CUE [that] CONTENT.          Legend said that West was joking.
 *   CONTENT, SOURCE CUE.                West was joking, Legend said.
 *   CONTENT, CUE SOURCE.                West was joking, said Legend.
 *   But, SOURCE CUE, CONTENT.           But, Legend said, West was joking.
 *   According to SOURCE, CONTENT.       (and CONTENT, according to SOURCE.)
 *   SOURCE told ADDRESSEE [that] CONTENT.
 *   …, adding/saying CONTENT            (the gerund shares the main clause's source)
 */
import type { Token } from './tokenize.js';
import type { Found } from './types.js';
import { cueAt, isQuoteAside, marksNoun, nounAfterModifier } from './direct-quotes.js';
import { cueFormWords, lookupCue, RELIABLE_PRIOR, type CueForm } from './cue-forms.js';
import { isCueCandidate, scoreCue, wordCueWeight, wordsWeighingOver } from './cue-model.js';
import { isComplementizer, subjectEndBefore } from './foreign-cues.js';
import { extendWithApposition, findLeftSource, findRightSource, holdsClauseVerb, isAsideDash, isPossessiveMark, nameRunStart, nounPhraseBefore, skipModifiersLeft, type LeftSource, type TokenRange } from './noun-phrase.js';
import {
  relativeClauseEnd,
  commaBefore,
  contentEnd,
  makeReport,
  contentStart,
  DAY_WORDS,
  isDayPhrase,
  isTimePhrase,
  joinedSpeechForm,
  onlyAdverbial,
  skipOpeners,
  trimEnd,
  wholeQuote,
  type SentenceBounds,
} from './clause-bounds.js';
import { clauseSubject, sentenceSubject } from './sentence-subject.js';
import { isFiniteVerb, isParticiple, isPastTense, isPresentForm } from './verb-forms.js';
import { FOREIGN_SOURCE_PREPOSITIONS, JUDGEMENT_FORMS, REPORT_NOUNS } from './cue-lexicon.js';
import { findJudgement, PERCEPTION_PARTICIPLES } from './judgements.js';
import { findQuestion, QUESTION_PARTICIPLES } from './questions.js';
import { findPrepositionGerund } from './preposition-gerunds.js';
import { findNounReport } from './noun-reports.js';
import { pollShare } from './poll-shares.js';
import { CUE_MODIFIERS, DETERMINERS, DOCUMENT_NOUNS, FINITE_AUXILIARIES, MONTHS, NAMING_PARTICIPLES, NEGATIONS, WEEKDAYS, NP_BARRIERS, OCCASION_NOUNS, ORGANISATION_WORDS, PERSON_NOUNS, PLURAL_ENDING, TITLES, PLATFORMS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, SUBJECT_PRONOUN_WORDS, SUBORDINATORS, TIME_WORDS, VERB_ONLY_FORMS } from './word-lists.js';
import { isYearText } from './date-words.js';

const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(FOREIGN_SOURCE_PREPOSITIONS);
const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'been', 'be', 'keeps', 'kept']);
/** Score above which the learned detector proposes a cue the lexicon lacks (low: the report check weighs each proposal). */
const MODEL_THRESHOLD = -4;
/** Words whose own weight is not above this are not scored at all (speed; see `wordCueWeight`). */
const MIN_WORD_WEIGHT = 0;
/** Score below which the detector overrules a lexicon cue (a noun or idiom use). */
const VETO = -2;
/** Minimum trained cue share for a lexicon cue to count in narration. */
const MIN_PRIOR = 0.25;
const ADVERBS = new Set(['once', 'again', 'also', 'still', 'now', 'then', 'already', 'even', 'just', 'repeatedly', 'reportedly', 'not', "n't"]);
const PASSIVE_AUX = new Set(['is', 'was', 'were', 'be', 'been', 'being', 'are', "'s", 'get', 'got']);

/** Words that open a report framed by a rule of its own (see `findReportedSpeech`). */
const FRAME_WORDS: ReadonlyMap<string, 'question' | 'noun' | 'judgement'> = new Map([
  ...QUESTION_PARTICIPLES.map((w) => [w, 'question'] as const),
  ['expected', 'judgement'],
  ...[...JUDGEMENT_FORMS.keys(), ...PERCEPTION_PARTICIPLES, 'reportedly'].map((w) => [w, 'judgement'] as const),
  ...REPORT_NOUNS.map((w) => [w, 'noun'] as const),
]);

/** Forms of `make` and the adjectives that make them report (`made clear`, `makes it plain`). */
const MAKE_FORMS: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making']);
const MADE_CLEAR: ReadonlySet<string> = new Set(['clear', 'plain']);

/**
 * Every word the loop of `findReportedSpeech` acts on: the frames, the cue forms and the
 * words the detector may propose. Any other word is passed over with one lookup (speed).
 */
const TRIGGERS: ReadonlySet<string> = new Set([
  'reported', 'according', ...SOURCE_PREPOSITIONS, ...FRAME_WORDS.keys(), ...cueFormWords(), ...wordsWeighingOver(MIN_WORD_WEIGHT), ...MAKE_FORMS,
]);

/**
 * The cue `made clear` or `made it clear` at `c`, when a clause or a colon follows it
 * (`made clear that …`, `made it clear he …`); null otherwise (`made clear progress`).
 * A phrase, not a lexicon verb: `make` alone reports nothing, and in the lexicon its forms
 * would end noun phrases and clauses everywhere they stand.
 */
function madeClearAt(tokens: Token[], c: number, last: number): TokenRange | null {
  if (!MAKE_FORMS.has(tokens[c].lower)) return null;
  const adjective = tokens[c + 1]?.lower === 'it' ? c + 2 : c + 1;
  if (!MADE_CLEAR.has(tokens[adjective]?.lower ?? '')) return null;
  const next = tokens[adjective + 1];
  if (!next || (next.type !== 'word' && next.text !== ':') || (next.type === 'word' && !isClauseOpener(tokens, adjective + 1, last))) return null;
  return { first: c, last: adjective };
}

/** Words after `made clear` that open a phrase before its `that` (`made clear to voters that`, `over the weekend that`). */
const BEFORE_THAT: ReadonlySet<string> = new Set(['to', 'in', 'on', 'over', 'during', 'at', 'again', 'repeatedly']);

/**
 * Whether a clause said opens at `k` after `made clear`: `that`, a subject pronoun, a phrase
 * before `that`, or a name or a determiner's phrase with a verb after it (`made it clear her
 * husband will …`); not a bare noun (`made clear progress`).
 */
function isClauseOpener(tokens: Token[], k: number, last: number): boolean {
  const w = tokens[k];
  if (w.lower === 'that' || SUBJECT_PRONOUNS[w.lower] !== undefined || BEFORE_THAT.has(w.lower)) return true;
  return (w.upper || DETERMINERS.has(w.lower) || POSSESSIVE_PRONOUNS.has(w.lower)) && holdsClauseVerb(tokens, k, Math.min(last, k + 6));
}

/** Whether a cue form is trusted in narration: lexicon speech verbs, or a high trained prior. */
function acceptCue(form: CueForm): boolean {
  if (form.prior !== null) return form.prior >= MIN_PRIOR;
  return form.class === 'speech';
}

/**
 * Whether a detector proposal can be a verb: not an adverb (`repeatedly`), not an
 * auxiliary-like modifier (`long`, `first`), not the object of a verb before it
 * (`faced questions`, `raising questions`).
 */
function looksVerbal(tokens: Token[], c: number): boolean {
  const w = tokens[c].lower;
  if (w.endsWith('ly') || CUE_MODIFIERS.has(w) || NP_BARRIERS.has(w)) return false;
  // `was not available for comment`: the newsroom phrase for no comment, which reports nothing
  // (PolNeAR's adjective cues, `uncomfortable on`, `favorable opinions`, stay).
  if (/(?:able|ible)$/.test(w) && tokens[c + 1]?.lower === 'for' && tokens[c + 2]?.lower === 'comment') return false;
  const prev = tokens[c - 1];
  if (prev && prev.type === 'word' && !prev.upper && /(?:ed|ing)$/.test(prev.lower) && !PASSIVE_AUX.has(prev.lower)) return false;
  // After a possessive (`the guild's rallying cry`) it modifies a noun; after a contraction
  // of `is` or `has` (`she's rallying`, `that's rallying`) it is a verb.
  if (prev?.lower === "'s" && !contractsVerb(tokens, c - 1)) return false;
  return true;
}

/** Words besides subject pronouns whose `'s` is `is` or `has`, not a possessive. */
const CONTRACTION_HOSTS = new Set(['who', 'that', 'what', 'there', 'here', 'where']);

/** Whether the `'s` at `k` contracts `is` or `has` (`she's`, `that's`), not a possessive (`the guild's`). */
function contractsVerb(tokens: Token[], k: number): boolean {
  const host = tokens[k - 1]?.lower ?? '';
  return tokens[k]?.lower === "'s" && (SUBJECT_PRONOUN_WORDS.has(host) || CONTRACTION_HOSTS.has(host));
}

/**
 * Whether a name or pronoun stands right before the cue once adverbs and auxiliaries are
 * skipped (`Trump is once again questioning`): then the cue needs no detector check.
 */
function subjectBefore(tokens: Token[], c: number, first: number): boolean {
  const headIndex = skipModifiersLeft(tokens, c - 1, first);
  const head = headIndex >= first ? tokens[headIndex] : undefined;
  return head !== undefined && head.type === 'word' && (head.upper || SUBJECT_PRONOUNS[head.lower] !== undefined);
}

/**
 * Whether a noun or a name stands before the cue at `c`, past its modifiers (`the website
 * states that`) or past the comma that closes an apposition (`The chief, Ivo Brandt, maintained`).
 */
function nounBefore(tokens: Token[], c: number, first: number): boolean {
  if (subjectBefore(tokens, c, first)) return true;
  let headIndex = skipModifiersLeft(tokens, c - 1, first);
  if (tokens[headIndex]?.text === ',' && headIndex - 1 >= first) headIndex--;
  const head = headIndex >= first ? tokens[headIndex] : undefined;
  return head !== undefined && head.type === 'word' && !NP_BARRIERS.has(head.lower) && !DETERMINERS.has(head.lower) && !/(?:ly|ed|ing)$/.test(head.lower);
}

/** Time words a cue's `that` may come after (`maintained on Tuesday that`). */
const MAX_TIME_BEFORE_THAT = 3;

/** Whether `that` opens the clause at `k`, after at most a short time phrase (`on Tuesday`, `last week`). */
function thatAfter(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < k + MAX_TIME_BEFORE_THAT && tokens[j]?.type === 'word' && tokens[j].lower !== 'that' && TIME_WORDS.has(tokens[j].lower)) j++;
  return tokens[j]?.lower === 'that';
}

/**
 * The source of the report in this sentence whose content the cue at `c` joins with `and`
 * or `but` (`May said that … and suggested`), else null. The latest such report counts
 * (`He pledged …, and he, once again, pledged … and said`), unless it is the clause another
 * report's content opens with (`said they want …, but pledged`): then that report's.
 */
function coordinatedWith(tokens: Token[], out: Found[], c: number, first: number): TokenRange | null {
  const joiner = out.length === 0 ? -1 : conjunctionBefore(tokens, c, first);
  if (joiner < 0) return null;
  for (let i = out.length - 1; i >= 0; i--) {
    const f = out[i];
    if (!f.source || !f.cue || f.content.length === 0) continue;
    const contentFirst = f.content[0].first;
    const contentLast = f.content[f.content.length - 1].last;
    // The content may still run on through the joined verb: `endBeforeCoordinatedReports` ends it there.
    const reaches = contentLast >= joiner || trimEnd(tokens, contentLast, joiner - 1) === contentLast;
    if (!(f.cue.last < contentFirst && contentFirst < joiner && reaches)) continue;
    const source = f.source;
    const opened = out.some((g) => g !== f && g.content[0]?.first === source.first);
    if (!opened) return source;
  }
  return null;
}

/** The possessive before a platform's name (`his initial Instagram post`), as a source; else null. */
function platformOwner(tokens: Token[], platform: number, first: number): LeftSource | null {
  for (let k = platform - 1; k >= first && k >= platform - 3; k--) {
    const t = tokens[k];
    if (t.type !== 'word') return null;
    if (POSSESSIVE_PRONOUNS.has(t.lower)) return { first: k, last: k, clauseStart: k };
  }
  return null;
}

/**
 * Whether `and` or `but` joins the cue at `c` to what comes before (`… and even demanded`),
 * past the auxiliaries and negation of its verb (`… and has promised`, `… but did not suggest`).
 */
function afterConjunction(tokens: Token[], c: number, first: number): boolean {
  return conjunctionBefore(tokens, c, first) >= 0;
}

/** The `and` or `but` that `afterConjunction` finds before the cue at `c`, or -1. */
function conjunctionBefore(tokens: Token[], c: number, first: number): number {
  if (c <= first) return -1;
  let k = skipAdverbsLeft(tokens, c - 1, first);
  while (k > first && (FINITE_AUXILIARIES.has(tokens[k].lower) || NEGATIONS.has(tokens[k].lower))) k = skipAdverbsLeft(tokens, k - 1, first);
  const joiner = tokens[k].lower;
  return joiner === 'and' || joiner === 'but' ? k : -1;
}

/** Whether the number at `i` is a year dating what follows (`who in 2010 said`, `in May 2010 said`). */
function datingYear(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return isYearText(tokens[i].text) && before !== undefined && (before.lower === 'in' || (before.upper && MONTHS[before.lower] !== undefined));
}

/** Skips adverbs only (`is once again questioning` → `is`). */
function skipAdverbsLeft(tokens: Token[], i: number, floor: number): number {
  while (i > floor && tokens[i].type === 'word' && (ADVERBS.has(tokens[i].lower) || tokens[i].lower.endsWith('ly'))) i--;
  return i;
}

/**
 * `"…," Clinton responded, remarking that …`, `…, Hollande said Tuesday in Paris, noting …`:
 * a gerund after the `SOURCE CUE,` that follows a quotation or reported words shares that
 * cue's source; the sentence's opening words are inside the quotation, or the report's.
 */
function cueSubjectBefore(tokens: Token[], c: number, floor: number): TokenRange | null {
  // Inverted: `"…," said Keane, speaking of …` (the name, then the cue after the quotation).
  let n = c;
  while (n > floor && c - n < MAX_NAME_WORDS && tokens[n].type === 'word' && tokens[n].upper) n--;
  if (n < c && n > floor && !tokens[n].upper && lookupCue(tokens[n].lower)?.class === 'speech' && (tokens[n - 1].text === ',' || tokens[n - 1].type === 'close')) return { first: n + 1, last: c };
  // Over the time and place after the cue (`Hollande said Tuesday in Paris, noting …`).
  let k = c;
  while (k > floor && c - k < MAX_CUE_TRAIL && tokens[k].type === 'word' && !(cueAt(tokens, k) && !tokens[k].upper) && (TIME_WORDS.has(tokens[k].lower) || tokens[k].upper || TRAIL_PREPOSITIONS.has(tokens[k].lower))) k--;
  if (k - 1 < floor || tokens[k].upper || !cueAt(tokens, k) || lookupCue(tokens[k].lower)?.class !== 'speech') return null;
  const src = findLeftSource(tokens, k - 1, floor);
  if (!src) return null;
  // The cue's clause follows a quotation or the reported words (`…, Hollande said`).
  const before = tokens[src.first - 1];
  return before?.text === ',' || before?.type === 'close' ? { first: src.first, last: src.last } : null;
}

/**
 * The end of a gerund's content that would run into the sentence's own cue after a comma
 * (`Salceda, citing State Department data, said …`, `The minister, speaking on condition of
 * anonymity, said …`): the token before that comma, else `end`. The gerund's phrase is a
 * report of its own in PolNeAR; the cue's report is not inside it.
 */
function mainCueComma(tokens: Token[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    if (tokens[k].text !== ',') continue;
    const next = tokens[k + 1];
    const form = next.type === 'word' && !next.upper ? lookupCue(next.lower) : null;
    if (form && form.class === 'speech' && !form.gerund && !form.quoteOnly) return k - 1;
  }
  return end;
}

/**
 * `calling it “disqualifying” and asserting that …`: a gerund's content ends before `and` or
 * `but` and another reporting gerund, which reports again (`coordinatedWith` gives it the
 * same source).
 */
function gerundJoined(tokens: Token[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    if (tokens[k].lower !== 'and' && tokens[k].lower !== 'but') continue;
    const next = tokens[k + 1];
    const form = next.type === 'word' && !next.upper ? lookupCue(next.lower) : null;
    if (joinedSpeechForm(form, true)) return trimEnd(tokens, start, k - 1);
  }
  return end;
}

/** Most tokens from a relative pronoun to the `and` that joins a second verb to its clause. */
const MAX_RELATIVE_CLAUSE = 20;

/**
 * The relative pronoun (`who`, `which`) whose clause the cue at `c` is joined to with `and`
 * or `but` (`Romney, who campaigned on … and sought …`), with no comma or clause break
 * between them; else null.
 */
function relativeBefore(tokens: Token[], c: number, first: number): TokenRange | null {
  const joiner = conjunctionBefore(tokens, c, first);
  if (joiner < 0) return null;
  for (let k = joiner - 1; k > first && k >= joiner - MAX_RELATIVE_CLAUSE; k--) {
    const t = tokens[k];
    if (t.type === 'open' || t.type === 'close') continue;
    if (t.type !== 'word') return null;
    if (t.lower === 'who' || t.lower === 'which') return tokens[k + 1]?.type === 'word' && !t.upper ? { first: k, last: k } : null;
  }
  return null;
}

/** Most tokens from a gerund phrase's opening comma to the `and` that joins another gerund to it. */
const MAX_GERUND_PHRASE = 20;

/**
 * The gerund that opens the phrase the gerund at `c` is joined to with `and` or `but`, when
 * that phrase follows a comma (`, pointing to his record and saying`); else -1.
 */
function joinedGerundPhrase(tokens: Token[], c: number, first: number): number {
  const joiner = conjunctionBefore(tokens, c, first);
  if (joiner < 0 || joiner !== c - 1) return -1;
  for (let k = joiner - 1; k > first && k >= joiner - MAX_GERUND_PHRASE; k--) {
    if (tokens[k].type === 'open' || tokens[k].type === 'close') continue;
    if (tokens[k].type !== 'word') {
      if (tokens[k].text !== ',') return -1;
      const g = tokens[k + 1];
      return g && g.type === 'word' && !g.upper && g.lower.length > 4 && g.lower.endsWith('ing') && commaBefore(tokens, k + 1) >= 0 ? k + 1 : -1;
    }
  }
  return -1;
}

/** Words of a name after an inverted cue (`said Sen. Mara Quell,`). */
const MAX_NAME_WORDS = 5;
/** Words a cue's time and place phrase may hold before a gerund's comma (`said Tuesday in Paris,`). */
const MAX_CUE_TRAIL = 6;
const TRAIL_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'from', 'during']);

/**
 * The personal name (one to four capitalised words, no calendar word) ending right before
 * token `c`, not opening the sentence; or null.
 */
function nameBefore(tokens: Token[], c: number, first: number): TokenRange | null {
  // The run stops short of the sentence's first word, which is capitalised anyway.
  const k = nameRunStart(tokens, c, first + 1, MAX_NAME_BEFORE_GERUND) - 1;
  // A run reaching the sentence start may be an ordinary word capitalised (`Critics urging`).
  if (k === first && tokens[k].upper) return null;
  // A platform is where it was said, not who said it: `Brandt posted on Instagram accusing …` is
  // the poster's (a person after a preposition still speaks: `a video of Ada Brandt calling …`).
  if (k + 1 === c - 1 && PLATFORMS.has(tokens[c - 1].lower)) {
    const poster = tokens[k].lower === 'on' && k - 2 >= first ? findLeftSource(tokens, k - 2, first) : null;
    return poster ? { first: poster.first, last: poster.last } : null;
  }
  return k < c - 1 ? { first: k + 1, last: c - 1 } : null;
}

/** Longest name taken as a gerund's subject right before it (`texted his friend, Ada Brandt urging`). */
const MAX_NAME_BEFORE_GERUND = 4;

/**
 * The owner of a document noun right before token `c` (`Legend's texts urging`,
 * `Quell's statement saying`): the capitalised name before `'s`, or null.
 */
function documentOwner(tokens: Token[], c: number, first: number): TokenRange | null {
  const noun = tokens[c - 1];
  if (!noun || !DOCUMENT_NOUNS.has(noun.lower) || tokens[c - 2]?.lower !== "'s") return null;
  const last = c - 3;
  let k = last;
  while (k >= first && k > last - 4 && tokens[k].type === 'word' && tokens[k].upper) k--;
  return k < last ? { first: k + 1, last } : null;
}

/** `The nominee has been endorsed by dozens of papers`: source after `by`, content before. */
function passiveAgent(tokens: Token[], c: number, s: SentenceBounds): Found | null {
  if (tokens[c + 1]?.lower !== 'by') return null;
  const agent = findRightSource(tokens, c + 2, s.last);
  if (!agent) return null;
  let aux = c - 1;
  while (aux > s.first && PASSIVE_AUX.has(tokens[aux - 1].lower)) aux--;
  // `She was told by the board that the port will close`: the clause after the agent is what
  // was said; otherwise the subject is what the agent spoke about (`X was endorsed by Y`).
  if (tokens[agent.last + 1]?.lower === 'that' && agent.last + 2 <= s.last) {
    const end = contentEnd(tokens, agent.last + 2, s);
    if (end >= agent.last + 2) return make(tokens, { first: aux, last: c + 1 }, agent, { first: agent.last + 2, last: end }, 'indirect/passive-by', 0.5);
  }
  const subject = findLeftSource(tokens, aux - 1, s.first);
  if (!subject) return null;
  return make(tokens, { first: aux, last: c + 1 }, agent, { first: subject.first, last: subject.last }, 'indirect/passive-by', 0.5);
}

/** Articles that open a noun phrase a bare verb form cannot follow (see `headOfNounPhrase`). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Whether the word at `c`, a base form (`question`, not `questioned`, `questions`), follows
 * an article and one lower-case word that is no plural (`the obvious question`, see
 * PLURAL_ENDING): the head of a noun phrase, not a verb.
 */
function headOfNounPhrase(tokens: Token[], c: number, first: number): boolean {
  if (c - 2 < first || /(?:s|ing)$/.test(tokens[c].lower) || isParticiple(tokens[c])) return false;
  const modifier = tokens[c - 1];
  if (!ARTICLES.has(tokens[c - 2].lower) || modifier.type !== 'word' || modifier.upper || PLURAL_ENDING.test(modifier.lower) || PLURAL_WORDS.has(modifier.lower)) return false;
  // `the judge read` has a subject there; `Supporters of the law hope` a subject before it.
  return !PERSON_NOUNS.has(modifier.lower) && !TITLES.has(modifier.lower) && !ORGANISATION_WORDS.has(modifier.lower) && !PHRASE_PREPOSITIONS.has(tokens[c - 3]?.lower ?? '');
}

/** Prepositions whose object may end a longer subject (`few on either side of the debate think`). */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'on', 'in', 'at', 'for', 'with', 'from', 'by', 'about', 'among', 'across', 'behind', 'inside', 'outside']);

/** Plural subjects that end in no `-s` (`The two admit`, `the people say`); bodies (`the police`, `the council`) are ORGANISATION_WORDS, checked beside. */
const PLURAL_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'many', 'people', 'public', 'staff', 'government', 'team', 'family', 'majority', 'rest', 'other']);

/** How many words an indefinite noun phrase may have before its naming participle. */
const NAMED_NOUN_WORDS = 4;

/**
 * Whether the participle at `c` names the indefinite noun phrase right before it (`a worker
 * named Antonio Arroyo`, `a Twitter account named “ilduce2016”`): the phrase opens with `a`
 * or `an` and holds lower-case words (a place or brand may modify it), and a name or a
 * quotation follows. A subject then says (`Trump named Cruz`, `Sanders named five people`).
 */
function namesNounBefore(tokens: Token[], c: number, first: number): boolean {
  const next = tokens[c + 1];
  if (!next || !(next.type === 'open' || (next.type === 'word' && next.upper))) return false;
  const prev = tokens[c - 1];
  if (!prev || prev.type !== 'word' || prev.upper) return false;
  for (let k = c - 1; k >= first && k >= c - 1 - NAMED_NOUN_WORDS; k--) {
    const t = tokens[k];
    if (t.type !== 'word') return false;
    if (t.lower === 'a' || t.lower === 'an') return true;
  }
  return false;
}

/**
 * Finds indirect attributions in one sentence.
 *
 * @param used Token indices already taken as a cue by the direct-quote rules.
 * @param inQuote For each token, whether it sits inside quotation marks.
 * @param directSource Source of a direct quote whose cue is in this sentence (for `, adding …`).
 * @param titleCase The sentence is a title, where capitalised words may be cues.
 */
export function findReportedSpeech(
  tokens: Token[],
  s: SentenceBounds,
  used: Set<number>,
  inQuote: Uint8Array,
  directSource: TokenRange | null,
  titleCase: boolean,
): Found[] {
  const out: Found[] = [];
  let mainSource: TokenRange | null = directSource;
  let lastCue = -1;
  // The last word of a cue of several words (`made it clear`): the words inside are no cues.
  let cueEnd = -1;
  for (let c = s.first; c <= s.last; c++) {
    const t = tokens[c];
    if (t.type !== 'word' || inQuote[c] || !TRIGGERS.has(t.lower) || used.has(c) || c <= cueEnd) continue;
    // `As first reported by The Post, …` and `…, first reported by BuzzFeed, …` frame an
    // outlet's report as `according to` does.
    if (t.lower === 'reported' && tokens[c + 1]?.lower === 'by') {
      const begin = reportedByBegin(tokens, c, s.first);
      const f = begin >= 0 ? accordingTo(tokens, c, s, 2, begin) : null;
      if (f) {
        out.push(f);
        c++;
        continue;
      }
    }
    if (t.lower === 'according' && tokens[c + 1]?.lower === 'to') {
      const f = accordingTo(tokens, c, s, 2);
      if (f) out.push(f);
      c++;
      continue;
    }
    // `selon le maire`, `según Blix`, `laut Marrow`: other languages' `according to`.
    if (SOURCE_PREPOSITIONS.has(t.lower)) {
      const f = accordingTo(tokens, c, s, 1);
      if (f) out.push(f);
      continue;
    }
    // Capitalised cue forms mid-sentence are names (`American Express`), except in titles.
    if (t.upper && c !== s.first && !titleCase) continue;
    const frame = titleCase ? undefined : FRAME_WORDS.get(t.lower);
    if (frame !== undefined) {
      // `Asked whether …, Quell said` (a question put to her), `his warning that …` (a noun
      // reporting), `seemed to …`, `is expected to …` (the writer's judgement).
      const f = frame === 'question' ? findQuestion(tokens, c, s, inQuote) : frame === 'noun' ? findNounReport(tokens, c, s) : findJudgement(tokens, c, s);
      if (f) {
        out.push(f);
        // Nothing inside the question is reported (`Asked if she believed Putin wanted …`).
        if (frame === 'question') c = Math.max(c, f.content[f.content.length - 1].last);
        continue;
      }
      // Otherwise `seem` and `appear` report nothing (`appeared on the podcast` is an appearance).
      if (frame === 'judgement' && JUDGEMENT_FORMS.has(t.lower)) continue;
    }
    let prev = tokens[c - 1];
    // `is said to have warned`: the passive frames the report of the verb after it.
    if (RAISING.has(t.lower) && PASSIVE_AUX.has(prev?.lower ?? '') && tokens[c + 1]?.lower === 'to') continue;
    // `a former staffer named Bradley Podliska`: a participle that names what the noun before it is.
    if (NAMING_PARTICIPLES.has(t.lower) && namesNounBefore(tokens, c, s.first)) continue;
    // `Trump said, and I quote, "…"`: the writer's aside reports nothing.
    if (isQuoteAside(tokens, c)) continue;
    const entry = lookupCue(t.lower);
    // A word that takes a possessive (`the board's report`, `the report's authors`) is a noun.
    if (tokens[c + 1]?.lower === "'s" && tokens[c + 1].start === t.end) continue;
    // `made clear that …`, `made it plain that …`: `make` and its adjective report together.
    const madeClear = entry ? null : madeClearAt(tokens, c, s.last);
    let cue = entry ? cueAt(tokens, c) : null;
    let form = cue ? entry : null;
    // `shot`, `fired` without `back` are no cues; nor may the detector make them one.
    if (!cue && entry?.particleOnly) continue;
    // A noun before the form and `that` after it make it a verb with its clause (`Olin charges
    // that …`, `the website states that …`), whatever its prior and the detector say.
    const unsure = form !== null && (form.prior === null || form.prior < RELIABLE_PRIOR);
    // `put the obvious question to her`: a base form after an article and a singular
    // modifier is a noun (a verb there would need a plural subject: `the senators question`).
    if (unsure && headOfNounPhrase(tokens, c, s.first)) continue;
    const clauseVerb = unsure && thatAfter(tokens, cue!.last + 1) && nounBefore(tokens, c, s.first);
    // A verb with its particle (`hit back`) is a cue whatever the bare verb's prior; so is a
    // rarely-reporting form after a subject when the detector reads a verb of report there
    // (`Many experts suspect those losses were …`).
    if (form && !acceptCue(form) && !clauseVerb && !(cue!.last > cue!.first) && !(subjectBefore(tokens, c, s.first) && scoreCue(tokens, c, s.first) > 0)) form = null;
    // Reliable cues (`said`, `told`) skip the check; ambiguous ones ask the detector.
    // The word before the cue once adverbs and auxiliaries are skipped (`Trump is once again questioning`).
    // The detector knows English only: manner verbs and other languages' forms are not asked.
    // A verb coordinated with the sentence's report (`went on to call him a sellout … and even
    // demanded an apology`) shares its subject, as a verb after a name does.
    if (form && unsure && !titleCase && !form.quoteOnly && !clauseVerb && !subjectBefore(tokens, c, s.first) && !(mainSource !== null && afterConjunction(tokens, c, s.first)) && isCueCandidate(tokens, c) && scoreCue(tokens, c, s.first) < VETO) form = null;
    // Cheap tests first: most words are function words or have no weight at all (speed).
    if (!form && !titleCase && isCueCandidate(tokens, c) && wordCueWeight(tokens, c) > MIN_WORD_WEIGHT && looksVerbal(tokens, c) && scoreCue(tokens, c, s.first) > MODEL_THRESHOLD) {
      // The learned detector's long tail: a verb the lexicon does not know.
      cue = { first: c, last: c };
      form = { lemma: t.lower, class: 'speech', gerund: t.lower.endsWith('ing'), addressee: false, clauseOnly: false, particles: null, prior: null, learned: true };
    }
    if (madeClear) {
      cue = madeClear;
      form = { lemma: 'make clear', class: 'speech', gerund: t.lower === 'making', addressee: false, clauseOnly: true, particles: null, prior: null, learned: false };
    }
    if (!cue || !form) continue;
    cueEnd = cue.last;
    let subjectEnd = c - 1;
    if (form.quoteOnly) {
      // Manner verbs (`roared`) and other languages' forms report in narration only before a
      // complementiser (`roared that`, `a assuré que`, `explicó que`, `sagte, dass`).
      let next = cue.last + 1;
      if (tokens[next]?.text === ',') next++;
      if (tokens[next]?.lower !== 'that' && !isComplementizer(tokens[next])) continue;
      subjectEnd = subjectEndBefore(tokens, cue, s.first);
      prev = tokens[subjectEnd];
    }
    if (titleCase && t.upper && (form.prior === null || form.prior < 0.3)) continue;
    // Over adverbs too: `Pence was also dubbed the winner` is said of Pence, not by him.
    const auxAt = c - 1 >= s.first ? skipAdverbsLeft(tokens, c - 1, s.first) : -1;
    const passiveAux = auxAt >= 0 ? tokens[auxAt] : undefined;
    if (passiveAux && PASSIVE_AUX.has(passiveAux.lower) && /ed$|en$|wn$|^told$/.test(t.lower) && !(passiveAux.lower === "'s" && PERSON_HOSTS.has(tokens[auxAt - 1]?.lower ?? ''))) {
      // Passive with an agent: `X was endorsed by Y` → Y about X.
      const passive = passiveAgent(tokens, c, s);
      if (passive) out.push(passive);
      continue;
    }
    const auxBefore = c - 1 >= s.first ? tokens[skipAdverbsLeft(tokens, c - 1, s.first)] : undefined;
    const progressive = form.gerund && auxBefore !== undefined && PROGRESSIVE_AUX.has(auxBefore.lower);
    // `Reyes was quoted as saying …`, `Ostrova is reported to have told …`: the subject stands
    // before the passive that frames the cue.
    const raised = raisedSubjectEnd(tokens, cue.first, s.first);
    if (raised >= 0) subjectEnd = raised;
    // `47 percent of voters say`, `Six in 10 say`: a poll's share is the subject.
    const poll = pollShare(tokens, c, s.first);
    if (prev && !progressive && !poll && ((marksNoun(prev, t) && !firstAsAdverb(tokens, c) && !contractedHas(tokens, c) && !namedWithClitic(tokens, c)) || (/^\d+$/.test(prev.text) && !datingYear(tokens, c - 1)) || nounAfterModifier(tokens, c))) continue;
    if (form.gerund && !progressive && raised < 0) {
      // `stunned the board by saying …`, `After saying …, Quell …`: the clause's subject speaks.
      const prepositional = findPrepositionGerund(tokens, cue, s, form.addressee, inQuote);
      if (prepositional) {
        out.push(prepositional);
        continue;
      }
      // `West shared Legend's texts urging him to …`: a gerund right after a document noun
      // reports what the document says, and its owner is the one speaking.
      const author = documentOwner(tokens, c, s.first);
      if (author) {
        const start = contentStart(tokens, cue.last + 1, s, form.addressee);
        const end = start <= s.last ? contentEnd(tokens, start, s) : start - 1;
        if (end >= start) out.push(make(tokens, cue, author, { first: start, last: end }, 'indirect/document-gerund', 0.6));
        continue;
      }
      // `…, adding that …` or `texted his friend asking him to …`: the gerund shares the
      // subject of the clause it follows.
      const near = lastCue >= 0 && c - lastCue <= 5;
      // `Trump has tried to use the ad, accusing her of …`: with no reporting clause before
      // it, the gerund after a comma takes the subject that opens the sentence.
      // `messages which had Legend urging West to …`: a name right before the gerund is its
      // subject.
      // A comma inside a closing mark is a comma too (`a “ridiculous proposition,” adding`).
      const comma = commaBefore(tokens, c) >= 0 || (c - 1 > s.first && isAsideDash(tokens[c - 1]));
      const named = poll ?? (c - 1 > s.first ? nameBefore(tokens, c, s.first) : null);
      // (Only a lexicon form: the detector's guesses are too loose here, `an hour taking calls`.)
      const modified = !named && !comma && !near && !form.learned ? nounPhraseBefore(tokens, c, s.first) : null;
      // `She spoke at a news conference announcing …`: after an occasion the gerund is the
      // clause subject's, as after a comma.
      const atOccasion = !named && !modified && !comma && !form.learned && OCCASION_NOUNS[tokens[c - 1]?.lower ?? ''] !== undefined && !tokens[c - 1].upper;
      // `calling it “disqualifying” and asserting that …`: a gerund joined to the end of the
      // gerund's report before it shares that report's source.
      const joinedTo = named ? null : coordinatedWith(tokens, out, c, s.first);
      // `He ducked, pointing to his record and saying …`: a gerund joined to a gerund phrase
      // after a comma takes that phrase's subject, as the comma's gerund does.
      const listed = named || joinedTo || modified || comma ? -1 : joinedGerundPhrase(tokens, c, s.first);
      const opener = listed >= 0 ? listed : c;
      const subject = named ?? joinedTo ?? modified ?? (comma || atOccasion || listed >= 0 ? (cueSubjectBefore(tokens, opener - 2, s.first) ?? clauseSubject(tokens, s.first, opener)) : null) ?? mainSource;
      if (!subject || (!named && !joinedTo && !modified && !comma && !near && !atOccasion && listed < 0)) continue;
      const start = contentStart(tokens, cue.last + 1, s, form.addressee);
      if (start > s.last) continue;
      const end = gerundJoined(tokens, start, mainCueComma(tokens, start, contentEnd(tokens, start, s)));
      if (end < start) continue;
      out.push(make(tokens, cue, subject, { first: start, last: end }, named ? 'indirect/named-gerund' : modified ? 'indirect/noun-gerund' : 'indirect/gerund', 0.6));
      continue;
    }
    let src = poll ? { ...poll, clauseStart: poll.first } : c > s.first ? findLeftSource(tokens, subjectEnd, s.first) : null;
    // `Moody's said`: the name keeps its `'s`.
    if (src && src.last === c - 2 && namedWithClitic(tokens, c)) src = { ...src, last: c - 1 };
    // `May said that the country would leave and suggested that …`: a verb joined to the end of
    // the report before it shares that report's source, not its content's subject.
    const joinedTo = coordinatedWith(tokens, out, c, s.first);
    // `Weaver, who came out and endorsed Clinton`: a verb joined to a relative clause's verb
    // has the relative pronoun for its subject, as PolNeAR marks it.
    const relative = joinedTo ? null : relativeBefore(tokens, c, s.first);
    if (joinedTo) src = { ...joinedTo, clauseStart: c };
    else if (relative) src = { ...relative, clauseStart: c };
    // `West shared …, and last year accused him …`: a time phrase is no subject; the
    // coordinated verb shares the subject of the clause before.
    if (src && mainSource && isTimePhrase(tokens, src)) src = { ...mainSource, clauseStart: src.clauseStart };
    // With no report before it, a day after the conjunction stands for the subject of the
    // clause it joins (`Scott has freed up funds and on Monday announced …`).
    else if (src && !mainSource && isDayPhrase(tokens, src) && afterConjunction(tokens, src.first, s.first)) {
      const subject = sentenceSubject(tokens, s.first, src.first);
      src = subject ? { ...subject, clauseStart: src.clauseStart } : null;
    }
    // `Merrill says …, and said …`: a coordinated verb shares the clause's subject.
    if (!src && afterConjunction(tokens, c, s.first)) {
      const subject = mainSource ?? sentenceSubject(tokens, s.first, c);
      if (subject) src = { ...subject, clauseStart: c };
    }
    // A platform owned is where, not who: `her first Instagram announcement` is hers (the
    // company still speaks: `Twitter said`).
    if (src && src.first === src.last && PLATFORMS.has(tokens[src.first].lower)) src = platformOwner(tokens, src.first, s.first) ?? src;
    // Generic `you` addresses the reader (`You may recall …`), it reports nobody.
    if (src && src.first === src.last && tokens[src.first].lower === 'you') continue;
    // `…in Congress, whom he has alienated, said Larry Sabato, director of …`: a name that
    // ends the sentence after a comma and a cue is the inverted source; the noun before a
    // relative clause is no subject then.
    // (After `told`, the name is whom it was told to: `…, Tad Devine, told The Huffington Post.`)
    const inverted = src && prev?.text === ',' && !form.addressee && c - 1 - s.first >= 2 ? invertedSource(tokens, cue.last, s) : null;
    if (inverted && isName(tokens, inverted) && inverted.last >= trimEnd(tokens, inverted.last, s.last)) src = null;
    if (src) {
      const start = contentStart(tokens, cue.last + 1, s, form.addressee);
      // `She added that the port would publish it once the inspectorate agreed, and that the
      // quay would stay shut`: a `that` clause joined by `and` goes on the report before it;
      // it is never the complement of the verb it follows.
      if (JOINED_HALVES.has(tokens[start]?.lower ?? '') && tokens[start + 1]?.lower === 'that' && thatBefore(tokens, s.first, cue.first)) continue;
      let end = start <= s.last ? contentEnd(tokens, start, s) : start - 1;
      // `Marrow, who backed the project, said …`: the relative clause ends at its comma.
      const relative = src.first === src.last && (tokens[src.first].lower === 'who' || tokens[src.first].lower === 'which') && tokens[src.first - 1]?.text === ',';
      if (relative && end > start) end = relativeClauseEnd(tokens, start, end);
      // `Days after Quell said the port would close, the board met`: a report inside a
      // fronted subordinate clause ends where that clause does.
      if (end > start) end = frontedClauseEnd(tokens, s, cue.first, src.first, start, end, inQuote);
      const before = src.clauseStart - 1;
      const precededByComma = before >= s.first && tokens[before].text === ',';
      // `lawmakers said Friday afternoon, as they …`: a time phrase and a comma after the
      // cue leave the content before it.
      let afterTime = start;
      while (afterTime <= end && TIME_WORDS.has(tokens[afterTime].lower)) afterTime++;
      const timeThenComma = afterTime > start && afterTime <= s.last && tokens[afterTime].text === ',';
      // `…, Manafort said, adding that …`, `…, Sanders said, a policy that …`: a cue set off
      // by commas after a clause reports that clause; what follows the second comma is a
      // report of its own or an apposition, not what was said (see `sideClause`).
      const parenthetical = precededByComma && tokens[cue.last + 1]?.text === ',' && sideClause(tokens, start);
      // `…, political analysts say; in 2012, …`: a semicolon right after the cue ends its clause.
      const closed = tokens[cue.last + 1]?.text === ';';
      // `The port is shut, Quell told her aides as she left`, `…, he said after meeting …`,
      // `…, allies believe — backers she needs`: after a clause and its comma, an `as` clause,
      // a gerund phrase or a dash after the cue (and its addressee) is circumstance, and the
      // clause before is what was said.
      // (Other subordinators, `if`, `because`, PolNeAR reads as part of what was said.)
      const circumstance = precededByComma && end >= start && opensCircumstance(tokens, start, end) && clauseWithVerbBefore(tokens, s.first, before);
      // `"…," she said, according to the Ledger.`: who reported it is no part of what was
      // said (`said according to its count, the party has won …` goes on to a clause that is).
      const reportedBy = tokens[start]?.lower === 'according' && tokens[start + 1]?.lower === 'to' && !tokens.slice(start, end + 1).some((t) => t.text === ',');
      if (end >= start && !closed && !reportedBy && !onlyAdverbial(tokens, start, end) && !(timeThenComma && precededByComma) && !parenthetical && !circumstance) {
        // `The plan is dead, he said, and the council …`: a cue set off by commas inside a
        // clause joined by `and`/`but` reports both halves, the one before it as well.
        const joined = precededByComma && tokens[cue.last + 1]?.text === ',' && JOINED_HALVES.has(tokens[start].lower) ? clauseBefore(tokens, s.first, before) : null;
        // `This ferry, Quell says, is different`, `In her ward, Quell said, the levy …`: a cue
        // set off by commas inside the clause said reports the half before it too, as
        // PolNeAR marks it.
        const half = !joined && precededByComma && tokens[start - 1]?.text === ',' ? halfBefore(tokens, s.first, before, out) : null;
        const content = joined || half ? [(joined ?? half)!, { first: start, last: end }] : [{ first: start, last: end }];
        out.push(makeReport(tokens, cue, src, content, 'indirect/source-cue-content', 0.7));
        mainSource = src;
        lastCue = cue.last;
        continue;
      }
      const clause = precededByComma ? clauseBefore(tokens, s.first, before) : null;
      // `Crane, 54, hit back within hours.`: a name and an age are the subject, not a clause said.
      if (clause && !onlyNameAndAge(tokens, clause.first, clause.last)) {
        out.push(make(tokens, cue, src, clause, 'indirect/content-source-cue', 0.7));
        mainSource = src;
        continue;
      }
      // `Lund hit back, calling her rival …`: a cue with no content of its own hands its
      // subject to the gerund after the comma.
      if (tokens[cue.last + 1]?.text === ',' && lookupCue(tokens[cue.last + 2]?.lower ?? '')?.gerund) {
        mainSource = src;
        lastCue = cue.last;
      }
      continue;
    }
    // Inverted: `…, said Legend.`
    if (prev?.text === ',' && c - 1 - s.first >= 2) {
      // `The plan, says Ivo Brandt, a biologist, will fail`: the cue and its source interrupt
      // the clause said, which resumes with its verb after them.
      const resumed = inverted ? null : resumedClause(tokens, c, cue.last, s);
      if (resumed) {
        out.push(makeReport(tokens, cue, resumed.source, resumed.content, 'indirect/content-cue-source', 0.6));
        mainSource = resumed.source;
        lastCue = cue.last;
        continue;
      }
      // Already read when it outranked a subject before a relative clause (see above).
      const right = inverted ?? invertedSource(tokens, cue.last, s);
      if (!right) {
        // `He later suggested …, called her “third-rate” and boycotted …`: one of the
        // subject's verbs in a list.
        const subject = listedVerbSubject(tokens, c, s);
        if (!subject) continue;
        const start = contentStart(tokens, cue.last + 1, s, form.addressee);
        if (start > s.last) continue;
        const end = contentEnd(tokens, start, s);
        if (end >= start && !onlyAdverbial(tokens, start, end)) {
          out.push(make(tokens, cue, subject, { first: start, last: end }, LISTED_VERB_RULE, 0.6));
          mainSource = subject;
          lastCue = cue.last;
        }
        continue;
      }
      const cEnd = trimEnd(tokens, s.first, c - 2);
      const cStart = skipOpeners(tokens, s.first, cEnd);
      if (cEnd >= cStart && !wholeQuote(tokens, cStart, cEnd)) {
        out.push(make(tokens, cue, right, { first: cStart, last: cEnd }, 'indirect/content-cue-source', 0.6));
        mainSource = right;
      }
    }
  }
  return out;
}

/** Whether a `that` stands in `first..last - 1`, before the cue at `last`. */
function thatBefore(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (tokens[k].lower === 'that') return true;
  return false;
}

/** Tokens between an interrupting cue and the verb its clause resumes with. */
const MAX_INTERRUPTION = 30;

/**
 * `This system, says Ivo Brandt, a biologist at Kelder, helps direct …`: when the words
 * before the cue (at `c`, after a comma) are a subject with no verb of its own and a comma
 * after the cue's source (and apposition) is followed by a verb (an auxiliary, `doesn't`, or
 * a present form in -s before a lower-case word), the clause said is both halves and the
 * source ends before that comma. Else null.
 */
function resumedClause(tokens: Token[], c: number, cueLast: number, s: SentenceBounds): { source: TokenRange; content: TokenRange[] } | null {
  const first = skipOpeners(tokens, s.first, c - 2);
  for (let k = first; k < c - 1; k++) if (isFiniteVerb(tokens[k]) || tokens[k].type === 'open' || tokens[k].type === 'close') return null;
  for (let k = cueLast + 2; k < s.last && k <= cueLast + MAX_INTERRUPTION; k++) {
    const t = tokens[k];
    if (t.type === 'open' || t.type === 'close' || (t.type === 'word' && !t.upper && lookupCue(t.lower) !== null && k > cueLast + 1)) return null;
    if (t.text !== ',' || !resumesClause(tokens, k + 1)) continue;
    // `The deal, announced Friday, would last …`, `The PAC, launched by Ivo Brandt, is …`: a
    // participle's time or agent is no speaker.
    const bare = findRightSource(tokens, cueLast + 1, k - 1);
    if (!bare || isTimePhrase(tokens, bare) || tokens[bare.first].lower === 'by') return null;
    const source = extendWithApposition(tokens, bare, k - 1);
    const end = trimEnd(tokens, k + 1, s.last);
    return end > k ? { source, content: [{ first, last: trimEnd(tokens, first, c - 2) }, { first: k + 1, last: end }] } : null;
  }
  return null;
}

/** Whether the clause goes on with its verb at `k`: an auxiliary (`will`, `does`) or a present form (`helps direct`). */
function resumesClause(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word' || t.upper) return false;
  if (FINITE_AUXILIARIES.has(t.lower)) return true;
  const next = tokens[k + 1];
  return isPresentForm(t) && !DETERMINERS.has(t.lower) && !POSSESSIVE_PRONOUNS.has(t.lower) && t.lower !== 'whose' &&
    next !== undefined && next.type === 'word' && !next.upper;
}

/**
 * Whether the range is a name of two or more capitalised words, or a surname alone, by
 * itself or before its apposition (`Larry Sabato, director of …`; not `Muhammad Ali for decades`).
 */
function isName(tokens: Token[], r: TokenRange): boolean {
  let k = r.first;
  while (k <= r.last && tokens[k].type === 'word' && tokens[k].upper) k++;
  // A surname alone (`…, said Keane.`), though not a day or a month (`…, said Friday.`).
  const lone = k - r.first === 1 && WEEKDAYS[tokens[r.first].lower] === undefined && MONTHS[tokens[r.first].lower] === undefined;
  return (k - r.first >= 2 || lone) && (k > r.last || tokens[k].text === ',');
}

/**
 * The end of content `start..end` of a cue inside a clause that a subordinator opens, at the
 * sentence's start (`After Quell said …, the board met`, `Hours after Quell said …, …`) or
 * at the start of a `that` clause, right before the source `sourceFirst` (`responded that if
 * Harrow saw …, “…”`): the word before the first comma after the content starts (outside
 * quotation marks), when no comma stands between the subordinator and the cue; else `end`.
 */
function frontedClauseEnd(tokens: Token[], s: SentenceBounds, cueFirst: number, sourceFirst: number, start: number, end: number, inQuote: Uint8Array): number {
  const first = tokens[s.first];
  let opener = SUBORDINATORS.has(first.lower) ? s.first : tokens[s.first + 1]?.lower === 'after' || tokens[s.first + 1]?.lower === 'before' ? s.first + 1 : -1;
  if (opener < 0 && sourceFirst - 2 >= s.first && SUBORDINATORS.has(tokens[sourceFirst - 1].lower) && tokens[sourceFirst - 2].lower === 'that') opener = sourceFirst - 1;
  if (opener < 0 || first.type !== 'word') return end;
  for (let j = opener + 1; j < cueFirst; j++) if (tokens[j].text === ',') return end;
  for (let j = start + 1; j < end; j++) if (tokens[j].text === ',' && !inQuote[j]) return j - 1;
  return end;
}

/**
 * The source right of a cue that ends at `cueLast` when it reads as inverted (`…, said
 * Legend.`, `…, said Sabato, director of …`), with its apposition; else null.
 */
function invertedSource(tokens: Token[], cueLast: number, s: SentenceBounds): TokenRange | null {
  const found = findRightSource(tokens, cueLast + 1, s.last);
  // `…, said she turned out to vote` is no inversion: the pronoun is the content's subject.
  // `…, said Tuesday.` is a time, not a speaker.
  if (!found || !endsInversion(tokens, found) || isTimePhrase(tokens, found)) return null;
  return extendWithApposition(tokens, found, trimEnd(tokens, found.last, s.last));
}

/**
 * `The Ledger first reported …`, `which first reported`: `first` between a subject and a
 * past-tense cue is an adverb; after a determiner it marks a noun (`the first reported case`,
 * `his first tweet`).
 */
function firstAsAdverb(tokens: Token[], c: number): boolean {
  const before = tokens[c - 2];
  return tokens[c - 1].lower === 'first' && isPastTense(tokens[c]) && before !== undefined && before.type === 'word' && (before.upper || SUBJECT_PRONOUNS[before.lower] !== undefined || before.lower === 'which' || before.lower === 'that') && !NOUN_MARKERS_BEFORE_FIRST.has(before.lower);
}

/** `he's predicted`, `who's argued`: `'s` after a pronoun is `has` before a past participle, no possessive. */
function contractedHas(tokens: Token[], c: number): boolean {
  const participle = isPastTense(tokens[c]) || /(?:aid|old|en|wn)$/.test(tokens[c].lower);
  return participle && contractsVerb(tokens, c - 1);
}

/**
 * Whether the cue at `c` follows a name ending in `'s` (`Moody's said`, `McDonald's says`):
 * a company's name, or a name and `has`; either way the name is the subject, not a
 * possessor of the cue as a noun.
 */
function namedWithClitic(tokens: Token[], c: number): boolean {
  const name = tokens[c - 2];
  return tokens[c - 1]?.lower === "'s" && name !== undefined && name.type === 'word' && name.upper && SUBJECT_PRONOUNS[name.lower] === undefined && VERB_ONLY_FORMS.has(tokens[c].lower);
}

/** Pronouns of a person: their `'s` before a participle is `has` (`she's said`), never the passive `is` (`it's said`). */
const PERSON_HOSTS: ReadonlySet<string> = new Set(['he', 'she', 'who']);

/** Words after which `first` is an ordinal (`its first reported case`). */
const NOUN_MARKERS_BEFORE_FIRST: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those']);

/** Whether tokens `first..last` hold only capitalised words, numbers and commas (`Crane, 54`). */
function onlyNameAndAge(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (!(t.text === ',' || (t.type === 'word' && (t.upper || /^\d+$/.test(t.text))))) return false;
  }
  return true;
}

/** Rule of a reporting verb in a list of the sentence subject's verbs (`…, called her “…”`). */
export const LISTED_VERB_RULE = 'indirect/listed-verb';

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'them', 'me', 'us']);

/**
 * The sentence's subject when the past-tense cue at `c`, after a comma, continues a list of
 * that subject's verbs: the subject is followed by a past-tense verb of its own (`He later
 * suggested …, called her …`), or null.
 */
function listedVerbSubject(tokens: Token[], c: number, s: SentenceBounds): TokenRange | null {
  const t = tokens[c];
  if (!isPastTense(t)) return null;
  const subject = sentenceSubject(tokens, s.first, c);
  if (!subject) return null;
  const verb = tokens[skipAdverbsRight(tokens, subject.last + 1, c)];
  return verb !== undefined && verb !== t && isPastTense(verb) ? subject : null;
}

/** Skips adverbs rightwards (`He later suggested` → `suggested`). */
function skipAdverbsRight(tokens: Token[], i: number, ceiling: number): number {
  while (i < ceiling && tokens[i].type === 'word' && (ADVERBS.has(tokens[i].lower) || tokens[i].lower.endsWith('ly') || TIME_WORDS.has(tokens[i].lower))) i++;
  return i;
}

/** Words an inverted pronoun source may stand before (`…, said he on Monday`). */
const AFTER_INVERTED_PRONOUN: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'to', 'about', 'with', 'via', 'from', 'of', 'as', 'when', 'while', 'and', 'but', 'later', 'earlier', 'then', 'again',
]);

/**
 * Whether the source found right of a cue ends the reporting clause, as an inverted source
 * does (`…, said Legend.`, `…, said she, laughing`), rather than open the cue's content
 * (`…, said she turned out to vote`, `…, said the golf industry had …`).
 */
function endsInversion(tokens: Token[], src: TokenRange): boolean {
  // `…, called her “third-rate”`: an object pronoun is the cue's object.
  if (src.first === src.last && OBJECT_PRONOUNS.has(tokens[src.first].lower)) return false;
  const next = tokens[src.last + 1];
  // `…, called the levy “a quiet tax”`: a quotation right after it is the object's complement.
  if (next?.type === 'open') return false;
  if (!next || next.type !== 'word') return true;
  // A verb after it makes it the content's subject (`said the industry had`).
  if (FINITE_AUXILIARIES.has(next.lower)) return false;
  return src.first !== src.last || SUBJECT_PRONOUNS[tokens[src.first].lower] === undefined || AFTER_INVERTED_PRONOUN.has(next.lower) || next.upper;
}

function make(tokens: Token[], cue: TokenRange, source: TokenRange | null, content: TokenRange, rule: string, confidence: number): Found {
  return makeReport(tokens, cue, source, [content], rule, confidence);
}

/**
 * The first comma from `from` on, before the sentence's `last` token, an opening mark or the
 * token `stop`; -1 when none comes first.
 */
function commaAhead(tokens: Token[], from: number, last: number, stop: number): number {
  let comma = from;
  while (comma <= last && comma < stop && tokens[comma].text !== ',' && tokens[comma].type !== 'open') comma++;
  return tokens[comma]?.text === ',' ? comma : -1;
}

/** Relative pronouns opening a clause on a source after its comma (not `that`, which opens content). */
const SOURCE_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'whom', 'which']);

const FIRST_REPORT_ADVERBS: ReadonlySet<string> = new Set(['first', 'originally', 'initially', 'previously', 'earlier']);

/**
 * Where the phrase around `reported by` at `c` begins when it frames a report the way
 * `according to` does: at `as` (`as first reported by`), or at the adverb or `reported`
 * after a comma or the sentence's start (`…, first reported by BuzzFeed, …`); else -1.
 * (`The Post reported by phone that …` and `was reported by` are no such frame.)
 */
function reportedByBegin(tokens: Token[], c: number, sentenceFirst: number): number {
  let k = c;
  if (FIRST_REPORT_ADVERBS.has(tokens[k - 1]?.lower ?? '')) k--;
  if (tokens[k - 1]?.lower === 'as') return k - 1;
  return k === sentenceFirst || tokens[k - 1]?.text === ',' ? k : -1;
}

/**
 * `according to X` (width 2) or `selon X` (width 1) at `c`, or another phrase framing a
 * report the same way, which opens at `begin` (`as first reported by X`).
 */
function accordingTo(tokens: Token[], c: number, s: SentenceBounds, width: 1 | 2, begin: number = c): Found | null {
  let src = findRightSource(tokens, c + width, s.last);
  if (!src) return null;
  // A sentence-initial `According to …,` names its source up to the comma, however long
  // (`According to a 52-count complaint filed by the agency, …`).
  if (begin - s.first <= 2 && tokens[src.last + 1]?.text !== ',') {
    const comma = commaAhead(tokens, src.last + 1, s.last, c + 40);
    if (comma >= 0) src = { first: src.first, last: comma - 1 };
  }
  let source: TokenRange = src;
  const cue: TokenRange = { first: c, last: c + width - 1 };
  let k = src.last + 1;
  // `according to his friend, John Legend, …`: an appositive name after the description.
  if (tokens[k]?.text === ',' && tokens[k + 1]?.upper) {
    const name = findRightSource(tokens, k + 1, s.last);
    if (name && tokens[name.last + 1]?.text === ',') {
      k = name.last + 1;
      if (!tokens[src.last].upper) source = name;
    }
  }
  // `according to DCI Lewis Mbatha, who is leading the inquiry, the raid …`: a relative
  // clause on the source is the writer's, not what was said.
  if (tokens[k]?.text === ',' && SOURCE_RELATIVES.has(tokens[k + 1]?.lower ?? '')) {
    const comma = commaAhead(tokens, k + 2, s.last, k + 30);
    if (comma >= 0) k = comma;
  }
  const lead = begin - s.first;
  if (lead <= 2) {
    // `According to X, content.` / `And, according to X, content.`
    if (tokens[k]?.text !== ',') return null;
    const start = k + 1;
    const end = trimEnd(tokens, start, s.last);
    if (end < start) return null;
    return make(tokens, cue, source, { first: start, last: end }, 'indirect/according-to-first', 0.8);
  }
  const cEnd = trimEnd(tokens, s.first, begin - 1);
  const cStart = skipOpeners(tokens, s.first, cEnd);
  if (cEnd < cStart) return null;
  const before = { first: cStart, last: cEnd };
  // `About 10 p.m., according to a timeline, the guards left`: a parenthetical source; the
  // clause goes on after it, and both sides are the content.
  // The source may carry a modifier up to that comma (`Trump gave his blessing, according to
  // court documents reported previously by The Post, becoming …`, `Absent, according to
  // members who spoke with reporters, was any mention …`).
  const comma = tokens[k]?.text === ',' ? k : modifierComma(tokens, k, s.last);
  const after = comma + 1;
  if (comma >= 0 && after + 1 <= s.last && continuesClause(tokens[after])) {
    const end = trimEnd(tokens, after, s.last);
    // `…, according to Legend, the singer.` is an apposition: no verb in it.
    const apposition = DETERMINERS_OPENING.has(tokens[after].lower) && !hasFiniteVerb(tokens, after, end);
    // The modifier is the source's as at a sentence's end (a day that ends it dates the report).
    const inside = comma === k ? source : { first: source.first, last: sourceToEnd(tokens, source, comma - 1) };
    // Past a modifier, the words after the comma must go on with the clause: a verb of their
    // own, a participle, or a sum a present verb before wants as its object (`G4S receives,
    // according to one report, $234 million`); a bare noun there is the source's apposition
    // (`…, director of …`).
    const goesOn = comma === k || isFiniteVerb(tokens[after]) || hasFiniteVerb(tokens, after, end) || /ing$/.test(tokens[after].lower) || (CURRENCY_SIGNS.has(tokens[after].text) && isPresentForm(tokens[cEnd]));
    if (end > after && !apposition && goesOn) return makeReport(tokens, cue, inside, [before, { first: after, last: end }], 'indirect/according-to-inside', 0.8);
  }
  // `…, according to a memo released Friday by the port's auditor.`: a source that ends the
  // sentence runs to its end, with its participles, phrases and apposition, as PolNeAR marks it.
  if (source === src) source = { first: src.first, last: sourceToEnd(tokens, src, s.last) };
  return make(tokens, cue, source, before, 'indirect/according-to-last', 0.8);
}

/**
 * The end of the sentence after a trailing `according to` source, trimmed; `src.last` when a
 * quotation or a finite auxiliary (a clause of its own) follows. A day that ends it dates the report, not the
 * source (`as first reported by the Courier on Tuesday`).
 */
function sourceToEnd(tokens: Token[], src: TokenRange, last: number): number {
  let end = trimEnd(tokens, src.last, last);
  if (end < src.last) return src.last;
  // `according to Sen. Ann Lee (D-Ore.).`: a parenthesis opened inside keeps its closing mark.
  if (tokens[end + 1]?.text === ')' && end + 1 <= last && opensParenthesis(tokens, src.first, end)) end++;
  for (let k = src.last + 1; k <= end; k++) {
    const t = tokens[k];
    // (A participle stays: `a memo released Friday`, `officials who asked not to be named`.)
    if (t.type === 'open' || t.type === 'close' || FINITE_AUXILIARIES.has(t.lower)) return src.last;
    // Only a day that ends the sentence (`released Friday by the auditor` is the memo's).
    if (DAY_WORDS.has(t.lower) && k === end) return Math.max(src.last, trimEnd(tokens, src.last, tokens[k - 1].lower === 'on' ? k - 2 : k - 1));
  }
  return end;
}

/** Whether tokens `first..last` open a parenthesis they do not close. */
function opensParenthesis(tokens: Token[], first: number, last: number): boolean {
  let depth = 0;
  for (let k = first; k <= last; k++) {
    if (tokens[k].text === '(') depth++;
    else if (tokens[k].text === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Signs that open a sum (`$234 million`), which may go on with a clause as a word does. */
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '€', '£']);

/** Tokens a modifier of an `according to` source may span before its comma. */
const MAX_SOURCE_MODIFIER = 12;

/**
 * The comma that closes a modifier of an `according to` source starting at `k` (a
 * participle, a relative clause, a prepositional phrase: words, with no mark of quotation,
 * parenthesis or clause break among them); -1 when none closes within reach.
 */
function modifierComma(tokens: Token[], k: number, last: number): number {
  for (let j = k; j <= last && j - k <= MAX_SOURCE_MODIFIER; j++) {
    const t = tokens[j];
    if (t.text === ',') return j > k ? j : -1;
    if (t.type !== 'word' && !isPossessiveMark(tokens, j)) return -1;
  }
  return -1;
}

/** Whether the token after `according to X,` goes on with the clause (`was any mention`, `$234 million`) rather than open an aside. */
function continuesClause(t: Token): boolean {
  if (CURRENCY_SIGNS.has(t.text)) return true;
  return t.type === 'word' && !AFTER_SOURCE_ASIDE.has(t.lower);
}

/** Words after `according to X,` that describe X or add an aside, rather than go on with the clause. */
const AFTER_SOURCE_ASIDE: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'where', 'and', 'but', 'as', 'citing', 'adding', 'saying', 'while']);
const DETERMINERS_OPENING: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Whether tokens `first..last` hold a finite verb: an auxiliary, an irregular past or a lower-case -ed form. */
function hasFiniteVerb(tokens: Token[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (isFiniteVerb(tokens[k])) return true;
  return false;
}

/**
 * Whether the words at `k`, after a parenthetical cue's second comma, are no content of it:
 * a report of their own (`adding that …`), or an apposition to the clause before (`a policy
 * that …`). Circumstances are not tested: PolNeAR takes `he said, on condition of anonymity
 * …` and `he said, while …, they …` as content.
 */
function sideClause(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word') return false;
  if (lookupCue(t.lower)?.gerund === true) return true;
  return (t.lower === 'a' || t.lower === 'an') && RELATIVE_WORDS.has(tokens[k + 2]?.lower ?? '');
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who']);

/** Participles that frame another's words in the passive (`was quoted as saying`, `is said to have told`). */
const QUOTED_AS: ReadonlySet<string> = new Set(['quoted', 'cited']);
const RAISING: ReadonlySet<string> = new Set(['reported', 'said', 'understood', 'believed', 'thought', 'alleged', 'known']);

/**
 * The last token before the passive that frames the cue at `c` (`Reyes was quoted as
 * saying`, `Ostrova is reported to have told`, `is said to believe`), where its subject
 * ends; -1 when no such passive stands before it.
 */
function raisedSubjectEnd(tokens: Token[], c: number, sentenceFirst: number): number {
  let k = c - 1;
  if (tokens[k]?.lower === 'as' && QUOTED_AS.has(tokens[k - 1]?.lower ?? '')) k -= 2;
  else {
    if (tokens[k]?.lower === 'have') k--;
    if (tokens[k]?.lower !== 'to' || !RAISING.has(tokens[k - 1]?.lower ?? '')) return -1;
    k -= 2;
  }
  return k > sentenceFirst && PASSIVE_AUX.has(tokens[k].lower) ? k - 1 : -1;
}

/** Words opening the second half of a clause a cue interrupts (`…, he said, and …`). */
const JOINED_HALVES: ReadonlySet<string> = new Set(['and', 'but']);

/** Prepositions whose gerund phrase after a cue tells when or how it was said. */
const CIRCUMSTANCE_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'during']);

/** Words after `as` that make a phrase, not a clause (`as much`, `as to how`). */
const AS_PHRASES: ReadonlySet<string> = new Set(['to', 'much', 'many', 'well', 'for', 'of', 'if', 'though', 'part']);

/** Whether content `start..end` opens with an `as` clause, a gerund phrase or a dash: circumstance of the cue, not what was said. */
function opensCircumstance(tokens: Token[], start: number, end: number): boolean {
  if (isAsideDash(tokens[start])) return true;
  // `…, he said after meeting Thursday with aides`: a gerund phrase dates the cue.
  if (CIRCUMSTANCE_PREPOSITIONS.has(tokens[start].lower) && /ing$/.test(tokens[start + 1]?.lower ?? '') && !tokens[start + 1].upper) return true;
  return tokens[start].lower === 'as' && !AS_PHRASES.has(tokens[start + 1]?.lower ?? '') && holdsClauseVerb(tokens, start + 1, Math.min(end, start + AS_CLAUSE_REACH));
}

/** How far into an `as` clause its verb may stand (`as the last night ferry left`). */
const AS_CLAUSE_REACH = 8;

/** Whether the clause before the comma at `comma` holds a finite verb (`The pier was closed,`, not `In May,`). */
function clauseWithVerbBefore(tokens: Token[], sentenceFirst: number, comma: number): boolean {
  const clause = clauseBefore(tokens, sentenceFirst, comma);
  return clause !== null && holdsClauseVerb(tokens, clause.first, clause.last);
}

/**
 * The clause before the comma at `comma` that a cue after it reports (`The plan is dead,
 * he said`), from the sentence's start past its openers; null when too short or a whole
 * quotation (the direct-quote rules report that).
 */
function clauseBefore(tokens: Token[], sentenceFirst: number, comma: number): TokenRange | null {
  return comma - sentenceFirst < 2 ? null : clauseUpTo(tokens, sentenceFirst, comma);
}

/** The words from the sentence's start (past openers) to the comma at `comma`, unless they put a question or are a whole quotation. */
function clauseUpTo(tokens: Token[], sentenceFirst: number, comma: number): TokenRange | null {
  const last = trimEnd(tokens, sentenceFirst, comma - 1);
  const first = skipOpeners(tokens, sentenceFirst, last);
  // `Asked whether Halvik would start, Castell smiled`: the question put to the subject is
  // not what the subject said (for `asked`, questions.ts reports it as the question).
  if (QUESTION_OPENERS.has(tokens[first].lower)) return null;
  return last >= first && !wholeQuote(tokens, first, last) ? { first, last } : null;
}

/**
 * The half of a clause said before a cue set off by commas (`This ferry, Quell says, is …`):
 * from the sentence's start (past openers) to the comma at `comma`; null when it is a whole
 * quotation, puts a question, or holds a report found already (`…, Quell said, he added, …`).
 */
function halfBefore(tokens: Token[], sentenceFirst: number, comma: number, found: readonly Found[]): TokenRange | null {
  const half = comma > sentenceFirst ? clauseUpTo(tokens, sentenceFirst, comma) : null;
  if (!half || found.some((f) => f.cue !== null && f.cue.first >= half.first && f.cue.last <= half.last)) return null;
  // `Still, he said, …`, `And, he said, …`: a lone connective is no half of what was said
  // (PolNeAR keeps it about half the time; the dossier reads better without it).
  if (half.first === half.last && NP_BARRIERS.has(tokens[half.first].lower)) return null;
  // (A fronted phrase stays: PolNeAR keeps `In her ward` and `After all` there, and leaves
  // out fronted times about as often as it keeps them.)
  return half;
}

/** Participles that open a clause putting a question to the sentence's subject. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([...QUESTION_PARTICIPLES, 'quizzed']);
