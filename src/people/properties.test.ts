import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Quote } from '../model.js';
import { makeArticle } from '../coverage/test-fixtures.js';
import { personKeys, resolvePeople } from './index.js';

const word = fc.constantFrom('Mara', 'Quist', 'Tobias', 'the', 'singer', 'said', '(real name:', 'Margit)', 'who now goes by', 'MQ', "it's", 'Hey,', '.', '“', '”', 'Dr.', 'van', 'Gogh', '\n');

test('should resolve arbitrary texts and speakers without throwing, evidence spans valid', () => {
  fc.assert(
    fc.property(fc.array(fc.array(word, { maxLength: 25 }), { minLength: 1, maxLength: 4 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }), (bodies, speakers) => {
      const articles = bodies.map((b, i) => makeArticle(`a${i}`, `Title ${i}`, [b.join(' ') || 'x']));
      const quotes: Quote[] = articles.flatMap((a, i) =>
        speakers.map((speaker, k) => ({
          id: `q${i}-${k}`,
          articleId: a.id,
          kind: 'direct' as const,
          content: [{ start: a.titleSpan.end + 2, end: a.text.length }],
          cue: null,
          source: null,
          speaker,
          personId: null,
          occasion: null,
          saidWhen: null,
          confidence: 1,
        })),
      );
      const out = resolvePeople({ articles, quotes, analyses: [], known: [] });
      assert.equal(out.quotes.length, quotes.length);
      for (const p of out.people) {
        assert.ok(p.id.startsWith('person-') && p.name.length > 0);
        for (const e of p.evidence) {
          const article = articles.find((a) => a.id === e.articleId);
          assert.ok(article && e.span.start >= 0 && e.span.end <= article.text.length && e.span.start <= e.span.end);
        }
      }
      for (const q of out.quotes) if (q.personId) assert.ok(out.people.some((p) => p.id === q.personId));
    }),
    { numRuns: 150 },
  );
});

test('should give keys for any string without throwing', () => {
  fc.assert(fc.property(fc.string(), (s) => Array.isArray(personKeys(s))));
});
