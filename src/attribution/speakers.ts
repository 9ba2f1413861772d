/**
 * Resolves each attribution's local mention (`Legend`, `he`, `the "All of Me" singer`,
 * `his former producer`) to a name stated in the article: a small within-article
 * coreference pass over the people index.
 *
 * Order of evidence: a name or alias in the mention (after an apposition's comma too:
 * `The coast guard commander, Rasmus Tal`); a pronoun → a person named earlier in its
 * sentence, else the person the sentence before names or describes as its subject, else
 * the last speaker when compatible, else the nearest compatible person; a description →
 * see descriptions.ts. A quote with no cue right after a sentence about a person
 * (`… the 52-year-old shook his head. "…"`) is that person's. Nothing resolvable → null.
 */
import { countWords, opensSentence, type Tokenized, type Token } from './tokenize.js';
import { creditsNobody, type Found } from './types.js';
import { continuesQuote } from './continued-quotes.js';
import type { TokenRange } from './noun-phrase.js';
import type { QuotedSpan } from './quote-marks.js';
import { compatible, indexPeople, nearestPerson, type PeopleIndex, type PersonEntry } from './people.js';
import { DOCUMENT_NOUNS, ENTOURAGE_NOUNS, GENDERED_TITLES, isTitleWord, PERSONAL_DOCUMENTS, NAMING_PARTICIPLES, ORGANISATION_WORDS, OUTLET_NOUNS, PERSON_NOUNS, PLACE_LAST_WORDS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, TITLES, VERB_ONLY_FORMS } from './word-lists.js';
import { findNamed, namedIn, speaksFor } from './mention-names.js';
import { isDemonym, resolveDescription, type Salient } from './descriptions.js';
import { isNamedSubject, sentenceSubject } from './sentence-subject.js';
import { creditHeadlineQuotes } from './headline-credit.js';
import { nameEvidence, type NameEvidence } from './speaker-names.js';
import { foreignPronoun, isForeignCue } from './foreign-cues.js';
import { foreignAuxiliary, onLexiconCue } from './cue-forms.js';
import { FOREIGN_ARTICLES, foreignTitleOrAgent, GERMAN_ARTICLES } from './foreign-nouns.js';
import { PLACE_NAMES } from '../analyze/place-names.js';

/** A resolved speaker and how sure the resolution is. */
export interface ResolvedSpeaker {
  name: string | null;
  confidence: number;
}

/** Cue forms that ask a question: the next pronoun-credited answer is the person asked. */
const ASK_FORMS: ReadonlySet<string> = new Set(['asked', 'asks', 'ask', 'questioned']);


/** How many paragraphs back the last speaker stays salient for a pronoun. */
const SALIENT_PARAGRAPHS = 10;

/**
 * Resolves the speakers of `found` (in text order).
 *
 * @param text The text the tokens point into.
 * @param doc Tokens and sentences.
 * @param found Attributions sorted by position.
 * @param quotes The quoted spans `findQuotedSpans` paired: a name inside one is the quote's.
 * @param outlet The publishing outlet, which is never a speaker (default none).
 * @param titleParagraph Paragraph index of the title, or -1.
 */
export function resolveSpeakers(
  text: string,
  doc: Tokenized,
  found: Found[],
  quotes: readonly QuotedSpan[],
  outlet: string | null = null,
  titleParagraph = -1,
): ResolvedSpeaker[] {
  if (found.length === 0) return [];
  const { tokens } = doc;
  const index = indexPeople(tokens);
  const ctx: Context = {
    text, tokens, sentences: doc.sentences, index, names: nameEvidence(text, tokens, outlet),
    protagonists: { title: peopleIn(tokens, index, titleParagraph), spoken: new Set() },
    titleParagraph,
    unnamedHeads: new Map(),
    quoted: quoteMask(tokens.length, quotes),
  };
  // Quotes that inherit a source take the speaker already resolved for that source.
  // Keyed by the source's token range as one number, first × tokens + last (no string per attribution).
  const bySource = new Map<number, Resolution>();
  const out: ResolvedSpeaker[] = [];
  let last: Salient | null = null;
  // Speaker of the latest attribution per sentence: a pronoun later in the same sentence
  // refers to that clause's subject (`The singer says … — in which he said, "…"`).
  const bySentence = new Map<number, Resolution>();
  let asker: { name: string } | null = null;
  let beforeAsker: Salient | null = null;
  // Interview answers resolved so far: an `I` inside one is its speaker (`A: I think …`).
  const answers: { first: number; last: number; resolution: Resolution }[] = [];
  for (const [i, f] of found.entries()) {
    // The paragraph that carries on a quotation left open (`"… the day they cut the ribbon.`
    // ¶ `"Nobody saw this coming."`) is the same speaker's, however the first part was credited.
    const before = found[i - 1];
    if (f.rule === 'direct/no-cue' && before?.source && continuesQuote(tokens, before, f)) Object.assign(f, { source: before.source, inherited: true, rule: 'direct/inherit-previous' });
    // `Asked …, the 52-year-old shook his head. "…"`: a quote with no cue after a sentence
    // about a person is that person's, not the previous quote's speaker's; so is a first
    // quote that is a sentence (`Ebeling shook her head. "Tom is better about it than I am."`),
    // not a title or a name in marks (`… bought the rights to "Tide." "The Long Table"`).
    const beat = f.rule === 'direct/inherit-previous' || (f.rule === 'direct/no-cue' && f.kind === 'direct' && countWords(tokens, f.content[0].first, f.content[0].last) >= BEAT_MIN_WORDS) ? beatSubject(ctx, found, f, last) : null;
    if (beat) Object.assign(f, { source: beat.source, inherited: false, rule: 'direct/beat-subject' });
    const at = f.cue ? f.cue.first : f.content[0].first;
    const paragraph = tokens[at].paragraph;
    const sentence = tokens[at].sentence;
    const sameSentence = f.source && isPersonalPronoun(tokens[f.source.first]) ? bySentence.get(sentence) : undefined;
    const key = f.source ? f.source.first * tokens.length + f.source.last : -1;
    const inherited = f.inherited ? bySource.get(key) : undefined;
    const opening = f.source ? Math.min(f.source.first, f.content[0].first) : f.content[0].first;
    // An interview's `A:` turn is the interviewee's; an `I` inside an answer is its speaker.
    const answering = isAnswerLabel(tokens, f) ? interviewee(ctx) : answeredIn(tokens, f, answers);
    let r: Resolution = beat
      ? beat.resolution
      : answering
        ? answering
        : inherited
          ? inherited
          : sameSentence && sameSentence.name
            ? sameSentence
            : f.source
              ? leadOrMention(ctx, f, resolveMention(ctx, f.source, last, at, opening))
              : f.cue && isForeignCue(tokens, f.cue)
                ? droppedSubject(ctx, last, at, f.content[0].first)
                : NOBODY;
    // `Halvorsen asked whether he regretted it. "No," he said.`: the answer is the person
    // asked (the speaker before the asker), not the asker.
    if (asker && r.name === asker.name && !inherited && f.source && isPersonalPronoun(tokens[f.source.first]) && beforeAsker?.person) {
      const gender = SUBJECT_PRONOUNS[tokens[f.source.first].lower];
      if (beforeAsker.name !== asker.name && compatible(beforeAsker.person, gender)) r = { name: beforeAsker.name, confidence: 0.6, person: beforeAsker.person };
    }
    const question = f.cue !== null && ASK_FORMS.has(tokens[f.cue.first].lower);
    if (question && r.name) [asker, beforeAsker] = [{ name: r.name }, last];
    else if (f.cue) asker = null;
    // `According to Lund, Brel is serious when he talks`: the source of `according to` is
    // no clause's subject, so it hands no pronoun on.
    if (r.name && !f.rule.includes('according-to')) bySentence.set(sentence, r);
    if (f.source && !bySource.has(key)) bySource.set(key, r);
    if (r.name && (f.rule === 'direct/transcript-turn' || f.rule === 'direct/interview-answer')) answers.push({ ...f.content[0], resolution: r });
    noteUnnamed(ctx, f.source, r, paragraph, at);
    out.push({ name: r.name, confidence: r.confidence });
    // Relative pronouns (`who sees things …`) do not make their referent the topic.
    const relative = f.source !== null && (tokens[f.source.first].lower === 'who' || tokens[f.source.first].lower === 'which');
    // Nor does a report on a cue only the detector proposed (`She launched her campaign`):
    // the check drops most of them, and a description or pronoun after it means the person
    // the article is about (`The Lisbon native, who …, told Halloran`).
    const proposed = f.cue !== null && !onLexiconCue(tokens, f.cue.first, f.cue.last);
    // Nor does the one who answers an interview: the questions call them `you`, and a `he`
    // in a question is someone else (`Q: Bernie's a socialist. He wants a revolution`).
    if (r.name && !relative && !proposed && answering === null) {
      last = { person: r.person, name: r.name, paragraph, end: attributionEnd(f) };
      if (r.person) ctx.protagonists.spoken.add(r.person);
    }
  }
  creditHeadlineQuotes(tokens, found, out);
  return out;
}

