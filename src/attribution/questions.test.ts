import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeText } from './attribute-text.js';
import { show } from './test-helpers.js';

/** The questions among the shown quotes: cue `asked`, content the question. */
function questions(text: string): { source: string | null; cue: string | null; content: string[] }[] {
  const rules = attributeText(text).map((d) => d.rule);
  return show(text).filter((_, i) => rules[i] === 'indirect/asked').map((q) => ({ source: q.source, cue: q.cue, content: q.content }));
}

test('should read a question put in a participle clause as a report with no source (Asked whether …, Quell said)', () => {
  assert.deepEqual(questions('Asked whether the levy would pass, Mara Quell said she expected a close vote.'), [
    { source: null, cue: 'Asked', content: ['whether the levy would pass'] },
  ]);
  // The answer is its own report, credited to the one who gave it.
  assert.ok(show('Asked whether the levy would pass, Mara Quell said she expected a close vote.').some((q) => q.speaker === 'Mara Quell' && q.cue === 'said'));
  assert.deepEqual(questions('Quell, when asked if she would run again, smiled.'), [{ source: null, cue: 'asked', content: ['if she would run again'] }]);
});

test('should keep `about` in the cue, take the asker after `by` as source, and skip a time phrase before the question', () => {
  assert.deepEqual(questions('Asked about the strike, Quell shrugged.')[0], { source: null, cue: 'Asked about', content: ['the strike'] });
  assert.deepEqual(questions('Asked by a dockhand to explain the vote, Quell left.')[0], { source: 'a dockhand', cue: 'Asked', content: ['to explain the vote'] });
  assert.deepEqual(questions('Asked by host Ivo Rask whether she had anything kind to say, Quell laughed.')[0], {
    source: 'host Ivo Rask', cue: 'Asked', content: ['whether she had anything kind to say'],
  });
  assert.deepEqual(questions('Asked on Monday why the ferry was late, Quell blamed the tide.')[0]?.content, ['why the ferry was late']);
  // A comma inside the closing quotation ends the question.
  assert.deepEqual(questions('Asked whether Quell “can still win the port,” 61 percent of dockers said yes.')[0]?.content, ['whether Quell “can still win the port,”']);
});

test('should leave other uses of asked to the usual rules, and report nothing inside the question', () => {
  assert.deepEqual(questions('Mara Quell asked the board whether the levy would pass.'), []);
  assert.deepEqual(questions('Asked questions and nothing else.'), []);
  const inside = show('Asked if she believed Brandt wanted the levy to pass, Quell laughed.');
  assert.ok(!inside.some((q) => q.cue === 'wanted' || q.cue === 'believed'), JSON.stringify(inside));
});

test('should read a question put with an auxiliary (Quell was asked whether …), the one asked in an infinitive’s content', { timeout: 5000 }, () => {
  assert.deepEqual(questions('Mara Quell was asked whether the levy would pass.'), [{ source: null, cue: 'was asked', content: ['whether the levy would pass'] }]);
  assert.deepEqual(questions('Mara Quell was asked to name one vote she regretted.'), [
    { source: null, cue: 'was asked', content: ['Mara Quell', 'to name one vote she regretted'] },
  ]);
  assert.deepEqual(questions('Tavo Brandt was asked by host Ivo Rask whether he would run.')[0]?.source, 'host Ivo Rask');
  assert.deepEqual(questions('The question was asked twice.'), []);
});

test('should read `when asked` inside a sentence, the question running to the sentence’s end', () => {
  assert.deepEqual(questions('“That is fair,” Mara Quell told Harbor FM when asked about fears that the levy would fail.'), [
    { source: null, cue: 'asked about', content: ['fears that the levy would fail'] },
  ]);
  assert.deepEqual(questions('Quell looked uneasy when asked whether the ferry would run.'), [{ source: null, cue: 'asked', content: ['whether the ferry would run'] }]);
  // With no question word or topic after it, the clause puts no question.
  assert.deepEqual(questions('Quell said as much when asked back in May.'), []);
});

test('should read `pressed` and `questioned` as putting a question only with its topic', () => {
  assert.deepEqual(questions('When pressed about the levy, Mara Quell apologised.'), [{ source: null, cue: 'pressed about', content: ['the levy'] }]);
  assert.deepEqual(questions('Mara Quell was questioned on the dredging contract.'), [{ source: null, cue: 'was questioned on', content: ['the dredging contract'] }]);
  assert.deepEqual(questions('When pressed by the board, Mara Quell apologised.'), []);
});

test('should end a question put in a subordinate clause at its comma (When Quell was asked …, her answer …)', () => {
  assert.deepEqual(questions('When Mara Quell was asked about the levy on Harbor FM, her answer turned to the ferry.'), [
    { source: null, cue: 'was asked about', content: ['the levy on Harbor FM'] },
  ]);
});
