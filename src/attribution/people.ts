/**
 * The people an article mentions, found without a tagger: runs of capitalised words that
 * look like personal names, aliases the text states (`(real name: John Stephens)`,
 * `who now goes by Ye`), the gender the pronouns after each name suggest, and the nouns a
 * person is described by (`fellow rapper Big Sean`, `West, the rapper`).
 */
import { opensSentence, type Token } from './tokenize.js';
import { wordsCapitalisedMidSentence } from './speaker-names.js';
import {
  FINITE_AUXILIARIES,
  GENDERED_PRONOUNS,
  GENDERED_TITLES,
  NAME_STOPWORDS,
  ORGANISATION_WORDS,
  PLACE_FIRST_WORDS,
  PLACE_LAST_WORDS,
  PLACE_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
  SUBORDINATORS,
  PERSON_NOUNS,
  TITLE_FUNCTION_WORDS,
  TITLES,
  FOREIGN_WEEKDAYS,
} from './word-lists.js';
import { lookupCue } from './cue-forms.js';
import { isFiniteVerb, isParticiple } from './verb-forms.js';
import { FEMALE_GIVEN_NAMES, isGivenName, MALE_GIVEN_NAMES } from './given-names.js';
// The people stage's list of nouns for named things (shows, restaurants, books): one list
// for both stages' judgement of what a capitalised name is.
import { BRAND_FIRST_WORDS, CLUB_PREFIXES, NAME_PARTICLES, POST_NOMINALS, THING_NOUNS } from '../people/name-words.js';
import { FOREIGN_ARTICLES, foreignAgentNoun } from './foreign-nouns.js';
import { isPossessiveMark } from './noun-phrase.js';
import { PLACE_NAMES } from '../analyze/place-names.js';
import { MORE_PERSON_NOUNS } from '../analyze/name-words.js';

/** One person known in the article. */
export interface PersonEntry {
  name: string;
  /** Token index of each mention (full name, surname or alias). */
  mentions: number[];
  gender: 'male' | 'female' | null;
  /** Lower-case nouns the text uses to describe the person (`rapper`, `singer`). */
  roles: Set<string>;
  aliases: Set<string>;
}

/** The people of an article and how to look them up. */
export interface PeopleIndex {
  people: PersonEntry[];
  /** Lower-cased full name, surname, first name, initials or alias → person. */
  byName: Map<string, PersonEntry>;
}

const ALIAS_CUES: readonly (readonly string[])[] = [
  ['real', 'name'],
  ['goes', 'by'],
  ['go', 'by'],
  ['known', 'as'],
  ['aka'],
  ['a.k.a.'],
  ['born'],
];

const GENDER_OF: ReadonlyMap<string, 'male' | 'female'> = new Map(Object.entries(GENDERED_PRONOUNS));
const ALIAS_FIRST = new Set(ALIAS_CUES.map((c) => c[0]));

