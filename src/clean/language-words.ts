/**
 * The most frequent function words of the languages Retold guesses between, from standard
 * stop-word lists (Snowball stemmer project, BSD licence). Twelve each is enough to tell
 * these languages apart on a paragraph; anything else keeps its declared language or 'en'.
 */
export const LANGUAGE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'it', 'was', 'for', 'with', 'he'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'por', 'con', 'una', 'del'],
  fr: ['le', 'la', 'les', 'de', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'qui'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'ein', 'sich', 'auf', 'dem'],
  it: ['il', 'di', 'che', 'la', 'e', 'per', 'un', 'non', 'della', 'sono', 'gli', 'con'],
  pt: ['o', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'te', 'zijn', 'met'],
};
