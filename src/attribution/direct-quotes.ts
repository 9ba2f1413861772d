/**
 * Attributes quoted spans to a cue and a source next to them:
 * `"…," Legend said.` · `"…," says Legend.` · `Legend continued, "…"` ·
 * `"…," he said. "…"` (one quote in two parts) · a quote paragraph with no cue, which
 * inherits the speaker of the attribution just before it.
 */
import type { Token } from './tokenize.js';
import { quoteRange, type QuotedSpan } from './quote-marks.js';
import type { Found } from './types.js';
import { isAuxiliaryOf, lookupCue } from './cue-forms.js';
import { foreignCueAfter, subjectEndBefore, subjectInCue } from './foreign-cues.js';
import { extendWithApposition, findLeftSource, findRightSource, isAdverb, isPossessiveMark, nameRunStart, type TokenRange } from './noun-phrase.js';
import { FINITE_COPULAS, isTitleWord, MONTHS, NOUN_MARKERS, NP_BARRIERS, ORGANISATION_WORDS, POSSESSIVE_PRONOUNS, WEEKDAYS } from './word-lists.js';
import { clauseSubject, sentenceSubject } from './sentence-subject.js';
import { commaBefore } from './clause-bounds.js';
import { prepositionBefore } from './preposition-gerunds.js';
import { isPresentForm } from './verb-forms.js';

const TERMINAL = new Set(['.', '!', '?', '...', '…']);

/** A cue with its extent (particles included) at token `i`, or null. */
export function cueAt(tokens: Token[], i: number): TokenRange | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  const form = lookupCue(t.lower);
  if (!form) {
    // `a déclaré`, `ha dicho`, `a-t-il déclaré`: an auxiliary and its participle.
    const next = tokens[i + 1];
    return next && next.type === 'word' && !next.upper && isAuxiliaryOf(t.lower, lookupCue(next.lower)?.language) ? { first: i, last: i + 1 } : null;
  }
  // Other languages' forms are lower-case verbs; capitalised they are names (`Dice`).
  if (t.upper && form.language !== undefined && form.language !== 'en') return null;
  if (form.particles) {
    const next = tokens[i + 1];
    // `called on Friday` is a visit or a telephone call, not `called on Olin to resign`.
    const after = tokens[i + 2]?.lower ?? '';
    if (next && form.particles.includes(next.lower) && WEEKDAYS[after] === undefined && MONTHS[after] === undefined) return { first: i, last: i + 1 };
    if (form.particleOnly) return null;
  }
  return { first: i, last: i };
}

const DASHES = new Set(['―', '—', '–', '-']);

/** `"…" ― Sonya Herridge`: a dash and a name after the quote credit it (vox-pop lists). */
function findDashCredit(tokens: Token[], q: QuotedSpan): { cue: TokenRange; source: TokenRange | null } | null {
  const d = q.close + 1;
  const t = tokens[d];
  if (!t || !DASHES.has(t.text) || t.paragraph !== tokens[q.close].paragraph) return null;
  let last = d;
  for (let k = d + 1; k < tokens.length && k <= d + 6; k++) {
    const w = tokens[k];
    if (w.type !== 'word' || !w.upper || w.paragraph !== t.paragraph) break;
    last = k;
  }
  return last > d ? { cue: { first: d, last: d }, source: { first: d + 1, last } } : null;
}

/**
 * How many tokens after a closing mark its cue may stand: room for a name and a long
 * apposition (`Eric Woolson, an Iowa Republican strategist and former adviser to Scott
 * Walker, said`). The scan stops at the sentence's end, so a longer reach finds no cue
 * of another sentence.
 */
const CUE_AFTER_REACH = 30;

/** Cues that, alone with their subject in a sentence, can only report the quotation before it. */
const BARE_CUES: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'stated', 'noted', 'explained', 'wrote', 'writes', 'continued', 'recalled', 'insisted']);
/** Most words of the subject of a bare attribution (`Sen. Mara Quell said.`). */
const BARE_SUBJECT_WORDS = 4;

