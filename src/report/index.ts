/**
 * The report stage: gathers dossiers and the corpus from a Store and renders them as the
 * stable `analyze --json` schema, Markdown, a self-contained HTML file and a console summary.
 */
export { loadDossier, sortArticles, type Dossier } from './dossier.js';
export * from './analyze-json.js';