const NAME_SHAPE = /^\p{Lu}[\p{L}'’.\-]*$/u;

function isNameWord(t: Token | undefined): t is Token {
  // Cheap set lookups first, the regular expression last (this runs on every token).
  if (t === undefined || t.type !== 'word' || !t.upper || NAME_STOPWORDS.has(t.lower)) return false;
  const bare = t.lower.charCodeAt(t.lower.length - 1) === 46 ? t.lower.slice(0, -1) : t.lower;
  // Manner verbs and other languages' cue forms are also names (`Storm`, `Dice`).
  const cue = lookupCue(t.lower);
  return !TITLES.has(bare) && !GERMAN_TITLE.test(bare) && (cue === null || cue.quoteOnly === true) && NAME_SHAPE.test(t.text) && !LOWER_COMPOUND.test(t.text);
}

/**
 * A compound with a lower-case word of five letters or more after its hyphen
 * (`Singer-guitarists`, `Co-founder`, `Alder-based`, `BPA-based`), or a shorter one that
 * makes an adjective (`II-era`, `Saudi-led`, `BPA-free`): a noun or an adjective. Names
 * hyphenate capitals (`Jean-Pierre`) or short syllables (`Min-ji`, `Jae-won`).
 */
const LOWER_COMPOUND = /^\p{Lu}\p{L}*-\p{Ll}{5}|-(?:era|led|born|style|like|type|made|run|owned|backed|free)$/u;

/**
 * German titles are capitalised compounds (`Gewerkschaftschefin Ines Lund`, `Bürgermeister
 * Marrow`, `Produktionsvorstand Jan Ebner`, `Gewerkschafterin Ines Lund`): words ending in
 * an office or a trade are titles, not given names (listed: `-erin` alone also ends
 * surnames such as `Schwerin`).
 */
const GERMAN_TITLE = /(?:chef|chefin|sprecher|sprecherin|meister|meisterin|minister|ministerin|präsident|präsidentin|direktor|direktorin|leiter|leiterin|vorsitzende|vorsitzender|kanzler|kanzlerin|sekretär|sekretärin|beauftragte|beauftragter|vorstand|vorständin|stadtrat|rätin|vertreter|vertreterin|gewerkschafter|gewerkschafterin|nehmerin|arbeiterin|führerin|politikerin|managerin|designerin|sängerin|künstlerin|trainerin|beraterin|lehrerin)$/u;

/**
 * Finds the people mentioned in a text.
 *
 * @param tokens Tokens of the whole text.
 */
export function indexPeople(tokens: Token[]): PeopleIndex {
  const people: PersonEntry[] = [];
  const byName = new Map<string, PersonEntry>();
  const full = new Map<string, PersonEntry>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i])) continue;
    // `Sabato Lark sarà in concerto`: a day opening the sentence dates it (`Larry Sabato`
    // keeps his surname, which no sentence opens).
    if (FOREIGN_WEEKDAYS.has(tokens[i].lower) && opensSentence(tokens, i) && isNameWord(tokens[i + 1])) continue;
    // Up to three words, and the particles between them (`Ines de Palma`, `Ada von der Lind`).
    let j = i;
    let words = 1;
    for (let next = nextNameWord(tokens, j); words < 3 && next > 0 && !isPostNominal(tokens[next]); next = nextNameWord(tokens, j)) {
      j = next;
      if (!NAME_PARTICLES.has(tokens[next].lower)) words++;
    }
    // A generational suffix ends the name and counts as no word of it (`James P. Kennedy Jr.`).
    if (j > i && NAME_SUFFIXES.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1].upper && tokens[j + 1].paragraph === tokens[j].paragraph) j++;
    if (j === i) continue;
    // Four or more capitalised words in a row are title case, not a name; but a given name
    // and one word after it end a run that names someone (`the Harbor Ledger Ada Brandt`).
    if (nextNameWord(tokens, j) === j + 1 && !isPostNominal(tokens[j + 1])) {
      while (j + 1 < tokens.length && isNameWord(tokens[j + 1])) j++;
      const end = j;
      // Only inside a sentence that goes on (a headline's run is title case: `… Disavow Lindsey
      // Graham Endorsement`), and not after another given name.
      const after = tokens[end + 1];
      const goesOn = after !== undefined && after.paragraph === tokens[end].paragraph && ((after.type === 'word' && !after.upper) || after.text === ',');
      if (goesOn && isGivenName(tokens[end - 1].lower) && !isGivenName(tokens[end - 2]?.lower ?? '') && namesPerson(tokens, end - 1, end)) {
        i = end - 1;
        j = end;
      } else {
        i = j;
        continue;
      }
    }
    // `the envoy to Ukraine Kurt Volker`: after a preposition, the first of three words is
    // its object (a place) when a given name follows it (not `spoke to John Paul Jones`,
    // nor `the Roper Center for Public Opinion Research`) or when it is a known place (`the
    // ambassador to Britain Liu Xiaoming`); so is a role or a word opening the sentence
    // (`Pollster Ada Quist`, `Billionaire Mara Quell said`), but not an initial (`J. Ivo
    // Brandt`) nor, mid-sentence, a given name the lists lack (`Oddny Maria Vell`).
    if (words === 3 && !isGivenName(tokens[i].lower) && (PLACE_OBJECT_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') && !tokens[i - 1].upper || roleBeforeName(tokens, i))) {
      const second = nextNameWord(tokens, i);
      // A listed role noun is never a name's first word (`Prosecutor Mirela Stanch`), whatever follows.
      if (isGivenName(tokens[second].lower) || PLACE_NAMES.has(tokens[i].lower) || roleNoun(tokens[i].lower)) i = second;
    }
    // `the Minister for Coasts and Harbours Catrin Ashdown`: the first of three words after
    // `and` ends a body's name that `for` or `of` opened, and the name starts after it.
    else if (words === 3 && joinsNamedObject(tokens, i)) i = nextNameWord(tokens, i);
    if (!namesPerson(tokens, i, j)) {
      i = j;
      continue;
    }
    // A possessive ends a name (`Kanye West's words`); the clitic is its own token.
    const name = tokens.slice(i, j + 1).map((t) => t.text).join(' ');
    let p = full.get(name.toLowerCase());
    if (!p) {
      p = { name, mentions: [], gender: null, roles: new Set(), aliases: new Set() };
      full.set(name.toLowerCase(), p);
      people.push(p);
    }
    p.mentions.push(i);
    readRole(tokens, i, j, p);
    i = j;
  }
  // A name the text puts after `in` (`arrived in Port Alder`) is a place, and one it puts
  // after a noun for a thing (`a second restaurant, Brasa Cais`) names that thing.
  const namesThing = (m: number): boolean => {
    const before = tokens[m - 1]?.text === ',' ? tokens[m - 2] : tokens[m - 1];
    return before !== undefined && !before.upper && THING_NOUNS.has(before.lower);
  };
  // A name seen only in title-case lines (`Ferry Hell! Families Trapped …`) is a headline
  // phrase until the text uses it in a sentence.
  const titleCase = titleCaseParagraphs(tokens);
  const shortTitle = allCapitalised(tokens, 0);
  // How many of the people still indexed have each surname (`openerBeforeSurname`), kept as
  // people are dropped: one count per text, not a pass over everyone per person.
  const surnames = new Map<string, number>();
  for (const p of people) if (p.name.includes(' ')) surnames.set(surnameWord(p), (surnames.get(surnameWord(p)) ?? 0) + 1);
  for (let n = people.length - 1; n >= 0; n--) {
    const p = people[n];
    const length = p.name.split(' ').length;
    // A short title that is only capitalised words (`Royal Self-Indicting Arrogance`) is a
    // phrase too when no word of the name is a given name (`Mara Quell Speaks` names her).
    const headlineOnly = (titleCase.size > 0 && p.mentions.every((m) => titleCase.has(tokens[m].paragraph))) ||
      (shortTitle && p.mentions.every((m) => tokens[m].paragraph === 0) && !p.name.split(' ').some((w) => isGivenName(w.toLowerCase())));
    if (headlineOnly || openerBeforeSurname(tokens, p, surnames) || p.mentions.some((m) => (PLACE_PREPOSITIONS.has(tokens[m - 1]?.lower ?? '') && tokens[m + length]?.lower !== "'s") || namesThing(m))) {
      people.splice(n, 1);
      full.delete(p.name.toLowerCase());
      if (p.name.includes(' ')) surnames.set(surnameWord(p), surnames.get(surnameWord(p))! - 1);
    }
  }
  // After the names that are headline phrases or places are gone (`Lark Admits Text Rant`
  // would hide the singer's one name).
  addMononyms(tokens, people, full);
  // Surnames, first names and initials point to the full name when unambiguous.
  // Of two people sharing a surname, the one named first, unless only the other's name opens
  // with a given name and the first is named once, its opening word a common one capitalised
  // only where it opens a sentence (`Team Trump sees …` before `Donald Trump`: `Trump` is
  // him; not `Phyllis Schlafly`, named twice before her son `John Schlafly`).
  const firstWord = (p: PersonEntry): string => p.name.split(' ')[0].toLowerCase();
  const commonOpener = (p: PersonEntry): boolean =>
    p.mentions.length === 1 && !isGivenName(firstWord(p)) && !wordsCapitalisedMidSentence(tokens).has(firstWord(p));
  const claim = (key: string, p: PersonEntry): void => {
    const other = byName.get(key);
    if (!other || other === p) byName.set(key, p);
    else {
      const [first, second] = other.mentions[0] < p.mentions[0] ? [other, p] : [p, other];
      byName.set(key, isGivenName(firstWord(second)) && commonOpener(first) ? second : first);
    }
  };
  for (const p of people) byName.set(p.name.toLowerCase(), p);
  for (const p of people) {
    const parts = p.name.split(' ');
    claim(parts[surnameAt(parts)].toLowerCase(), p);
    // A surname with its particles (`de Palma`, `Van Der Berg`).
    const particle = parts.findIndex((w, k) => k > 0 && NAME_PARTICLES.has(w.toLowerCase()));
    if (particle > 0 && particle < parts.length - 1) claim(parts.slice(particle).join(' ').toLowerCase(), p);
    if (!byName.has(parts[0].toLowerCase())) byName.set(parts[0].toLowerCase(), p);
    const initials = parts.map((w) => w.charAt(0)).join('').toLowerCase();
    if (initials.length >= 2 && !byName.has(initials)) byName.set(initials, p);
  }
  readAliases(tokens, byName);
  readShortAges(tokens, byName);
  readShortTitles(tokens, byName);
  readGenders(tokens, people, byName);
  for (const p of people) for (const r of [...p.roles]) for (const other of OFFICE_NAMES.get(r) ?? []) p.roles.add(other);
  return { people, byName };
}

