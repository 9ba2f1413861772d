/**
 * Person and organisation names from wink's part-of-speech tags: runs of proper nouns
 * (PROPN, with `'s`-free joins like `of`), classified by their words. A single surname
 * that continues a person named earlier in the article is a person too.
 *
 * A run of capitalised words is a person's name only when something says so (`personClue`):
 * a title or a noun for a person before it (`Governor Kristi Noem`, `rapper Kanye West`,
 * `Apple CEO Tim Cook`, the title dropped from the name) or after it in apposition (`Zippy
 * Duvall, the president of …`), an age (`Noem, 48,`, `a 43-year-old …`), a known given name
 * first (`Jack …`), a verb of saying next to it (`Dev Oman agreed`, `said Brent Sherwood`),
 * or its last word used alone elsewhere in the text, the way news copy names a person again
 * (`Noem said`; not where a sentence opening explains the capital of a word the text also
 * writes in lower case, `Case can be charged`). On a title-case line of the body (a section
 * head, a related-story link) only a title, a noun for a person or an age counts. A title
 * or a noun for a person outranks a place word at the end (`Fiona Hill`). Products, games,
 * teams and works are capitalised runs too (`Red Dead Redemption`, `Stadia Pro`,
 * `Chromecast Ultra`) and have none of these;
 * read as people, they became the "people" a story is about, tied unrelated stories
 * together and had their words kept out of the story's topic words.
 */
import type { EntityMention } from '../model.js';
import type { WinkReading } from './wink-tokens.js';
import { HONORIFICS, MORE_PERSON_NOUNS, ORG_WORDS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, PLACES } from './name-words.js';
import { isGivenName } from '../attribution/given-names.js';
import { ENTOURAGE_NOUNS, PERSON_NOUNS } from '../attribution/word-lists.js';
import { STOPWORDS } from '../coverage/stopwords.js';
import { isTitleCaseLine, lineAt } from './title-case.js';

/**
 * Finds named entities (person, organization, place, other) in a wink reading.
 *
 * @param text The text the reading's offsets point into.
 */
