import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceSubject } from './sentence-subject.js';
import { tokenize } from './tokenize.js';

/** The subject phrase of the text's first sentence (its range ends exclusive), as text; null when none. */
function subjectOf(text: string): string | null {
  const { tokens, sentences } = tokenize(text);
  const s = sentences[0];
  const r = sentenceSubject(tokens, s.first, s.last);
  return r ? text.slice(tokens[r.first].start, tokens[r.last].end) : null;
}

test('should find the subject after a fronted phrase that holds a quoted title (Speaking to "Morning Desk" Monday, Ruiz …)', () => {
  assert.equal(subjectOf('Speaking to "Morning Desk" on Monday, Ruiz refrained from attacking her rivals.'), 'Ruiz');
});

test('should pass a name and participle inside a fronted phrase (With her husband, former mayor Tomas Reyes, standing by her side, Ana Ruiz …)', () => {
  assert.equal(subjectOf('With her husband, former mayor Tomas Reyes, standing by her side, Ana Ruiz told supporters to keep going.'), 'Ana Ruiz');
  // A fronted phrase followed by the subject and its verb is read as before.
  assert.equal(subjectOf('With the vote lost, Ana Ruiz conceded on Monday.'), 'Ana Ruiz');
});

test('should find the subject after a fronted phrase opening with by, for or under, a time phrase ending in later, and a wire dateline', () => {
  assert.equal(subjectOf('By the end of the day, Mara Quell had dropped the plan.'), 'Mara Quell');
  assert.equal(subjectOf('Under the new rules, the guild must publish its accounts.'), 'the guild');
  assert.equal(subjectOf('A few minutes later they reopened the hall.'), 'they');
  assert.equal(subjectOf('HARBORTON, Ore. (Wire) - Mayor Ada Quell met the ferry crews on Thursday.'), 'Mayor Ada Quell');
  assert.equal(subjectOf('PORT ALDER ― The guild voted on Friday.'), 'The guild');
  // A capitalised opener that is no dateline stays the subject.
  assert.equal(subjectOf('UNESCO named the harbour a heritage site on Friday.'), 'UNESCO');
});

test('should find no subject in an expletive there or here (There is talk of Olin, saying …)', () => {
  assert.equal(subjectOf('There is a lot of talk about Ivo Olin, saying the port must close.'), null);
  assert.equal(subjectOf('Here are the figures the board released.'), null);
  // A name that merely begins with the letters is still a subject.
  assert.equal(subjectOf('Therese Olin said the port must close.'), 'Therese Olin');
});

test('should end a fronted phrase at a comma set inside a closing mark (Later on “This Week,” Sanders …)', () => {
  assert.equal(subjectOf('Later on “Noon Desk,” Senator Mara Quell questioned the levy.'), 'Senator Mara Quell');
  assert.equal(subjectOf('When Brandt called it “a tax on the poor,” Quell walked out.'), 'Quell');
});

test('should pass a fronted participle and its agent, and a role set off after the agent’s name (Accompanied by Dr Ivo Brandt, head of the port, the minister …)', () => {
  assert.equal(subjectOf('Accompanied by Dr Ivo Brandt, chief executive of the Harbour Authority, the minister walked the quay.'), 'the minister');
  assert.equal(subjectOf('Flanked by aides, Mara Quell spoke for an hour.'), 'Mara Quell');
  // After a fronted phrase, a clause with its verb is no apposition.
  assert.equal(subjectOf('After meeting Mara Quell, officials said the port would close.'), 'officials');
});