/**
 * Offices news copy names two ways: a person titled by one is described by the other
 * (`Mrs Justice Beatrix Quarrie` is `the judge`; `Chairwoman Ada Holm` is `the chair`).
 */
const OFFICE_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  [['justice', 'judge'], ['chairman', 'chairwoman', 'chairperson', 'chair'], ['councilor', 'councillor'], ['spokesman', 'spokeswoman', 'spokesperson']]
    .flatMap((names) => names.map((n): [string, string[]] => [n, names.filter((m) => m !== n)])),
);

/**
 * `Unpredictable Olin faces questions` above `Ambassador Ivo Olin …`: a two-word name seen
 * once, opening a headline or subhead with a word that is no given name, is that word and a
 * surname when the text names someone else with the surname (`surnames`: how many people
 * still indexed bear each).
 */
function openerBeforeSurname(tokens: Token[], p: PersonEntry, surnames: ReadonlyMap<string, number>): boolean {
  const words = p.name.split(' ');
  if (words.length !== 2 || p.mentions.length !== 1 || isGivenName(words[0].toLowerCase())) return false;
  const m = p.mentions[0];
  if (!opensSentence(tokens, m)) return false;
  // Only in a headline or a subhead: in running text a name unknown to the given-name lists
  // opens sentences too (`Oddny Vell, dean of …`).
  if (tokens[m].paragraph !== 0 && wordsInParagraph(tokens, m) > SUBHEAD_WORDS) return false;
  // Someone else of the text bears the surname: the count holds `p` too.
  return (surnames.get(words[1]) ?? 0) > 1;
}

/** The last word of a name of several words (its surname). */
function surnameWord(p: PersonEntry): string {
  const parts = p.name.split(' ');
  return parts[surnameAt(parts)];
}

/** Generational suffixes after a surname (`James P. Kennedy Jr.`, `Henry Ford III`). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
/** Letters after a name, no word of it (`Oliver Tannahill KC`, `Ada Quell MP`). */
function isPostNominal(t: Token): boolean {
  return POST_NOMINALS.has(t.lower) && t.text === t.text.toUpperCase();
}

/** Index of the surname among a name's words: the last, or the one before a suffix (`Kennedy Jr.`). */
function surnameAt(parts: readonly string[]): number {
  const last = parts.length - 1;
  return last > 1 && NAME_SUFFIXES.has(parts[last].toLowerCase()) ? last - 1 : last;
}

/** Longest paragraph, in words, read as a headline or subhead. */
const SUBHEAD_WORDS = 15;

/** Words in the paragraph that holds token `m`. */
function wordsInParagraph(tokens: Token[], m: number): number {
  const paragraph = tokens[m].paragraph;
  let first = m;
  while (first > 0 && tokens[first - 1].paragraph === paragraph) first--;
  let words = 0;
  for (let k = first; k < tokens.length && tokens[k].paragraph === paragraph; k++) if (tokens[k].type === 'word') words++;
  return words;
}

/**
 * Whether the word at `i`, before a given name, is no part of the name: it reads as a role
 * (`Pollster`, `Congressman`, `Sens.`), or it opens the sentence and the text names the person
 * again without it. An initial (`J.`) always is part of it.
 */
