import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown, renderMarkdownDiff } from './markdown.js';
import { renderSummary } from './summary.js';
import { renderHtml } from './html.js';
import type { Dossier } from './dossier.js';
import { buildFixture, fixtureDossiers, IMG_PAYLOAD, SCRIPT_PAYLOAD } from './test-fixture.js';

test('renderMarkdown should render every section', async () => {
  const md = renderMarkdown(await fixtureDossiers());
  for (const heading of [
    '# Retold report', '## Bridge reopening', '### Timeline: said vs reported', '### Speakers', '### Quotes and how each outlet retold them',
    '### Copying', '### Coverage: outlet × quote', '### Data messages', '### Articles', '## Ferry timetable',
  ]) {
    assert.ok(md.includes(`${heading}\n`), `missing ${heading}`);
  }
  assert.match(md, /- \*\*People:\*\* Mara Quill, Tomas Reyes/);
  assert.match(md, /\| \[Harbor Times\]\(#a-harbor-1-\d+\) \| 2026-03-03 \| truncated \|  \| The bridge will reopen in ~~the~~ spring, ~~and not a day later\.~~ \|/);
  assert.match(md, /\| Quote \| Daily Ledger \| Evil &lt;b&gt;Gazette&lt;\/b&gt; \| Harbor Times \|/);
  assert.match(md, /\| \[Tomas Reyes: We have heard this promise before\.\]\(#g-g-promise\) \| altered \(punctuation\) \| exact \| exact \|/);
  assert.match(md, /- Harbor Times \(2026-03-03\) reused verbatim text from Daily Ledger \(2026-03-02\): 42% of its wording/);
  assert.match(md, /misattributed to Mara Quill/);
  assert.match(md, /> Mayor Mara Quill said on Monday: "\*\*The bridge will reopen in the spring, and not a day later\.\*\*"/);
});

test('renderMarkdown should escape hostile text so it is never markup', async () => {
  const md = renderMarkdown(await fixtureDossiers());
  assert.ok(!md.includes(SCRIPT_PAYLOAD));
  assert.ok(!md.includes(IMG_PAYLOAD));
  assert.ok(md.includes('Bridge &lt;script&gt;alert\\(1\\)&lt;/script&gt; news'));
  assert.doesNotMatch(md, /<javascript:/);
});

test('renderMarkdownDiff should show added in bold and removed struck through', () => {
  assert.equal(renderMarkdownDiff([{ op: 'same', text: 'a' }, { op: 'added', text: 'b*' }, { op: 'removed', text: 'c' }]), 'a **b\\*** ~~c~~');
});

test('renderSummary should list stories, speakers, top quotes with variants and the report path', async () => {
  const text = renderSummary(await fixtureDossiers(), { reportPath: 'out/report.html', topGroups: 1 });
  const lines = text.split('\n');
  assert.equal(lines[0], 'Retold: 2 stories, 4 articles, 2 people quoted');
  assert.ok(lines.includes('Bridge reopening — 3 articles, 3 outlets, 2026-03-02 – 2026-03-04'));
  assert.ok(lines.includes('  Speakers: Mara Quill (1 quote), Tomas Reyes (1 quote)'));
  assert.ok(lines.includes('      Harbor Times: exact [recycled]: We have heard this promise before.'));
  assert.ok(lines.includes('      Daily Ledger: punctuation: We have heard this promise before,'));
  assert.ok(!text.includes('The bridge will reopen in spring'), 'only the top group is shown');
  assert.ok(lines.includes('  Copying: Harbor Times reused 42% verbatim from Daily Ledger'));
  assert.ok(text.endsWith('Full report: out/report.html\n'));
});

test('renderSummary should name the JSON output too', async () => {
  const text = renderSummary(await fixtureDossiers(), { reportPath: 'r.html', jsonPath: 'out.json' });
  assert.ok(text.endsWith('\nFull report: r.html\nJSON: out.json\n'));
  assert.ok(!renderSummary(await fixtureDossiers()).includes('Full report'));
});

test('renderSummary should strip terminal control characters from article text', async () => {
  const [d] = await fixtureDossiers();
  const hostile: Dossier = { ...d, story: { ...d.story, title: 'Title\u001b[2J\u0007' } };
  assert.ok(!renderSummary([hostile]).includes('\u001b'));
});

test('renderSummary should keep a flagged rendering when it shows only some of a group’s renderings', async () => {
  const dossiers = await fixtureDossiers();
  const text = renderSummary(dossiers, { topGroups: 1, maxVariants: 1 });
  assert.ok(text.includes('[recycled]'), 'the recycled rendering is shown, not only the first one');
  assert.ok(text.includes('… and 2 more'));
});

test('every view should show a canonical nobody quoted as a report, never in quotation marks', async () => {
  const dossiers = await fixtureDossiers();
  const report = 'the bridge would reopen in the spring';
  const reported = dossiers.map((d) => ({
    ...d,
    groups: d.groups.map((g) => (g.id === 'g-reopen' ? { ...g, canonical: report, canonicalQuoted: false } : g)),
  }));
  const md = renderMarkdown(reported);
  assert.ok(!md.includes(`“${report}”`) && !md.includes(`> ${report}`), 'no quotation marks or blockquote around the report');
  assert.match(md, /Mara Quill: the bridge would reopen in the spring \(reported, not quoted\)/);
  const summary = renderSummary(reported, { topGroups: 5 });
  assert.ok(!summary.includes(`“${report}”`));
  assert.match(summary, /\(reported, not quoted\) the bridge would reopen in the spring/);
  const html = renderHtml(reported);
  assert.ok(!html.includes(`<blockquote class="canonical">${report}`));
  assert.match(html, /<p class="canonical reported"><span class="note">Nobody quoted this; the most complete report:<\/span> the bridge would reopen in the spring<\/p>/);
  // The quoted canonical of the other group keeps its marks.
  assert.match(md, /Tomas Reyes: “We have heard this promise before\.”/);
});
