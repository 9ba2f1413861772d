/**
 * The attribute stage: who said what in one article, with a span for every part.
 */
export { attributeText, type AttributeOptions, type QuoteDraft } from './attribute-text.js';
export { toPolnearRecord, type PolnearRecord, type PolnearAttribution, type PolnearSpan } from './polnear-record.js';