function roleBeforeName(tokens: Token[], i: number): boolean {
  const w = tokens[i].lower;
  if (/^\p{L}\.?$/u.test(w) || NAME_PARTICLES.has(tokens[i + 1]?.lower ?? '')) return false;
  if (ROLE_ENDING.test(w) || roleNoun(w) || /^\p{L}{2,}s\.$/u.test(w)) return true;
  // A sentence's first word is capitalised anyway: it is no part of the name when the text
  // names the person again without it (`Billionaire Mara Quell said …; Mara Quell …`), or
  // when a given name follows it (`Coxswain John Okafor, who …`).
  return opensSentence(tokens, i) && (namedElsewhere(tokens, i + 1) || isGivenName(tokens[i + 1]?.lower ?? ''));
}

/** Whether the word at `i` follows `and` in a capitalised object of `for` or `of` (`for Coasts and Harbours`). */
function joinsNamedObject(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.lower !== 'and') return false;
  let k = i - 2;
  while (k >= 0 && tokens[k].type === 'word' && tokens[k].upper) k--;
  return k < i - 2 && k >= 0 && (tokens[k].lower === 'for' || tokens[k].lower === 'of') && tokens[k - 1]?.upper === true;
}

/** Whether the two words at `k` occur again elsewhere in the text, not after the word before `k`. */
function namedElsewhere(tokens: Token[], k: number): boolean {
  const counts = capitalisedRuns(tokens);
  const pair = `${tokens[k].text} ${tokens[k + 1]?.text}`;
  return (counts.get(pair) ?? 0) > (counts.get(`${tokens[k - 1]?.text ?? ''} ${pair}`) ?? 0);
}

/**
 * How often each pair of capitalised words occurs in the text, and each such pair with the
 * token before it: counted once per text (a hostile text may open thousands of sentences
 * with such runs), so `namedElsewhere` asks a table instead of rescanning the text.
 */