/**
 * A headline quote with no cue is credited to the capitalised words its headline opens
 * with (`Mara Quell on the Port: ‘…’`), but not when they are a phrase: words the text
 * names nobody by and writes in lower case elsewhere (`Crane Horror at Brackwater Docks:
 * ‘We Warned Them’`, where the body tells of the crane and the horror). Then the body quote
 * that holds the words says whose they are (`creditHeadlineQuotes`).
 */
function leadOrMention(ctx: Context, f: Found, r: Resolution): Resolution {
  if (f.kind !== 'headline' || r.person !== null || !f.source) return r;
  let phrase = false;
  // (A one-word `Name: claim` label, too, when the body names a place or body by it:
  // `Greyfield: ‘homes, not monuments’` over a story of `the Greyfield Estate`.)
  if (f.rule === 'direct/no-cue') for (let k = f.source.first; k <= f.source.last && !phrase; k++) phrase = writtenLowerCase(ctx, ctx.tokens[k].lower);
  else if (f.rule === 'headline/name-colon' && f.source.first === f.source.last) phrase = namesPlace(ctx.tokens, ctx.tokens[f.source.first]);
  if (!phrase) return r;
  f.source = null;
  return NOBODY;
}

/** Whether the text writes the word before a place's or a body's last word (`Greyfield Estate`, `Greyfield Council`). */
function namesPlace(tokens: Token[], word: Token): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].text !== word.text) continue;
    const next = tokens[k + 1];
    if (next.type === 'word' && next.upper && (PLACE_LAST_WORDS.has(next.lower) || ORGANISATION_WORDS.has(next.lower))) return true;
  }
  return false;
}

/** First-person words that stand for the one who answers (`I think`, `my view`). */
const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set(['i', 'me', 'my']);

/** The speaker of the interview answer whose words hold `f`'s first-person source (`A: … I think …`), or null. */
function answeredIn(tokens: Token[], f: Found, answers: readonly { first: number; last: number; resolution: Resolution }[]): Resolution | null {
  const s = f.source;
  if (!s || s.first !== s.last || !FIRST_PERSON_SINGULAR.has(tokens[s.first].lower)) return null;
  return answers.find((a) => a.first <= s.first && s.first <= a.last)?.resolution ?? null;
}

/** Whether `f` is an interview's answer turn, labelled `A:`. */
function isAnswerLabel(tokens: Token[], f: Found): boolean {
  return f.rule === 'direct/transcript-turn' && f.source !== null && f.source.first === f.source.last && tokens[f.source.first].text === 'A';
}

/**
 * Who answers a question-and-answer interview: the person the first paragraph after the
 * headline is about (`Vice President Joe Biden spent Thursday in St. Paul …`), as for an
 * interview printed without labels (`findInterviewAnswers`). Nobody when that paragraph
 * opens with no subject that names someone: the `A` is then left unresolved, as it was.
 */
function interviewee(ctx: Context): Resolution {
  if (ctx.interviewee) return ctx.interviewee;
  const { tokens, sentences } = ctx;
  const intro = sentences.find((s) => tokens[s.first]?.paragraph !== ctx.titleParagraph && tokens[s.first]?.type === 'word');
  const subject = intro ? sentenceSubject(tokens, intro.first, intro.last) : null;
  const r = subject && !ctx.quoted[subject.first] ? resolveMention(ctx, subject, null, subject.last + 1, subject.first) : NOBODY;
  ctx.interviewee = r.name && r.person ? { ...r, confidence: Math.min(r.confidence, 0.7) } : NOBODY;
  return ctx.interviewee;
}

/** The one person the text gives the role `head` (a headline's `Harbour chief`), else nobody. */
function headlineRole(index: PeopleIndex, head: string): Resolution {
  if (!PERSON_NOUNS.has(head) && !TITLES.has(head)) return NOBODY;
  const holders = index.people.filter((p) => p.roles.has(head));
  return holders.length === 1 ? { name: holders[0].name, confidence: 0.6, person: holders[0] } : NOBODY;
}

/** `MARY QUELL` → `Mary Quell` (`O'NEILL` → `O'Neill`, `VAN DER BERG` → `Van Der Berg`). */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Fewest words a quote with no cue and no speaker before it needs to be a sentence the subject before it said. */
const BEAT_MIN_WORDS = 4;

/** The last token of an attribution: of its content, cue or source. */
function attributionEnd(f: Found): number {
  return Math.max(f.content[f.content.length - 1].last, f.cue?.last ?? -1, f.source?.last ?? -1);
}

interface Resolution extends ResolvedSpeaker {
  person: PersonEntry | null;
}

const NOBODY: Resolution = { name: null, confidence: 0, person: null };
/** A speaker the mention describes by whom they speak for (`Olin's lawyer`): unnamed, but surely a speaker. */
const SOMEONE_ELSE: Resolution = { name: null, confidence: 0.95, person: null };
/**
 * A person the text describes but keeps unnamed (`the insider`, `his lawyer`, `the official,
 * who asked not to be named`), and a document whose author it does not say (`court
 * documents`): nobody to credit, but a source as surely as a resolved description is (the
 * report check weighs how sure the source is a speaker).
 */
const UNNAMED: Resolution = { name: null, confidence: 0.55, person: null };
const UNKNOWN_AUTHOR: Resolution = { name: null, confidence: 0.5, person: null };

/** What mention resolution reads: the text, its people and the names it can trust. */
interface Context {
  text: string;
  tokens: Token[];
  sentences: Tokenized['sentences'];
  index: PeopleIndex;
  names: NameEvidence;
  /** People the headline names, and those credited so far (filled as speakers resolve). */
  protagonists: { title: PersonEntry[]; spoken: Set<PersonEntry> };
  /** Paragraph index of the title, or -1. */
  titleParagraph: number;
  /**
   * Head nouns of the sources left unnamed with an indefinite article (`said one legal
   * expert`), each with its paragraph and token: `the expert` after it is that unnamed person.
   */
  unnamedHeads: Map<string, { paragraph: number; at: number }>;
  /** 1 for each token inside a quoted span (`quoteMask`). */
  quoted: Uint8Array;
  /** The people the text names outside quotation marks (`namedInNarration`), once asked for. */
  narrated?: Set<PersonEntry>;
  /** Whether the text writes a word in lower case in running text (`writtenLowerCase`), for the words asked about. */
  lowerWords?: Map<string, boolean>;
  /** Surnames the text sets after a title (`titledSurnames`), once asked for. */
  titled?: Map<string, TitledGender>;
  /** Who answers an interview's `A:` turns (`interviewee`), once asked for. */
  interviewee?: Resolution;
}