/**
 * `“… are missing.” Trump said.`: a sentence that is only a name or pronoun and a reporting
 * verb, after a quotation whose own full stop closed it (a misplaced period), has nothing to
 * report but that quotation. Null for any other sentence (`“We will reopen.” The board
 * disagreed.`, `“….” He said it twice.`).
 */
function bareAttribution(tokens: Token[], k: number): { cue: TokenRange; source: TokenRange } | null {
  let c = k;
  while (c < k + BARE_SUBJECT_WORDS && tokens[c]?.type === 'word' && (tokens[c].upper || c > k) && !BARE_CUES.has(tokens[c].lower)) c++;
  const cue = tokens[c];
  if (c === k || !cue || !BARE_CUES.has(cue.lower) || tokens[c + 1]?.text !== '.') return null;
  const first = tokens[k];
  const pronoun = c === k + 1 && (first.lower === 'he' || first.lower === 'she' || first.lower === 'they');
  // A name is capitalised word by word (`Sen. Mara Quell`); a description is not (`The board`).
  const name = tokens.slice(k, c).every((t) => t.upper) && !NOUN_MARKERS.has(first.lower);
  return pronoun || name ? { cue: { first: c, last: c }, source: { first: k, last: c - 1 } } : null;
}

/**
 * Looks right of a closing mark for `he said`, `Legend, 39, said`, `says Legend` or
 * `the singer clarified`, within the same paragraph and before the next sentence.
 */
export function findCueAfter(tokens: Token[], q: QuotedSpan): { cue: TokenRange; source: TokenRange | null } | null {
  let k = q.close + 1;
  const para = tokens[q.close].paragraph;
  if (tokens[k]?.text === ',' || tokens[k]?.text === '—') k++;
  const limit = Math.min(tokens.length, k + CUE_AFTER_REACH);
  if (!tokens[k] || tokens[k].paragraph !== para || tokens[k].type !== 'word') return null;
  // Inverted: `says Legend`, `said the senator`, `goes on`. A capital opens a cue only after
  // a full stop (`“….” Said Oduya`); else it is a name (`“Harbor Lights,” Marvel Records`).
  // The quotation's own last mark, past the closing marks of quotations inside it (`….’”`).
  let own = q.last;
  while (own > q.open && tokens[own].type === 'close') own--;
  const inverted = tokens[k].upper && !TERMINAL.has(tokens[own]?.text ?? '') ? null : cueAt(tokens, k);
  if (inverted) {
    // French `dit-il`, `a-t-elle déclaré`: the subject is inside the cue.
    const held = subjectInCue(tokens, inverted);
    if (held) return { cue: inverted, source: held };
    const after = inverted.last + 1;
    // `“…” Read our review.`: a capitalised form opening a sentence with a possessive after
    // it is an imperative, not an inverted cue (`“…” Said Oduya.`).
    if (tokens[k].upper && POSSESSIVE_PRONOUNS.has(tokens[after]?.lower ?? '')) return null;
    const src = findRightSource(tokens, after, limit - 1);
    if (src) return { cue: inverted, source: extendWithApposition(tokens, src, sentenceEnd(tokens, src.last)) };
    // `"… the small deal" announced in March, said Ivo Brandt`: a closing mark set too early;
    // the sentence's own inverted cue names the speaker.
    return laterInvertedCue(tokens, after, limit - 1) ?? { cue: inverted, source: null };
  }
  // `"…," Brandt commented.`, `"…," comments Brandt in a statement`: a verb the lexicon lacks
  // between the quotation and its end, next to a name or pronoun, is its cue.
  const framed = framedCue(tokens, q, k);
  if (framed) return framed;
  // `“We will reopen.” The board disagreed.`: a full stop inside the marks ends the sentence,
  // and a subject and cue after it report something else (`“Is it over?” she asked` and an
  // inverted `“….” Said Oduya` still read on).
  if (tokens[own]?.text === '.') return bareAttribution(tokens, k);
  const foreign = foreignCueAfter(tokens, k, limit - 1);
  if (foreign) return foreign;
  for (let c = k + 1; c < limit; c++) {
    const t = tokens[c];
    if (t.type === 'open') {
      // A short quoted title inside the source (`the "All of Me" singer`).
      let e = c + 1;
      while (e < limit && e < c + 6 && tokens[e].type === 'word') e++;
      if (tokens[e]?.type === 'close') {
        c = e;
        continue;
      }
    }
    // `Jeff Weaver, Sanders’ campaign manager, said`: a plural possessive's apostrophe closes nothing.
    if (t.type === 'close' && isPossessiveMark(tokens, c)) continue;
    if (t.paragraph !== para || t.type === 'open' || t.type === 'close' || TERMINAL.has(t.text)) return null;
    const cue = cueAt(tokens, c);
    if (!cue || isNounUse(tokens, c)) continue;
    const src = findLeftSource(tokens, c - 1, k);
    if (src && src.clauseStart === k) return { cue, source: src };
    // `"…," a narrator in the Clinton ad asks`: a prepositional phrase inside the source.
    if (src && src.first > k && nounPhraseChain(tokens, k, src.first - 1)) return { cue, source: { first: k, last: src.last } };
    // `"…," chairman, CEO and president Craig Menear said`: a list of titles before the name.
    if (src && src.first > k && titleList(tokens, k, src.first - 1)) return { cue, source: { first: k, last: src.last } };
    if (src) return null;
  }
  return null;
}