function capitalisedRuns(tokens: Token[]): Map<string, number> {
  const known = RUN_COUNTS.get(tokens);
  if (known) return known;
  const counts = new Map<string, number>();
  for (let m = 0; m + 1 < tokens.length; m++) {
    if (tokens[m].type !== 'word' || !tokens[m].upper || tokens[m + 1].type !== 'word' || !tokens[m + 1].upper) continue;
    const pair = `${tokens[m].text} ${tokens[m + 1].text}`;
    const triple = `${tokens[m - 1]?.text ?? ''} ${pair}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
    counts.set(triple, (counts.get(triple) ?? 0) + 1);
  }
  RUN_COUNTS.set(tokens, counts);
  return counts;
}

const RUN_COUNTS = new WeakMap<Token[], Map<string, number>>();

/** Nouns for a person that also open names of things or people (`Star Wars`, `Son Heung-min`, `Man City`). */
const NAME_OPENING_NOUNS: ReadonlySet<string> = new Set(['star', 'son', 'head', 'man', 'woman', 'partner', 'leader', 'chair', 'mum', 'dad']);

/** A listed noun for a person (`Prosecutor`, `Employee`) that opens no name. */
function roleNoun(w: string): boolean {
  return PERSON_NOUNS.has(w) && !NAME_OPENING_NOUNS.has(w);
}

/** Endings of role nouns written before a name (`Pollster`, `Comedian`, `Congresswoman`, `Journalist`). */
const ROLE_ENDING = /(?:ster|man|woman|ist|ian|maker|er|or)$/;

/** Prepositions whose object may stand right before a name (`ambassador to Britain Liu Wen`). */
const PLACE_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'of', 'from', 'in', 'at']);


/**
 * Particles (NAME_PARTICLES: `Ines de Palma`, `Ada von der Lind`) that only follow another
 * (`von der`, `de la`): alone they are articles (`sagte Anna Berg der Zeitung`, `Berg das
 * Gesetz`), not parts of a name.
 */
const SECOND_PARTICLES: ReadonlySet<string> = new Set(['der', 'den', 'la', 'le', 'das', 'el']);

/**
 * Whether the title after the given name at `j` is the surname (`Ivo King`, `Ada
 * Bishop`, `Peter Prince said`): a title follows no given name (`Prince Harry`), and one
 * that ends the name (no name word after it).
 */
function titleAsSurname(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (next === undefined || next.type !== 'word' || !next.upper || !TITLES.has(next.lower) || !isGivenName(tokens[j].lower) || !isNameWord(tokens[j])) return false;
  return !isNameWord(tokens[j + 2]);
}

/**
 * The index of the next word of a name after token `j`, across its particles in either
 * case: the next token when it is a name word (a capitalised particle is one: `Van Der
 * Berg`), or the word after one or two lower-case particles (`de Palma`); else -1.
 */
function nextNameWord(tokens: Token[], j: number): number {
  const next = tokens[j + 1];
  if (next === undefined || (SECOND_PARTICLES.has(next.lower) && !next.upper)) return -1;
  if (isNameWord(next)) return j + 1;
  if (titleAsSurname(tokens, j)) return j + 1;
  let k = j + 1;
  while (k < tokens.length && k <= j + 2 && tokens[k].type === 'word' && NAME_PARTICLES.has(tokens[k].lower)) k++;
  return k > j + 1 && isNameWord(tokens[k]) && !NAME_PARTICLES.has(tokens[k].lower) ? k : -1;
}

/** Nouns for a person beyond the role nouns (`superstar`, `designer`): what people known by one name are introduced as. */
const MORE_ROLES: ReadonlySet<string> = new Set(MORE_PERSON_NOUNS);

/** Who speaks for a person and never for a company or a place (`Lark’s publicist`). */
const PERSONAL_ENTOURAGE: ReadonlySet<string> = new Set(['representatives', 'representative', 'reps', 'publicist', 'agent', 'manager', 'stylist', 'bodyguard', 'entourage']);

/** Whether token `k` is another language's noun for a person after its article (`la cantante`, `die Sängerin`). */
function foreignPersonNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.type === 'word' && FOREIGN_ARTICLES.has(tokens[k - 1]?.lower ?? '') && foreignAgentNoun(t.lower);
}

/** Whether the one-word name at `i` is introduced as a person: a role before it, an age or a real name after it. */
function introducedAsPerson(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  // The role must be the person's, not an adjective of a thing: `the official Chinese news
  // agency` goes on with a noun after the word, `superstar Lark has` with a verb.
  const next = tokens[i + 1];
  const nounAfter = next !== undefined && modifiesNoun(next) && !isFiniteVerb(next) && lookupCue(next.lower) === null;
  // And the role word must be a noun there, not a verb (`also accused Sanders of`).
  const role = before !== undefined && before.type === 'word' && !before.upper && (MORE_ROLES.has(before.lower) || roleNoun(before.lower)) && lookupCue(before.lower) === null && !isFiniteVerb(before);
  if (role && !nounAfter) return true;
  // `La cantante Lark`, `die Sängerin Lark`: another language's article and person noun
  // (German capitalises the noun).
  if (foreignPersonNoun(tokens, i - 1)) return true;
  const after = (k: number): Token | undefined => tokens[i + k];
  // `Lark, 29, …`: the age apposition of a person.
  if (after(1)?.text === ',' && /^\d{1,3}$/.test(after(2)?.text ?? '') && after(3)?.type === 'punct') return true;
  // `Lark’s representatives`, `Lark’s publicist`: only a person has an entourage.
  if (after(1)?.lower === "'s" && after(2) !== undefined && !after(2)!.upper && PERSONAL_ENTOURAGE.has(after(2)!.lower)) return true;
  // `Lark (real name Imogen Adeyemi)`, `Lark, whose real name is …`.
  const opener = after(1)?.text === '(' || after(1)?.text === ',' ? 2 : 1;
  if (after(opener)?.lower === 'whose') return after(opener + 1)?.lower === 'real' && after(opener + 2)?.lower === 'name';
  if (after(opener)?.lower === 'real' && after(opener + 1)?.lower === 'name') return true;
  // A word opening a sentence is as often a common noun (`Video shows his hands` after
  // `police released video`): it must be written capitalised inside a sentence somewhere,
  // or never in lower case.
  if (!actsWithOwnPronoun(tokens, i)) return false;
  const word = tokens[i].lower;
  return !opensSentence(tokens, i) || wordsCapitalisedMidSentence(tokens).has(word) || !tokens.some((t) => t.lower === word && !t.upper);
}

/**
 * `Lark opened with her new single`, `Quill spoke about his plans`, `Mora found herself`:
 * the subject of a verb whose own possessive follows a preposition after it, or whose
 * reflexive is its object, is a person (a company's or a town's is `its`). A possessive as
 * the verb's object is as often someone else's (`Tinder suspended her account`).
 */
function actsWithOwnPronoun(tokens: Token[], i: number): boolean {
  const verb = tokens[i + 1];
  if (verb === undefined || verb.type !== 'word' || verb.upper || !isFiniteVerb(verb)) return false;
  // The rest of the verb group: `has finally spoken`, `was quietly dropped`.
  let k = i + 2;
  while (k <= i + VERB_GROUP_WORDS && tokens[k]?.type === 'word' && !tokens[k].upper && (isParticiple(tokens[k]) || tokens[k].lower.endsWith('ly'))) k++;
  const next = tokens[k];
  if (next?.lower === 'himself' || next?.lower === 'herself') return isParticiple(tokens[k - 1]);
  const owner = tokens[k + 1];
  const owned = tokens[k + 2];
  return next !== undefined && OWN_PREPOSITIONS.has(next.lower) && isParticiple(tokens[k - 1]) && (owner?.lower === 'his' || owner?.lower === 'her') &&
    owned !== undefined && (modifiesNoun(owned) || /^\d+$/.test(owned.text)) && !NOT_VERBS.has(owned.lower);
}

/** Words after the name that a verb group may take (`has finally spoken`). */
const VERB_GROUP_WORDS = 3;

/** Prepositions after an intransitive verb that take the subject's own things (`opened with her`). */
const OWN_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'about', 'from', 'on', 'into', 'through']);

/**
 * People known by one name (stage names, nicknames the text uses alone): a capitalised word
 * that no longer name holds and that the text introduces as a person at least once
 * (`introducedAsPerson`). Every other lone use of the word is then a mention of them. The
 * main pass leaves single words alone, as most are places, companies or sentence openers.
 */
function addMononyms(tokens: Token[], people: PersonEntry[], full: Map<string, PersonEntry>): void {
  const inNames = new Set<string>();
  for (const p of people) for (const w of p.name.split(' ')) inNames.add(w.toLowerCase());
  // Alone: no capitalised word on either side (`journalist Byron York` is a longer name
  // the main pass let go, its `York` a place).
  const capital = (t: Token | undefined): boolean => t !== undefined && t.type === 'word' && t.upper;
  // (A German noun before it is capitalised as every noun is: `die Sängerin Lark`.)
  const lone = (k: number): boolean =>
    isNameWord(tokens[k]) && (!capital(tokens[k - 1]) || foreignPersonNoun(tokens, k - 1)) && !capital(tokens[k + 1]) && !inNames.has(tokens[k].lower);
  // A word the text also writes after a given name is that person's surname (`Ted Cruz` …
  // `Cruz topped his rivals`), even when the full name was let go. Read only once a word
  // passes the other tests: most texts have no candidate at all.
  let surnames: Set<string> | undefined;
  const surnamesOf = (): Set<string> => {
    if (surnames) return surnames;
    surnames = new Set();
    for (let k = 1; k < tokens.length; k++) if (capital(tokens[k]) && capital(tokens[k - 1]) && isGivenName(tokens[k - 1].lower)) surnames.add(tokens[k].lower);
    return surnames;
  };
  const found = new Map<string, PersonEntry>();
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].text;
    const lower = tokens[i].lower;
    // An acronym is an organisation's (`RT’s manager`, `NBC`), not a stage name; a given name
    // alone is someone's first name (`executive Ian Read`, where `Read` reads as a verb).
    if (found.has(word) || !lone(i) || word === word.toUpperCase() || isGivenName(lower) || PLACE_NAMES.has(lower) || ORGANISATION_WORDS.has(lower) || !introducedAsPerson(tokens, i) || surnamesOf().has(lower)) continue;
    found.set(word, { name: word, mentions: [], gender: null, roles: new Set(), aliases: new Set() });
  }
  if (found.size === 0) return;
  for (let k = 0; k < tokens.length; k++) {
    const p = found.get(tokens[k].text);
    if (p === undefined || !lone(k)) continue;
    p.mentions.push(k);
    readRole(tokens, k, k, p);
  }
  for (const p of found.values()) {
    people.push(p);
    full.set(p.name.toLowerCase(), p);
  }
}

