/**
 * Resolves a description of a speaker (`the director`, `the 52-year-old`, `her former
 * producer`, `le maire`) to a person of the article; one headed by an organisation noun
 * (`the port authority`) is nobody. In this order:
 *   1. a person the text described with one of its nouns (`Marrow, the mayor`, `52-year-old
 *      Blix`, `Blix, 52,`);
 *   2. for `his …`/`her …`, the most recent *other* person (the possessive points at the
 *      speaker, the description at someone else);
 *   3. the person the sentence before made its subject (`Midfielder Joe Baptiste was more
 *      measured. "…," the 23-year-old said.`), unless the text gave them another office or
 *      another age;
 *   4. an age alone (`the 52-year-old`) the text never gave: the person the headline names,
 *      the story's protagonist;
 *   5. the last speaker, unless the text gave them another office (`Inspector Moll` is not
 *      `the director`) or age (`Dex, 31` is not `the 58-year-old`), or made another
 *      protagonist (a person the headline names or one already quoted) the subject of a
 *      clause since their attribution ended and not named them again after it (`Vos said it was over. Vos and Brel have clashed before. The
 *      singer …` could be either: it is nobody, not a guess; `Brel's tour` names Brel only
 *      as an object; `Brel left. That riled Vos. The singer …` is Vos again);
 *   6. the person the article is about so far, among those the office or age does not rule out.
 */
import type { Token } from './tokenize.js';
import { compatible, nearestPerson, type PeopleIndex, type PersonEntry } from './people.js';
import { DETERMINERS, ENTOURAGE_NOUNS, ORGANISATION_WORDS, OUTLET_NOUNS, PERSON_NOUNS, PLURAL_ENDING, TITLES } from './word-lists.js';
import { isNamedSubject } from './sentence-subject.js';
import { FOREIGN_ARTICLES, foreignAgentNoun, ROMANCE_ARTICLES } from './foreign-nouns.js';

/** The latest resolved speaker. */
export interface Salient {
  person: PersonEntry | null;
  name: string;
  paragraph: number;
  /** Last token of their attribution (its content, cue or source, whichever ends it). */
  end: number;
}

/** The people a bare description may refer to besides the last speaker. */
export interface Protagonists {
  /** People the headline names. */
  title: readonly PersonEntry[];
  /** People credited with an attribution so far. */
  spoken: ReadonlySet<PersonEntry>;
}

/** A resolved person, or nobody. */
export interface DescriptionMatch {
  person: PersonEntry;
  confidence: number;
}

/** Titles that say nothing of an office (`former`, `Mr.`), so they never rule a person out. */
const GENERIC_TITLES: ReadonlySet<string> = new Set([
  'former', 'first', 'state', 'vice', 'chief', 'deputy', 'candidate', 'nominee', 'mr', 'mrs', 'ms',
  'miss', 'sir', 'dame', 'lord', 'lady', 'dr', 'doctor', 'prof', 'professor', 'rev', 'reverend', 'acting',
]);
const AGE = /^\d{1,3}-year-old$/;

/**
 * Occupations besides the titles: one person is rarely two of them or one of them and an
 * office (`Lund, the harbour economist` is not `the mayor`). Nouns a person may be along
 * with another (`singer`, `star`, `leader`, `owner`, family words) are left out.
 */
const OCCUPATIONS: ReadonlySet<string> = new Set([
  'economist', 'analyst', 'historian', 'scientist', 'researcher', 'teacher', 'lawyer', 'nurse',
  'pilot', 'farmer', 'driver', 'curator', 'prosecutor', 'student', 'dockworker', 'lawmaker', 'legislator',
]);

function isOffice(word: string): boolean {
  return (TITLES.has(word) && !GENERIC_TITLES.has(word)) || OCCUPATIONS.has(word);
}

/** Whether the text gave `p` an age other than the one `head` states (`31` for `the 58-year-old`). */
function ageConflicts(p: PersonEntry, head: string): boolean {
  if (!AGE.test(head) || p.roles.has(head)) return false;
  for (const r of p.roles) if (AGE.test(r)) return true;
  return false;
}

/** Whether the text gave `p` another office or another age than the description `head` (steps 5 and 6). */
function ruledOut(p: PersonEntry, head: string): boolean {
  return officeConflicts(p, head) || ageConflicts(p, head);
}

/** Whether the text gave `p` an office other than `head` (`inspector` for `the director`). */
export function officeConflicts(p: PersonEntry, head: string): boolean {
  if (!isOffice(head) || p.roles.has(head)) return false;
  for (const r of p.roles) if (isOffice(r)) return true;
  return false;
}

