/**
 * The clean stage: RawDocuments to Articles. Extracts the main text and metadata of HTML
 * pages, finds the title, removes boilerplate lines (each reported as an info Message) and
 * builds `Article.text` as the title, a blank line, and the body paragraphs.
 */
export { cleanDocument, type CleanResult } from './clean-document.js';
export { extractHtml, type ExtractedPage } from './extract-html.js';
export { findBoilerplateLines, type BoilerplateLine, type CleanOptions, type RepeatedLines } from './boilerplate.js';
export { learnRepeatedLines } from './repeated-lines.js';
export { guessLanguage } from './guess-language.js';
