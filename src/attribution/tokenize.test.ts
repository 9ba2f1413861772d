import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';
import { findQuotedSpans } from './quote-marks.js';
import { attributeText } from './attribute-text.js';

test('should keep abbreviations and initials whole and split clitics', () => {
  const { tokens } = tokenize('Sen. M.J. Quell’s aide didn’t go to the U.S. office.');
  assert.deepEqual(
    tokens.map((t) => t.text),
    ['Sen.', 'M.J.', 'Quell', '’s', 'aide', 'did', 'n’t', 'go', 'to', 'the', 'U.S.', 'office', '.'],
  );
});

test('should split sentences at terminal marks but not after abbreviations', () => {
  const { sentences } = tokenize('Gov. Quell spoke. “Why?” she asked. Then she left.');
  assert.equal(sentences.length, 3);
});

test('should end a sentence after a lone capital that no name follows (posted on X. The mayor …)', () => {
  const { tokens, sentences } = tokenize('Quell posted on X. The mayor replied. Ada J. Brandt waited on Plan B.\nShe left.');
  assert.equal(sentences.length, 4);
  // The initial inside a name stays whole; the letter before `The`, a line end or the text's end does not.
  assert.deepEqual(tokens.filter((t) => /^[A-Z]\.?$/.test(t.text)).map((t) => t.text), ['X', 'J.', 'B']);
  // …so `on X` is the platform, not an interview with `X. The`.
  const [q] = attributeText('“The port is open,” Quell posted on X. The mayor said the port was closed.');
  assert.equal(q.occasion?.label, 'X');
});

test('should end a sentence after an abbreviation that is no title before a sentence opener or a line end (said no. The …; Acme Inc. The …)', () => {
  const { tokens, sentences } = tokenize('Asked again, Quell said no. The mayor moved on to Sen. Ada Brandt of Acme Inc. The firm left the U.S.\nIt sold No. 4 Pier.');
  assert.equal(sentences.length, 4);
  // A title keeps its period before a name; so does `No.` before a number.
  assert.deepEqual(tokens.filter((t) => t.text.endsWith('.') && t.text.length > 1).map((t) => t.text), ['Sen.', 'No.']);
  const text = 'Asked whether the pier would reopen, Quell said no. “It is not safe,” the harbor master said.';
  const [q] = attributeText(text).filter((f) => f.rule.startsWith('indirect/source'));
  assert.deepEqual(q.content.map((c) => text.slice(c.start, c.end)), ['no']);
  // …and a quotation opening on a capital after it starts a sentence of its own, with its own cue.
  assert.equal(tokenize(text).sentences.length, 2);
});

test('should end a sentence after a place abbreviation before a quotation in doubled single marks (of Alder, Fla. \'\'She …)', () => {
  const text = "''The ferry is late,'' said Ada Brandt, 40, of Alder, Fla. ''She never was before.'' The line said nothing.";
  assert.equal(tokenize(text).sentences.length, 3);
  const [q] = attributeText(text).filter((f) => f.rule === 'direct/cue-after');
  assert.equal(q.content.length, 2);
});

test('should pair a straight opening mark with a curly closing one', () => {
  const text = '"[Quell] sees the port as home.”';
  const { tokens } = tokenize(text);
  const [q] = findQuotedSpans(tokens, -1);
  assert.equal(text.slice(tokens[q.first].start, tokens[q.last].end), '[Quell] sees the port as home.');
});

test('should not take markup attributes for quotations', () => {
  const { tokens } = tokenize('<tweet author="quell">We are open</tweet>');
  assert.deepEqual(findQuotedSpans(tokens, -1), []);
});

test('should read a closing mark that opens a paragraph as an opening mark', () => {
  const text = '”We stay open late.” ― Mara Quell';
  const { tokens } = tokenize(text);
  const [q] = findQuotedSpans(tokens, -1);
  assert.equal(text.slice(tokens[q.first].start, tokens[q.last].end), 'We stay open late.');
});

test('should read an opening mark typed after a comma or full stop, before a space, as a closing mark (…,“ said Quell)', () => {
  const text = '“The pier is safe,“ said Mara Quell. “Boats can dock.”';
  const { tokens } = tokenize(text);
  const spans = findQuotedSpans(tokens, -1).map((q) => text.slice(tokens[q.first].start, tokens[q.last].end));
  assert.deepEqual(spans, ['The pier is safe,', 'Boats can dock.']);
});

