import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDateline } from './dateline.js';

const line = (rule: string, text: string) => ({ rule, line: text, span: { start: 0, end: text.length } });

test('should read the outlet and date of a piped dateline', () => {
  assert.deepEqual(readDateline([line('clean/meta-line', 'The Quayside Courier | Tuesday, March 4, 2031 | City')]), {
    published: '2031-03-04',
    outlet: 'The Quayside Courier',
  });
});

test('should read a timestamp glued to a date and a category', () => {
  assert.deepEqual(readDateline([line('clean/meta-line', '2031-06-02T08:15:00+00:00June 2nd, 2031|Sport|')]), {
    published: '2031-06-02T08:15:00+00:00',
    outlet: null,
  });
});

test('should take an outlet header as the outlet and ignore captions', () => {
  assert.deepEqual(readDateline([line('clean/caption', 'Mayor Quist on May 3, 2031.'), line('clean/outlet-header', 'Harbour Weekly')]), {
    published: null,
    outlet: 'Harbour Weekly',
  });
});

test('should not take a category line without a date for an outlet', () => {
  assert.deepEqual(readDateline([line('clean/meta-line', 'News | Politics')]), { published: null, outlet: null });
});

test('should take a dateless section path’s opening name as the outlet, but not a navigation path', () => {
  assert.equal(readDateline([line('clean/meta-line', 'Harbour Gossip | Celebrity | Food Fights')]).outlet, 'Harbour Gossip');
  assert.equal(readDateline([line('clean/meta-line', 'Home | News | Europe')]).outlet, null);
  assert.equal(readDateline([line('clean/meta-line', 'Politics | World | Europe')]).outlet, null);
  // A dated line's outlet wins over an earlier section path.
  const both = [line('clean/meta-line', 'Harbour Gossip | Celebrity | Food Fights'), line('clean/meta-line', 'The Quayside Courier | Tuesday, March 4, 2031 | City')];
  assert.equal(readDateline(both).outlet, 'The Quayside Courier');
});