export function findNames(text: string, reading: WinkReading): EntityMention[] {
  const { tokens, sentences } = reading;
  const out: EntityMention[] = [];
  const surnames = new Set<string>();
  // Tokens wink already reads as dates or numbers are not names (`Feb.`, `Thursday`).
  const dated = new Uint8Array(tokens.length);
  for (const e of reading.entities) dated.fill(1, e.first, e.last + 1);
  const sentenceStart = new Uint8Array(tokens.length);
  for (const s of sentences) sentenceStart[s.first] = 1;
  // wink sometimes runs a sentence on across a paragraph break (`… agenda.\n\nAnd Beijing's
  // strategy`; it reads the break itself as a token): the first word of a line opens a
  // sentence too when an opener is dropped from a name. (Its tags there are less sure:
  // `Rob Goldman, President …` reads `Rob` as a verb, so a known given name is never dropped.)
  const opensLine = new Uint8Array(sentenceStart);
  if (tokens.length > 0) opensLine[0] = 1;
  // One pass over the line breaks: the next one at or after the previous token's start.
  let lineBreak = text.indexOf('\n');
  for (let k = 1; k < tokens.length && lineBreak >= 0; k++) {
    while (lineBreak >= 0 && lineBreak < tokens[k - 1].start) lineBreak = text.indexOf('\n', lineBreak + 1);
    if (lineBreak >= 0 && lineBreak < tokens[k].start) opensLine[k] = 1;
  }
  // A capital glued to a number is a unit or a spec (`60W`, `802.11AC`), not a name.
  const capital = (i: number): boolean =>
    i < tokens.length && !dated[i] && /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[i].text) && !/['’]/.test(tokens[i].text.slice(-2)) &&
    !(i > 0 && tokens[i - 1].end === tokens[i].start && /\d$/.test(tokens[i - 1].text));
  // The title is in title case: every word is capitalised, so it says nothing about names.
  const titleEnd = text.indexOf('\n');
  // A common word opening a sentence: one the text also writes in lower case, never
  // capitalises inside a sentence, and that is no given name, title or noun for a person
  // (`And Beijing's strategy`, `Regarding MagSafe`, `Both Johnson`, `Saat Nabi`, which
  // wink may tag as proper nouns before a name). Read from the text itself, so it holds in
  // any language.
  const lowerWords = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k].text;
    if (/^\p{Ll}/u.test(word)) lowerWords.add(word);
    // Inside a sentence: after a word or a comma (wink's own sentence starts miss some).
    else if (k > 0 && tokens[k].start > titleEnd && /^\p{Lu}/u.test(word) && /^(?:[\p{L}\p{N}]|,$)/u.test(tokens[k - 1].text)) capitalisedInside.add(word.toLowerCase());
  }
  const givenName = (k: number): boolean => isGivenName(tokens[k].text.toLowerCase());
  // A word the text writes in lower case. A short text may not write its opener in lower
  // case anywhere (`Both Johnson and Corbyn`): the function words of the languages Retold
  // knows count as written (save `Will`, `May`).
  const writtenLower = (word: string): boolean => lowerWords.has(word) || (STOPWORDS.has(word) && !NAME_STOPWORDS.has(word));
  const commonOpener = (k: number): boolean => {
    const word = tokens[k].text.toLowerCase();
    return writtenLower(word) && !capitalisedInside.has(word) && !givenName(k) && !isTitleWord(word);
  };
  // A hyphenated name is one word (`Eva-Marie`, `Ngo-Anh`), which wink reads as three.
  const hyphenJoins = (k: number): boolean =>
    tokens[k + 1]?.text === '-' && tokens[k + 1].start === tokens[k].end && capital(k + 2) && tokens[k + 2].start === tokens[k + 1].end;
  // Whether token `k` opens a line or sentence, maybe after an opening mark or bracket
  // (`“Although James …`: wink starts the sentence at the mark).
  const opensAfterMarks = (k: number): boolean => {
    while (k > 0 && OPENING_MARKS.test(tokens[k - 1].text) && tokens[k - 1].end === tokens[k].start && !opensLine[k] && !sentenceStart[k]) k--;
    return opensLine[k] === 1 || sentenceStart[k] === 1;
  };
  // A word opening a sentence or line (maybe after an opening mark) that the text also
  // writes in lower case, or a function word: its capital is the sentence's, so standing
  // alone there it is no surname used again (`Case can be charged …`, `Studies show …`).
  const commonAtOpening = (k: number): boolean => opensAfterMarks(k) && writtenLower(tokens[k].text.toLowerCase());
  // Capitalised words used alone (no capitalised word either side), for the surname test.
  const alone = new Set<string>();
  // After a determiner or before a noun it is a thing (`the Pro tier`, `Pro service`), not a
  // person named again.
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(i)) continue;
    let e = i;
    while (hyphenJoins(e)) e += 2;
    const joined = tokens[i - 1]?.text === '-' && tokens[i - 1].end === tokens[i].start;
    // (Nor before a number: `Wi-Fi 6`, `Galaxy 10` are models.)
    if (!joined && !capital(e + 1) && tokens[e + 1]?.pos !== 'NOUN' && !/^\d/.test(tokens[e + 1]?.text ?? '') && (i === 0 || (!capital(i - 1) && !DETERMINERS.has(tokens[i - 1].text.toLowerCase()))) && !commonAtOpening(i)) {
      alone.add(text.slice(tokens[i].start, tokens[e].end));
    }
    i = e;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(i) || tokens[i].start < titleEnd) continue;
    // wink tags unknown surnames by their look-alike words (`Quell` as a verb), so a run of
    // capitalised words counts when one of them is a proper noun or it is mid-sentence.
    let j = i;
    while (j + 1 < tokens.length) {
      if (hyphenJoins(j)) j += 2;
      else if ((capital(j + 1) || (tokens[j + 1].text === 'of' && capital(j + 2))) && tokens[j + 1].pos !== 'PUNCT') j++;
      else break;
    }
    const hasPropn = tokens.slice(i, j + 1).some((t) => t.pos === 'PROPN');
    if (!hasPropn && (sentenceStart[i] || wordStart(tokens, j) === i)) {
      i = j;
      continue;
    }
    // Titles are not part of the name (`President Mara Quell` → `Mara Quell`), nor is a
    // capitalised sentence opener that is not a noun (`Meanwhile Chef Rory said`) or is a
    // common word (see `commonOpener`).
    let first = i;
    // (`The` stays for the test of an organisation's name below.)
    while (first < j && opensAfterMarks(first) && tokens[first].text !== 'The' && !givenName(first) && ((tokens[first].pos !== 'PROPN' && tokens[first].pos !== 'NOUN') || commonOpener(first))) first++;
    const definite = tokens[first].text === 'The' && first < j;
    if (definite) first++;
    // A known place after a preposition, before a name, is the object of a title before the
    // preposition (`ambassador to Britain Liu Xiaoming`), as the attribution module's people
    // index reads it: the place is dropped from the name, and the title is the name's.
    let titledPlace = false;
    if (j - first >= 2 && PREPOSITIONS_BEFORE_PLACE.has(tokens[first - 1]?.text ?? '') && PLACES.has(tokens[first].text.toLowerCase())) {
      titledPlace = first > 1 && isTitleWord(tokens[first - 2].text.toLowerCase());
      first++;
    }
    const untitled = first;
    while (first < j && HONORIFICS.has(tokens[first].text.toLowerCase())) first++;
    // A title after the name of its body or place is not part of the name either (`Apple CEO
    // Tim Cook`, `Interim BART Police Chief Ed Alvarez`): the name is what follows the last
    // title, when one or two words do.
    const titleAt = lastTitle(tokens, first, j);
    if (titleAt >= 0 && j - titleAt <= 2) first = titleAt + 1;
    // A title of a body (`Secretary of State Mike Pompeo`, `Minister of Foreign Affairs Ayman
    // Safadi`): the body's words cannot be told from the name's, so the name is the last two.
    if (first > untitled && tokens[first].text === 'of') {
      const lastWord = wordStart(tokens, j);
      if (lastWord - first >= 3) first = wordStart(tokens, lastWord - 1);
    }
    // A person of a place (`Martin Taylor of Aberdeenshire`) is named before the `of`; the
    // place is read on its own after it.
    let ofAt = first + 2;
    while (ofAt < j && tokens[ofAt].text !== 'of') ofAt++;
    if (ofAt < j && !nameWordsOf(tokens, first, ofAt - 1).some((w) => ORG_WORDS.has(w)) && personClue(text, tokens, first, ofAt - 1, titledPlace || first > untitled, alone) !== 'none') j = ofAt - 1;
    // A noun for a person opening the sentence is a title too (`Actress Maribel Quenn said`).
    if (first < j && sentenceStart[first] && PERSON_ROLES.has(tokens[first].text.toLowerCase())) first++;
    if (sentenceStart[first] && first === j && tokens[first].pos !== 'PROPN') {
      i = j;
      continue;
    }
    const span = { start: tokens[first].start, end: tokens[j].end };
    const name = text.slice(span.start, span.end);
    const words = name.toLowerCase().split(/[\s-]+/);
    let type: EntityMention['type'];
    // A first place word counts in a two-word run only (`Port Alder`, not `Lake Orla Smith`).
    const placeFirst = PLACE_FIRST_WORDS.has(words[0]) && words.length === 2;
    // One word, maybe hyphenated (`T-Mobile`, `D-Minn`), is a person only as a known surname
    // or a name introduced as a person's (`pop superstar Lark`, `Lark, 29,`; see `loneName`).
    const oneWord = wordStart(tokens, j) === first;
    // On a title-case line in the body (a section head, a related-story link) only a title,
    // a noun for a person or an age shows a name: `Last Chance to Buy Pokemon Sword`.
    const found = oneWord ? 'none' : personClue(text, tokens, first, j, titledPlace || first > untitled, alone);
    const clue = found === 'weak' && isTitleCaseLine(lineAt(text, span.start)) ? 'none' : found;
    // A place word ends names of people too (`Fiona Hill`): a title or a noun for a person
    // says which.
    if (PLACES.has(name.toLowerCase()) || ((PLACE_LAST_WORDS.has(words[words.length - 1]) || placeFirst) && clue !== 'strong')) type = 'place';
    else if (words.some((w) => ORG_WORDS.has(w)) || definite || (first > 0 && tokens[first - 1].text === 'the')) type = 'organization';
    // After an indefinite article a name is a thing's (`a Linksys Velop Wi-Fi 5 mesh router`,
    // `an Apple Watch`), unless a title, a noun for a person or a given name says otherwise
    // (`in an Oliver Sacks kind of way`).
    else if (first > 0 && /^an?$/i.test(tokens[first - 1].text) && clue !== 'strong' && !isGivenName(words[0])) type = 'other';
    // A title with no name after it is no person (`Chief Strategy Officer`), nor is what is
    // left of one of a body's (`… of Public Prosecution Eva`-`Marie`).
    else if (HONORIFICS.has(words[words.length - 1]) || words[0] === 'of' || (words[1] === 'of' && isTitleWord(words[0]))) type = 'other';
    else if (oneWord ? surnames.has(name) || loneName(text, tokens, first, titledPlace || first > untitled, alone) : clue !== 'none') type = 'person';
    else type = 'other';
    if (type === 'person' && !oneWord) surnames.add(text.slice(tokens[wordStart(tokens, j)].start, tokens[j].end));
    out.push({ span, text: name, type });
    i = j;
  }
  return out;
}