/** Minimum words and share of capitalised words that make a paragraph a title-case line. */
const TITLE_CASE_WORDS = 4;
const TITLE_CASE_SHARE = 0.6;

/** Paragraphs written in title case with no full stop at the end (headlines, header lines). */
function titleCaseParagraphs(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  let words = 0;
  let upper = 0;
  let lastText = '';
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || (i > 0 && t.paragraph !== tokens[i - 1].paragraph)) {
      if (words >= TITLE_CASE_WORDS && upper >= words * TITLE_CASE_SHARE && lastText !== '.') out.add(tokens[i - 1].paragraph);
      words = upper = 0;
    }
    if (t === undefined) break;
    if (t.type === 'word') {
      words++;
      if (t.upper) upper++;
    }
    if (t.type !== 'break') lastText = t.text;
  }
  return out;
}

/** Whether paragraph `p` is two or more words, every one capitalised, with no full stop at its end. */
function allCapitalised(tokens: Token[], p: number): boolean {
  let words = 0;
  let last = '';
  for (const t of tokens) {
    if (t.paragraph !== p) break;
    if (t.type === 'word') {
      if (!t.upper) return false;
      words++;
    }
    if (t.type !== 'break') last = t.text;
  }
  return words >= 2 && last !== '.';
}

/**
 * Whether capitalised words `first..last` can name a person: not part of a longer
 * capitalised name (`the Port Alder Harbor Authority`), not after `the`, and not a place
 * (`Port Alder`, `Palm Springs`) or an organisation (`Civic Institute`) by its words.
 */
function namesPerson(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (before && before.lower === 'the') return false;
  // `posing as a Pizza Delivery Service on Instagram`: a capitalised run after `a` is a
  // thing's name, unless it modifies a noun after it (`at a Mara Quell rally`).
  if (before && (before.lower === 'a' || before.lower === 'an') && !modifiesNoun(after)) return false;
  // `the National Center for Coastal Research`, `the Institute of Marine Studies`: words after
  // `for` or `of` in a capitalised name go on naming it, unless one is a given name
  // (`Secretary of State Mara Quell`).
  const owner = tokens[first - 2];
  if (before && (before.lower === 'for' || before.lower === 'of') && owner?.type === 'word' && owner.upper && !opensSentence(tokens, first - 2) &&
    !tokens.slice(first, last + 1).some((t) => isGivenName(t.lower))) return false;
  if (after && after.type === 'word' && after.upper && after.paragraph === tokens[last].paragraph && after.lower !== "'s" && !isPostNominal(after)) return false;
  // `the Dock and Harbour Workers’ Union`, `the Teachers' Federation`: a plural's possessive
  // mark before a capitalised word joins a longer name (a body's), which goes on past it.
  if (after && isPossessiveMark(tokens, last + 1) && tokens[last + 2].upper && tokens[last + 2].paragraph === after.paragraph) return false;
  if (PLACE_FIRST_WORDS.has(tokens[first].lower.replace(/\.$/, ''))) return false;
  // `Google Stadia`, `Apple TV`: a product or a company's unit, not a given name and surname.
  if (BRAND_FIRST_WORDS.has(tokens[first].lower) || CLUB_PREFIXES.has(tokens[first].lower)) return false;
  // Shouted capitals (`a case of GOLD COINS`) are emphasis, not a name.
  let shouted = true;
  for (let k = first; k <= last && shouted; k++) shouted = tokens[k].text.length > 1 && tokens[k].text === tokens[k].text.toUpperCase();
  if (shouted) return false;
  const end = tokens[last].lower;
  return !PLACE_LAST_WORDS.has(end) && !ORGANISATION_WORDS.has(end);
}

/** A lower-case word that is no function word or auxiliary: the noun a name before it modifies. */
function modifiesNoun(t: Token | undefined): boolean {
  if (t === undefined || t.type !== 'word' || t.upper) return false;
  return !TITLE_FUNCTION_WORDS.has(t.lower) && !FINITE_AUXILIARIES.has(t.lower) && !SUBORDINATORS.has(t.lower) && !RELATIVE_PRONOUNS.has(t.lower);
}

/**
 * `Dex, 31 — real name …`: an age after a name the text shortens (a given name or surname
 * alone) is that person's too, as after the full name (`readRole`).
 */