/**
 * The person a definite or possessive description refers to, or null.
 *
 * @param words The description's words (`the`, `52-year-old`).
 * @param at Token index of the attribution.
 * @param protagonists Who else a description may mean (step 5).
 * @param opening First token of the attribution (source or content): people named inside
 *   its own content do not compete with the last speaker.
 * @param subject The person the sentence before names as its subject (step 3), if any.
 */
export function resolveDescription(
  tokens: Token[],
  index: PeopleIndex,
  words: Token[],
  last: Salient | null,
  at: number,
  protagonists: Protagonists,
  opening: number,
  subject: PersonEntry | null = null,
): DescriptionMatch | null {
  const titlePeople = protagonists.title;
  // French, Spanish and Italian put the noun first (`la directrice artistique de la maison
  // Corvel`, `la artista de 29 años`).
  const romance = ROMANCE_ARTICLES.has(words[0].lower) && words.length > 2;
  const head = (romance ? words[1] : words[words.length - 1]).lower;
  // `the port authority`, `the court`: an organisation speaks for itself, it is no person
  // (`her campaign` still speaks for her, below).
  const possessive = words[0].lower === 'his' || words[0].lower === 'her';
  if (ORGANISATION_WORDS.has(head) && !possessive) return null;
  // (The last word is the head only without `of`: `the head of the team` is a person.)
  if (NOT_A_PERSON.has(head) && !possessive && !words.some((w) => w.lower === 'of')) return null;
  // `the government in Varra`: the noun before a place or other modifier is the head; `the
  // State Department and the Port Authority`: two bodies, never one person.
  const modifier = words.findIndex((w, k) => k > 0 && (HEAD_ENDING_PREPOSITIONS.has(w.lower) || (w.lower === 'and' && DETERMINERS.has(words[k + 1]?.lower ?? ''))));
  if (modifier > 0) {
    const core = words[modifier - 1].lower;
    if (words[modifier].lower === 'and' || ((ORGANISATION_WORDS.has(core) || NOT_A_PERSON.has(core)) && !possessive)) return null;
  }
  // `the lawyers`, `the protesters`, `the polls`: a plural is a group or things, never one person.
  if (PLURAL_ENDING.test(head)) return null;
  // 1. The head noun, or an age (`the 52-year-old dockworker`), the text used for exactly one person.
  for (const w of [...words].reverse()) {
    if (w.lower !== head && !AGE.test(w.lower)) continue;
    const role = index.people.filter((p) => p.roles.has(w.lower) && p.mentions[0] < at);
    if (role.length === 1) return { person: role[0], confidence: 0.7 };
  }
  // 2. `her former producer`: someone other than the speaker, and other than the person
  // `her` points at (the nearest person the pronoun fits).
  if (possessive) {
    // `his lawyer` the text never named is nobody named, not the person named last.
    if (ENTOURAGE_NOUNS.has(head)) return null;
    const gender = words[0].lower === 'his' ? 'male' : 'female';
    // One whose gender the text or the given name shows first, else one it leaves open.
    const possessor = nearestPerson(tokens, index, at, (p) => p.gender === gender) ?? nearestPerson(tokens, index, at, (p) => compatible(p, gender));
    // `his website says`, `her campaign said`: the possessor's own channel speaks for them.
    if (OUTLET_NOUNS.has(head) || ORGANISATION_WORDS.has(head)) return possessor ? { person: possessor, confidence: 0.5 } : null;
    const other = nearestPerson(tokens, index, at, (p) => p !== possessor && (!last || p !== last.person));
    return other ? { person: other, confidence: 0.5 } : null;
  }
  // 3. The person the sentence before made its subject (`Midfielder Joe Baptiste was more
  // measured. "…," the 23-year-old said.`), unless the text gave them another office or age.
  // A capitalised modifier (`the Republican presidential candidate`) says more than the
  // sentence's subject is known to be; a quoted title (`the "All of Me" singer`) does not.
  const foreign = FOREIGN_ARTICLES.has(words[0].lower);
  const personal = subject !== null && (AGE.test(head) || PERSON_NOUNS.has(head) || (foreign && foreignPersonLike(head, index))) && !capitalisedModifier(tokens, words);
  if (subject && personal && !officeConflicts(subject, head) && !(AGE.test(head) && [...subject.roles].some((r) => AGE.test(r))) && !rivalSubject(tokens, index, subject, opening)) {
    return { person: subject, confidence: 0.6 };
  }
  // 4. An age the text never gave: the protagonist the headline names.
  if (AGE.test(head) && titlePeople.length === 1) return { person: titlePeople[0], confidence: 0.5 };
  // Steps 5 and 6 guess from who is in view, so only for a head that can mean a person:
  // `the report`, `the experience`, `the automaker` resolved to the last speaker were guesses
  // shown as fact; such a description stays unnamed.
  // (The noun before a modifier or an `of` is the head: `the senator from Vermont`, `the
  // nominee for the Nov. 8 election`, `the author of the book`.)
  const of = words.findIndex((w, k) => k > 0 && w.lower === 'of');
  // (Not inside a quoted title: `the "All of Me" singer`.)
  const before = modifier > 0 ? words[modifier - 1] : of > 0 ? words[of - 1] : undefined;
  const headWord = romance ? words[1] : before && !before.upper ? before : words[words.length - 1];
  // (A capitalised one only as a nationality or a party: `the Dane`, `the Scot`.)
  // (German capitalises every noun: `die Sängerin`.)
  if (!(foreign ? foreignPersonLike(headWord.lower, index) : headWord.upper ? isDemonym(headWord.text) : personLike(headWord.lower, index))) return null;
  // 5. The last speaker, unless the text gave them another office or age or named someone else since.
  if (last && last.person && !ruledOut(last.person, head)) {
    const speaker = last.person;
    // Read back from the description: naming the speaker again first keeps them salient.
    for (let k = opening - 1; k > last.end; k--) {
      const p = tokens[k].upper ? index.byName.get(tokens[k].lower) : undefined;
      if (p === speaker) break;
      if (p && (titlePeople.includes(p) || protagonists.spoken.has(p)) && isNamedSubject(tokens, k)) return null;
    }
    return { person: speaker, confidence: 0.55 };
  }
  // 6. The person the article is about so far.
  const topic = topicalPerson(index, at, (p) => !ruledOut(p, head));
  return topic ? { person: topic, confidence: 0.4 } : null;
}

