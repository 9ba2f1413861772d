/**
 * The full `analyze` on the invented evaluation corpus in eval/coverage-corpus/ (5 stories,
 * 27 articles, 9 outlets, English, French, German and Spanish), scored as
 * scripts/eval-coverage-corpus.ts scores it. Only what the pipeline already meets is
 * asserted, so this guards against regressions.
 *
 * Targets not met yet (at 38f3531; run the script for every miss and its cause):
 * - story B³ F1 ≥ 0.95: 0.858 in one batch (P 1.0, R 0.751). The French, German and
 *   Spanish articles each become a story of their own. In batches of 3 it is 0.85 and in
 *   batches of 1 it is 0.807: the ferry story also breaks into singletons;
 * - English occurrence recall ≥ 0.95: 0.938 (75/80) in one batch, 0.888 (71/80) in batches.
 *   The three paraphrases in quotation marks and two reported renderings stay out of the
 *   group of what was said;
 * - no target, but 0/9 non-English occurrences are recalled.
 * Met: drift accuracy 0.96 (72/75), B³ precision 1.0, copies 3/3 with none extra.
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

test('should keep stories apart that share a person but are different events (B³ precision ≥ 0.95)', () => {
  // The mayor's port strike, his bribery trial and the tram vote he backed are three stories.
  assert.ok(score.stories.precision >= 0.95, `B³ precision ${score.stories.precision}:\n${missesOf('story').join('\n')}`);
});

test(`should label the drift of ≥ ${TARGETS.driftAccuracy * 100} % of recalled occurrences correctly`, () => {
  assert.ok(score.drift.rate >= TARGETS.driftAccuracy, `drift ${score.drift.right}/${score.drift.total}:\n${missesOf('drift').join('\n')}`);
});

test('should link the spun and near-verbatim copies to their originals, and nothing else', () => {
  assert.deepEqual(missesOf('copy'), []);
  assert.equal(score.copies.found, score.copies.expected);
});
