import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model.js';
import * as stage from './index.js';
import { REPORT_THRESHOLD } from './report-model.js';
import { storeKeeps } from './attribute-article.js';
import type { QuoteDraft } from './attribute-text.js';

function article(text: string): Article {
  const nl = text.indexOf('\n');
  return {
    id: 'port-1', url: null, outlet: 'Harbor Gazette', title: text.slice(0, nl), byline: null,
    published: '2024-03-12T09:00:00Z', language: 'en', source: 'port.txt', contentHash: 'x', text,
    titleSpan: { start: 0, end: nl },
  };
}

test('the attribute stage exports attributeText, attributeArticle, isCredited and toPolnearRecord', () => {
  assert.deepEqual(Object.keys(stage).sort(), ['attributeArticle', 'attributeText', 'isCredited', 'toPolnearRecord']);
});

test('attributeArticle numbers quotes and reports quotes with no speaker', () => {
  const a = article('Strike Ends\n\n“We are done,” Mara Quell said.\n\n“It was loud,” a witness said.');
  const { quotes, messages } = stage.attributeArticle(a);
  assert.deepEqual(quotes.map((q) => q.id), ['port-1:q1', 'port-1:q2']);
  assert.equal(quotes[0].speaker, 'Mara Quell');
  assert.equal(quotes[0].articleId, 'port-1');
  assert.equal(quotes[0].personId, null);
  assert.equal(quotes[1].speaker, null);
  assert.equal(messages.length, 1);
  assert.equal(messages[0].rule, 'attribute/no-speaker');
  assert.equal(messages[0].severity, 'info');
  assert.deepEqual(messages[0].span, quotes[1].content[0]);
  assert.match(messages[0].message, /^retold attribute: no speaker for direct quote/);
});

test('toPolnearRecord writes the PolNeAR schema with Retold fields', () => {
  const text = '“We are done,” Mara Quell said on Friday.';
  const rec = stage.toPolnearRecord('x', text, stage.attributeText(text, { published: '2024-03-12' }));
  assert.equal(rec.id, 'x');
  assert.deepEqual(rec.attributions[0], {
    source: [{ start: 15, end: 25, text: 'Mara Quell' }],
    cue: [{ start: 26, end: 30, text: 'said' }],
    content: [{ start: 0, end: 14, text: '“We are done,”' }],
    speaker: 'Mara Quell',
    kind: 'direct',
    occasion: null,
    said_when: '2024-03-08',
  });
});

test('attributeText returns nothing for an empty text', () => {
  assert.deepEqual(stage.attributeText(''), []);
});

test('toPolnearRecord folds a cue-less continuation into its attribution: in its paragraph, or after a report in the paragraphs that follow', () => {
  const text =
    '“The pier stays shut,” Mara Quell said after the council met on Tuesday evening to weigh the storm damage. ' +
    'She did not take questions. “We will not rush the repairs.”\n\n“Nobody will be hurt on my watch.”\n\n' +
    'Dev Oman said the ferries would run by the weekend.\n\n“Tuesday at the latest.”\n\n“We have the crews.”';
  const drafts = stage.attributeText(text);
  const rec = stage.toPolnearRecord('x', text, drafts);
  const contents = rec.attributions.map((a) => a.content.map((c) => c.text));
  // The second quote of the paragraph joins the first; after a direct quote, the next paragraph's stays apart.
  assert.deepEqual(contents.slice(0, 2), [['“The pier stays shut,”', '“We will not rush the repairs.”'], ['“Nobody will be hurt on my watch.”']]);
  // A report runs on over the quoted paragraphs after it.
  assert.deepEqual(contents.slice(2), [['the ferries would run by the weekend', '“Tuesday at the latest.”', '“We have the crews.”']]);
  // The store-side drafts keep every quote separate.
  assert.ok(drafts.filter((d) => d.speaker === 'Mara Quell').length >= 3);
});

