import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { attributeText, runAttributionRules } from './attribute-text.js';
import { toPolnearRecord } from './polnear-record.js';

const within = (text: string, s: { start: number; end: number } | null): boolean =>
  s === null || (Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length);

// Strings made of the characters and words the rules care about (marks, cues, and the words
// that open a question, a judgement, a noun report, a poll share, a transcript turn or a
// coordinated clause, or names an occasion), so odd sequences are common.
const newsy = fc
  .array(
    fc.constantFrom(
      '"', '“', '”', "'", '‘', '’', ' ', '\n', '\n\n', ',', '.', ':', '—', 'said', 'says', 'he', 'Mara Quell', 'according to', 'that',
      'the', 'Friday', 'April 27', 'told', '(', ')', 'x', 'Asked', 'was asked', 'to', 'about', 'by', 'whether', 'seemed', 'is expected',
      'appears', 'her', "'s", 'claim', 'warning', '47 percent', '%', 'Six in 10', 'say', 'she was asked to', 'seemed to',
      'QUELL:', 'Q:', 'A:', '-', 'while', ', and', 'Brandt, 34,', 'shows,', 'rally', 'in an interview', 'on the podcast',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

test('attributeText never throws, always returns, and every span is within the text (arbitrary strings)', { timeout: 60_000 }, () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ maxLength: 200, unit: 'binary' }), newsy), (text) => {
      const drafts = runAttributionRules(text, { title: { start: 0, end: Math.min(10, text.length) }, published: '2024-03-12' });
      assert.deepEqual(attributeText(text, { title: { start: 0, end: Math.min(10, text.length) }, published: '2024-03-12' }), drafts);
      for (const d of drafts) {
        assert.ok(d.content.length > 0);
        for (const c of d.content) assert.ok(within(text, c));
        assert.ok(within(text, d.cue));
        assert.ok(within(text, d.source));
        assert.ok(within(text, d.occasion ? d.occasion.span : null));
        assert.ok(within(text, d.saidWhen ? d.saidWhen.span : null));
        assert.ok(d.confidence >= 0 && d.confidence <= 1);
      }
    }),
    { numRuns: 1500 },
  );
});

test('texts the property test once found throwing still return (a cue ending a title: `rally appears`)', () => {
  for (const text of ['rally appears', 'The pier is shut, Quell said']) {
    assert.doesNotThrow(() => runAttributionRules(text, { title: { start: 0, end: Math.min(10, text.length) }, published: '2024-03-12' }), text);
  }
});

test('every span of the PolNeAR record slices to the text it shows (round trip)', () => {
  const text =
    'Port Strike Ends\n\n“We are done,” Mara Quell said on the podcast Harbor Talk on Friday. “Back to work.”\n\n' +
    'According to Dev Oman, the cranes restart at noon. Quell told the Harbor Gazette that wages will rise.';
  const drafts = attributeText(text, { title: { start: 0, end: 16 }, published: '2024-03-12' });
  assert.ok(drafts.length >= 3);
  const record = toPolnearRecord('a1', text, drafts);
  for (const a of record.attributions) {
    for (const s of [...a.source, ...a.cue, ...a.content]) assert.equal(text.slice(s.start, s.end), s.text);
  }
  for (const d of drafts) if (d.saidWhen?.span) assert.equal(text.slice(d.saidWhen.span.start, d.saidWhen.span.end), 'on Friday');
});

test('attributeText is a pure function of its input', () => {
  const text = '“We are done,” Mara Quell said on Friday. She added that wages will rise.';
  assert.deepEqual(attributeText(text, { published: '2024-03-12' }), attributeText(text, { published: '2024-03-12' }));
});
