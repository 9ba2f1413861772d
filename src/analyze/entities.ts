/**
 * Person and organisation names from wink's part-of-speech tags: runs of proper nouns
 * (PROPN, with `'s`-free joins like `of`), classified by their words. A single surname
 * that continues a person named earlier in the article is a person too.
 */
import type { EntityMention } from '../model.js';
import type { WinkReading } from './wink-tokens.js';
import { HONORIFICS, ORG_WORDS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, PLACES } from './name-words.js';

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
    while (first < j && HONORIFICS.has(tokens[first].text.toLowerCase())) first++;
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
    else if (j > first || surnames.has(name)) type = 'person';
    else type = 'other';
    if (type === 'person' && j > first) surnames.add(tokens[j].text);
    out.push({ span, text: name, type });
    i = j;
  }
  return out;
}