/** Whether tokens `first..last` are only titles joined by commas and `and` (`chairman, CEO and president`). */
function titleList(tokens: Token[], first: number, last: number): boolean {
  let titles = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.lower === 'and' || t.text === '&') continue;
    if (t.type !== 'word' || !isTitleWord(t.lower)) return false;
    titles++;
  }
  return titles > 0;
}

/** `…, said Ivo Brandt` later in the sentence that starts before `from`: a comma, an inverted cue and its source. */
function laterInvertedCue(tokens: Token[], from: number, ceiling: number): { cue: TokenRange; source: TokenRange } | null {
  const sentence = tokens[from]?.sentence;
  for (let k = from; k < ceiling && tokens[k].sentence === sentence && tokens[k].type !== 'open' && tokens[k].type !== 'close'; k++) {
    if (tokens[k].text !== ',' || tokens[k + 1]?.type !== 'word' || tokens[k + 1].upper) continue;
    const cue = cueAt(tokens, k + 1);
    const src = cue ? findRightSource(tokens, cue.last + 1, ceiling) : null;
    if (cue && src) return { cue, source: extendWithApposition(tokens, src, sentenceEnd(tokens, src.last)) };
  }
  return null;
}

/** Pronouns that may be the subject of a framing verb (`"…," she shrugged`); not `who`. */
const FRAMING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** What may follow a framing verb: the sentence's end, a comma, or a phrase of time, place or manner. */
const AFTER_FRAMING_VERB: ReadonlySet<string> = new Set([',', '.', '!', '?', 'in', 'on', 'at', 'to', 'during', 'after', 'before', 'as', 'while', 'with', 'from']);

/**
 * `"…," Brandt commented.`, `"…," he shrugged.`, `"…," comments Ivo Brandt in a statement,`:
 * a quotation that a comma, `?` or `!` inside its marks leaves open, then a name (one to
 * four capitalised words), a personal pronoun or a short description (`the mayor`, `an
 * angry Hollande`) and a verb in -ed or -s (a name also after it), then the sentence's
 * end, a comma or a preposition. News copy puts many a verb in this frame that reports
 * nothing elsewhere (`smiled`, `shrugged`, `commented`), so the frame, not a lexicon,
 * makes it a cue. Lexicon cues are read by `findCueAfter` itself.
 */
