import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeText } from './attribute-text.js';
import { show, type ShownQuote } from './test-helpers.js';

/** The writer's judgements among the shown quotes: no source, a seem/appear/expected cue. */
function judgements(text: string): ShownQuote[] {
  return show(text).filter((q) => q.source === null && q.cue !== null && /seem|appear|expected/.test(q.cue));
}

test('should read `X seemed to …` as the writer’s judgement: no source, the subject and the complement as content', () => {
  const [j, ...rest] = judgements('Mara Quell seemed to regret the vote on the levy.');
  assert.equal(rest.length, 0);
  assert.deepEqual({ speaker: j.speaker, cue: j.cue, content: j.content }, { speaker: null, cue: 'seemed', content: ['Mara Quell', 'to regret the vote on the levy'] });
  assert.deepEqual(judgements('The old pier appears to have been sold twice.')[0]?.content, ['The old pier', 'to have been sold twice']);
  // `seem` also takes a bare adjective.
  assert.deepEqual(judgements('Tavo Brandt seemed irritated by the question.')[0]?.content, ['Tavo Brandt', 'irritated by the question']);
});

test('should keep the auxiliary and any adverb of `is expected to` in the cue', () => {
  const [j] = judgements('The harbour board is widely expected to approve the levy on Friday.');
  assert.deepEqual({ cue: j?.cue, content: j?.content }, { cue: 'is widely expected', content: ['The harbour board', 'to approve the levy on Friday'] });
  assert.equal(judgements('The ferries are not expected to run before May.')[0]?.cue, 'are not expected');
});

test('should leave an expletive `it` and a subject behind a conjunction out of the content', () => {
  assert.deepEqual(judgements('It appears that the vote was moved to June.')[0]?.content, ['that the vote was moved to June']);
  assert.deepEqual(judgements('Quell thanked the crew and seemed to enjoy the applause.')[0]?.content, ['to enjoy the applause']);
});

test('should not read other uses of seem, appear and expect as judgements', () => {
  for (const text of [
    'Mara Quell appeared on the harbour radio on Monday.',
    'Tavo Brandt appeared in court with his lawyer.',
    'The plan seemed to him a waste of money.',
    'Quell appeared to the crowd from a balcony.',
    'The board expected the levy to pass.',
  ]) assert.deepEqual(judgements(text), [], text);
  // `expected` without its auxiliary stays an ordinary cue with a source.
  const expected = show('Quell expected the dockers to vote against the levy.');
  assert.ok(expected.every((q) => q.source !== null), JSON.stringify(expected));
});

test('should mark judgements with their rule, so the store can leave them out', () => {
  const drafts = attributeText('The harbour board is expected to approve the levy.');
  assert.deepEqual(drafts.map((d) => d.rule), ['indirect/judgement']);
});

test('should read `is seen as` and its kin as a judgement nobody is named for: the subject and what it is taken as', () => {
  const perceived = (text: string) => show(text).filter((q) => q.source === null && q.cue !== null && / as$/.test(q.cue)).map((q) => ({ cue: q.cue, content: q.content }));
  assert.deepEqual(perceived('The levy is widely seen as a lifeline for the port.'), [{ cue: 'is widely seen as', content: ['The levy', 'a lifeline for the port'] }]);
  assert.deepEqual(perceived('Mara Quell could be viewed as the safer choice.'), [{ cue: 'could be viewed as', content: ['Mara Quell', 'the safer choice'] }]);
  // `known as` right after a noun names it, with no auxiliary.
  assert.deepEqual(perceived('Brandt won the string of contests known as the harbor primaries.'), [
    { cue: 'known as', content: ['the string of contests', 'the harbor primaries'] },
  ]);
  // No `as`, or a comparison, is no judgement.
  assert.deepEqual(perceived('Mara Quell was seen leaving the hall.'), []);
  assert.deepEqual(perceived('The pier was seen as if from above.'), []);
  assert.deepEqual(perceived('The port has seen as many ships this year as last.'), []);
});

test('should read `reportedly` before a verb of doing as a report with no named source, and leave a reporting verb to its own rule', () => {
  const reported = (text: string) => show(text).filter((q) => q.cue?.toLowerCase() === 'reportedly').map((q) => q.content);
  assert.deepEqual(reported('The harbor board reportedly sold the pier last spring.'), [['The harbor board', 'sold the pier last spring']]);
  assert.deepEqual(reported('The club is reportedly spending heavily on ads.'), [['The club is', 'spending heavily on ads']]);
  assert.deepEqual(reported('Reportedly, the pier was sold twice.'), [['the pier was sold twice']]);
  // A reporting verb after it has its source; a relative clause is an aside.
  assert.deepEqual(reported('Mara Quell reportedly told aides the pier was sold.'), []);
  assert.deepEqual(reported('Brandt, who reportedly has been itching to run, stayed home.'), []);
});