/** Below this, a description resolved as a subject is a guess from who is in view, not a reading. */
const GUESSED_SUBJECT = 0.6;

/** Titles that modify the words after them rather than name (`former State Department …`, `Vice Admiral`). */
const MODIFYING_TITLES: ReadonlySet<string> = new Set(['former', 'first', 'state', 'vice', 'deputy', 'chief', 'prime', 'general', 'candidate', 'nominee', 'acting']);

/** The gender titles give a surname: one, none (`President`), or both (`Mr.` and `Mrs. Clinton`: two people). */
type TitledGender = 'male' | 'female' | null | 'both';

/**
 * The last word of each name the text sets after a title (`President Trump`, `Mr. Okafor`,
 * `Sen. Ada Quell`): a surname, so a speaker named by it alone (`Trump said`) is a person
 * even when the text never gives the full name the people index needs. Each with the
 * gender its titles tell. Computed once per text.
 */
function titledSurnames(ctx: Context): Map<string, TitledGender> {
  if (ctx.titled) return ctx.titled;
  const out = new Map<string, TitledGender>();
  const { tokens } = ctx;
  const isTitle = (t: Token | undefined): boolean => t !== undefined && t.type === 'word' && isTitleWord(t.lower);
  for (let k = 1; k < tokens.length; k++) {
    // Cheap tests first: most tokens are no capitalised word after a title (speed).
    if (tokens[k].type !== 'word' || !tokens[k].upper || !isTitle(tokens[k - 1]) || isTitle(tokens[k])) continue;
    const title = tokens[k - 1].lower.replace(/\.$/, '');
    if (MODIFYING_TITLES.has(title)) continue;
    let e = k;
    while (e + 1 < tokens.length && e - k < 2 && tokens[e + 1].type === 'word' && tokens[e + 1].upper && !isTitle(tokens[e + 1])) e++;
    // `Agriculture Secretary Iowa Gov. …`: a run a title follows modifies it; it names nobody.
    if (isTitle(tokens[e + 1])) continue;
    const surname = tokens[e].text;
    // An acronym (`Sen. Ed Marks of the NRA`) or a shouted word is no surname; nor is a body or a place.
    if (surname.length < 2 || surname === surname.toUpperCase() || bodyOrPlace(tokens[e].lower)) continue;
    const gender = GENDERED_TITLES.get(title) ?? null;
    const known = out.get(surname);
    // `President Trump` then `Mr. Trump`: the gendered title tells; `Mr. Clinton` and
    // `Mrs. Clinton` are two people, and the surname alone names neither.
    out.set(surname, known === undefined || known === null ? gender : gender === null || gender === known ? known : 'both');
  }
  return (ctx.titled = out);
}

/**
 * How many paragraphs back an untitled surname stays the speaker a pronoun refers to (titled
 * ones: SALIENT_PARAGRAPHS): its own paragraph only. On PolNeAR train, that credits 14 of 15
 * changed pronouns rightly (`Reid`, `Zuckoff`, `Menendez`); reaching the paragraph before
 * as well also credits plurals and given names (`Saudis`, `Democrats`, `Melanie`).
 */
const BARE_SURNAME_PARAGRAPHS = 0;

/** Whether `name` is one capitalised word (or two hyphenated) that is no body, place or outlet: a surname used alone. */
function bareSurname(ctx: Context, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name)) return false;
  return !bodyOrPlace(name.toLowerCase()) && !ctx.names.isOutlet(name);
}

/** Whether a lower-case word names a body or a place (`parliament`, `iowa`), never a surname. */
function bodyOrPlace(lower: string): boolean {
  return ORGANISATION_WORDS.has(lower) || PLACE_NAMES.has(lower);
}

/**
 * The one surname the text sets after the title `office` (`President Obama` for `the
 * president`), when no person of the index has that office for a role; else null.
 */
function titleHolder(ctx: Context, office: string): string | null {
  if (!TITLES.has(office) || MODIFYING_TITLES.has(office) || GENDERED_TITLES.has(office)) return null;
  if (ctx.index.people.some((p) => p.roles.has(office))) return null;
  const { tokens } = ctx;
  const titled = titledSurnames(ctx);
  let holder: string | null = null;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k - 1].lower.replace(/\.$/, '') !== office || !tokens[k].upper || !titled.has(tokens[k].text)) continue;
    if (holder !== null && holder !== tokens[k].text) return null;
    holder = tokens[k].text;
  }
  return holder;
}

/** Whether `name` is a titled surname the text gives (`titledSurnames`) that a `pronoun` may refer to. */
function titledFits(ctx: Context, name: string, pronoun: 'male' | 'female'): boolean {
  const gender = titledSurnames(ctx).get(name);
  return gender === null || gender === pronoun;
}

/**
 * For each token, 1 when it stands inside a quoted span: the pairing of `findQuotedSpans`,
 * which knows an apostrophe from a mark (`''Lyin' Ted''`) and a quote from a title's.
 */
function quoteMask(length: number, quotes: readonly QuotedSpan[]): Uint8Array {
  const out = new Uint8Array(length);
  for (const q of quotes) if (q.last >= q.first) out.fill(1, q.first, q.last + 1);
  return out;
}

/** Whether the text names `p` (by full name or by a name the index gives them) outside quotation marks. */
function namedInNarration(ctx: Context, p: PersonEntry): boolean {
  if (!ctx.narrated) {
    // One pass over the text for everyone (not one per person: a text may name thousands).
    const quoted = ctx.quoted;
    const named = new Set<PersonEntry>();
    for (const person of ctx.index.people) if (person.mentions.some((m) => quoted[m] === 0)) named.add(person);
    ctx.tokens.forEach((t, k) => {
      const person = quoted[k] === 0 && t.type === 'word' && t.upper ? ctx.index.byName.get(t.lower) : undefined;
      if (person) named.add(person);
    });
    ctx.narrated = named;
  }
  return ctx.narrated.has(p);
}

/**
 * The capitalised name that ends a mention after lower-case nouns describing it (`the
 * ratings agency Moody's`, `Global financial firm JP Morgan`), its own `'s` kept; else null.
 */
function describedName(words: Token[], ownClitic: boolean): Token[] | null {
  let k = words.length - 1 - (ownClitic ? 1 : 0);
  const end = words.length - 1;
  while (k >= 0 && words[k].upper) k--;
  if (k < 0 || k === end - (ownClitic ? 1 : 0)) return null;
  // The word before the name must be a noun that describes it (`agency`, `firm`, `singer`),
  // not a conjunction, preposition or adjective (`Microsoft and LinkedIn`, `many Republicans`,
  // `former Gov.`), and not itself the object of a preposition (`on board EgyptAir`).
  const before = words[k].lower;
  if (MODIFYING_TITLES.has(before) || NOT_DESCRIBING.has(before)) return null;
  if (!PERSON_NOUNS.has(before) && !TITLES.has(before) && !ORGANISATION_WORDS.has(before) && !DESCRIBING_NOUNS.has(before)) return null;
  if (k > 0 && PREPOSITIONS_BEFORE_NOUN.has(words[k - 1].lower)) return null;
  const name = words.slice(k + 1, end + 1);
  // An abbreviated title (`Gov.`) or a party's members (`Republicans`) is no name.
  const last = name[name.length - 1 - (ownClitic ? 1 : 0)];
  const single = name.length - (ownClitic ? 1 : 0) === 1;
  if (last.text.endsWith('.') || (single && isTitleWord(last.lower)) || (single && /s$/.test(last.lower) && isDemonym(last.text.slice(0, -1)))) return null;
  return name;
}