function framedCue(tokens: Token[], q: QuotedSpan, k: number): { cue: TokenRange; source: TokenRange } | null {
  const inside = tokens[q.last]?.text ?? '';
  if (inside !== ',' && inside !== '?' && inside !== '!' && tokens[q.close + 1]?.text !== ',') return null;
  // A title in marks (`“Harbor Lights,” Marvel Records released …`) is no quotation.
  let words = 0;
  let lower = false;
  for (let i = q.open + 1; i < q.close; i++) {
    if (tokens[i].type !== 'word') continue;
    words++;
    lower ||= !tokens[i].upper;
  }
  if (words > 1 && !lower) return null;
  const isVerb = (t: Token | undefined): boolean =>
    t !== undefined && t.type === 'word' && !t.upper && !lookupCue(t.lower) && !NP_BARRIERS.has(t.lower) && !t.lower.endsWith('ly') &&
    ((t.lower.endsWith('ed') && t.lower.length > 3) || isPresentForm(t));
  const ends = (i: number): boolean => AFTER_FRAMING_VERB.has(tokens[i]?.text ?? '.');
  // A name of one to four capitalised words from `i`, no organisation's (`Marvel Records`); its last token or -1.
  const nameEnd = (i: number): number => {
    let e = i - 1;
    while (e + 1 < tokens.length && e - i < 3 && tokens[e + 1].type === 'word' && tokens[e + 1].upper && tokens[e + 1].paragraph === tokens[i].paragraph) e++;
    return e >= i && !ORGANISATION_WORDS.has(tokens[e].lower) ? e : -1;
  };
  const first = tokens[k];
  let end = -1;
  if (!first.upper && FRAMING_PRONOUNS.has(first.lower)) end = k;
  else if (first.upper) end = nameEnd(k);
  else if (first.lower === 'the' || first.lower === 'a' || first.lower === 'an') {
    // `the mayor smiled`, `an angry Hollande retaliated`: a description of up to three
    // words, lower-case or a name.
    end = k + 1;
    const noun = (t: Token | undefined): boolean =>
      t !== undefined && t.type === 'word' && (t.upper ? !ORGANISATION_WORDS.has(t.lower) : !isVerb(t) && !lookupCue(t.lower) && !t.lower.endsWith('ed'));
    while (end < k + 3 && noun(tokens[end + 1])) end++;
    if (!noun(tokens[end])) end = -1;
  }
  if (end >= k) return isVerb(tokens[end + 1]) && ends(end + 2) ? { cue: { first: end + 1, last: end + 1 }, source: { first: k, last: end } } : null;
  // Inverted: `comments Ivo Brandt`.
  if (!isVerb(first)) return null;
  const name = tokens[k + 1]?.upper ? nameEnd(k + 1) : -1;
  return name > k && ends(name + 1) ? { cue: { first: k, last: k }, source: { first: k + 1, last: name } } : null;
}

const CHAIN_PREPOSITIONS = new Set(['in', 'of', 'at', 'for', 'from', 'with', 'on', 'to']);

/** Whether tokens `a..b` are a noun phrase ending in a preposition (`a narrator in`). */
function nounPhraseChain(tokens: Token[], a: number, b: number): boolean {
  if (!CHAIN_PREPOSITIONS.has(tokens[b].lower) || b - a > 6) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.type !== 'word' || NP_BARRIERS.has(t.lower) || lookupCue(t.lower)) return false;
  }
  return b > a;
}

/** How far left of the mark before a quote its cue may be: after a comma, after a colon. */
const COMMA_REACH = 10;
const COLON_REACH = 14;
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'his', 'her', 'their', 'its']);
/** Words that open a fronted conditional or concessive clause (`if`, `although`), not `as` (`As Quell put it, "…"` reports). */
const FRONTED_SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'unless', 'although', 'though', 'because', 'whereas']);
/** Longest name taken as a gerund's subject right before it (`shows Mara Olin saying`). */
const MAX_NAME_BEFORE_GERUND = 3;

/**
 * `Trump said, and I quote, "…"`: the writer's aside before a quotation is no cue of its
 * own; the comma before it is where the cue's search starts. Otherwise `p` itself.
 */
