/**
 * The analyze stage: sentences, paragraphs, tokens, person/organisation names and dates
 * of an article (wink-nlp + wink-eng-lite-web-model, chrono-node).
 */
export { analyzeArticle, findParagraphs } from './analyze-article.js';
export { findDateMentions, findReferenceDate } from './dates.js';
export { findNames } from './entities.js';