test('should read an opening mark glued to the word before, before a space, as a closing mark (an “expedited review“ of …)', () => {
  const text = 'The board called for an “expedited review“ of the pier and said the port should set up “night patrols” at once.';
  const { tokens } = tokenize(text);
  const spans = findQuotedSpans(tokens, -1).map((q) => text.slice(tokens[q.first].start, tokens[q.last].end));
  assert.deepEqual(spans, ['expedited review', 'night patrols']);
  // German closes with that mark: „…“ stays one quotation.
  const german = '„Wir bleiben hier“ sagte Ilse Varnholt am Freitag.';
  const g = tokenize(german);
  assert.deepEqual(findQuotedSpans(g.tokens, -1).map((q) => german.slice(g.tokens[q.first].start, g.tokens[q.last].end)), ['Wir bleiben hier']);
});

test('should not end a sentence at the v. of a case name', () => {
  const { sentences } = tokenize('Quell asked about Harbor Trust v. Brandt, and how the ruling changed the port. Then she left.');
  assert.equal(sentences.length, 2);
});

test('should pair German low and high marks („…“) and end the quote at the high one', () => {
  const text = '„Wir bleiben hier“, sagte Ilse Varnholt am Freitag.';
  const { tokens } = tokenize(text);
  const quotes = findQuotedSpans(tokens, -1);
  assert.equal(quotes.length, 1);
  assert.equal(text.slice(tokens[quotes[0].first].start, tokens[quotes[0].last].end), 'Wir bleiben hier');
});

test('should pair outward German guillemets (»…«) with inner ›…‹', () => {
  const text = 'Varnholt sagte: »Er rief ›Halt‹, dann ging er.« Danach schwieg sie.';
  const { tokens } = tokenize(text);
  const spans = findQuotedSpans(tokens, -1).map((q) => text.slice(tokens[q.first].start, tokens[q.last].end));
  assert.deepEqual(spans, ['Er rief ›Halt‹, dann ging er.', 'Halt']);
});

test('should pair French guillemets with no-break spaces and keep the offsets exact', () => {
  const text = 'Il a déclaré\u00a0: «\u00a0Nous resterons\u00a0», puis « encore\u202f».';
  const { tokens } = tokenize(text);
  const spans = findQuotedSpans(tokens, -1).map((q) => [tokens[q.open].start, tokens[q.close].end]);
  assert.deepEqual(spans.map(([a, b]) => text.slice(a, b)), ['«\u00a0Nous resterons\u00a0»', '« encore\u202f»']);
  assert.equal(spans[0][0], text.indexOf('«'));
});

test('should make a dateline a sentence of its own, and not a dash after a name', () => {
  assert.equal(tokenize('PORT ALDER (HNS) — Mara Quell is moving staff.').sentences.length, 2);
  assert.equal(tokenize('Port Alder, May 3 (HNS) – Mara Quell is moving staff.').sentences.length, 2);
  assert.equal(tokenize('LISBON — Mara Quell is moving staff.').sentences.length, 2);
  assert.equal(tokenize('Quell — who spoke first — left early.').sentences.length, 1);
  assert.equal(tokenize('Mara Quell (left) — and her deputy — left early.').sentences.length, 1);
});

test('should end a sentence before a bracketed sentence (… Quell said. (The board …))', () => {
  const { tokens, sentences } = tokenize('The pier is unsafe, Quell said. (The board disputes this.)');
  assert.equal(sentences.length, 2);
  assert.equal(tokens[sentences[1].first].text, '(');
});

test('should not end a sentence at a plural title (particularly Govs. Ruiz and Brandt)', () => {
  const { sentences } = tokenize('She praised her rivals, particularly Govs. Ana Ruiz and Ida Brandt, who spoke first. Then she left.');
  assert.equal(sentences.length, 2);
});

test('should keep the Latin-1 signs of a mis-decoded UTF-8 name inside its word, but never « » as letters (FranÃ§ois)', () => {
  const words = tokenize('Mayor FranÃ§ois Quell said « oui » on § 2.').tokens.map((t) => `${t.text}/${t.type}`);
  assert.deepEqual(words.slice(0, 3), ['Mayor/word', 'FranÃ§ois/word', 'Quell/word']);
  assert.ok(words.includes('«/open') && words.includes('»/close'), words.join(' '));
  assert.ok(words.includes('§/punct'), words.join(' '));
});

test("should read three apostrophes closing after a word as a single mark inside a double one ('old-school,''' said), and opening as the double first", () => {
  const marks = (text: string): string[] => tokenize(text).tokens.filter((t) => t.type === 'open' || t.type === 'close').map((t) => `${t.type}:${t.text}`);
  assert.deepEqual(marks("''I would say 'old-school,''' said Ada Quist."), ["open:''", "open:'", "close:'", "close:''"]);
  assert.deepEqual(marks("'''Tis the season,'' he said."), ["open:''", "open:'", "close:''"]);
});