function readShortAges(tokens: Token[], byName: ReadonlyMap<string, PersonEntry>): void {
  for (let k = 1; k + 3 < tokens.length; k++) {
    const t = tokens[k];
    if (!t.upper || t.type !== 'word' || tokens[k + 1].text !== ',' || !/^\d{1,3}$/.test(tokens[k + 2].text) || tokens[k + 3].type !== 'punct') continue;
    // (A full name's last word is read with the name.)
    if (tokens[k - 1].type === 'word' && tokens[k - 1].upper) continue;
    byName.get(t.lower)?.roles.add(`${tokens[k + 2].text}-year-old`);
  }
}

/** `fellow rapper Big Sean` / `Legend, the singer,` → a role noun for the person. */
function readRole(tokens: Token[], first: number, last: number, p: PersonEntry): void {
  const before = tokens[first - 1];
  // A title is a role too (`Chef Rory Teles` is `the chef`).
  if (before && before.type === 'word' && (!before.upper || TITLES.has(before.lower)) && before.lower.length > 2) p.roles.add(before.lower);
  // `La créatrice anversoise Anouk Verhaegen`: in French, Spanish and Italian the noun comes
  // before its adjective.
  if (before && !before.upper && foreignPersonNoun(tokens, first - 2)) p.roles.add(tokens[first - 2].lower);
  // `Blix, 52,` is `the 52-year-old`.
  if (tokens[last + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.type === 'punct') {
    p.roles.add(`${tokens[last + 2].text}-year-old`);
  }
  // `Hale's lawyer, Maria Chen,` is `the lawyer` (and `his lawyer`).
  const noun = tokens[first - 2];
  if (before?.text === ',' && noun?.type === 'word' && !noun.upper && (tokens[first - 3]?.lower === "'s" || tokens[first - 4]?.lower === "'s")) p.roles.add(noun.lower);
  if (tokens[last + 1]?.text === ',' && tokens[last + 2]?.lower === 'the') {
    for (let k = last + 3; k < tokens.length && k < last + 8; k++) {
      if (tokens[k].type !== 'word') {
        if (tokens[k - 1].type === 'word') p.roles.add(tokens[k - 1].lower);
        break;
      }
    }
  }
}

/** A title before a person's first name or surname alone is a role too (`Chef Rory` is `the chef`, `la ministre Ashdown` is `la ministre`). */
function readShortTitles(tokens: Token[], byName: Map<string, PersonEntry>): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    // (A title in lower case too: `coach Beckwith`, `la ministre Ashdown`.)
    if (t.type !== 'word' || !t.upper || before.type !== 'word' || !TITLES.has(before.lower)) continue;
    // Only a name standing alone (`Chef Rory to most of the city`), not the start of a full one.
    if (tokens[i + 1]?.type === 'word' && tokens[i + 1].upper) continue;
    byName.get(t.lower)?.roles.add(before.lower);
  }
}

/** Stated aliases: `Legend (real name: John Stephens)`, `the rapper (who now goes by Ye)`. */
function readAliases(tokens: Token[], byName: Map<string, PersonEntry>): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!ALIAS_FIRST.has(tokens[i].lower)) continue;
    const cue = ALIAS_CUES.find((c) => c.every((w, k) => tokens[i + k]?.lower === w));
    let k = cue ? i + cue.length : knownToAs(tokens, i);
    if (k < 0) continue;
    // `real name: X`, `whose real name is X`, `known as "Tide"`.
    if (tokens[k]?.text === ':' || tokens[k]?.lower === 'is' || tokens[k]?.lower === 'was') k++;
    if (tokens[k]?.type === 'open') k++;
    if (!tokens[k] || tokens[k].type !== 'word' || !tokens[k].upper) continue;
    let e = k;
    while (e + 1 < tokens.length && e - k < 3 && tokens[e + 1].type === 'word' && tokens[e + 1].upper) e++;
    const alias = tokens.slice(k, e + 1).map((t) => t.text).join(' ');
    const owner = nearestNamed(tokens, i, byName);
    if (!owner) continue;
    const other = byName.get(alias.toLowerCase());
    if (other === owner) continue;
    owner.aliases.add(alias);
    byName.set(alias.toLowerCase(), owner);
    // The alias was indexed as a person of its own (`(real name: Tomas Brillstein)`): merge.
    if (other) {
      for (const [key, p] of byName) if (p === other) byName.set(key, owner);
      owner.mentions.push(...other.mentions);
      other.mentions.length = 0;
    }
  }
}

/** Past `known to his fans as` at `i` (a few words between `known to` and `as`), or -1. */
function knownToAs(tokens: Token[], i: number): number {
  if (tokens[i].lower !== 'known' || tokens[i + 1]?.lower !== 'to') return -1;
  for (let k = i + 2; k < i + 6 && k < tokens.length; k++) {
    if (tokens[k].lower === 'as') return k + 1;
    if (tokens[k].type !== 'word') return -1;
  }
  return -1;
}

/** The person named closest before token `i` (within the sentence). */
function nearestNamed(tokens: Token[], i: number, byName: Map<string, PersonEntry>): PersonEntry | null {
  for (let k = i - 1; k >= 0 && k > i - 25; k--) {
    const t = tokens[k];
    if (t.type === 'word' && t.upper) {
      const p = byName.get(t.lower);
      if (p) return p;
    }
  }
  return null;
}

/** Words after which `her` and `him` are not objects of a verb (`with her husband`, `for him`). */
const NOT_VERBS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'with', 'for', 'to', 'from', 'by', 'of', 'about', 'after', 'before', 'into', 'over',
  'under', 'without', 'like', 'behind', 'beside', 'between', 'near', 'toward', 'towards', 'against',
  'during', 'alongside', 'and', 'or', 'but', 'than', 'as',
]);

/** Time words after which `her` is an object, not a possessive (`contradict her hours later`). */
const AFTER_OBJECT: ReadonlySet<string> = new Set(['hours', 'minutes', 'days', 'weeks', 'later', 'earlier', 'today', 'yesterday', 'again', 'ago']);