test('toPolnearRecord leaves out a quoted phrase nested in a quote but keeps a nested sentence', () => {
  const text =
    '“You say you ‘regret the delay,’ but the ferry still sits idle,” Mara Quell said.\n\n' +
    '“My first thought was, ‘Well, I am glad we waited for the tide.’ Then we sailed,” Quell said.';
  const rec = stage.toPolnearRecord('x', text, stage.attributeText(text));
  const contents = rec.attributions.map((a) => a.content.map((c) => c.text).join(' '));
  assert.ok(!contents.includes('‘regret the delay,’'), contents.join(' | '));
  assert.ok(contents.some((c) => c.startsWith('‘Well, I am glad')), contents.join(' | '));
});

test('toPolnearRecord folds a report inside another report into it, but keeps one that runs past it', () => {
  const text = 'Mara Quell said the board had ignored what she called a “reckless plan” for the pier.';
  const drafts = stage.attributeText(text);
  // The store keeps the inner report (`what she called …`) as a quote of its own.
  assert.ok(drafts.some((d) => d.cue !== null && text.slice(d.cue.start, d.cue.end) === 'called'));
  const rec = stage.toPolnearRecord('x', text, drafts);
  assert.deepEqual(rec.attributions.map((a) => a.cue.map((c) => c.text).join()), ['said']);
});

/** The drafts of `text` with the report on `cue` rated below the check's threshold. */
function withRejected(text: string, cue: string): QuoteDraft[] {
  const drafts = stage.attributeText(text);
  const target = drafts.find((d) => d.cue !== null && text.slice(d.cue.start, d.cue.end) === cue);
  assert.ok(target, `no draft on ${cue}`);
  target.report = REPORT_THRESHOLD / 2;
  return drafts;
}

test('toPolnearRecord keeps a quotation that lies inside a report the learned check rejects', () => {
  const text = 'In a Harbor FM interview Brandt declared “I think the night ferry may be obsolete. It was set up long ago.”';
  const rec = stage.toPolnearRecord('x', text, withRejected(text, 'interview'));
  assert.deepEqual(rec.attributions.map((a) => [a.source.map((s) => s.text).join(), a.cue.map((c) => c.text).join()]), [['Brandt', 'declared']]);
});

test('a report whose content is the quotation on its cue is one quote in the store and one record', () => {
  const text = 'Harbor notes\nIn a radio interview Ivo Brandt declared “I think the night ferry may be obsolete. It was set up long ago.”';
  // Found twice: as a report on `declared` and as the quotation after it.
  const drafts = stage.attributeText(text);
  assert.equal(drafts.filter((d) => d.cue !== null && text.slice(d.cue.start, d.cue.end) === 'declared').length, 2);
  const { quotes } = stage.attributeArticle(article(text));
  assert.deepEqual(quotes.map((q) => [q.kind, q.content.map((c) => text.slice(c.start, c.end)).join()]), [['direct', '“I think the night ferry may be obsolete. It was set up long ago.”']]);
  assert.equal(stage.toPolnearRecord('x', text, drafts).attributions.length, 1);
});

test('a report of two `that` clauses is one PolNeAR record, and two quotes in the store, one per statement', () => {
  const text = 'Harbor notes\n\nMara Quell said on Monday that the night ferry would keep its timetable, and that she would not bet against a second boat by June.';
  const drafts = stage.attributeText(text);
  const record = stage.toPolnearRecord('x', text, drafts);
  assert.equal(record.attributions.length, 1);
  assert.ok(record.attributions[0].content[0].text.endsWith('a second boat by June'), JSON.stringify(record.attributions));
  const { quotes } = stage.attributeArticle(article(text));
  assert.deepEqual(
    quotes.map((q) => [q.speaker, q.content.map((c) => text.slice(c.start, c.end)).join()]),
    [
      ['Mara Quell', 'the night ferry would keep its timetable'],
      ['Mara Quell', 'she would not bet against a second boat by June'],
    ],
  );
});

