import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findBoilerplateLines, type RepeatedLines } from './index.js';

/** Line numbers (1-based) and rules of the lines found, for compact assertions. */
function found(text: string, options = {}): [number, string][] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return findBoilerplateLines(text, options).map((b) => [starts.indexOf(b.span.start) + 1, b.rule]);
}

test('should remove a Getty-style caption with its credit, and keep a pull quote and a bold lead-in', () => {
  const text = [
    'Mayor Says River Walk Will Open Next Spring',
    '',
    'Ada Quill and Bo Reyes attend the Lantern Gala at the Corn Exchange on March 3, 2021 in Leeds, England.',
    'Getty Images',
    '',
    '"[The walk] belongs to everyone who lives here.”',
    '',
    'Mayor Ada Quill',
    '',
    'The river walk will open next spring, the mayor told reporters on Monday, after a year of delays caused by flooding.',
    '',
    'Here’s more on the plan:',
  ].join('\n');
  assert.deepEqual(found(text), [
    [3, 'clean/caption'],
    [4, 'clean/photo-credit'],
  ]);
});

test('should remove a name caption above a "Name/Agency" credit and a standalone Getty caption', () => {
  const text = [
    'Singer Opens Up About New Album',
    '',
    'Cleo Vance',
    'Dan Ruiz/WireImage',
    '',
    'Cleo Vance attends the Harbour Awards at Pier Hall on Feb. 14, 2019 in Boston, Massachusetts. ',
    '',
    'Cleo Vance spoke to the station on Friday about the record, her first in six years.',
  ].join('\n');
  assert.deepEqual(found(text), [
    [3, 'clean/caption'],
    [4, 'clean/photo-credit'],
    [6, 'clean/caption'],
  ]);
});

test('should remove error widgets in bullets and captions ending in a credit, duplicated', () => {
  const text = [
    'Chef Explains Why The Bistro Closed',
    '',
    '  • Oops!',
    '    Something went wrong.',
    '    Please try again later.',
    'The chef outside her bistro last autumn. (Photo: REUTERS/Kim Lowe)',
    '',
    'The chef closed the bistro in March, she said in an interview published on Sunday.',
    '',
    'The bistro in its first year.. (Photo: AP/Rui Sato)',
    'The bistro in its first year.. (Photo: AP/Rui Sato)',
    '',
    '"We were tired," she said.',
  ].join('\n');
  assert.deepEqual(found(text), [
    [3, 'clean/widget'],
    [4, 'clean/widget'],
    [5, 'clean/widget'],
    [6, 'clean/caption'],
    [10, 'clean/caption'],
    [11, 'clean/caption'],
  ]);
});

test('should remove a date/category line and share and navigation widgets', () => {
  const text = [
    'Council Votes To Keep Library Open',
    '',
    '2023-04-02T10:11:12+00:00April 2nd, 2023|Local|',
    '',
    'The council voted on Tuesday to keep the library open for another three years.',
    '',
    'Share This Story, Choose Your Platform!',
    '',
    'Go to Top',
  ].join('\n');
  assert.deepEqual(found(text), [
    [3, 'clean/meta-line'],
    [7, 'clean/widget'],
    [9, 'clean/widget'],
  ]);
});

test('should take the line after an outlet header as the title and remove its repeats as captions', () => {
  const title = 'Two Old Friends Fall Out Over A Garden Fence';
  const text = [
    'Hilltop Daily',
    '',
    title,
    '',
    'Two neighbours who were friends for forty years no longer speak, one of them said.',
    '',
    title,
    '',
    'The fence went up in May.',
    '',
    title,
    'Rosa Lind /',
    '',
    '“We have not spoken since,” he said.',
    '',
    'Exit mobile version',
  ].join('\n');
  assert.deepEqual(found(text), [
    [1, 'clean/outlet-header'],
    [7, 'clean/caption'],
    [11, 'clean/caption'],
    [12, 'clean/photo-credit'],
    [16, 'clean/widget'],
  ]);
});

test('should never remove the title even when it repeats, nor a long paragraph', () => {
  const title = 'Photo: The Winning Entry';
  const long = `Getty Images ${'and the jury said the winning entry stood out for its light '.repeat(12)}`;
  assert.deepEqual(found(`${title}\n\n${long}\n\nThe prize is awarded every year.`, { title }), []);
});

test('should remove newsletter prompts, related links, bylines and ad labels', () => {
  const text = [
    'Tram Fares Rise In January',
    '',
    'By Jo Park and Sam Reid',
    '',
    'Tram fares will rise by five per cent in January, the operator said.',
    '',
    'Advertisement',
    '',
    'Sign up for our morning newsletter to get the news first.',
    '',
    'READ MORE: Bus lanes to be extended along the ring road',
    '',
    'The operator blamed higher energy costs.',
  ].join('\n');
  assert.deepEqual(found(text), [
    [3, 'clean/byline'],
    [7, 'clean/widget'],
    [9, 'clean/newsletter'],
    [11, 'clean/related-link'],
  ]);
});

test('should remove pipe headers, one-line error widgets, bracketed credits, inbox plugs and wire sign-offs', () => {
  const text = [
    'Ferry Crew Rescues Swimmer Off The Point',
    '',
    'The Coast Gazette | Monday, June 3, 2024 | Local',
    'Something went wrong. Please refresh.',
    'The swimmer was brought ashore at the slipway.',
    '(Harbourlight Images)',
    '',
    'A ferry crew pulled a swimmer from the water off the point on Sunday afternoon.',
    '',
    'The swimmer was treated in hospital. (Seaview Press Images)',
    'The point at low tide. Photo: Ana Ruiz for The Coast Gazette',
    '',
    'The best local stories, delivered to your inbox every morning. No spam, ever.',
    '',
    '(Reporting by Kai Moreno; Editing by Lou Berg)',
    '',
    'The newsletter that the crew started in 2019 now has 400 readers, the captain said.',
  ].join('\n');
  assert.deepEqual(found(text), [
    [3, 'clean/meta-line'],
    [4, 'clean/widget'],
    [5, 'clean/caption'],
    [6, 'clean/photo-credit'],
    [10, 'clean/caption'],
    [11, 'clean/caption'],
    [13, 'clean/newsletter'],
    [15, 'clean/sign-off'],
  ]);
});

test('should remove lines learnt as repeated across the outlet', () => {
  const repeatedLines: RepeatedLines = { kind: 'repeated-lines', byOutlet: { 'hilltop daily': ['tips? write to the newsroom any time.'] } };
  const text = 'Fair Returns\n\nThe fair returns in June.\n\nTips? Write to the newsroom any time.';
  assert.deepEqual(found(text, { repeatedLines, outlet: 'Hilltop Daily' }), [[5, 'clean/repeated-line']]);
  assert.deepEqual(found(text, { repeatedLines, outlet: 'Other Paper' }), []);
});

test('should give spans whose text is the line', () => {
  const text = 'A Title\r\n\r\nJane Doe/Getty Images\r\n\r\nBody text of the article.';
  for (const b of findBoilerplateLines(text)) assert.equal(text.slice(b.span.start, b.span.end), b.line);
  assert.deepEqual(findBoilerplateLines(text).map((b) => b.line), ['Jane Doe/Getty Images']);
});
