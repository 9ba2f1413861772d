import { LANGUAGE_WORDS } from './language-words.js';

/** Scripts that name their language well enough on their own. */
const SCRIPTS: readonly [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0370-\u03ff]/g, 'el'],
];

/**
 * A cheap language guess from the first few thousand characters: the script when it is not
 * Latin, else the language whose function words are most frequent; `en` when unsure.
 */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'en';
  for (const [re, lang] of SCRIPTS) {
    if ((sample.match(re)?.length ?? 0) > letters * 0.3) return lang;
  }
  const counts = new Map<string, number>();
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  let best = 'en';
  let bestScore = 0;
  for (const [lang, words] of Object.entries(LANGUAGE_WORDS)) {
    const score = words.reduce((n, w) => n + (counts.get(w) ?? 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