/**
 * Whether the pronoun at `k` is the object of a verb whose subject is the name at `name`
 * (`Ostby appeared to contradict her`): such an object is someone else. With anything but
 * plain words between them (`"Dear Walter" letters that called him`) the name may be the
 * object itself, and `her` before a noun is a possessive (`Clinton will hold her next …`).
 */
function isObject(tokens: Token[], name: number, k: number): boolean {
  const pronoun = tokens[k].lower;
  if (pronoun !== 'him' && pronoun !== 'her') return false;
  const before = tokens[k - 1];
  if (before.type !== 'word' || before.upper || NOT_VERBS.has(before.lower)) return false;
  for (let m = name + 1; m < k; m++) if (tokens[m].type !== 'word' || tokens[m].upper || RELATIVE_PRONOUNS.has(tokens[m].lower)) return false;
  if (pronoun === 'him') return true;
  const after = tokens[k + 1];
  return after === undefined || after.type !== 'word' || AFTER_OBJECT.has(after.lower) || NOT_VERBS.has(after.lower);
}

/** How many tokens after a mention its gender is read from (up to a quotation). */
const GENDER_WINDOW = 12;

/** Reads gender from the first gendered pronoun after each mention, within a few words. */
function readGenders(tokens: Token[], people: PersonEntry[], byName: Map<string, PersonEntry>): void {
  const votes = new Map<PersonEntry, number>();
  // The gender a title before a mention tells (`Mrs Justice Beatrix Quarrie`), per person;
  // null when two titles disagree (`Mr. and Mrs. Clinton`).
  const titled = new Map<PersonEntry, 'male' | 'female' | null>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || !t.upper) continue;
    const p = byName.get(t.lower);
    if (!p) continue;
    for (let k = i - 1; k >= 0 && k >= i - TITLE_WINDOW && tokens[k].type === 'word' && tokens[k].upper; k--) {
      const g = GENDERED_TITLES.get(tokens[k].lower.replace(/\.$/, ''));
      if (!g) continue;
      titled.set(p, titled.has(p) && titled.get(p) !== g ? null : g);
      break;
    }
    for (let k = i + 1; k < tokens.length && k < i + GENDER_WINDOW; k++) {
      // A quotation's pronouns are its speaker's about others (`Crane hit back. “She knew …`),
      // and a pronoun after it is as often its speaker as the name before it: reading stops.
      if (tokens[k].type === 'open') break;
      const g = GENDER_OF.get(tokens[k].lower);
      // An object after a verb is someone else (`Ostby appeared to contradict her`), and so
      // is the possessor in an apposition (`Brandt, her former partner`; `g` holds the
      // possessives to `his` and `her`).
      if (g && (isObject(tokens, i, k) || (tokens[k - 1].text === ',' && POSSESSIVE_PRONOUNS.has(tokens[k].lower)))) continue;
      if (g) {
        votes.set(p, (votes.get(p) ?? 0) + (g === 'male' ? 1 : -1));
        break;
      }
      if (tokens[k].type === 'word' && tokens[k].upper && byName.has(tokens[k].lower)) break;
    }
  }
  for (const p of people) {
    const v = (votes.get(p) ?? 0) + nameVotes(givenNameGender(p.name)) + nameVotes(titled.get(p) ?? null);
    p.gender = v > 0 ? 'male' : v < 0 ? 'female' : null;
  }
}

/**
 * What a known given name weighs against the pronouns read after the person's mentions.
 * A pronoun a few words after a name is often someone else's (`… his former partner,
 * Marisol Brandt, and a headline that, in his view, …`; `he and Brandt opened Brasa, he
 * had …`): one stray pronoun must not outvote `Marisol`, two more on the other side do.
 */
const GIVEN_NAME_VOTES = 1.5;

/** What a given name's or a title's gender weighs (a title weighs as much as a given name). */
function nameVotes(gender: 'male' | 'female' | null): number {
  return gender === 'male' ? GIVEN_NAME_VOTES : gender === 'female' ? -GIVEN_NAME_VOTES : 0;
}

/** How many capitalised words before a mention a gendered title may stand (`Mrs Justice Beatrix`). */
const TITLE_WINDOW = 3;

/** The gender a full name's given name suggests (`Hillary Clinton`), or null; one word is a surname. */
function givenNameGender(name: string): 'male' | 'female' | null {
  const words = name.toLowerCase().split(' ');
  if (words.length < 2) return null;
  if (MALE_GIVEN_NAMES.has(words[0])) return 'male';
  return FEMALE_GIVEN_NAMES.has(words[0]) ? 'female' : null;
}

/** Whether a person's known gender allows a pronoun of `gender`. */
export function compatible(p: PersonEntry, gender: string): boolean {
  return p.gender === null || p.gender === gender;
}

/** The person mentioned last before token `at` that passes `ok`. */
export function nearestPerson(
  tokens: Token[],
  index: PeopleIndex,
  at: number,
  ok: (p: PersonEntry) => boolean,
  within = 400,
): PersonEntry | null {
  let best: PersonEntry | null = null;
  let bestAt = -1;
  for (const p of index.people) {
    if (!ok(p)) continue;
    for (const m of p.mentions) if (m < at && m > bestAt && at - m <= within) {
      best = p;
      bestAt = m;
    }
  }
  // Surname-only mentions count too: scan back for the nearest indexed word.
  for (let k = at - 1; k > bestAt && k >= 0 && at - k <= within; k--) {
    const t = tokens[k];
    if (t.type !== 'word' || !t.upper) continue;
    const p = index.byName.get(t.lower);
    if (p && ok(p)) return p;
  }
  return best;
}