/** Person nouns that read as adjectives before a name (`veteran Republicans`). */
const NOT_DESCRIBING: ReadonlySet<string> = new Set(['veteran', 'star', 'head', 'chief', 'leader']);
/** Prepositions whose object a describing noun may be (`on board EgyptAir`, `for committee Democrats`). */
const PREPOSITIONS_BEFORE_NOUN: ReadonlySet<string> = new Set(['on', 'of', 'for', 'at', 'in', 'to', 'with', 'by', 'from', 'about']);

/** Nouns besides those for people, titles and organisations that news copy puts before a name (`financial firm JP Morgan`, `band member Flea`). */
const DESCRIBING_NOUNS: ReadonlySet<string> = new Set([
  'firm', 'member', 'great', 'giant', 'maker', 'carrier', 'operator', 'retailer', 'startup', 'developer', 'brand',
  'outlet', 'publication', 'site', 'website', 'broadcaster', 'newspaper', 'lender', 'insurer', 'automaker',
  'chain', 'watchdog', 'regulator', 'publisher', 'label', 'band', 'organization', 'organisation', 'nonprofit',
]);

/**
 * Whether a capitalised word is a common noun: a plural of a noun for people (`Teachers`,
 * `Senators`), or a word the text also writes in lower case in running text (`progressives`).
 */
function commonNoun(ctx: Context, w: Token): boolean {
  const lower = w.lower;
  if (PERSON_NOUNS.has(lower) || (lower.endsWith('s') && PERSON_NOUNS.has(lower.slice(0, -1)))) return true;
  return writtenLowerCase(ctx, lower);
}

/**
 * Whether the text writes `word` in lower case in running text: after a space and before a
 * space or a comma, not inside a web address (`ascom.com`); as if it were in the set of
 * every match of `/\s(\p{Ll}[\p{L}'’-]*)(?=[\s,;:])/gu`. A text asks about two words on
 * average, so each is looked for in the text (building the set was a few percent of the
 * stage). A run of letters, apostrophes and hyphens after a space matches whole or not at
 * all, so `word` is in the set exactly when it is such a run with a space before it and
 * one of `\s,;:` after it somewhere in the text. Answers are kept in the context.
 */
function writtenLowerCase(ctx: Context, word: string): boolean {
  ctx.lowerWords ??= new Map();
  let known = ctx.lowerWords.get(word);
  if (known === undefined) ctx.lowerWords.set(word, (known = inRunningText(ctx.text, word)));
  return known;
}