function pastQuoteAside(tokens: Token[], p: number, sentenceStart: number): number {
  if (tokens[p]?.text !== ',' || !isQuoteAside(tokens, p - 1)) return p;
  const comma = tokens[p - 3]?.lower === 'and' ? p - 4 : p - 3;
  return comma > sentenceStart ? comma : p;
}

/** Whether `quote` at `c` is the writer's `, and I quote,` (or `, I quote,`) before a quotation. */
export function isQuoteAside(tokens: Token[], c: number): boolean {
  if (tokens[c]?.lower !== 'quote' || tokens[c - 1]?.text !== 'I' || tokens[c + 1]?.text !== ',') return false;
  const comma = tokens[c - 2]?.lower === 'and' ? c - 3 : c - 2;
  return tokens[comma]?.text === ',';
}

/**
 * Looks left of an opening mark for `Legend continued, "` or `West wrote on Twitter: "`.
 */
export function findCueBefore(
  tokens: Token[],
  q: QuotedSpan,
  sentenceStart: number,
): { cue: TokenRange; source: TokenRange | null } | null {
  // A quotation whose opening mark is missing starts at its first word.
  const p = pastQuoteAside(tokens, quoteRange(q).first - 1, sentenceStart);
  if (p < sentenceStart || p < 0) return null;
  const punct = tokens[p].text;
  if (punct !== ',' && punct !== ':') return null;
  // A colon may end a longer clause (`repeated the words that have become the strike's rallying cry:`).
  const reach = punct === ':' ? COLON_REACH : COMMA_REACH;
  // The first word after the sentence's openers (`And`, `But,`): a cue there or before may
  // have its source after it.
  let opening = sentenceStart;
  while (opening < p && (OPENERS.has(tokens[opening].lower) || tokens[opening].text === ',')) opening++;
  for (let c = p - 1; c >= sentenceStart && c >= p - reach; c--) {
    const t = tokens[c];
    if (t.type !== 'word') {
      if (t.text === ',' && c === p - 1) continue;
      return null;
    }
    // `According to Limbaugh, "…"` and `Said Ellis: "…"`: the source stands between the
    // cue and the mark.
    const leading = c <= opening ? sourceAfterLeadingCue(tokens, c, p) : null;
    if (leading) return leading;
    const cue = cueAt(tokens, c);
    if (!cue || isNounUse(tokens, c)) continue;
    // Beyond a comma's reach, only a cue whose object the quote spells out (`repeated the
    // words …:`), not one with a clause of its own (`said she has the quality …:`).
    if (p - c > COMMA_REACH && !OBJECT_OPENERS.has(tokens[cue.last + 1]?.lower ?? '')) continue;
    const gerund = lookupCue(t.lower)?.gerund === true;
    // The gerund's comma, also inside a closing mark (`…maniacal," adding, "…"`).
    const comma = commaBefore(tokens, c);
    if (comma >= 0 && gerund) {
      // `The message continued, saying, "…"`: the gerund shares the first cue's subject.
      const first = comma === c - 1 ? cueAt(tokens, c - 2) : null;
      const firstSrc = first && !isNounUse(tokens, c - 2) ? findLeftSource(tokens, c - 3, sentenceStart) : null;
      // After a clause of its own (`Ryan and Trump will meet next week, Spicer said, adding,
      // "…"`), the first cue reports that clause and the gerund alone the quotation.
      const reportsClause = firstSrc !== null && firstSrc.first - 1 > sentenceStart && tokens[firstSrc.first - 1].text === ',';
      if (first && firstSrc) return { cue: reportsClause ? cue : { first: first.first, last: cue.last }, source: { first: firstSrc.first, last: firstSrc.last } };
      // `He defended the remark, saying, "…"`: the subject of the clause before the comma.
      const subject = clauseSubject(tokens, sentenceStart, comma);
      if (subject) return { cue, source: subject };
    }
    // `She answered the post by saying, "…"`: a gerund after a preposition speaks for the
    // subject of the clause it hangs on, never for the words before it (`the post by`).
    const preposition = gerund ? prepositionBefore(tokens, c, sentenceStart) : -1;
    if (preposition > sentenceStart) return { cue, source: clauseSubject(tokens, sentenceStart, preposition) };
    // `A video shows Olin saying: "…"`: a name right before a gerund is its subject.
    if (comma < 0 && gerund) {
      const first = nameRunStart(tokens, c, sentenceStart, MAX_NAME_BEFORE_GERUND);
      if (first < c && first > sentenceStart) return { cue, source: { first, last: c - 1 } };
    }
    let src = findLeftSource(tokens, subjectEndBefore(tokens, cue, sentenceStart), sentenceStart);
    // `if Harrow saw a bit of himself in him, "I'll take it"`: a cue in a fronted
    // conditional or concessive clause, with words of its own before the comma, does not
    // introduce the quotation; the quotation is the clause the fronted one hangs on.
    if (src && FRONTED_SUBORDINATORS.has(tokens[src.first - 1]?.lower ?? '') && !lookupCue(t.lower)?.addressee && p - cue.last > 2) return null;
    // `I laughed and said, "…"`: a coordinated cue shares the first verb's subject.
    const verb = tokens[c - 2];
    if (!src && tokens[c - 1]?.lower === 'and' && verb && verb.type === 'word' && !verb.upper && /ed$/.test(verb.lower) && c - 3 >= sentenceStart) {
      src = findLeftSource(tokens, c - 3, sentenceStart);
    }
    // `Olin said he welcomed it and added, "…"`: the subject of the sentence's first report;
    // `Carson named no one, but told his supporters, "…"`: the subject that opens the sentence.
    if (!src && (tokens[c - 1]?.lower === 'and' || tokens[c - 1]?.lower === 'but') && c - 1 > sentenceStart) {
      const subject = firstReportSubject(tokens, sentenceStart, c - 2) ?? sentenceSubject(tokens, sentenceStart, c - 1);
      if (subject) return { cue, source: subject };
    }
    return { cue, source: src ? { first: src.first, last: src.last } : null };
  }
  return null;
}