/**
 * Agent nouns (`the crooner`, `the Chicago native`, `the newcomer`, `the guitarist`, `the
 * comedian`, `the frontwoman`, `the nominee`, `the heiress`): English makes most nouns for a
 * person with these endings; with the lists of person nouns, titles and the roles the text
 * gives its people, they tell a description that can mean a person from one that cannot.
 */
const AGENT_ENDING = /(?:er|or|ist|ian|ant|ent|ee|ess|man|woman|person|native|star|ire|aire|ic|ive)$/;
/** Agent nouns for companies and things (`the automaker`, `the retailer`, `the computer`). */
const THING_AGENTS = /(?:maker|retailer|manufacturer|provider|supplier|carrier|insurer|lender|publisher|broadcaster|operator|computer|server|browser|router|player|printer|speaker|controller|monitor|sensor|processor|motor|sector|paper|letter|order|number|center|centre|theater|theatre|water|poster|trailer|weather|winter|summer|quarter|matter|register|chapter|disaster|semester|event|statement|document|comment|argument|agreement|announcement|report|government|department|parliament|moment|element|content|amendment|settlement|investment|environment)$/;

/** Nationalities and party members said of one person with `the` (`the Scot`, `the Dutchman`). */
const DEMONYMS: ReadonlySet<string> = new Set([
  'scot', 'swede', 'dane', 'finn', 'pole', 'czech', 'greek', 'turk', 'kiwi', 'aussie', 'brit',
  'briton', 'argentine', 'swiss', 'democrat', 'republican', 'tory', 'spaniard',
]);
const DEMONYM_ENDINGS = /(?:ian|ean|ese|man|woman|i)$/;

/** Whether a capitalised word is a nationality or party (not an acronym, `the FBI`, nor the newspaper `the Guardian`). */
export function isDemonym(text: string): boolean {
  const lower = text.toLowerCase();
  return /^\p{Lu}\p{Ll}/u.test(text) && lower !== 'guardian' && (DEMONYMS.has(lower) || DEMONYM_ENDINGS.test(lower));
}

/** Nouns for a person that the endings and PERSON_NOUNS miss (`the gambling tycoon`, `the real estate magnate`). */
const EPITHETS: ReadonlySet<string> = new Set(`tycoon magnate mogul icon legend hero heroine heir heiress king queen
prince duke pope bishop priest cardinal rabbi imam monk nun celebrity socialite diva kid teen girl boy child guy lady
gentleman fan hopeful rival ally foe pal friend colleague counterpart incumbent challenger underdog maverick moderate
liberal democrat republican rookie pundit guru host coach captain poet artist novelist comedian mom
grandma grandpa uncle aunt cousin nephew niece bride groom fiancé fiancée widow widower forward goalkeeper
quarterback striker midfielder defender winger pitcher catcher skipper sheriff marshal judge justice detective
officer sergeant colonel general admiral commander lieutenant surgeon physician dentist vet pastor preacher
prophet saint suspect inmate culprit convict plaintiff royal hunk wannabe beauty babe beau bombshell stunner hottie
funnyman hitmaker songbird siren starlet heartthrob sweetheart brunette blonde redhead`.split(/\s+/));