const RUNNING_WORD = /^\p{Ll}[\p{L}'’-]*$/u;
const SPACE = /\s/;
const AFTER_RUNNING_WORD = /[\s,;:]/;

function inRunningText(text: string, word: string): boolean {
  if (!RUNNING_WORD.test(word)) return false;
  for (let at = text.indexOf(word, 1); at >= 0; at = text.indexOf(word, at + 1)) {
    if (SPACE.test(text.charAt(at - 1)) && AFTER_RUNNING_WORD.test(text.charAt(at + word.length))) return true;
  }
  return false;
}

/** The people named (by full name or surname) in one paragraph. */
function peopleIn(tokens: Token[], index: PeopleIndex, paragraph: number): PersonEntry[] {
  const out: PersonEntry[] = [];
  if (paragraph < 0) return out;
  for (const t of tokens) {
    if (t.paragraph > paragraph) break;
    const p = t.paragraph === paragraph && t.type === 'word' && t.upper ? index.byName.get(t.lower) : undefined;
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

/**
 * @param source The mention.
 * @param at Token index of the cue (or the content when there is none).
 * @param opening First token of the attribution (source or content): the sentence before
 *   it may give a pronoun its subject.
 */
function resolveMention(ctx: Context, source: { first: number; last: number }, last: Salient | null, at: number, opening: number): Resolution {
  const { text, tokens, index, names } = ctx;
  const words = tokens.slice(source.first, source.last + 1).filter((t) => t.type === 'word');
  if (words.length === 0) return NOBODY;
  // `Ellis, a former aide`: an apposition describes the head before the comma; a name
  // the head gives wins over the description, and a name after the comma over a head
  // that is only a description (`The coast guard commander, Rasmus Tal`).
  let comma = source.first + 1;
  while (comma < source.last && tokens[comma].text !== ',') comma++;
  if (comma < source.last) {
    // A possessor names whom the head belongs to, not the head (`Lind's spokesman, Per Sandvik`).
    const headWords = withoutPossessors(words.filter((w) => w.start < tokens[comma].start));
    const head = resolveMention(ctx, { first: source.first, last: comma - 1 }, last, at, opening);
    if (head.name && findNamed(headWords, index)) return head;
    const named = findNamed(words.filter((w) => w.start > tokens[comma].start), index);
    if (named && !names.isOutlet(named.name)) return { name: named.name, confidence: 0.9, person: named };
    if (head.name) return head;
  }
  // 1. A name in the mention (skipping titles): the longest known match.
  // A mention that names an outlet (`The Daily Echo, an entertainment website`, `the
  // headline, published by the Daily Echo`) reports; it is not a speaker.
  const named = findNamed(words, index);
  if (names.mentionsOutlet(words)) {
    // But someone of the outlet named after their role speaks (`Spotlight Feed editor Kasia
    // Moreland`): a full name ending the mention.
    const parts = named?.name.toLowerCase().split(' ') ?? [];
    const own = named && parts.length >= 2 && !names.isOutlet(named.name) && parts[parts.length - 1] === words[words.length - 1].lower && words.some((w) => !w.upper && w.type === 'word');
    return own ? { name: named.name, confidence: 0.9, person: named } : NOBODY;
  }
  if (named) return names.isOutlet(named.name) ? NOBODY : { name: named.name, confidence: 0.95, person: named };
  // A name the head belongs to (`Olin's lawyer`, `a spokeswoman for Olin`): someone speaks,
  // surely, but not Olin, and the mention does not say who.
  if (namedIn(words, index, false)) return SOMEONE_ELSE;
  // A name's `'s` is no head: its own before a verb (`Moody's said`), a possessor's before a
  // noun's report (`The Wrap's report claims`), shown without it.
  const clitic = words.length > 1 && words[words.length - 1].lower === "'s";
  const ownClitic = clitic && VERB_ONLY_FORMS.has(tokens[source.last + 1]?.lower ?? '');
  if (clitic && !ownClitic) words.pop();
  const head = ownClitic ? words[words.length - 2] : words[words.length - 1];
  // 2. Pronouns.
  // A possessive alone is the source of a noun's report (`her argument that …`, `his warning
  // that …`) and stands for its person as `she` and `he` do.
  const pronoun = SUBJECT_PRONOUNS[head.lower] ?? POSSESSOR_GENDERS.get(head.lower) ?? foreignPronoun(head.lower);
  if (words.length === 1 && pronoun !== undefined) {
    if (pronoun === 'male' || pronoun === 'female') {
      // A person named earlier in the same sentence, outside the quote, is the subject
      // the pronoun picks up (`While West … — "…," he said`).
      const inSentence = personEarlierInSentence(ctx, source.first, (p) => p.gender === pronoun);
      if (inSentence) return { name: inSentence.name, confidence: 0.7, person: inSentence };
      // `The former partner is now a candidate, running on what she calls …`: the subject
      // of the pronoun's own sentence, when it names or describes someone.
      const sentence = ctx.sentences[tokens[source.first].sentence];
      const subject = sentence ? subjectPerson(ctx, sentence.first, source.first, last, at)?.resolution : undefined;
      // (Not a description only guessed to be the last speaker or the article's person,
      // `descriptions.ts` steps 4–6: `The minister, she found, …` is about a minister the
      // text has not named, and `she` is the judge of the sentence before.)
      if (subject && subject.person && subject.confidence >= GUESSED_SUBJECT && compatible(subject.person, pronoun)) return { ...subject, confidence: 0.75 };
      // Not the subject of a parenthetical's content (`A new manager, he said, could …`).
      if (!subject && sentence && tokens[source.first - 1]?.text !== ',' && unnamedSubject(ctx, sentence.first, source.first, pronoun)) return UNNAMED;
      // `Dana Orr has apologised. "…," she said.`: the subject of the sentence before.
      // `Sutton, chairman of …, voiced confidence …` ¶ `"…," he said.` too.
      const before = previousSubject(ctx, opening, last, at, true)?.resolution;
      if (before && before.person && compatible(before.person, pronoun)) return { ...before, confidence: 0.75 };
      // `A Berlin woman was fined for a post. "…," she said.`: someone the text leaves unnamed,
      // not whoever was named before her.
      if (!before && unnamedSubjectBefore(ctx, opening, pronoun)) return UNNAMED;
      // `President Trump … Trump sent a message. "…," he said.`: a subject named by a titled
      // surname alone is that person too, though the index holds no full name for it.
      if (before && !before.person && before.name && titledFits(ctx, before.name, pronoun)) return { ...before, confidence: 0.7 };
      // `Quell had spent years on it. She was more nervous than Holm. "…," she said.`: the
      // same pronoun as subject before it carries on the person named before that.
      const chained = chainedSubject(ctx, opening, pronoun, last, at);
      if (chained) return { ...chained, confidence: 0.7 };
      const paragraph = tokens[at].paragraph;
      if (last && last.person && compatible(last.person, pronoun) && paragraph - last.paragraph <= SALIENT_PARAGRAPHS) {
        return { name: last.name, confidence: 0.8, person: last.person };
      }
      if (last && !last.person && titledFits(ctx, last.name, pronoun) && paragraph - last.paragraph <= SALIENT_PARAGRAPHS) {
        return { name: last.name, confidence: 0.7, person: null };
      }
      // `Reid said that …. He added, …`: a last speaker named by a surname alone in this
      // paragraph, even untitled (not a body, a place or an outlet).
      if (last && !last.person && bareSurname(ctx, last.name) && paragraph - last.paragraph <= BARE_SURNAME_PARAGRAPHS) {
        return { name: last.name, confidence: 0.6, person: null };
      }
      // The nearest person named before it, but never one named only inside quotation marks:
      // narration's pronoun does not pick up someone a quote alone talks about (`“… my
      // Full and Total Confidence”`).
      const near = nearestPerson(tokens, index, at, (p) => compatible(p, pronoun) && namedInNarration(ctx, p));
      return near ? { name: near.name, confidence: 0.6, person: near } : NOBODY;
    }
    if (head.lower === 'who') {
      const near = nearestPerson(tokens, index, source.first, () => true, 4);
      return near ? { name: near.name, confidence: 0.7, person: near } : NOBODY;
    }
    return NOBODY;
  }
  // 3. A name after the nouns that describe it (`the ratings agency Moody's`, `Global
  // financial firm JP Morgan`), not in the index: the name, not a description of the last
  // speaker. (`a spokesman for Olin` was ruled out above.)
  const described = describedName(words, ownClitic);
  if (described && names.canSpeak(described.filter((w) => w.lower !== "'s")) && !names.isOutlet(text.slice(described[0].start, described[described.length - 1].end))) {
    return { name: text.slice(described[0].start, described[described.length - 1].end), confidence: 0.7, person: null };
  }
  // 4. Capitalised mention not in the index: an organisation or a single surname.
  const article = words[0].lower === 'the' || FOREIGN_ARTICLES.has(words[0].lower);
  // `The Scot`, `the Dutchman`, `the Republican` describe someone as a noun would.
  // (`the Chinese`, `the Swiss`: a nationality with no singular noun of its own is a people or
  // its government, never one person; it is named as a group is, like `the French`.)
  const collective = head.lower.endsWith('ese') || head.lower === 'swiss';
  const demonym = article && words.length === 2 && !collective && isDemonym(head.text) && names.canSpeak([head]) && !names.isOutlet(head.text);
  // A common word capitalised only because it opens the sentence (`Veteran Republicans`,
  // `Former Pennsylvania Gov.`, `Residents of Port Alder`) makes a description, not a name:
  // one the text writes in lower case and never capitalises inside a sentence (`Big
  // Machine` and `He Jianxiong`, named inside sentences too, stay names).
  const opener = words.length > 1 && !article && opensSentence(tokens, source.first) && !isTitleWord(words[0].lower) &&
    writtenLowerCase(ctx, words[0].lower) && !names.capitalisedMidSentence(words[0].lower);
  // `die Künstlerin`, `der Bürgermeister`: German capitalises every noun, so after its
  // article a title or a noun for a person describes someone, as `the artist` does.
  const germanNoun = words.length === 2 && GERMAN_ARTICLES.has(words[0].lower) && foreignTitleOrAgent(head.lower);
  if (head.upper && !demonym && !opener && !germanNoun && words.every((w, k) => w.upper || w.lower === 'of' || w.lower === "'s" || (k === 0 && article))) {
    const start = article ? 1 : 0;
    // A person's name is the two or three capitalised words after the last title (`British
    // Prime Minister Lena May`: not the adjective before the title, nor the title itself).
    const isTitle = (w: Token): boolean => isTitleWord(w.lower);
    let lastTitle = -1;
    for (let k = start; k < words.length - 1; k++) if (isTitle(words[k])) lastTitle = k;
    const after = words.slice(lastTitle + 1);
    const personal = lastTitle >= 0 && after.length >= 2 && after.length <= 3 && after.every((w) => w.upper && !isTitle(w) && !ORGANISATION_WORDS.has(w.lower));
    // An organisation's name keeps its title words (`Ministry of Justice`, `State Department`,
    // `Attorney General's Office`); a person's drops them (`Ambassador Olin`).
    const body = words.slice(start);
    const organisation = body.some((w) => ORGANISATION_WORDS.has(w.lower));
    const kept = personal ? after : organisation ? body : body.filter((w) => !isTitle(w) || body.length === 1);
    if (kept.length > 0) {
      // A name that cannot speak (an outlet, a weekday) is nobody, not a description.
      if (!names.canSpeak(kept)) return NOBODY;
      // `Teachers see …`, `Progressives say …`: a common noun capitalised only because it
      // opens the sentence names a group, nobody in particular.
      if (words.length === 1 && opensSentence(tokens, source.first) && commonNoun(ctx, head)) return NOBODY;
      const name = text.slice(kept[0].start, kept[kept.length - 1].end);
      // A name set in capitals (`MARY QUELL:` in a transcript) is shown as a name; one word
      // in capitals may be an acronym (`FBI`) and stays as written.
      const shouted = kept.length > 1 && kept.every((w) => w.text.length > 1 && w.text === w.text.toUpperCase());
      return { name: shouted ? titleCase(name) : name, confidence: 0.7, person: null };
    }
  }
  // 5. Documents stand for their author: `The message continued`.
  // Only one the text points at (`The message`, `his letter`): `court documents` have none.
  // A report, a study, a poll or a lawsuit is an institution's: the last speaker's when that
  // is a body or an outlet (`…, Reuters reported. The report said …`), not when it is a
  // person (`The report says …` after Quell spoke); what a person writes is theirs.
  if (DOCUMENT_NOUNS.has(head.lower) && words.length <= 3) {
    if (isDefinite(words[0]) && last && (PERSONAL_DOCUMENTS.has(head.lower) || last.person === null)) return { name: last.name, confidence: 0.5, person: last.person };
    return UNKNOWN_AUTHOR;
  }
  // `Kelderhaven mayor says …`, `Harbour chief denies …`: a headline describes without an
  // article; the role the body gives exactly one person says who.
  if (!isDefinite(words[0]) && tokens[source.first].paragraph === ctx.titleParagraph) return headlineRole(index, head.lower);
  // 6. Descriptions (see descriptions.ts). One that asked not to be named is nobody named
  // (`The transport director, who asked not to be named, said …`), not the last speaker.
  // `the insider`, `the source` is anonymous by its very noun.
  if (!isDefinite(words[0])) return NOBODY;
  // `the paper said`, `the network reported`: a publisher, which is nobody's description
  // (someone's own site still speaks for them: `his website says`).
  if (OUTLET_NOUNS.has(head.lower) && !words.some((w) => w.lower === "'s" || OWNER_PRONOUNS.has(w.lower))) return NOBODY;
  if (unnamedByRequest(tokens, source.last, at) || ANONYMOUS_HEADS.has(head.lower)) return UNNAMED;
  // `The star's representative`: someone who speaks for the one described.
  const possessive = words.findIndex((w) => w.lower === "'s");
  if (possessive > 0 && words.slice(possessive + 1).some(speaksFor)) return SOMEONE_ELSE;
  // The sentence before by name only (its description would resolve by the same steps),
  // and only once the last speaker's attribution has ended (`Reyes praised her team. …
  // Midfielder Joe Baptiste was more measured. "…," the 23-year-old said.`).
  // `said one legal expert. … the expert warned`: the same unnamed person again.
  // (Unless narration names someone in between: `Ada Quist, a legal expert, disagreed.`)
  const unnamed = words[0].lower === 'the' && words.length <= 3 ? ctx.unnamedHeads.get(head.lower) : undefined;
  if (unnamed !== undefined && tokens[at].paragraph - unnamed.paragraph <= UNNAMED_REACH && !namedBetween(ctx, unnamed.at, opening)) return UNNAMED;
  const before = previousSubject(ctx, opening, last, at, true);
  const newer = before !== null && (last === null || before.source.first > last.end);
  const subject = newer && before.resolution.confidence >= NAMED_SUBJECT ? before.resolution.person : null;
  // `President Obama … the president said`: the office the text gives one titled surname
  // alone, when no indexed person holds it (`President Barack Obama` makes it his role).
  const holder = words[0].lower === 'the' && words.length === 2 ? titleHolder(ctx, head.lower) : null;
  if (holder) return { name: holder, confidence: 0.7, person: null };
  const match = resolveDescription(tokens, index, words, last, at, ctx.protagonists, opening, subject);
  if (match) return { name: match.person.name, confidence: match.confidence, person: match.person };
  // `his lawyer`, never named: someone speaks, not anyone the text names.
  return (words[0].lower === 'his' || words[0].lower === 'her') && ENTOURAGE_NOUNS.has(head.lower) ? UNNAMED : NOBODY;
}

/** Whether narration (not a quotation) names a known person between tokens `from` and `to`. */
function namedBetween(ctx: Context, from: number, to: number): boolean {
  const quoted = ctx.quoted;
  for (let k = from + 1; k < to; k++) {
    const t = ctx.tokens[k];
    if (t.type === 'word' && t.upper && quoted[k] === 0 && ctx.index.byName.has(t.lower)) return true;
  }
  return false;
}

/** Paragraphs over which `the expert` still means the unnamed `one legal expert` before it. */
const UNNAMED_REACH = 3;
const INDEFINITES: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/**
 * Records the head noun of a source left unnamed with an indefinite article (`one legal
 * expert`, `a spokesman`); a named speaker the text gives that role ends the record.
 */
function noteUnnamed(ctx: Context, source: { first: number; last: number } | null, r: Resolution, paragraph: number, at: number): void {
  if (!source) return;
  const { tokens } = ctx;
  let last = source.first;
  while (last < source.last && tokens[last + 1].type === 'word') last++;
  const head = tokens[last].lower;
  if (r.name === null && INDEFINITES.has(tokens[source.first].lower) && last > source.first) ctx.unnamedHeads.set(head, { paragraph, at });
  else if (r.person) for (const role of r.person.roles) ctx.unnamedHeads.delete(role);
}

/** The words but those a possessive `'s` follows (`Pell's deputy` → `'s deputy`). */
function withoutPossessors(words: Token[]): Token[] {
  return words.filter((w, k) => words[k + 1]?.lower !== "'s");
}

/** Heads of a description that is anonymous by its noun (`the insider added`). */
const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(['insider', 'insiders', 'source', 'sources']);

/** The person a possessive pronoun stands for, in the terms of SUBJECT_PRONOUNS. */
const POSSESSOR_GENDERS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([['his', 'male'], ['her', 'female'], ['their', 'plural']]);
/** Possessive pronouns that make a site or a paper someone's own (`his website`; `its website` is a body's). */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set([...POSSESSIVE_PRONOUNS].filter((w) => w !== 'its'));

/** Words that say a source is kept anonymous (`on condition of anonymity`, `asked not to be named`). */
const ANONYMITY: ReadonlySet<string> = new Set(['anonymity', 'anonymously']);
const NAMING: ReadonlySet<string> = new Set(['named', 'identified']);

/** Whether the words between a source and its cue keep the source anonymous. */
function unnamedByRequest(tokens: Token[], sourceLast: number, cue: number): boolean {
  for (let k = sourceLast + 1; k < cue; k++) {
    if (ANONYMITY.has(tokens[k].lower)) return true;
    if (NAMING.has(tokens[k].lower) && tokens[k - 1]?.lower === 'be' && tokens[k - 3]?.lower === 'not') return true;
  }
  return false;
}

function isDefinite(first: Token): boolean {
  return first.lower === 'the' || first.lower === 'his' || first.lower === 'her' || FOREIGN_ARTICLES.has(first.lower);
}

/**
 * The person the sentence before `opening` (in the same paragraph, or ending the one before
 * when `opening`'s sentence starts a paragraph and `acrossParagraphs`) names or describes as its
 * subject: a name in the subject phrase, or a description of a person (`the director`,
 * `the 52-year-old`) that resolves; with the subject phrase itself.
 */
function previousSubject(ctx: Context, opening: number, last: Salient | null, at: number, acrossParagraphs = false): { source: TokenRange; resolution: Resolution } | null {
  const s = sentenceBefore(ctx, opening, acrossParagraphs);
  return s ? subjectPerson(ctx, s.first, s.last, last, at) : null;
}

/**
 * The sentence right before `opening`'s, when it is in the same paragraph, or, with
 * `acrossParagraphs`, when it ends the paragraph before; else undefined.
 */
function sentenceBefore(ctx: Context, opening: number, acrossParagraphs: boolean): Tokenized['sentences'][number] | undefined {
  const own = ctx.tokens[opening]?.sentence ?? -1;
  const s = own > 0 ? ctx.sentences[own - 1] : undefined;
  return s && (acrossParagraphs || s.paragraph === ctx.tokens[opening].paragraph) ? s : undefined;
}

/** Person nouns that say the person's gender (the rest say nothing of it). */
const FEMALE_NOUNS: ReadonlySet<string> = new Set(['woman', 'mother', 'mum', 'grandmother', 'widow', 'daughter', 'wife', 'actress', 'chairwoman', 'girl', 'sister']);
const MALE_NOUNS: ReadonlySet<string> = new Set(['man', 'father', 'dad', 'grandfather', 'son', 'husband', 'actor', 'chairman', 'boy', 'brother']);

/**
 * Whether the subject opening tokens `first..end` (end exclusive) is one person the text
 * leaves unnamed (`A 29-year-old Berlin woman was fined …`, `a local teacher`) whom
 * `pronoun` may stand for.
 */
function unnamedSubject(ctx: Context, first: number, end: number, pronoun: 'male' | 'female'): boolean {
  const { tokens } = ctx;
  const subject = sentenceSubject(tokens, first, end);
  if (!subject || ctx.quoted[subject.first] === 1) return false;
  const words = tokens.slice(subject.first, subject.last + 1).filter((t) => t.type === 'word');
  const head = words[words.length - 1]?.lower ?? '';
  if (words.length < 2 || !INDEFINITES.has(words[0].lower) || !(PERSON_NOUNS.has(head) || FEMALE_NOUNS.has(head) || MALE_NOUNS.has(head))) return false;
  // `a worker named Antonio Arroyo` is named after all.
  if (NAMING_PARTICIPLES.has(tokens[subject.last + 1]?.lower ?? '') || words.some((w) => w.upper && ctx.index.byName.has(w.lower))) return false;
  return pronoun === 'female' ? !MALE_NOUNS.has(head) : !FEMALE_NOUNS.has(head);
}

/** Whether the sentence before `opening`, in its paragraph, has an unnamed subject (see `unnamedSubject`). */
function unnamedSubjectBefore(ctx: Context, opening: number, pronoun: 'male' | 'female'): boolean {
  const s = sentenceBefore(ctx, opening, false);
  return s !== undefined && unnamedSubject(ctx, s.first, s.last, pronoun);
}

/** How many sentences of one paragraph a chain of the same subject pronoun is followed back. */
const CHAIN_SENTENCES = 3;

/**
 * When the sentences right before `opening`, in its paragraph, have `pronoun` for their
 * subject, the person the sentence before them names as its subject (if the pronoun fits);
 * else null. With `fromOwnSentence`, the chain starts at `opening`'s own sentence.
 */
function chainedSubject(ctx: Context, opening: number, pronoun: 'male' | 'female', last: Salient | null, at: number, fromOwnSentence = false): Resolution | null {
  const { tokens, sentences } = ctx;
  const paragraph = tokens[opening].paragraph;
  let si = tokens[opening].sentence - (fromOwnSentence ? 0 : 1);
  for (let steps = 0; steps <= CHAIN_SENTENCES && si >= 0 && sentences[si].paragraph === paragraph; steps++, si--) {
    const s = sentences[si];
    const subject = sentenceSubject(tokens, s.first, s.last);
    if (!subject) return null;
    const t = tokens[subject.first];
    if (subject.first === subject.last && SUBJECT_PRONOUNS[t.lower] === pronoun) continue;
    if (steps === 0) return null;
    const r = subjectPerson(ctx, s.first, s.last, last, at)?.resolution;
    return r && r.person && compatible(r.person, pronoun) ? r : null;
  }
  return null;
}

/** The confidence of a subject the sentence names (a described one resolves with less). */
const NAMED_SUBJECT = 0.75;

/**
 * The person the subject phrase opening tokens `first..end` (end exclusive) names or
 * describes, with the phrase itself; null when it is no person.
 */
function subjectPerson(ctx: Context, first: number, end: number, last: Salient | null, at: number): { source: TokenRange; resolution: Resolution } | null {
  const { tokens, index } = ctx;
  const subject = sentenceSubject(tokens, first, end);
  // A sentence that opens inside a quotation (`“… Republicans. Bush got fewer votes,” he
  // points out`) has the quote's subject there, not the narration's.
  if (!subject || ctx.quoted[subject.first] === 1) return null;
  const words = tokens.slice(subject.first, subject.last + 1).filter((t) => t.type === 'word');
  // A possessor is not the subject (`Pell's deputy` is the deputy).
  const named = findNamed(withoutPossessors(words), index);
  if (named) return ctx.names.isOutlet(named.name) ? null : { source: subject, resolution: { name: named.name, confidence: NAMED_SUBJECT, person: named } };
  // A titled surname alone (`Trump`, `President Trump`) when the text gives no full name.
  const bare = words.filter((w) => !isTitleWord(w.lower));
  const titled = bare.length === 1 && bare[0].upper ? titledSurnames(ctx).get(bare[0].text) : undefined;
  if (titled !== undefined && titled !== 'both') return { source: subject, resolution: { name: bare[0].text, confidence: 0.7, person: null } };
  const head = words[words.length - 1].lower;
  if (!isDefinite(words[0]) || !(PERSON_NOUNS.has(head) || TITLES.has(head) || /^\d{1,3}-year-old$/.test(head))) return null;
  const match = resolveDescription(tokens, index, words, last, at, ctx.protagonists, subject.first);
  return match ? { source: subject, resolution: { name: match.person.name, confidence: match.confidence, person: match.person } } : null;
}

/**
 * For a quote that would inherit the previous speaker, or has no cue: the subject of a
 * narration clause that introduces it with a colon (`colonSubject`); else the subject of the
 * narration sentence right before it in its paragraph, when that names or describes a person
 * and the sentence reports nothing itself (a reporting sentence hands its quote on as before;
 * a question put to the subject, `Asked whether …, Brel shook his head`, hands on nobody);
 * else, for a quote with no cue that opens its paragraph, `narratedBefore`.
 */
function beatSubject(ctx: Context, found: Found[], f: Found, last: Salient | null): { source: TokenRange; resolution: Resolution } | null {
  const opening = f.content[0].first;
  const introduced = colonSubject(ctx, found, opening, last);
  if (introduced) return introduced;
  const before = ctx.tokens[opening].sentence - 1;
  if (found.some((g) => g.cue !== null && !creditsNobody(g) && ctx.tokens[g.cue.first].sentence === before)) return null;
  const subject = previousSubject(ctx, opening, last, opening);
  if (subject && subject.resolution.person) return subject;
  return f.rule === 'direct/no-cue' ? narratedBefore(ctx, found, opening, last) : null;
}

/**
 * The person a narration clause names as its subject when it ends in a colon right before
 * the quote (`Mayor Cormac Delaney reacted angrily: "…"`, German `reagierte verärgert: „…“`):
 * the colon introduces their words whatever the verb.
 */
function colonSubject(ctx: Context, found: Found[], opening: number, last: Salient | null): { source: TokenRange; resolution: Resolution } | null {
  const { tokens } = ctx;
  let colon = tokens[opening].type === 'open' ? opening - 1 : opening - 2;
  // (Or a colon ending the paragraph before the one the quote opens, in narration that
  // reports nothing itself: `Morwenna Tallis, harbourmaster for nineteen years, was
  // blunter:` ¶ `“…”`. A report there, `X said that …:`, runs on into the quote instead.)
  const paragraphBefore = tokens[opening].type === 'open' && tokens[colon]?.type === 'break';
  if (paragraphBefore) while (colon > 0 && tokens[colon].type === 'break') colon--;
  if (tokens[colon]?.text !== ':' || (tokens[colon].paragraph !== tokens[opening].paragraph && !paragraphBefore)) return null;
  if (paragraphBefore && found.some((g) => g.cue !== null && tokens[g.cue.first].sentence === tokens[colon].sentence)) return null;
  const first = ctx.sentences[tokens[colon].sentence]?.first ?? colon;
  if (first >= colon) return null;
  const subject = subjectPerson(ctx, first, colon, last, opening);
  if (!subject || !subject.resolution.person) return wordsAuthor(ctx, first, colon);
  // A verb the subject finder does not know (German `reagierte verärgert`, French `a réagi
  // sur Instagram` after its auxiliary) is no part of it.
  let end = subject.source.last;
  const auxiliary = foreignAuxiliaryAfter(tokens, subject.source.first + 1, end);
  if (auxiliary > 0) end = auxiliary - 1;
  while (end > subject.source.first && tokens[end].type === 'word' && !tokens[end].upper && tokens.slice(subject.source.first, end).some((t) => t.upper)) end--;
  return { ...subject, source: { first: subject.source.first, last: end } };
}

/** Nouns for what someone said or wrote, besides DOCUMENT_NOUNS (`The words … came from Beckwith:`). */
const WORDS_NOUNS: ReadonlySet<string> = new Set(['words', 'remarks', 'comments', 'comment', 'response', 'reply', 'warning', 'sms', 'messages']);
/** Words before an author's name: `from`, `by`, `attributed to`, French `attribué à`. */
const AUTHOR_MARKS: ReadonlySet<string> = new Set(['from', 'by', 'to', 'à']);
const ATTRIBUTED: ReadonlySet<string> = new Set(['attributed', 'attribué', 'attribuée', 'attribués', 'attribuées']);

/**
 * In a colon clause whose subject is no person, the author it names for the words it
 * introduces: a noun for words, then `from`, `by` or `attributed to` and a known person
 * (`The words that lit the fuse came from Beckwith after the defeat: “…”`, `un tabloïd a
 * publié un SMS attribué à Lark : « … »`), or null when it names none.
 */
function wordsAuthor(ctx: Context, first: number, colon: number): { source: TokenRange; resolution: Resolution } | null {
  const { tokens, index } = ctx;
  let noun = -1;
  for (let k = first; k < colon; k++) {
    const t = tokens[k];
    if (t.type !== 'word' || ctx.quoted[k]) continue;
    // (Lower case, or an acronym: `un SMS`.)
    if (noun < 0 && (!t.upper || t.text === t.text.toUpperCase()) && (WORDS_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower))) noun = k;
    if (noun < 0 || !AUTHOR_MARKS.has(t.lower)) continue;
    // `to` and `à` only after `attributed`.
    if ((t.lower === 'to' || t.lower === 'à') && !ATTRIBUTED.has(tokens[k - 1]?.lower ?? '')) continue;
    let e = k + 1;
    while (e < colon && tokens[e].type === 'word' && tokens[e].upper) e++;
    if (e === k + 1) continue;
    const words = tokens.slice(k + 1, e);
    const named = findNamed(words, index);
    if (named && !ctx.names.isOutlet(named.name)) return { source: { first: k + 1, last: e - 1 }, resolution: { name: named.name, confidence: 0.7, person: named } };
  }
  return null;
}

/**
 * The first past-tense auxiliary of another language in `from..to` that follows the word of
 * a subject and precedes its verb (`Verhaegen a réagi`, `la popstar ha risposto`), or -1.
 * English `a` after a preposition or a comma opens a noun phrase instead (`the head of a
 * union`, `Vela, a designer`).
 */
function foreignAuxiliaryAfter(tokens: Token[], from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t.upper || foreignAuxiliary(t.lower) === null) continue;
    const before = tokens[k - 1];
    const next = tokens[k + 1];
    if (before.type === 'word' && !ARTICLE_OPENERS.has(before.lower) && next?.type === 'word' && !next.upper) return k;
  }
  return -1;
}