/**
 * The source of the first reporting verb among tokens `from..to` that has one before it
 * (`In an interview last year, Olin said … and added`: Olin, not the fronted phrase).
 */
function firstReportSubject(tokens: Token[], from: number, to: number): TokenRange | null {
  for (let k = from + 1; k <= to; k++) {
    if (tokens[k].type !== 'word' || tokens[k].upper) continue;
    const cue = cueAt(tokens, k);
    if (!cue || isNounUse(tokens, k)) continue;
    const src = findLeftSource(tokens, subjectEndBefore(tokens, cue, from), from);
    if (src) return { first: src.first, last: src.last };
  }
  return null;
}

/**
 * A cue opening the sentence (after `And`, `But`) whose source follows it up to the mark
 * before the quote: `According to Limbaugh, "…"`, `Said Ellis: "…"`, `Added the mayor: "…"`.
 */
function sourceAfterLeadingCue(tokens: Token[], c: number, p: number): { cue: TokenRange; source: TokenRange } | null {
  let cue: TokenRange | null = null;
  if (tokens[c].lower === 'according' && tokens[c + 1]?.lower === 'to') cue = { first: c, last: c + 1 };
  else if (tokens[c].upper && lookupCue(tokens[c].lower)?.class === 'speech') cue = cueAt(tokens, c);
  if (!cue || cue.last + 1 >= p) return null;
  const source = findRightSource(tokens, cue.last + 1, p - 1);
  return source && source.last === p - 1 ? { cue, source } : null;
}

const OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'then', 'later', 'instead', 'meanwhile']);

/**
 * `the strike's rallying cry`, `his opening remark`, `the TV show`: a bare cue form after
 * a modifier in -ing, or a capitalised one, that follows a determiner or possessive is a
 * noun (a capitalised plural is a subject: `the Democrats warn`; so is one before a form
 * that is mostly a verb: `the U.S. cite`).
 */
