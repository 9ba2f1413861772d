/**
 * The attribute stage: who said what in one article, with a span for every part (quoted
 * or reported content, cue, speaker mention), the resolved speaker name, the occasion and
 * when it was said.
 */
export { attributeText, type AttributeOptions, type QuoteDraft } from './attribute-text.js';
export { attributeArticle } from './attribute-article.js';
export { isCredited, toPolnearRecord, type PolnearRecord, type PolnearAttribution, type PolnearSpan } from './polnear-record.js';
