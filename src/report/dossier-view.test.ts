import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore } from '../server/test-store.js';
import { loadDossier, type Dossier } from './dossier.js';
import { buildCoverage, dateRange, groupBySpeaker, indexDossier, listOutlets, outletOf, toDay, truncate, UNKNOWN_OUTLET } from './dossier-view.js';
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