export function nounAfterModifier(tokens: Token[], c: number): boolean {
  if (c < 2) return false;
  const t = tokens[c];
  const modifier = tokens[c - 1];
  // `a swiftly called meeting`, `the widely reported remark`: a participle after an adverb
  // after a determiner modifies the noun after it.
  if (/ed$/.test(t.lower) && isAdverb(modifier) && tokens[c - 2].lower !== "'s" && SINGLE_DETERMINERS.has(tokens[c - 2].lower)) return true;
  const form = lookupCue(t.lower);
  if (form?.lemma !== t.lower) return false;
  if (/ing$/.test(modifier.lower)) return NOUN_MARKERS.has(tokens[c - 2].lower);
  // `The biggest note was …`, `the main claim is …`: after a determiner and a modifier, with
  // a finite `be` after it (a verb of report never takes one), the form is the sentence's noun subject.
  if (modifier.type === 'word' && !modifier.upper && SINGLE_DETERMINERS.has(tokens[c - 2].lower) && FINITE_COPULAS.has(tokens[c + 1]?.lower ?? '')) return true;
  // A capitalised modifier makes a noun only of a form that is mostly one (`show`, not `cite`).
  const rarelyCue = form.prior === null || form.prior < 0.5;
  return rarelyCue && modifier.upper && modifier.type === 'word' && !modifier.lower.endsWith('s') && SINGLE_DETERMINERS.has(tokens[c - 2].lower);
}

/** Determiners of one thing, before a modifier and a noun (`the TV show`, `Trump's CNN interview`). */
const SINGLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', "'s", 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this']);

/**
 * Whether the word before a cue form makes it a noun (`his tweet`, `the report`). `her`
 * is also an object: `said` or `told` after it is the verb (`a source close to her said`),
 * while `her nuanced views`, `her tweeted reply` keep their nouns.
 */
export function marksNoun(before: Token, cue: Token): boolean {
  return NOUN_MARKERS.has(before.lower) && !(before.lower === 'her' && (cue.lower === 'said' || cue.lower === 'told'));
}

/** A cue form used as a noun: after a determiner or possessive, or rarely a cue at all. */
export function isNounUse(tokens: Token[], c: number): boolean {
  const before = c > 0 ? tokens[c - 1] : undefined;
  if (before && (marksNoun(before, tokens[c]) || /^\d+$/.test(before.text))) {
    // French `a` before a participle is its auxiliary (`a déclaré`), not an article.
    if (!isAuxiliaryOf(before.lower, lookupCue(tokens[c].lower)?.language)) return true;
  }
  if (nounAfterModifier(tokens, c)) return true;
  const form = lookupCue(tokens[c].lower);
  // A form that is mostly a noun is a cue still with its particle (`Brandt points out`).
  if (form?.particles?.includes(tokens[c + 1]?.lower ?? '')) return false;
  const prior = form?.prior;
  return prior !== undefined && prior !== null && prior < 0.1;
}

/** Is the quote a sentence of its own (not a phrase inside narration)? */
export function isFreeStanding(tokens: Token[], q: QuotedSpan, sentenceStart: number): boolean {
  if (q.open < 0) return true;
  const p = q.open - 1;
  if (p < sentenceStart || p < 0 || tokens[p].type === 'break') return true;
  const t = tokens[p];
  if (TERMINAL.has(t.text) || t.text === ':' || t.text === '—' || t.text === '–') return true;
  if (t.type === 'close') return true;
  if (t.text === ',') {
    // `Legend continued, "…"` is free-standing; `of "sellout s***," for …` is not.
    return findCueBefore(tokens, q, sentenceStart) !== null;
  }
  return false;
}

/** Words a phrase between a cue and its `that` may hold (`said via email that`). */
const THAT_REACH = 4;

/** The `that` within THAT_REACH words after a cue, before the mark at `open`; or -1. */
function thatAfterCue(tokens: Token[], from: number, open: number): number {
  for (let k = from; k < open && k <= from + THAT_REACH; k++) {
    if (tokens[k].lower === 'that') return k;
    if (tokens[k].type !== 'word') return -1;
  }
  return -1;
}