/** English words after which `a` opens a noun phrase. */
const ARTICLE_OPENERS: ReadonlySet<string> = new Set([
  'of', 'for', 'with', 'as', 'to', 'in', 'on', 'at', 'by', 'from', 'into', 'like', 'about', 'is', 'was', 'be',
  'been', 'being', 'has', 'had', 'have', 'such', 'what', 'quite', 'half', 'once', 'and', 'or', 'but', 'not',
]);

/**
 * For a quote with no cue that opens its paragraph, the person the paragraph before is
 * about: the subject of its last sentence, named, described, or a pronoun carrying on the
 * subject named before it (`Gary Linton, 51, drives a forklift. He has worked there since
 * 2011.` ¶ `"I've given that place twenty-two years."`). Only after narration: a paragraph
 * that reports something hands its quote on by the usual rules.
 */
function narratedBefore(ctx: Context, found: Found[], opening: number, last: Salient | null): { source: TokenRange; resolution: Resolution } | null {
  const { tokens } = ctx;
  const paragraph = tokens[opening].paragraph;
  // The sentence before ends the paragraph before: the quote's sentence opens its own.
  const s = sentenceBefore(ctx, opening, true);
  if (!s || s.paragraph === paragraph || found.some((g) => tokens[g.content[0].first].paragraph === s.paragraph)) return null;
  const named = subjectPerson(ctx, s.first, s.last, last, opening);
  if (named) return named.resolution.person ? named : null;
  const subject = sentenceSubject(tokens, s.first, s.last);
  const pronoun = subject && subject.first === subject.last ? SUBJECT_PRONOUNS[tokens[subject.first].lower] : undefined;
  if (!subject || (pronoun !== 'male' && pronoun !== 'female')) return null;
  const chained = chainedSubject(ctx, s.first, pronoun, last, opening, true);
  return chained ? { source: subject, resolution: chained } : null;
}

