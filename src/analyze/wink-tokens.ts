/**
 * Character offsets for wink-nlp tokens. wink reports token *indices*; Retold spans are
 * character offsets, so each token is located in the original text in order.
 */
import type { ItemEntity, ItemSentence } from 'wink-nlp';
import { its, nlp } from './nlp.js';

/** One token with its offsets and part of speech. */
export interface WinkToken {
  start: number;
  end: number;
  text: string;
  pos: string;
}

/** A wink sentence as a token index range (inclusive). */
export interface WinkSentence {
  first: number;
  last: number;
}

/** A wink entity (DATE, CARDINAL, …) as a token index range (inclusive). */
export interface WinkEntity {
  type: string;
  first: number;
  last: number;
}

/** The linguistic reading of one text. */
export interface WinkReading {
  tokens: WinkToken[];
  sentences: WinkSentence[];
  entities: WinkEntity[];
}

/**
 * Runs wink-nlp over `text` and maps its tokens back to character offsets.
 *
 * @param text Any string; whitespace is kept out of the tokens.
 */
export function readText(text: string): WinkReading {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: WinkToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let start = text.indexOf(value, at);
    // wink may normalise a token (rare); fall back to the current position.
    if (start < 0) start = at;
    const end = Math.min(text.length, start + value.length);
    tokens.push({ start, end, text: text.slice(start, end), pos: tags[i] });
    at = end;
  }
  const sentences: WinkSentence[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    sentences.push({ first, last });
  });
  const entities: WinkEntity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    entities.push({ type: e.out(its.type) as string, first, last });
  });
  return { tokens, sentences, entities };
}
