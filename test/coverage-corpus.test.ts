/**
 * The full `analyze` on the invented evaluation corpus in eval/coverage-corpus/ (5 stories,
 * 27 articles, 9 outlets, English, French, German and Spanish), scored as
 * scripts/eval-coverage-corpus.ts scores it. Only what the pipeline already meets is
 * asserted, so this guards against regressions.
 *
 * Not met yet (run the script for every miss and its cause):
 * - English occurrence recall ≥ 0.95: 0.938 (75/80). The three paraphrases in quotation
 *   marks and two reported renderings stay out of the group of what was said;
 * - no target, but the non-English occurrences are recalled only as far as the attribution
 *   rules read those languages.
 * Met: story B³ F1 1.0 in one batch and in batches of one article, drift accuracy ≥ 0.9,
 * copies 3/3 with none extra.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreCoverageCorpus, TARGETS, type CoverageCorpusScore } from '../scripts/eval-coverage-corpus.js';

let score: CoverageCorpusScore;
const missesOf = (cause: string) => score.misses.filter((m) => m.cause === cause).map((m) => m.message);

before(async () => {
  score = await scoreCoverageCorpus();
});

test('should read every article of the evaluation corpus', () => {
  assert.equal(score.articles, 27);
  assert.equal(score.occurrences.length, 89);
});

test(`should group the stories with B³ F1 ≥ ${TARGETS.storyF1}, keeping apart events that share a person`, () => {
  // The mayor's port strike, his bribery trial and the tram vote he backed are three
  // stories; the French, German and Spanish articles join the story they report.
  assert.ok(score.stories.precision >= 0.95, `B³ precision ${score.stories.precision}:\n${missesOf('story').join('\n')}`);
  assert.ok(score.stories.f1 >= TARGETS.storyF1, `B³ F1 ${score.stories.f1}:\n${missesOf('story').join('\n')}`);
});

test('should find the same stories when the articles arrive one per batch', async () => {
  const one = await scoreCoverageCorpus(undefined, 1);
  assert.ok(one.stories.f1 >= TARGETS.storyF1, `B³ F1 ${one.stories.f1} in batches of one:\n${one.misses.filter((m) => m.cause === 'story').map((m) => m.message).join('\n')}`);
});

test(`should label the drift of ≥ ${TARGETS.driftAccuracy * 100} % of recalled occurrences correctly`, () => {
  assert.ok(score.drift.rate >= TARGETS.driftAccuracy, `drift ${score.drift.right}/${score.drift.total}:\n${missesOf('drift').join('\n')}`);
});

test('should link the spun and near-verbatim copies to their originals, and nothing else', () => {
  assert.deepEqual(missesOf('copy'), []);
  assert.equal(score.copies.found, score.copies.expected);
});