/**
 * The speaker of a cue with no subject (Spanish `«…», dijo.`, where the verb carries the
 * person): the last speaker when recent, else the subject of the sentence before the quote
 * when it names someone (`La popstar Lark ha ammesso … contro la stilista Anouk Verhaegen.
 * «…», ha detto`), else the person named last before the cue.
 */
function droppedSubject(ctx: Context, last: Salient | null, at: number, opening: number): Resolution {
  const { tokens, index } = ctx;
  if (last && last.person && tokens[at].paragraph - last.paragraph <= 1) return { name: last.name, confidence: 0.6, person: last.person };
  const subject = previousSubject(ctx, opening, last, at)?.resolution;
  if (subject?.person) return { ...subject, confidence: 0.6 };
  const near = nearestPerson(tokens, index, at, () => true);
  return near ? { name: near.name, confidence: 0.5, person: near } : NOBODY;
}

/**
 * The person named in the sentence before `at`, outside quotation marks, that the pronoun
 * picks up: the nearest one who is a clause's subject (`according to Ivo Lund, Brel is
 * serious when he talks` is Brel), else the first one named.
 */
function personEarlierInSentence(ctx: Context, at: number, ok: (p: PersonEntry) => boolean): PersonEntry | null {
  const { tokens, index } = ctx;
  // Quotation marks are read over the whole text: a sentence may open inside a quotation
  // (`“… Republicans. George W. Bush got fewer votes,” he points out.`), and a name there is
  // the quote's, not the narration's.
  const quoted = ctx.quoted;
  const sentence = tokens[at].sentence;
  let k = at;
  while (k > 0 && tokens[k - 1].sentence === sentence) k--;
  const pronoun = tokens[at].lower;
  let first: PersonEntry | null = null;
  let subject: PersonEntry | null = null;
  for (; k < at; k++) {
    const t = tokens[k];
    if (t.type !== 'word' || quoted[k] === 1) continue;
    // The same pronoun before any name (`He told host Gus Halvorsen …, and he read out`)
    // carries the subject from before the sentence; the names after it are objects.
    if (t.lower === pronoun) return subject ?? first;
    if (t.upper) {
      const p = index.byName.get(t.lower);
      if (p && ok(p)) {
        first ??= p;
        if (isNamedSubject(tokens, k)) subject = p;
      }
    }
  }
  return subject ?? first;
}

function isPersonalPronoun(t: Token): boolean {
  if (t.lower === 'he' || t.lower === 'she') return true;
  const foreign = foreignPronoun(t.lower);
  return foreign === 'male' || foreign === 'female';
}
