/**
 * Person and organisation names from wink's part-of-speech tags: runs of proper nouns
 * (PROPN, with `'s`-free joins like `of`), classified by their words. A single surname
 * that continues a person named earlier in the article is a person too.
 *
 * A run of capitalised words is a person's name only when something says so: a title or a
 * noun for a person before it (`Governor Kristi Noem`, `rapper Kanye West`), a known given
 * name first (`Jack …`), an age after it (`Noem, 48,`), a verb of saying right after it
 * (`Dev Oman agreed`), or its last word used alone elsewhere in the text, the way news copy
 * names a person again (`Noem said`). Products, games, teams and works are capitalised runs
 * too (`Red Dead Redemption`, `Stadia Pro`, `Chromecast Ultra`) and have none of these;
 * read as people, they became the "people" a story is about, tied unrelated stories
 * together and had their words kept out of the story's topic words.
 */
import type { EntityMention } from '../model.js';
import type { WinkReading } from './wink-tokens.js';
import { HONORIFICS, ORG_WORDS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, PLACES } from './name-words.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../attribution/given-names.js';
import { ENTOURAGE_NOUNS, PERSON_NOUNS } from '../attribution/word-lists.js';

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
  const capital = (i: number): boolean =>
    i < tokens.length && !dated[i] && /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[i].text) && !/['’]/.test(tokens[i].text.slice(-2));
  // The title is in title case: every word is capitalised, so it says nothing about names.
  const titleEnd = text.indexOf('\n');
  // Capitalised words used alone (no capitalised word either side), for the surname test.
  const alone = new Set<string>();
  // After a determiner or before a noun it is a thing (`the Pro tier`, `Pro service`), not a
  // person named again.
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(i) || capital(i + 1) || (i + 1 < tokens.length && tokens[i + 1].pos === 'NOUN')) continue;
    if (i === 0 || (!capital(i - 1) && !DETERMINERS.has(tokens[i - 1].text.toLowerCase()))) alone.add(tokens[i].text);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(i) || tokens[i].start < titleEnd) continue;
    // wink tags unknown surnames by their look-alike words (`Quell` as a verb), so a run of
    // capitalised words counts when one of them is a proper noun or it is mid-sentence.
    let j = i;
    while (j + 1 < tokens.length && (capital(j + 1) || (tokens[j + 1].text === 'of' && capital(j + 2))) && tokens[j + 1].pos !== 'PUNCT') j++;
    const hasPropn = tokens.slice(i, j + 1).some((t) => t.pos === 'PROPN');
    if (!hasPropn && (sentenceStart[i] || j === i)) {
      i = j;
      continue;
    }
    // Titles are not part of the name (`President Mara Quell` → `Mara Quell`), nor is a
    // capitalised sentence opener that is not a noun (`Meanwhile Chef Rory said`).
    let first = i;
    while (first < j && sentenceStart[first] && tokens[first].pos !== 'PROPN' && tokens[first].pos !== 'NOUN') first++;
    const definite = tokens[first].text === 'The' && first < j;
    if (definite) first++;
    const untitled = first;
    while (first < j && HONORIFICS.has(tokens[first].text.toLowerCase())) first++;
    // A noun for a person opening the sentence is a title too (`Actress Maribel Quenn said`).
    if (first < j && sentenceStart[first] && PERSON_ROLES.has(tokens[first].text.toLowerCase())) first++;
    if (sentenceStart[first] && first === j && tokens[first].pos !== 'PROPN') {
      i = j;
      continue;
    }
    const span = { start: tokens[first].start, end: tokens[j].end };
    const name = text.slice(span.start, span.end);
    const words = name.toLowerCase().split(/\s+/);
    let type: EntityMention['type'];
    // A first place word counts in a two-word run only (`Port Alder`, not `Lake Orla Smith`).
    const placeFirst = PLACE_FIRST_WORDS.has(words[0]) && words.length === 2;
    if (PLACES.has(name.toLowerCase()) || PLACE_LAST_WORDS.has(words[words.length - 1]) || placeFirst) type = 'place';
    else if (words.some((w) => ORG_WORDS.has(w)) || definite || (first > 0 && tokens[first - 1].text === 'the')) type = 'organization';
    else if (j > first ? personEvidence(text, tokens, first, j, first > untitled, alone) : surnames.has(name)) type = 'person';
    else type = 'other';
    if (type === 'person' && j > first) surnames.add(tokens[j].text);
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
const PERSON_ROLES: ReadonlySet<string> = new Set([...PERSON_NOUNS, ...ENTOURAGE_NOUNS].filter((w) => !BODIES.has(w) && !(w.endsWith('s') && !w.endsWith('ss'))));
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'your', 'his', 'her', 'my']);
// Verbs of saying and thinking right after a name (`Dev Oman agreed`). A company says things
// too (`Blue Origin said`); one without an organisation word is then taken for a person.
const PERSON_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'agreed', 'asked', 'explained', 'wrote', 'recalled', 'replied', 'insisted', 'argued', 'noted', 'thinks', 'believes', 'laughed', 'admitted']);
const AGE_AFTER = /^(?:,\s*\d{1,3}\s*,|\s*\(\d{1,3}\))/;

/** Whether the run `tokens[first..last]` shows it names a person (see the module comment). */
function personEvidence(text: string, tokens: WinkReading['tokens'], first: number, last: number, titled: boolean, alone: ReadonlySet<string>): boolean {
  if (titled || (first > 0 && HONORIFICS.has(tokens[first - 1].text.toLowerCase()))) return true;
  // A noun for a person before it, maybe with a comma (`rapper Kanye West`, `Her campaign
  // spokeswoman, Camille Ashdown, said`).
  const before = first > 0 && tokens[first - 1].text === ',' ? first - 2 : first - 1;
  if (before >= 0 && PERSON_ROLES.has(tokens[before].text)) return true;
  const given = tokens[first].text.toLowerCase();
  if (MALE_GIVEN_NAMES.has(given) || FEMALE_GIVEN_NAMES.has(given)) return true;
  if (last + 1 < tokens.length && PERSON_VERBS.has(tokens[last + 1].text.toLowerCase())) return true;
  return alone.has(tokens[last].text) || AGE_AFTER.test(text.slice(tokens[last].end, tokens[last].end + 8));
}