/** Whether `word` is a title or a role the text gave one of its people (`le maire`, `the striker`). */
function knownRole(word: string, index: PeopleIndex): boolean {
  return TITLES.has(word) || index.people.some((p) => p.roles.has(word));
}

/** Whether a head noun after another language's article can stand for one person (`la artista`, `le maire`). */
function foreignPersonLike(word: string, index: PeopleIndex): boolean {
  return foreignAgentNoun(word) || knownRole(word, index);
}

/** Whether a description's head noun can stand for one person. */
function personLike(word: string, index: PeopleIndex): boolean {
  // `mother-of-three`, `dad-of-two`: the noun before `of`.
  const head = word.split('-of-')[0];
  if (PERSON_NOUNS.has(head) || knownRole(head, index) || ENTOURAGE_NOUNS.has(head) || OCCUPATIONS.has(head) || EPITHETS.has(head) || AGE.test(head)) return true;
  // A compound ending in one (`the neurosurgeon`, `the superstar`, `the congresswoman`).
  for (const e of EPITHETS) if (e.length >= 5 && head.endsWith(e)) return true;
  return AGENT_ENDING.test(head) && !THING_AGENTS.test(head);
}

/** Prepositions that end a description's head noun (`the government in Varra`); not `of` (`the head of the team`). */
const HEAD_ENDING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'for', 'from', 'on', 'with']);

/**
 * Heads of descriptions that never mean one person (`the public knows`, `the Jordanian
 * government said`, `the game shies away`): bodies, crowds and things that the last speaker
 * or the article's person must not stand in for.
 */
const NOT_A_PERSON: ReadonlySet<string> = new Set([
  'public', 'government', 'administration', 'regime', 'military', 'army', 'navy', 'embassy',
  'parliament', 'cabinet', 'game', 'film', 'movie', 'book', 'song', 'album', 'show', 'series', 'app', 'device', 'phone',
  'car', 'plan', 'bill', 'law', 'deal', 'data', 'evidence', 'research', 'survey', 'poll',
  'team', 'club', 'family', 'crowd', 'audience', 'community', 'press', 'media',
  'couple', 'pair', 'duo', 'trio', 'band', 'group', 'panel', 'jury', 'crew', 'staff', 'force', 'unit', 'squad', 'delegation',
]);

/**
 * Whether someone other than `subject` is the person named last before the description
 * (`Brel is a regular, while Quell has stayed away. The singer …` could be either; in
 * `Quell has stayed away, and that riled up Brel. The singer …` Brel is the one in view).
 */
function rivalSubject(tokens: Token[], index: PeopleIndex, subject: PersonEntry, opening: number): boolean {
  for (let k = opening - 1; k >= 0; k--) {
    // A possessor is no one in view (`who scored Harlow's equaliser`).
    const p = tokens[k].upper && tokens[k + 1]?.lower !== "'s" ? index.byName.get(tokens[k].lower) : undefined;
    if (p) return p !== subject;
  }
  return false;
}

/** Whether a description has a capitalised word before its head outside quotation marks. */
function capitalisedModifier(tokens: Token[], words: Token[]): boolean {
  let quoted = false;
  for (let k = tokens.indexOf(words[0]) + 1; k < tokens.length && tokens[k] !== words[words.length - 1]; k++) {
    if (tokens[k].type === 'open' || tokens[k].type === 'close') quoted = tokens[k].type === 'open';
    else if (tokens[k].type === 'word' && tokens[k].upper && !quoted) return true;
  }
  return false;
}

/** The person mentioned most often before token `at` that passes `ok` (the earliest on a tie). */
export function topicalPerson(index: PeopleIndex, at: number, ok: (p: PersonEntry) => boolean = () => true): PersonEntry | null {
  let best: PersonEntry | null = null;
  let bestCount = 0;
  for (const p of index.people) {
    if (!ok(p)) continue;
    let n = 0;
    for (const m of p.mentions) if (m < at) n++;
    if (n > bestCount || (n === bestCount && n > 0 && best && p.mentions[0] < best.mentions[0])) [best, bestCount] = [p, n];
  }
  return best;
}
