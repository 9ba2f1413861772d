import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEvent } from '../model.js';
import { dateToTime, renderTimelineSvg, reportingWindow } from './html-timeline.js';
import { reportLinks } from './html-links.js';

const event = (date: string, kind: TimelineEvent['kind'], label = 'x'): TimelineEvent => ({
  storyId: 's', date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', kind, label, quoteGroupId: null, articleId: 'a1',
});

test('dateToTime should read year, month and day precision dates as their first instant', () => {
  assert.equal(dateToTime('2024'), Date.UTC(2024, 0, 1));
  assert.equal(dateToTime('2024-05'), Date.UTC(2024, 4, 1));
  assert.equal(dateToTime('2024-05-09'), Date.UTC(2024, 4, 9));
  assert.equal(dateToTime('soon'), null);
});

test('renderTimelineSvg should put said events above the axis and publications below, merging same-day events', () => {
  const svg = renderTimelineSvg([event('2024-05-01', 'said'), event('2024-05-01', 'said'), event('2024-05-03', 'published', '<b>')], reportLinks);
  assert.equal((svg.match(/<circle class="said"/g) ?? []).length, 1);
  assert.equal((svg.match(/<rect class="published"/g) ?? []).length, 1);
  assert.match(svg, /<text class="count" [^>]*>2<\/text>/);
  assert.match(svg, /published 2024-05-03: &lt;b&gt;/);
  assert.match(svg, /<a href="#article-a1">/);
  assert.equal(renderTimelineSvg([event('someday', 'said')], reportLinks), '');
});

test('reportingWindow should zoom only when old statements stretch the axis', () => {
  assert.equal(reportingWindow([event('2024-05-01', 'said'), event('2024-05-03', 'published')]), null);
  assert.deepEqual(reportingWindow([event('2014', 'said'), event('2024-05-03', 'published'), event('2024-05-05', 'published')]), {
    from: '2024-04-30', to: '2024-05-06',
  });
});
