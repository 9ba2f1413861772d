import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Quote } from '../model.js';
import { alignQuotes, detectCopies, diffWords } from './index.js';
import { alignWords } from './sequence-match.js';
import { tokenize } from './text-tokens.js';
import { makeArticle } from './test-fixtures.js';

const words = fc.array(fc.constantFrom('we', 'will', 'rebuild', 'the', 'harbour', 'Port', 'Elsby', '[it]', '“', '”', ',', '.', '…', 'é', "don't", 'left-wing', '9/11', '(really)', '‘mocking’', '—'), { maxLength: 30 });

test('should tokenize any text into valid, ordered spans', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      let last = 0;
      for (const t of tokenize(text)) {
        assert.ok(t.start >= last && t.end > t.start && t.end <= text.length);
        last = t.end;
      }
    }),
  );
});

test('should align word sequences with increasing pairs of equal words', () => {
  fc.assert(
    fc.property(words, words, (a, b) => {
      const { pairs, longestRun } = alignWords({ words: a }, { words: b });
      for (let k = 0; k < pairs.length; k++) {
        const [i, j] = pairs[k];
        assert.equal(a[i], b[j]);
        if (k > 0) assert.ok(i > pairs[k - 1][0] && j > pairs[k - 1][1]);
      }
      assert.ok(longestRun <= pairs.length);
    }),
  );
});

test('should diff so that same+added give back the text, every character once, and same+removed the canonical’s words', () => {
  fc.assert(
    fc.property(words, words, (a, b) => {
      const text = a.join(' ');
      const canonical = b.join(' ');
      const ops = diffWords(text, canonical);
      const side = (kinds: string[]) => ops.filter((o) => kinds.includes(o.op)).map((o) => o.text).join(' ');
      const norms = (x: string) => tokenize(x).map((t) => t.norm);
      const visible = (x: string) => x.replace(/\s/g, '');
      assert.deepEqual(norms(side(['same', 'added'])), norms(text));
      // Same words are shown as the outlet wrote them (an editorial `[it]` stands for any word).
      assert.equal(norms(side(['same', 'removed'])).length, norms(canonical).length);
      if (tokenize(text).length > 0) assert.equal(visible(side(['same', 'added'])), visible(text));
    }),
  );
});

test('should align arbitrary quotes without throwing, every quote in exactly one group', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(words, fc.constantFrom('direct', 'indirect', 'mixed', 'fragment', 'headline')), { minLength: 1, maxLength: 8 }), (items) => {
      const article = makeArticle('p', 'Title', items.map(([w]) => w.join(' ') || 'x'));
      let cursor = 0;
      const quotes: Quote[] = items.map(([, kind], i) => {
        const start = article.text.indexOf('\n\n', cursor) + 2;
        const end = article.text.indexOf('\n\n', start) < 0 ? article.text.length : article.text.indexOf('\n\n', start);
        cursor = end;
        return { id: `q${i}`, articleId: 'p', kind: kind as Quote['kind'], content: [{ start, end }], cue: null, source: null, speaker: i % 2 ? 'A B' : null, personId: i % 2 ? 'pa' : null, occasion: null, saidWhen: null, confidence: 1 };
      });
      const story = { id: 's', title: '', articleIds: ['p'], people: [], firstPublished: null, lastPublished: null };
      const groups = alignQuotes({ story, articles: [article], quotes, people: [] });
      assert.deepEqual(groups.flatMap((g) => g.occurrences.map((o) => o.quoteId)).sort(), quotes.map((q) => q.id).sort());
      detectCopies([article], quotes);
    }),
    { numRuns: 200 },
  );
});
