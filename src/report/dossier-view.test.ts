import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore } from '../server/test-store.js';
import { loadDossier, type Dossier } from './dossier.js';
import { buildCoverage, dateRange, groupBySpeaker, indexDossier, listOutlets, outletOf, shownWording, toDay, truncate, UNKNOWN_OUTLET } from './dossier-view.js';
import { buildFixture } from './test-fixture.js';

async function bridge(): Promise<Dossier> {
  const d = await loadDossier(createMemoryStore(buildFixture()), 'story-bridge');
  assert.ok(d);
  return d;
}

test('outletOf should use the outlet, else the URL host, else a placeholder', () => {
  const [a] = buildFixture().articles;
  assert.equal(outletOf(a), 'Daily Ledger');
  assert.equal(outletOf({ ...a, outlet: null }), 'ledger.example');
  assert.equal(outletOf({ ...a, outlet: ' ', url: 'not a url' }), UNKNOWN_OUTLET);
  assert.equal(outletOf(undefined), UNKNOWN_OUTLET);
});

test('listOutlets and dateRange should describe the story', async () => {
  const d = await bridge();
  assert.deepEqual(listOutlets(d), ['Daily Ledger', 'Evil <b>Gazette</b>', 'Harbor Times']);
  assert.deepEqual(dateRange(d), { from: '2026-03-02', to: '2026-03-04' });
  assert.equal(toDay('2026-03-02T09:00:00Z'), '2026-03-02');
  assert.equal(toDay('2026-03'), '2026-03');
  assert.equal(toDay(null), null);
});

test('groupBySpeaker should list each speaker with their groups', async () => {
  const d = await bridge();
  assert.deepEqual(
    groupBySpeaker(d, indexDossier(d)).map((s) => [s.name, s.groups.map((g) => g.id)]),
    [['Mara Quill', ['g-reopen']], ['Tomas Reyes', ['g-promise']]],
  );
});

test('buildCoverage should mark each outlet exact, altered or absent per group', async () => {
  const d = await bridge();
  const matrix = buildCoverage(d, indexDossier(d));
  assert.deepEqual(matrix.groups.map((g) => g.id), ['g-promise', 'g-reopen']);
  assert.deepEqual(
    matrix.rows.map((r) => [r.outlet, r.cells.map((c) => c.status)]),
    [['Daily Ledger', ['altered', 'exact']], ['Evil <b>Gazette</b>', ['exact', 'altered']], ['Harbor Times', ['exact', 'altered']]],
  );
  const noHarbor: Dossier = { ...d, groups: d.groups.map((g) => ({ ...g, occurrences: g.occurrences.filter((o) => o.articleId !== 'harbor-1') })) };
  assert.deepEqual(buildCoverage(noHarbor, indexDossier(noHarbor)).rows[2].cells.map((c) => c.status), ['absent', 'absent']);
});

test('truncate should cut on a word boundary with an ellipsis', () => {
  assert.equal(truncate('one two three four', 12), 'one two…');
  assert.equal(truncate('short', 12), 'short');
});

test('shownWording should lead a reported canonical with the cue right before its words, and leave the rest as they are', async () => {
  const d = await bridge();
  const group = d.groups[0];
  const o = group.occurrences[0];
  const article = d.articles.find((a) => a.id === o.articleId)!;
  const report = 'China of using coercion against its neighbours';
  /** The dossier with the occurrence's article reading `lead` + the report + `tail`, and its quote's cue at `cue`. */
  const variant = (lead: string, cue: string, tail = '.', quoted = false): string => {
    const text = `${lead}${report}${tail}`;
    const start = lead.length;
    const at = text.indexOf(cue);
    const dd: Dossier = {
      ...d,
      articles: d.articles.map((a) => (a.id === article.id ? { ...a, text } : a)),
      quotes: d.quotes.map((q) => (q.id === o.quoteId ? { ...q, cue: { start: at, end: at + cue.length } } : q)),
    };
    const g = { ...group, canonical: report, canonicalQuoted: quoted, occurrences: [{ ...o, text: report, start, end: start + report.length }] };
    return shownWording(g, indexDossier(dd));
  };
  assert.equal(variant('Mara Quill accused ', 'accused'), `accused ${report}`);
  assert.equal(variant('Mara Quill said that ', 'said'), `said that ${report}`);
  // A cue after the words, or one with words of its own between, does not lead them.
  assert.equal(variant('', 'said', ', Quill said.'), report);
  assert.equal(variant('According to Quill, ', 'According to'), report);
  // Quoted words are shown as they are.
  assert.equal(variant('Mara Quill accused ', 'accused', '.', true), report);
});
