import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';
import { isCueCandidate, scoreCue, scoreCueFeatures } from './cue-model.js';
import { attributeText } from './attribute-text.js';
import { toPolnearRecord } from './polnear-record.js';
import { isJudged, nesting, REPORT_THRESHOLD, reportFeatures, reportProbability, reportValues } from './report-model.js';
import { findAttributions } from './find-attributions.js';
import { findQuotedSpans } from './quote-marks.js';

const TEXT = [
  'Mara Quell, the harbour commissioner, said on Tuesday that the ferry would run again by May.',
  'Critics have long questioned whether the budget allows it, and Quell is once again pooh-poohing their doubts.',
  'The council, raising questions about the plan, voted 5-2. "We will see," said Tomas Brill: "nothing is settled."',
].join('\n');

test('the fast cue score equals the sum of the feature-string weights for every candidate word', () => {
  const doc = tokenize(TEXT);
  let checked = 0;
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (!isCueCandidate(doc.tokens, i)) continue;
      checked++;
      const fast = scoreCue(doc.tokens, i, s.first);
      const reference = scoreCueFeatures(doc.tokens, i, s.first);
      assert.ok(Math.abs(fast - reference) < 1e-9, `${doc.tokens[i].text}: ${fast} vs ${reference}`);
    }
  }
  assert.ok(checked > 20, `only ${checked} candidates checked`);
});

test('the report check rates a plain named report above a noun read as a cue after a verb', () => {
  const plain = attributeText('Mara Quell said on Tuesday that the ferry would run again by May.');
  const noun = attributeText('The council, raising questions about the ferry plan, voted against it on Tuesday.');
  const said = plain.find((d) => d.kind === 'indirect');
  assert.ok(said, 'the plain report is found');
  assert.ok(said.report > 0.5, `plain report rated ${said.report}`);
  for (const d of noun) assert.ok(d.report < said.report, `noun cue rated ${d.report}`);
});

test('quoted words are not judged by the report check: they keep a report figure of 1', () => {
  const drafts = attributeText('"We will see," said Tomas Brill.\n\n"Nothing is settled yet."');
  assert.ok(drafts.length >= 1);
  for (const d of drafts) if (d.kind !== 'indirect') assert.equal(d.report, 1);
  assert.equal(isJudged('direct/inherit-previous'), false);
  assert.equal(isJudged('indirect/source-cue-content'), true);
});

test('retold quotes leaves out reports rated below the cut, and keeps them all at a cut of 0', () => {
  const text = 'Mara Quell said that the ferry would run again by May. The board, facing questions about costs, met twice.';
  const drafts = attributeText(text);
  const all = toPolnearRecord('a', text, drafts, 0).attributions.length;
  const none = toPolnearRecord('a', text, drafts, 1.01).attributions.length;
  assert.ok(all >= 1);
  assert.equal(none, drafts.filter((d) => d.report >= 1.01).length);
  assert.ok(none < all);
});

test('report features describe nesting: a report inside another report says so', () => {
  const text = 'Quell said Brill, who claimed that costs would fall, was wrong about the ferry.';
  const doc = tokenize(text);
  const found = findAttributions(doc, findQuotedSpans(doc.tokens, -1), -1);
  const inner = found.findIndex((f) => f.cue !== null && doc.tokens[f.cue.first].lower === 'claimed');
  assert.ok(inner >= 0, 'the inner report is found');
  const features = reportFeatures(doc, found, nesting(found), inner, 0.9);
  assert.ok(features.includes('in=true'), features.join(' '));
  const p = reportProbability(reportValues(doc, found, nesting(found), inner, 0.9));
  assert.ok(p > 0 && p < 1);
});

test('a quote with no cue inherits from the nearest attribution the check keeps, not from one it rejects', () => {
  const text = '“We will not back down,” Otto Brel said.\n\nPay no attention to the levy, which takes effect in May.\n\n“This is only the start.”';
  const drafts = attributeText(text);
  const rejected = drafts.find((d) => d.cue !== null && text.slice(d.cue.start, d.cue.end) === 'attention');
  // The premise: the check rejects `Pay no | attention | to the levy`, the attribution right before the quote.
  assert.ok(rejected && rejected.report < REPORT_THRESHOLD);
  const last = drafts.find((d) => text.slice(d.content[0].start, d.content[0].end).includes('only the start'));
  assert.equal(last?.speaker, 'Otto Brel');
  assert.equal(last?.source && text.slice(last.source.start, last.source.end), 'Otto Brel');
  // With nothing kept before it, the quote keeps no source at all.
  const alone = 'The council met on Monday. Pay no attention to the levy, which takes effect in May.\n\n“This is only the start.”';
  const free = attributeText(alone).find((d) => alone.slice(d.content[0].start, d.content[0].end).includes('only the start'));
  assert.equal(free?.source, null);
  assert.equal(free?.speaker, null);
});

test('report features tell a clause said from a noun phrase, alone and with the cue word', () => {
  const text = 'Quell criticized the ferry plan. Brill said the ferry would run again.';
  const doc = tokenize(text);
  const found = findAttributions(doc, findQuotedSpans(doc.tokens, -1), -1);
  const features = (cue: string): string[] => {
    const i = found.findIndex((f) => f.cue !== null && doc.tokens[f.cue.first].lower === cue);
    assert.ok(i >= 0, `a report on ${cue} is found`);
    return reportFeatures(doc, found, nesting(found), i, 0.9);
  };
  assert.ok(features('criticized').includes('ch&cv=criticized|false'), features('criticized').join(' '));
  assert.ok(features('said').includes('cv=true'), features('said').join(' '));
});