// Nouns for one person (not a body: `team`, `government`, `label`) that news copy puts
// before a name.
const BODIES = new Set(['team', 'administration', 'government', 'camp', 'label', 'management', 'staff', 'family', 'people', 'source', 'head', 'star']);
// Plurals are left out (`investors SoftBank and Tencent` names no person), by their `s`
// but not `ss` (`boss`, `actress` and `witness` are singular).
const PERSON_ROLES: ReadonlySet<string> = new Set(
  [...PERSON_NOUNS, ...ENTOURAGE_NOUNS, ...MORE_PERSON_NOUNS].filter((w) => !BODIES.has(w) && !(w.endsWith('s') && !w.endsWith('ss'))),
);
const PREPOSITIONS_BEFORE_PLACE: ReadonlySet<string> = new Set(['to', 'of', 'for', 'from', 'in', 'at']);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'who', 'which', 'whose', 'where', 'when', 'while']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'your', 'his', 'her', 'my']);
// Verbs of saying and thinking right after a name (`Dev Oman agreed`). A company says things
// too (`Blue Origin said`); one without an organisation word is then taken for a person.
const PERSON_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'agreed', 'asked', 'explained', 'wrote', 'recalled', 'replied', 'insisted', 'argued', 'noted', 'thinks', 'believes', 'laughed', 'admitted']);
/** Function words that are also given names. */
const NAME_STOPWORDS = new Set(['will', 'may', 'don']);
/** Marks and brackets that may open a sentence before its first word. */
const OPENING_MARKS = /^["“‘'«„(\[]$/u;
const AGE_AFTER = /^(?:,\s*\d{1,3}\s*,|\s*\(\d{1,3}\))/;

/** The first token of the (maybe hyphenated) word ending at token `k` (`Eva-Marie`: `Eva`). */
function wordStart(tokens: WinkReading['tokens'], k: number): number {
  while (k >= 2 && tokens[k - 1].text === '-' && tokens[k - 1].start === tokens[k - 2].end && tokens[k].start === tokens[k - 1].end) k -= 2;
  return k;
}

/** A title or a noun for a person (`Head of Research`, `Director of Public Prosecution`). */
function isTitleWord(word: string): boolean {
  return HONORIFICS.has(word) || PERSON_ROLES.has(word) || word === 'head';
}

/** The lower-case words of `tokens[first..last]`. */
function nameWordsOf(tokens: WinkReading['tokens'], first: number, last: number): string[] {
  return tokens.slice(first, last + 1).map((t) => t.text.toLowerCase());
}

/** The last title inside `tokens[first..last - 1]` (see HONORIFICS), or -1. */
function lastTitle(tokens: WinkReading['tokens'], first: number, last: number): number {
  for (let k = last - 1; k > first; k--) if (HONORIFICS.has(tokens[k].text.toLowerCase())) return k;
  return -1;
}

/**
 * What shows the run `tokens[first..last]` names a person (see the module comment):
 * `strong`, what only a person has (a title, a noun for a person, an age); `weak`, what a
 * person's name usually has (a known given name, a verb of saying next to it, its last word
 * used alone); `none`.
 */
function personClue(text: string, tokens: WinkReading['tokens'], first: number, last: number, titled: boolean, alone: ReadonlySet<string>): 'strong' | 'weak' | 'none' {
  if (titled || (first > 0 && HONORIFICS.has(tokens[first - 1].text.toLowerCase()))) return 'strong';
  // A noun for a person before it, maybe with a comma (`rapper Kanye West`, `Her campaign
  // spokeswoman, Camille Ashdown, said`), or after it in apposition.
  const before = first > 0 && tokens[first - 1].text === ',' ? first - 2 : first - 1;
  if (before >= 0 && PERSON_ROLES.has(tokens[before].text)) return 'strong';
  if (roleAfter(tokens, last)) return 'strong';
  if (AGE_AFTER.test(text.slice(tokens[last].end, tokens[last].end + 8))) return 'strong';
  const given = tokens[first].text.toLowerCase();
  if (isGivenName(given)) return 'weak';
  // An age before it, unless the run is itself a modifier (`an 8-year-old Fort Worth girl`).
  if (AGE_BEFORE.test(text.slice(Math.max(0, tokens[first].start - 16), tokens[first].start)) && tokens[last + 1]?.pos !== 'NOUN') return 'weak';
  // A verb of saying right after it, or right before it in an inverted cue (`said Brent Sherwood`).
  if (last + 1 < tokens.length && PERSON_VERBS.has(tokens[last + 1].text.toLowerCase())) return 'weak';
  if (first > 0 && INVERTED_VERBS.has(tokens[first - 1].text.toLowerCase())) return 'weak';
  // A source introduced as one (`according to Alex Horton of the Washington Post`).
  if (first > 1 && tokens[first - 1].text.toLowerCase() === 'to' && tokens[first - 2].text.toLowerCase() === 'according') return 'weak';
  // (An acronym used alone is no surname: `called PD for power delivery`.)
  const lastWord = text.slice(tokens[wordStart(tokens, last)].start, tokens[last].end);
  return alone.has(lastWord) && /\p{Ll}/u.test(lastWord) ? 'weak' : 'none';
}

/**
 * Whether the one word at `k` is a person's name on its own (a stage name, a mononym): what
 * only a person has (`personClue` strong: a noun for a person before it, an age or a role
 * after it), where the word ends its noun phrase. `the official Chinese news agency` goes
 * on with a noun; `pop superstar Lark has` with a verb.
 */
function loneName(text: string, tokens: WinkReading['tokens'], k: number, titled: boolean, alone: ReadonlySet<string>): boolean {
  const next = tokens[k + 1];
  if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
  const before = tokens[k - 1];
  // The noun before must be one (`accused Sanders of` is a verb's object).
  if (before !== undefined && PERSON_ROLES.has(before.text) && before.pos !== 'NOUN') return false;
  return personClue(text, tokens, k, k, titled, alone) === 'strong';
}

// Before the name, a verb whose subject it is (`said Brent Sherwood`); not `told` or `asked`,
// whose object it is (`told Business Insider`).
const INVERTED_VERBS: ReadonlySet<string> = new Set([...PERSON_VERBS].filter((v) => !['told', 'tells', 'asked'].includes(v)));
// Words between the comma and the noun of an apposition (`, the former chief of …`).
// (Titles such as `vice`, `acting`, `chief` are nouns for a person already: see isTitleWord.)
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(['former', 'senior', 'longtime', 'then']);
const AGE_BEFORE = /\b\d{1,3}-year-old\s+$/;

/**
 * Whether a noun for a person follows the run in apposition: a comma, maybe a determiner and
 * up to two modifiers, then the noun (`Zippy Duvall, the president of …`, `Brent Sherwood,
 * vice president of …`, `Ilse Varnholt, a spokeswoman for …`).
 */
function roleAfter(tokens: WinkReading['tokens'], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.text !== ',') return false;
  k++;
  const determined = tokens[k] !== undefined && DETERMINERS.has(tokens[k].text.toLowerCase());
  if (determined) k++;
  for (let end = k + 2; k <= end && k < tokens.length; k++) {
    const word = tokens[k].text.toLowerCase();
    if (ROLE_MODIFIERS.has(word)) continue;
    // `head` is a role here (`Pankaj Pandey, Head of Research at …`); a role owning the noun
    // of the apposition is another's (`Blue Origin, the Amazon founder's company`).
    if (isTitleWord(word)) return !/^['’]s$/.test(tokens[k + 1]?.text ?? '');
    // Any other modifier is a content word (`the U.S. attorney for …`; not `and the former
    // owner of …`), capitalised only after a determiner (in a list, `, Football Manager 2020`
    // is no role).
    if (DETERMINERS.has(word) || CONJUNCTIONS.has(word) || tokens[k].pos === 'PUNCT' || (!determined && /^\p{Lu}/u.test(tokens[k].text))) return false;
  }
  return false;
}
