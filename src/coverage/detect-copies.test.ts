import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectCopies } from './detect-copies.js';
import { makeArticle, makeQuote } from './test-fixtures.js';

const NARRATION = [
  'The storm tore through the northern quay late on Sunday night, sinking three fishing boats and flooding the old customs house.',
  'Engineers from the regional authority spent Monday morning checking the sea wall, which had cracked along a stretch of roughly forty metres.',
  'Local traders said the fish market would stay closed for at least a week while the damaged cold stores were emptied and cleaned.',
  'The ferry company cancelled all crossings to the islands until the harbour master declares the channel safe again.',
];
const QUOTE = '“We will rebuild the harbour before winter,” Mayor Mara Quist said.';

const original = makeArticle('orig', 'Storm wrecks northern quay', [...NARRATION, QUOTE], { published: '2031-03-10T08:00:00Z' });
const verbatim = makeArticle('copy', 'Northern quay wrecked by storm', [NARRATION[0], NARRATION[1], NARRATION[2], 'More updates will follow.', QUOTE], { published: '2031-03-10T15:00:00Z' });
// The same text run through a synonym substituter.
const spun = makeArticle('spun', 'Tempest wrecks north quay', [
  'The tempest tore through the northern wharf late on Sunday evening, sinking three fishing vessels and flooding the old customs building.',
  'Engineers from the local authority spent Monday morning inspecting the sea barrier, which had split along a section of about forty metres.',
  'Local merchants said the fish market would remain closed for at least a week while the damaged cold stores were emptied and cleaned.',
  'The ferry firm cancelled all crossings to the islands until the harbour master declares the channel secure again.',
  QUOTE,
], { published: '2031-03-11T08:00:00Z' });
// Independent reporting that carries the same quotation.
const other = makeArticle('other', 'Mayor promises quick repairs', [
  'Speaking outside the town hall, the mayor set out a timetable for repairs and asked residents to be patient with the contractors.',
  'Opposition councillors questioned whether the budget could cover the work without raising local taxes next spring.',
  QUOTE,
  'A public meeting on the plans is expected later this month at the community centre on Mill Lane.',
], { published: '2031-03-11T10:00:00Z' });

const quotes = [original, verbatim, spun, other].map((a) => makeQuote(a, 'We will rebuild the harbour before winter,', { id: `${a.id}-q` }));

test('should link a verbatim copy from the earlier article to the later one', () => {
  const links = detectCopies([verbatim, original], quotes);
  assert.equal(links.length, 1);
  assert.equal(links[0].from, 'orig');
  assert.equal(links[0].to, 'copy');
  assert.equal(links[0].kind, 'verbatim');
  assert.ok(links[0].sharedRatio > 0.6, `ratio ${links[0].sharedRatio}`);
});

test('should link a synonym-substituted rewrite as spun', () => {
  const links = detectCopies([original, spun], quotes);
  assert.equal(links.length, 1);
  assert.deepEqual([links[0].from, links[0].to, links[0].kind], ['orig', 'spun', 'spun']);
  assert.ok(links[0].sharedRatio >= 0.5, `ratio ${links[0].sharedRatio}`);
});

test('should not link articles that share only a quotation', () => {
  assert.deepEqual(detectCopies([original, other], quotes), []);
});

test('should not link two pages of the same outlet that share its template', () => {
  const sameOutlet = { ...verbatim, outlet: original.outlet };
  assert.deepEqual(detectCopies([original, sameOutlet], quotes), []);
});

test('should be deterministic whatever the input order', () => {
  const all = [original, verbatim, spun, other];
  assert.deepEqual(detectCopies(all, quotes), detectCopies([...all].reverse(), [...quotes].reverse()));
});

test('should link each copy to its one source, not two copies of one original to each other', () => {
  // The spun rewrite comes out between the original and a day-dated verbatim copy.
  const dayCopy = makeArticle('daycopy', 'Northern quay wrecked by storm', [NARRATION[0], NARRATION[1], NARRATION[2], NARRATION[3], QUOTE], { published: '2031-03-12' });
  const links = detectCopies([original, spun, dayCopy], quotes);
  assert.deepEqual(
    links.map((l) => [l.from, l.to, l.kind]).sort(),
    [
      ['orig', 'daycopy', 'verbatim'],
      ['orig', 'spun', 'spun'],
    ],
  );
});

test('should order a day-dated page by the day the other outlet wrote, not the UTC instant', () => {
  // 21:40 at UTC-7 on the 10th is the 11th in UTC; the day-dated copy of the 11th is later.
  const evening = makeArticle('evening', 'Storm wrecks northern quay', [...NARRATION, QUOTE], { published: '2031-03-10T21:40:00-07:00' });
  const nextDay = makeArticle('nextday', 'Northern quay wrecked by storm', [...NARRATION, QUOTE], { published: '2031-03-11' });
  const links = detectCopies([nextDay, evening], quotes);
  assert.deepEqual(links.map((l) => [l.from, l.to]), [['evening', 'nextday']]);
});
