import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as report from './index.js';

test('report index should export its public face', () => {
  for (const name of [
    'loadDossier', 'loadCorpus', 'toAnalyzeJson', 'renderHtml', 'renderMarkdown', 'renderSummary', 'escapeHtml',
    'renderDossierSections', 'renderArticleSection', 'renderPage', 'reportLinks', 'STYLESHEET',
  ]) {
    assert.ok(name in report, `missing export ${name}`);
  }
  assert.equal(typeof report.renderHtml, 'function');
});
