/**
 * Person and organisation names from wink's part-of-speech tags: runs of proper nouns
 * (PROPN, with `'s`-free joins like `of`), classified by their words. A single surname
 * that continues a person named earlier in the article is a person too.
 */
import type { EntityMention } from '../model.js';
import type { WinkReading } from './wink-tokens.js';
import { HONORIFICS, ORG_WORDS, PLACES } from './name-words.js';

/**
 * Finds named entities (person, organization, place, other) in a wink reading.
 *
 * @param text The text the reading's offsets point into.
 */
export function findNames(text: string, reading: WinkReading): EntityMention[] {
  const { tokens } = reading;
  const out: EntityMention[] = [];
  const surnames = new Set<string>();
  // Tokens wink already reads as dates or numbers are not names (`Feb.`, `Thursday`).
  const dated = new Uint8Array(tokens.length);
  for (const e of reading.entities) dated.fill(1, e.first, e.last + 1);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].pos !== 'PROPN' || dated[i] || !/^\p{Lu}\p{L}/u.test(tokens[i].text) || /['’]/.test(tokens[i].text)) continue;
    let j = i;
    while (
      j + 1 < tokens.length &&
      !dated[j + 1] &&
      (tokens[j + 1].pos === 'PROPN' || (tokens[j + 1].text === 'of' && tokens[j + 2]?.pos === 'PROPN')) &&
      /^\p{Lu}|^of$/u.test(tokens[j + 1].text)
    ) j++;
    // Titles are not part of the name (`President Donald Trump` → `Donald Trump`).
    let first = i;
    while (first < j && HONORIFICS.has(tokens[first].text.toLowerCase())) first++;
    const span = { start: tokens[first].start, end: tokens[j].end };
    const name = text.slice(span.start, span.end);
    const words = name.toLowerCase().split(/\s+/);
    let type: EntityMention['type'];
    if (PLACES.has(name.toLowerCase())) type = 'place';
    else if (words.some((w) => ORG_WORDS.has(w)) || (i > 0 && tokens[i - 1].text.toLowerCase() === 'the')) type = 'organization';
    else if (j > first || surnames.has(name)) type = 'person';
    else type = 'other';
    if (type === 'person' && j > first) surnames.add(tokens[j].text);
    out.push({ span, text: name, type });
    i = j;
  }
  return out;
}