test('toPolnearRecord runs a cue-less quotation on from the last kept report, past one the check rejects', () => {
  const text =
    'Mara Quell distanced herself from the harbour lobby by saying she would serve on the board if asked.  ' +
    '“I am going to back the plan, and back it fully, because I think it can work.”';
  const rec = stage.toPolnearRecord('x', text, withRejected(text, 'saying'));
  const quote = rec.attributions.find((a) => a.content.some((c) => c.text.startsWith('“I am going')));
  assert.ok(quote, JSON.stringify(rec.attributions));
  assert.equal(quote.cue.map((c) => c.text).join(), 'distanced');
});

test('the store keeps low-rated reports on a lexicon cue for alignment when they quote words or lie inside a kept report by their speaker, and drops the detector’s when low-rated or stating no clause', () => {
  const text = 'Quell went on to call him a sellout and even demanded an apology. The chef launched a new menu at the renovated pier. The chef floated that prices would rise.';
  const draft = (cue: string, report: number, speaker: string | null = null): QuoteDraft => {
    const start = text.indexOf(cue);
    const content = { start: start + cue.length + 1, end: text.indexOf('.', start) };
    return { kind: 'indirect', content: [content], cue: { start, end: start + cue.length }, source: null, speaker, occasion: null, saidWhen: null, confidence: 0.7, report, rule: 'indirect/source-cue-content' };
  };
  const low = REPORT_THRESHOLD / 2;
  // `demand` is in the hand-written lexicon: alignment across outlets may corroborate it
  // when it quotes words, or says whose it is inside a report the check keeps by the same
  // speaker (`went on to call him … and even demanded …`); crediting nobody, or standing
  // alone, nothing vouches for it (`Universal USB charging cable`).
  const outer: QuoteDraft = { ...draft('went on', 0.9, 'Mara Quell'), content: [{ start: text.indexOf('to call'), end: text.indexOf('.') }] };
  assert.ok(storeKeeps(text, draft('demanded', low, 'Mara Quell'), [outer]));
  assert.ok(!storeKeeps(text, draft('demanded', low, 'Mara Quell')));
  assert.ok(!storeKeeps(text, draft('demanded', low, 'Ivo Brandt'), [outer]));
  assert.ok(!storeKeeps(text, draft('demanded', low), [outer]));
  assert.ok(storeKeeps(text, { ...draft('demanded', low), kind: 'mixed' }));
  // `launched` and `floated` only the detector proposed: below the cut they are noise…
  assert.ok(!storeKeeps(text, draft('launched', low)));
  assert.ok(!storeKeeps(text, draft('floated', low)));
  // …and above it they state something only with a clause or a quotation after them: a
  // new menu is a deed (and `renovated` after `the` no verb of a clause).
  assert.ok(!storeKeeps(text, draft('launched', REPORT_THRESHOLD)));
  assert.ok(storeKeeps(text, draft('floated', REPORT_THRESHOLD)));
  // `retold quotes` applies the cut to both.
  assert.deepEqual(stage.toPolnearRecord('x', text, [draft('demanded', low), draft('launched', low)]).attributions, []);
  const { quotes } = stage.attributeArticle(article('Ferry Returns\n\nQuell even demanded an apology.'));
  assert.ok(quotes.every((q) => !('report' in q)), 'the store gets no report field');
});

test('attributeArticle leaves out the writer’s judgements, which are nobody’s words', () => {
  const a = article('Levy Vote\n\nThe harbour board is expected to approve the levy. Mara Quell said the vote was fair.');
  assert.ok(stage.attributeText(a.text).some((d) => d.rule === 'indirect/judgement'));
  const { quotes } = stage.attributeArticle(a);
  assert.deepEqual(quotes.map((q) => (q.cue ? a.text.slice(q.cue.start, q.cue.end) : null)), ['said']);
  assert.ok(quotes.every((q) => !('rule' in q)), 'the store gets no rule field');
});