/**
 * Attributes one free-standing quote by its own cue, if it has one next to it.
 */
export function attributeQuote(
  tokens: Token[],
  q: QuotedSpan,
  sentenceStart: number,
): Found | null {
  if (q.close >= 0) {
    const after = findCueAfter(tokens, q) ?? findDashCredit(tokens, q);
    // `Peabody said: "…," adding that …`: a cue after with no subject (a gerund) gives way to
    // the cue before that names the speaker.
    const before = after && !after.source ? cueBefore(tokens, q, sentenceStart) : null;
    if (before?.source) return before;
    if (after) {
      return {
        kind: 'direct', content: [quoteRange(q)], cue: after.cue, source: after.source,
        sentence: tokens[after.cue.first].sentence, confidence: after.source ? 0.9 : 0.5,
        rule: 'direct/cue-after', inherited: false,
      };
    }
  }
  return cueBefore(tokens, q, sentenceStart);
}

/** The attribution of quote `q` to a cue before it (`Quell said: "…"`), or null. */
function cueBefore(tokens: Token[], q: QuotedSpan, sentenceStart: number): Found | null {
  const content = quoteRange(q);
  const before = findCueBefore(tokens, q, sentenceStart);
  if (before) {
    // `said that, "…" against what …`: a clause that runs on past the quote is mixed
    // speech, from `that` to the end of the sentence.
    // (`said via email that, "…"`: a short phrase may stand between the cue and `that`.)
    const that = thatAfterCue(tokens, before.cue.last + 1, q.open);
    if (that >= 0 && q.close >= 0 && runsOn(tokens, q.close)) {
      return {
        kind: 'mixed', content: [{ first: that, last: sentenceEnd(tokens, q.close) }], cue: before.cue, source: before.source,
        sentence: tokens[before.cue.first].sentence, confidence: 0.8, rule: 'mixed/cue-that-quote', inherited: false,
      };
    }
    return {
      kind: 'direct', content: [content], cue: before.cue, source: before.source,
      sentence: tokens[before.cue.first].sentence, confidence: before.source ? 0.9 : 0.5,
      rule: 'direct/cue-before', inherited: false,
    };
  }
  return null;
}

/**
 * Whether the tokens between two quotes are only the cue clause of the first
 * (`"…," he said. "…"`), so the second continues the same quote.
 */
export function isInterruption(tokens: Token[], first: QuotedSpan, second: QuotedSpan, found: Found): boolean {
  if (first.close < 0 || second.open < 0 || first.paragraph !== second.paragraph) return false;
  if (!found.cue || found.cue.first < first.close) return false;
  const gap = second.open - first.close;
  if (gap > 30) return false;
  const lastBefore = tokens[second.open - 1];
  if (!lastBefore || !(TERMINAL.has(lastBefore.text) || lastBefore.text === ',' || lastBefore.text === ':')) return false;
  for (let k = first.close + 1; k < second.open - 1; k++) {
    const t = tokens[k];
    // (`Moira Lennox, who chairs the residents' association, said`: a plural possessive.)
    if ((t.type === 'open' || t.type === 'close') && !isPossessiveMark(tokens, k)) return false;
    if (TERMINAL.has(t.text)) return false;
  }
  return true;
}

/** Whether the sentence goes on with words after the closing mark at `close`. */
function runsOn(tokens: Token[], close: number): boolean {
  const next = tokens[close + 1];
  return next !== undefined && next.type === 'word' && !next.upper && next.sentence === tokens[close].sentence && cueAt(tokens, close + 1) === null;
}

/** Last non-punctuation token of the sentence holding token `i`. */
function sentenceEnd(tokens: Token[], i: number): number {
  const sentence = tokens[i].sentence;
  let k = i;
  while (k + 1 < tokens.length && tokens[k + 1].sentence === sentence && tokens[k + 1].type !== 'break') k++;
  while (k > i && tokens[k].type !== 'word' && tokens[k].text !== ')') k--;
  return k;
}