test('attributeArticle leaves out what a yes/no question asks someone said (Did Olin say …?), which `retold quotes` keeps', () => {
  const a = article('Fact check: Did Senator Mara Olin say teachers should be paid less?\n\nA claim spreading online says she did. Olin said teachers were paid far too little.');
  assert.ok(stage.attributeText(a.text).some((d) => a.text.slice(d.content[0].start, d.content[0].end) === 'teachers should be paid less'));
  const { quotes } = stage.attributeArticle(a);
  const contents = quotes.map((q) => a.text.slice(q.content[0].start, q.content[0].end));
  assert.ok(!contents.includes('teachers should be paid less'), contents.join(' | '));
  assert.ok(contents.includes('teachers were paid far too little'));
});

test('attributeArticle leaves out a participle that describes a document by its publisher (a poll published in April by …)', () => {
  const a = article('Race Tightens\n\nA poll published in April by the Civic Institute put Finch at 38 percent. The headline, published by the Daily Echo, said Teles had accused Brandt. Asked by host Gus Halvorsen whether he regretted it, Teles laughed.');
  const { quotes } = stage.attributeArticle(a);
  const cues = quotes.map((q) => (q.cue ? a.text.slice(q.cue.start, q.cue.end) : null));
  assert.ok(!cues.includes('published'), cues.join(' | '));
  assert.ok(cues.includes('said'));
});

test('attributeArticle keeps a quoted fragment once, in the report on the same cue that holds it', () => {
  const text = 'Port deal\n\nThe mayor said on Tuesday that the union "is going to have to make a deal that I like. If they do not, that is it."';
  const { quotes } = stage.attributeArticle(article(text));
  const holding = quotes.filter((q) => text.slice(q.content[0].start, q.content[q.content.length - 1].end).includes('make a deal'));
  assert.equal(holding.length, 1, JSON.stringify(holding));
  assert.notEqual(holding[0].kind, 'fragment');
});

test('toPolnearRecord puts a preposition the cue takes into the cue, as PolNeAR does, and the store keeps it with the content', () => {
  const text = 'Mara Quell complained about the dredging contract. She also argued for a new levy.';
  const rec = stage.toPolnearRecord('x', text, stage.attributeText(text), 0);
  const spans = rec.attributions.map((a) => ({ cue: a.cue.map((c) => c.text), content: a.content.map((c) => c.text) }));
  assert.deepEqual(spans, [
    { cue: ['complained about'], content: ['the dredging contract'] },
    { cue: ['argued for'], content: ['a new levy'] },
  ]);
  // The draft itself is unchanged: `about the dredging contract` is what the dossier shows.
  assert.deepEqual(stage.attributeText(text).map((d) => text.slice(d.content[0].start, d.content[0].end))[0], 'about the dredging contract');
  // `to` stays in the content: it opens an infinitive as often as not.
  const to = stage.toPolnearRecord('x', 'Mara Quell vowed to sell the pier.', stage.attributeText('Mara Quell vowed to sell the pier.'), 0);
  assert.deepEqual(to.attributions[0].content.map((c) => c.text), ['to sell the pier']);
});

test('the store keeps one reading of a headline that two cues read (Leaked texts show how …), the better rated', () => {
  const { quotes } = stage.attributeArticle(article("Exclusive: Leaked texts show how Ada Brandt and Ivo Kern's ferry partnership fell apart\n\nText messages between the two partners show a bitter split."));
  const text = "Exclusive: Leaked texts show how Ada Brandt and Ivo Kern's ferry partnership fell apart";
  const headline = quotes.filter((q) => q.content.some((c) => text.slice(c.start, c.end).startsWith('how Ada Brandt')));
  assert.equal(headline.length, 1, JSON.stringify(headline));
  assert.equal(text.slice(headline[0].cue!.start, headline[0].cue!.end), 'show');
});
