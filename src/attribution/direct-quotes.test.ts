import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, quoteWith, show } from './test-helpers.js';

test('should attribute a straight-quoted quote with the cue after it', () => {
  const q = quoteWith(show('"We will rebuild the bridge," Mara Quell said.'), 'rebuild');
  assert.deepEqual(core(q), { speaker: 'Mara Quell', content: ['"We will rebuild the bridge,"'], cue: 'said' });
  assert.equal(q.kind, 'direct');
});

test('should attribute a curly-quoted quote', () => {
  const q = quoteWith(show('“The ferry is late again,” Dev Oman said.'), 'ferry');
  assert.deepEqual(core(q), { speaker: 'Dev Oman', content: ['“The ferry is late again,”'], cue: 'said' });
});

test('should attribute an inverted cue (says Quell)', () => {
  const text = 'Mara Quell runs the port.\n\n“The plan is dead,” says Quell.';
  const q = quoteWith(show(text), 'plan is dead');
  assert.deepEqual(core(q), { speaker: 'Mara Quell', content: ['“The plan is dead,”'], cue: 'says' });
  assert.equal(q.source, 'Quell');
});

test('should attribute a quote with the cue before it (Quell continued, "…")', () => {
  const q = quoteWith(show('Mara Quell continued, “We need two more cranes.”'), 'cranes');
  assert.deepEqual(core(q), { speaker: 'Mara Quell', content: ['“We need two more cranes.”'], cue: 'continued' });
});

test('should read a quote interrupted by its cue as one quote in two parts', () => {
  const q = quoteWith(show('“The bridge is safe,” Mara Quell said. “We checked every bolt.”'), 'bridge');
  assert.deepEqual(core(q), {
    speaker: 'Mara Quell',
    content: ['“The bridge is safe,”', '“We checked every bolt.”'],
    cue: 'said',
  });
});

test('should read a quote interrupted by a cue whose relative clause holds a plural possessive as one quote', () => {
  const q = quoteWith(show('"They called us scaremongers," Mara Quell, who chairs the residents\' association, said outside the court. "Today we were proved right."'), 'scaremongers');
  assert.deepEqual(core(q), {
    speaker: 'Mara Quell',
    content: ['"They called us scaremongers,"', '"Today we were proved right."'],
    cue: 'said',
  });
});

test('should continue a quote over paragraphs (unclosed paragraph, next one reopens)', () => {
  const text = 'Mara Quell said: “The river rose fast. We moved the trucks.\n\n“Then the road closed.”';
  const quotes = show(text);
  const q = quoteWith(quotes, 'river');
  assert.equal(q.speaker, 'Mara Quell');
  assert.deepEqual(q.content, ['“The river rose fast. We moved the trucks.', '“Then the road closed.”']);
  assert.equal(quotes.filter((x) => x.content.some((c) => c.includes('road closed'))).length, 1);
});

test('should credit a quote inside a quote to the outer speaker', () => {
  const text = '“My mother told me, ‘Keep the lights on,’ and I did,” Mara Quell said.';
  const quotes = show(text);
  const inner = quotes.find((q) => q.content[0].startsWith('‘'));
  const outer = quotes.find((q) => q.content[0].startsWith('“My mother'));
  assert.equal(outer?.speaker, 'Mara Quell');
  assert.ok(inner);
  assert.deepEqual(core(inner), { speaker: 'Mara Quell', content: ['‘Keep the lights on,’'], cue: null });
});

test('should attribute a headline quote in single quotes to the name the title opens with', () => {
  const text = "Mara Quell on the Port Strike: 'We Will Not Back Down'\n\nThe strike began on Monday.";
  const q = quoteWith(show(text, { title: { start: 0, end: text.indexOf('\n') } }), 'Back Down');
  assert.equal(q.kind, 'headline');
  assert.equal(q.speaker, 'Mara Quell');
  // A title-case phrase opening with an article is no name (`A Docker Developed 'Crane Elbow'`).
  const phrase = "A Docker Developed 'Crane Elbow' After a Long Winter\n\nThe docker, 43, could not lift his arm.";
  assert.equal(quoteWith(show(phrase, { title: { start: 0, end: phrase.indexOf('\n') } }), 'Crane').speaker, null);
  // Nor is one opening with a question word (`How This Docker's Gloves Gave Him 'Crane Elbow'`).
  const question = "How This Docker’s Gloves Gave Him ‘Crane Elbow’\n\nThe docker, 43, could not lift his arm.";
  assert.equal(quoteWith(show(question, { title: { start: 0, end: question.indexOf('\n') } }), 'Crane').speaker, null);
});

test('should give a pull-quote paragraph with no cue the speaker of the quote before it', () => {
  const text = '“We are ready,” Mara Quell said.\n\n“Nobody will stop this port.”';
  const q = quoteWith(show(text), 'Nobody');
  assert.deepEqual(core(q), { speaker: 'Mara Quell', content: ['“Nobody will stop this port.”'], cue: null });
});

test('should give a free-standing quote the speaker before it past a scare quote in between (…, after hinting that “staff changes” were near. “…”)', () => {
  const text = '“Nothing is ruled out,” Mara Quell told the Courier after hinting that “staff changes” were near. “Every option is open.”';
  const quotes = show(text);
  assert.deepEqual(core(quoteWith(quotes, 'Every option')), { speaker: 'Mara Quell', content: ['“Every option is open.”'], cue: null });
  // The hint itself is hers, reported with its quoted words (see preposition-gerunds.ts).
  assert.deepEqual(core(quoteWith(quotes, 'staff changes')), { speaker: 'Mara Quell', content: ['“staff changes” were near'], cue: 'hinting' });
});

test('should keep a scare quote as a fragment with no speaker', () => {
  const q = quoteWith(show('The so-called “quiet zone” opened in May.'), 'quiet zone');
  assert.equal(q.kind, 'fragment');
  assert.equal(q.speaker, null);
});

test('should credit a dash credit line (― Name)', () => {
  const q = quoteWith(show('“The tide waits for nobody.” ― Mara Quell'), 'tide');
  assert.deepEqual(core(q), { speaker: 'Mara Quell', content: ['“The tide waits for nobody.”'], cue: '―' });
});

test('should read a colon introduction that ends a paragraph', () => {
  const q = quoteWith(show('Mara Quell said:\n\n“We are out of money.”'), 'money');
  assert.equal(q.speaker, 'Mara Quell');
  assert.equal(q.cue, 'said:');
});

test('should credit a quotation to the subject of an answer closing the paragraph before it (… before she answered.)', () => {
  const text = 'Title\n\nThe host, Tom Pell, turned to the mayoralty next, and Mara Quell laughed before she answered.\n\n“Would I run the port? Not for all the tea in China.”';
  const q = quoteWith(show(text), 'tea');
  assert.equal(q.cue, 'answered');
  assert.equal(q.source, 'she');
  assert.equal(q.speaker, 'Mara Quell');
  // Narration that ends in a noun (`her answer.`) introduces nothing by this rule.
  const noun = quoteWith(show('Title\n\nThe host Ivo Brandt waited for her answer.\n\n“Not for all the tea in China.”'), 'tea');
  assert.notEqual(noun.cue, 'answer');
});

test('should credit transcript turns to their speaker label', () => {
  const q = quoteWith(show('"QUELL: We will reopen the bridge on time."'), 'reopen');
  assert.deepEqual(core(q), { speaker: 'QUELL', content: ['We will reopen the bridge on time."'], cue: ':' });
});

test('should recover from unbalanced marks without throwing', () => {
  const quotes = show('"This never closes, Mara Quell said. And ” here is a stray one.');
  assert.ok(Array.isArray(quotes));
});

test('should credit a Name: claim headline to the name', () => {
  const text = 'Mara Quell: The Port Will Reopen by Summer\n\nThe strike began on Monday.';
  const q = quoteWith(show(text, { title: { start: 0, end: text.indexOf('\n') } }), 'Port Will Reopen');
  assert.deepEqual(core(q), { speaker: 'Mara Quell', content: ['The Port Will Reopen by Summer'], cue: ':' });
  assert.equal(q.kind, 'headline');
  // The claim may be quoted.
  const quoted = 'Mara Quell: ‘I Am the Worst Thing That Happened to the Port’\n\nThe strike began on Monday.';
  const r = quoteWith(show(quoted, { title: { start: 0, end: quoted.indexOf('\n') } }), 'Worst Thing');
  assert.deepEqual(core(r), { speaker: 'Mara Quell', content: ['‘I Am the Worst Thing That Happened to the Port’'], cue: ':' });
});

test('should report the quotation after a headline’s colon, not the verb phrase before it (Quell hits back at pier board: ‘…’)', () => {
  const text = 'Mara Quell hits back at pier board: ‘We paid for every plank in the pier’\n\nThe strike began on Monday.';
  const q = quoteWith(show(text, { title: { start: 0, end: text.indexOf('\n') } }), 'every plank');
  assert.deepEqual(core(q), { speaker: 'Mara Quell', content: ['‘We paid for every plank in the pier’'], cue: 'hits back' });
  assert.equal(q.kind, 'headline');
  // With no quotation after it, the colon is the claim's own (`says: the port will reopen`).
  const plain = 'Mara Quell says pier board is wrong\n\nThe strike began on Monday.';
  assert.deepEqual(quoteWith(show(plain, { title: { start: 0, end: plain.indexOf('\n') } }), 'pier board').content, ['pier board is wrong']);
});

test('should take a source with a prepositional phrase after a quote ("…?" a narrator in the harbor ad asks)', () => {
  const q = quoteWith(show('“Who pays for the pier?” a narrator in the harbor ad asks.'), 'Who pays');
  assert.equal(q.source, 'a narrator in the harbor ad');
  assert.equal(q.cue, 'asks');
});

test('should credit a quoted phrase inside a reporting clause to its subject (Quell credits … "sea legs")', () => {
  const q = quoteWith(show('While Mara Quell credits the harbor with giving her "sea legs," the two have drifted apart.'), 'sea legs');
  assert.equal(q.kind, 'mixed');
  assert.equal(q.speaker, 'Mara Quell');
  assert.equal(q.cue, 'credits');
});

test('should credit a nested quote to the name its own cue gives, or to the speaker when they quote themself, else to nobody', () => {
  const text =
    '“The board said it would ‘accept responsibility,’ and nothing changed,” Mara Quell said.\n\n' +
    '“I told myself, ‘Keep the pier open,’ and I did,” Quell said.\n\n' +
    '“Then Ivo Brandt looked at me and said, ‘The harbor is finished,’ and walked out,” Quell said.\n\n' +
    '“Nobody can campaign against Brandt saying, ‘We are all dockers,’ and win,” Quell said.';
  const quotes = show(text);
  const other = quotes.find((q) => q.content[0].startsWith('‘accept'));
  assert.equal(other?.kind, 'fragment');
  assert.equal(other?.speaker, null);
  const self = quotes.find((q) => q.content.length === 1 && q.content[0].includes('Keep the pier open') && !q.content[0].includes('I did'));
  assert.equal(self?.speaker, 'Mara Quell');
  const named = quotes.find((q) => q.content[0] === '‘The harbor is finished,’');
  assert.deepEqual([named?.kind, named?.speaker, named?.cue], ['direct', 'Ivo Brandt', 'said']);
  // A name after a preposition is whom the words are put against, not who said them.
  const object = quotes.find((q) => q.content[0] === '‘We are all dockers,’');
  assert.equal(object?.speaker, null);
});

test('should credit a quote in a quote to no one when a third person nearer to it says it (“I … what he calls ‘hell’ …”)', () => {
  const quotes = show('“I would rather live in what he calls ‘hell’ than in his harbor,” Dara Olsen said.');
  assert.equal(quoteWith(quotes, 'rather live').speaker, 'Dara Olsen');
  const hell = quotes.find((q) => q.content[0] === '‘hell’');
  assert.deepEqual([hell?.kind, hell?.speaker], ['fragment', null]);
});

test('should give a gerund cue before a quote the subject opening the sentence (He defended the remark, saying, "…")', () => {
  const q = quoteWith(show('Oren Vasko defended the remark, saying, “The pier needs work.”'), 'pier needs work');
  assert.equal(q.source, 'Oren Vasko');
  assert.equal(q.cue, 'saying');
});

test('should open a quotation whose opening mark is missing after the cue and comma before it (she added, …”)', () => {
  const text = 'Quell spoke for an hour.\n\nListing the port’s debts she added, the levy is a proven failure.”\n\nShe left.';
  const q = quoteWith(show(text), 'levy');
  assert.deepEqual([q.source, q.cue, q.content], ['she', 'added', ['the levy is a proven failure.”']]);
  assert.equal(q.kind, 'direct');
  // With no cue in the stretch, the quotation still runs back to the paragraph's start.
  assert.deepEqual(quoteWith(show('Quell spoke.\n\nThe levy is a proven failure.”'), 'levy').content, ['The levy is a proven failure.”']);
});

test('should split `…, Quell said, adding, "…"` into a report of the clause before and the quotation after', () => {
  const quotes = show('The ferry will run again next week, Mara Quell said, adding, “We owe the island that much.”');
  assert.deepEqual(core(quoteWith(quotes, 'ferry')), { speaker: 'Mara Quell', content: ['The ferry will run again next week'], cue: 'said' });
  assert.deepEqual(core(quoteWith(quotes, 'owe')), { speaker: 'Mara Quell', content: ['“We owe the island that much.”'], cue: 'adding' });
  // With no clause before it, the two verbs are one cue.
  assert.equal(quoteWith(show('The message continued, saying, “Do not sell the pier.”'), 'pier').cue, 'continued, saying');
});

test('should read a that-clause running on past a quote as mixed speech (said that, "…" against …)', () => {
  const q = quoteWith(show('Spokeswoman Ida Lund said that, “Of course the port will defend itself” against the new claims.'), 'Of course');
  assert.equal(q.kind, 'mixed');
  assert.deepEqual(q.content, ['that, “Of course the port will defend itself” against the new claims']);
});

test('should find the subject past an aspect verb and a coordinated verb before the cue', () => {
  assert.deepEqual(core(quoteWith(show('During the hearing, Tavo Brandt kept saying, "The levy is unfair."'), 'levy')), {
    speaker: 'Tavo Brandt', content: ['"The levy is unfair."'], cue: 'saying',
  });
  const q = quoteWith(show('Mara Quell spoke first. Then Tavo Brandt laughed and said, "I never liked the levy."'), 'never');
  assert.equal(q.source, 'Tavo Brandt');
  assert.equal(q.speaker, 'Tavo Brandt');
});

test('should read verbs of manner of speaking as cues next to a quote (roared, gasped, grovelled:)', () => {
  const text =
    '“We will not move,” Mara Quell roared.\n\n“It is gone,” gasped museum owner Dev Oman.\n\nOman grovelled: “I am sorry.”';
  const quotes = show(text);
  assert.deepEqual(core(quoteWith(quotes, 'not move')), { speaker: 'Mara Quell', content: ['“We will not move,”'], cue: 'roared' });
  assert.equal(quoteWith(quotes, 'It is gone').speaker, 'Dev Oman');
  assert.equal(quoteWith(quotes, 'sorry').cue, 'grovelled');
});

test('should not read a manner verb in narration as a report (the crowd roared as …)', () => {
  assert.deepEqual(show('The crowd roared as the ferry left the quay.'), []);
});

test('should leave a fronted phrase out of the subject before a colon (At a packed meeting the mayor hit back:)', () => {
  const text = 'Mayor Tova Lind spoke last. At a packed harbour meeting the mayor hit back: “We pay our pilots on time.”';
  const q = quoteWith(show(text), 'pilots on time');
  assert.equal(q.source, 'the mayor');
  assert.equal(q.speaker, 'Tova Lind');
});

test('should find the cue of a colon clause past a noun like rallying cry (repeated the words …: "…")', () => {
  const text =
    "Ilsa Brandt, who leads the Harbour Pilots' Guild, repeated the words that have become the guild's rallying cry: “No pilot, no port.”";
  const quotes = show(text);
  assert.deepEqual(core(quoteWith(quotes, 'No pilot')), { speaker: 'Ilsa Brandt', content: ['“No pilot, no port.”'], cue: 'repeated' });
  assert.ok(quotes.every((q) => q.cue !== 'cry'));
});

test('should read the source between a sentence-opening cue and the quote (Said Quell: "…", According to Quell, "…")', () => {
  const said = quoteWith(show('Said Mara Quell: “The cranes stay where they are.”'), 'cranes');
  assert.deepEqual(core(said), { speaker: 'Mara Quell', content: ['“The cranes stay where they are.”'], cue: 'Said' });
  const according = quoteWith(show('According to Dev Oman, “the ferry never left the dock.”'), 'ferry');
  assert.deepEqual(core(according), { speaker: 'Dev Oman', content: ['“the ferry never left the dock.”'], cue: 'According to' });
});

test('should give a gerund after a fronted phrase the subject of the sentence, not the phrase', () => {
  const text = 'During a budget hearing on Tuesday, Mara Quell attacked the port board for its spending, saying, “They have lost the plot.”';
  const q = quoteWith(show(text), 'lost the plot');
  assert.equal(q.source, 'Mara Quell');
  assert.equal(q.cue, 'saying');
});

test('should not take the quoted title of a work for a quote (on "The Noon Desk," the harbour radio show)', () => {
  for (const text of [
    'Mara Quell appeared on “The Noon Desk,” the harbour radio show, on Monday.',
    'Mara Quell spoke on the podcast "Dock Talk" on Monday.',
    'Mara Quell used her slot on "Dock Talk" podcast to hit back.',
  ]) assert.ok(!show(text).some((q) => q.content.some((c) => /Noon Desk|Dock Talk/.test(c))), text);
  // A short quote that is no title stays a fragment of someone's words.
  assert.ok(show('Mara Quell called the levy “a Harbour Tax,” the second time this week.').some((q) => q.content.some((c) => c.includes('Harbour Tax'))));
});

test('should not credit a quote ending in a full stop to a cue in the next sentence (…, “….” The board disagreed.)', () => {
  const q = quoteWith(show('Mara Quell said, “We will reopen the pier in June.” The board disagreed.'), 'reopen the pier');
  assert.deepEqual(core(q), { speaker: 'Mara Quell', content: ['“We will reopen the pier in June.”'], cue: 'said' });
  // A question or exclamation mark does not end the sentence before its cue.
  assert.equal(quoteWith(show('“Is the pier open?” Tavo Brandt asked.'), 'pier open').speaker, 'Tavo Brandt');
  // Nor does a full stop inside a quotation within it end only that one (`….’” The crew laughed.`).
  const nested = show('“We asked for more,” Mara Quell recalled. “The board said, ‘We cannot pay.’ I said, ‘Then sell the pier.’” The crew around Mara Quell laughed.');
  assert.equal(quoteWith(nested, 'The board said').speaker, 'Mara Quell');
  assert.notEqual(quoteWith(nested, 'The board said').source, 'The crew around Mara Quell');
});

test('should give a cue after `but` or `and` the subject that opens the sentence (Quell named no one, but told the crowd, “…”)', () => {
  const q = quoteWith(show('Mara Quell named none of her rivals, but told the crowd, “This harbour is not for sale.”'), 'not for sale');
  assert.equal(q.source, 'Mara Quell');
  assert.equal(q.cue, 'told');
});

test('should give a cue after and or but the subject of the sentence’s first report, past a fronted phrase (In an interview, Quell said … and added, “…”)', () => {
  const q = quoteWith(show('In a long, candid interview with the Courier last year, Mara Quell said she would sell the pier and added, “Nobody else will buy it.”'), 'Nobody');
  assert.equal(q.source, 'Mara Quell');
  assert.equal(q.cue, 'added');
});

test('should credit a quotation after a name and a colon to that name (- Ivo Brandt: “…”)', () => {
  const quotes = show('Dockers split on the levy - Ivo Brandt: “Most of us will vote yes.” Harbour Poll: “Support is falling.”');
  assert.deepEqual(core(quoteWith(quotes, 'Most of us')), { speaker: 'Ivo Brandt', content: ['“Most of us will vote yes.”'], cue: ':' });
  assert.equal(quoteWith(quotes, 'Support').source, 'Harbour Poll');
  // The report before the dash ends there.
  assert.deepEqual(quoteWith(quotes, 'levy').content, ['on the levy']);
  // A title-case phrase or section label is no speaker.
  const label = quoteWith(show('Breaking: “The pier is closed.”'), 'pier');
  assert.equal(label.source, null);
});

test('should credit a quotation after a colon to the named subject of the clause before it, not the previous speaker (Brandt went even further: “…”)', () => {
  const text = 'Harbour levy delayed\n\nIvo Kern said the levy could wait. Mara Brandt, the harbour chief, disagreed. Brandt went even further: “If we wait, the harbour dies.”';
  assert.deepEqual(core(quoteWith(show(text), 'harbour dies')), { speaker: 'Mara Brandt', content: ['“If we wait, the harbour dies.”'], cue: 'went even further:' });
  // A common noun phrase as the subject (`The plan is simple:`) or a capitalised opener
  // (`Thanks to …:`) credits nobody by this rule; the quotation goes on with its context.
  const plan = quoteWith(show('Harbour levy delayed\n\nIvo Kern said the levy could wait. The plan is simple: “Wait a year.”'), 'Wait a year');
  assert.notEqual(plan.source, 'The plan');
  const thanks = quoteWith(show('Harbour levy delayed\n\nIvo Kern spoke. Thanks to the vote, the pier has a new name: “The Long Quay.”'), 'Long Quay');
  assert.notEqual(thanks.source, 'Thanks');
});

test('should read transcript turns and interview answers printed as narration (QUELL: …, Q: …, A: …)', () => {
  const text = 'Mara Quell spoke to the harbour board.\nBRANDT: Do you think the levy will pass? Many doubt it.\nQUELL: I think it will. We have the votes.\nQ: Did the board listen?\nA: No one called.\nContributing: Dara Olsen\nEditor\'s Note: This story was updated.\nQ&A: What happens now?\nFactbox: Five things to know';
  const turns = show(text).filter((q) => q.cue === ':');
  assert.deepEqual(turns.map((q) => [q.source, q.content.join(' || ')]), [
    ['BRANDT', 'Do you think the levy will pass? Many doubt it'],
    ['QUELL', 'I think it will. We have the votes'],
    ['Q', 'Did the board listen'],
    ['A', 'No one called'],
  ]);
  assert.equal(turns[1].speaker, 'Mara Quell');
  // A full name in capitals the text names nowhere else is shown as a name; one word stays as written.
  const unknown = show("SEAN O'NEILL: We will sail at dawn.\nFBI: No comment on the case.");
  assert.deepEqual(unknown.map((q) => q.speaker), ["Sean O'Neill", 'FBI']);
  // An advice column's salutation names whom the letter is to, not who writes it.
  assert.ok(!show('DEAR MARGO: My husband will not fly with me. -- GROUNDED\n\nDEAR GROUNDED: Book your own seat.').some((q) => q.cue === ':'));
  // A title with its subtitle the text names again is no turn; a label repeated with its
  // turn's first word is still one.
  const review = 'Review\n\nHarbor Quest: Tidewater Edition is a game of many parts.\n\nYou can call Harbor Quest: Tidewater Edition a climbing game.';
  assert.ok(!show(review).some((q) => q.cue === ':'), JSON.stringify(show(review)));
  const repeated = show('Mara Quell spoke.\nQ: Tidewater is late?\nA: It is late by a week.\nQ: Tidewater again?\nA: It is late again this year.');
  assert.equal(repeated.filter((q) => q.cue === ':').length, 4);
});

test('should read no turn in a dateline, team notes or a section label that speaks in the third person', () => {
  // (A wire template names both teams twice: the labels come back, yet nobody speaks.)
  const notes = 'Harbor beat Alder 101-99.\n\nHarbor: G Ivo Brandt missed his third game with a knee sprain.\n\nAlder: Mara Quell left in the second quarter with a cut.\n\nUP NEXT\n\nHarbor: Host Alder on Friday.\n\nAlder: Visit Harbor on Friday.';
  assert.ok(!show(notes).some((q) => q.cue === ':'), JSON.stringify(show(notes)));
  const dateline = 'Ferry Crews Return\n\nPORT ALDER: Their contracts ended, nearly 150 crew members came home on Monday.';
  assert.ok(!show(dateline).some((q) => q.cue === ':'));
  // One labelled paragraph that speaks in the first person is a turn.
  const one = 'The mayor visited the pier.\n\nQuell: We never asked for this levy.';
  assert.deepEqual(show(one).filter((q) => q.cue === ':').map((q) => q.source), ['Quell']);
});

test('should find the cue after a quotation past a long apposition (“…,” Brandt, a harbour pilot and former adviser to the mayor, said)', () => {
  const q = quoteWith(show('“We will not wait,” Ivo Brandt, a Port Alder harbour pilot and former adviser to the mayor, said.'), 'wait');
  assert.equal(q.cue, 'said');
  assert.equal(q.speaker, 'Ivo Brandt');
});

test('should credit a second quotation of a sentence to its own cue, not run it back over the first (“…,” she said, but …, “…,” said Brandt)', () => {
  const text = '“The pier is a mess,” she said, but despite the long delays, “I think it will open in May,” said Ivo Brandt. “We are nearly there.”';
  const quotes = show(text);
  assert.deepEqual(core(quoteWith(quotes, 'open in May')), { speaker: 'Ivo Brandt', content: ['“I think it will open in May,”'], cue: 'said' });
  assert.equal(quoteWith(quotes, 'nearly there').speaker, 'Ivo Brandt');
  // Fragments of one mixed quote have no cue between them and stay one quote.
  const mixed = quoteWith(show('The levy is “a quiet tax” and “a gift to the shipowners,” Ivo Brandt said.'), 'quiet tax');
  assert.deepEqual(mixed.content, ['The levy is “a quiet tax” and “a gift to the shipowners,”']);
});

test('should read chanting and singing as cues of a quotation (…, chanting, “…”; “…,” the band sang)', () => {
  const chant = quoteWith(show('Dockers blocked the ferry ramp, chanting, “No deal, no boats!”'), 'No deal');
  assert.deepEqual([chant.source, chant.cue, chant.content], ['Dockers', 'chanting', ['“No deal, no boats!”']]);
  const sang = quoteWith(show('“The harbor is ours,” the brass band sang as the boats came in.'), 'harbor is ours');
  assert.equal(sang.source, 'the brass band');
  assert.equal(sang.cue, 'sang');
  // Singing in narration, with no quotation, reports nothing.
  assert.deepEqual(show('The brass band sang the anthem at the quay.'), []);
});

test('should read a plural possessive’s apostrophe as part of the source, not a closing mark (Ada Brandt, the dockers’ treasurer, said)', () => {
  const apposition = quoteWith(show('“The fund is safe,” Ada Brandt, the dockers’ treasurer, said in a statement.'), 'fund is safe');
  assert.deepEqual([apposition.source, apposition.cue], ['Ada Brandt, the dockers’ treasurer', 'said']);
  const subject = quoteWith(show('“The fund is safe,” the dockers\' union said.'), 'fund is safe');
  assert.deepEqual([subject.source, subject.cue], ["the dockers' union", 'said']);
});

test('should read speech in single marks in British copy, across paragraphs, with apostrophes and inner double marks', () => {
  const text = [
    'Families stranded on Varra blame Bluewave',
    'Jenny Moss, 38, said: \'Nobody told us anything. We slept on the floor.',
    '\'The staff were lovely but the Grahams\' car was stuck all night.\'',
    'Bluewave\'s director, Craig Dunne, apologised. \'We got this badly wrong,\' he said. \'Passengers called it "a shambles", and they were right.\'',
    '\'One company, one boat, one point of failure,\' said councillor Aileen Ross.',
  ].join('\n\n');
  const quotes = show(text, { title: { start: 0, end: text.indexOf('\n') } });
  const moss = quoteWith(quotes, 'Nobody told us');
  assert.equal(moss.speaker, 'Jenny Moss');
  assert.equal(moss.content.length, 2);
  assert.ok(moss.content[1].includes('car was stuck all night'), 'the apostrophe of the Grahams\' does not close the quote');
  const dunne = quoteWith(quotes, 'badly wrong');
  assert.equal(dunne.speaker, 'Craig Dunne');
  assert.ok(dunne.content.some((c) => c.includes('and they were right')));
  assert.equal(quoteWith(quotes, 'one point of failure').speaker, 'Aileen Ross');
  // Copy that quotes speech in double marks keeps single marks as apostrophes and inner quotes.
  const american = show('“We got this wrong,” Craig Dunne said. “The Grahams\' car was stuck.”');
  assert.deepEqual(american.map((q) => q.content), [['“We got this wrong,”', '“The Grahams\' car was stuck.”']]);
});

test('should credit the answers of an interview printed as questions and answers without labels to its subject', () => {
  const text = [
    '‘I was never a politician’: Ines Lund on the strike',
    'Ines Lund, 47, led the port pilots through the longest strike in Port Alder’s history. She spoke to the Gazette.',
    'How did that feel?',
    'Honestly, terrifying. I was never a politician.',
    'Did you ever think of giving in?',
    'Every night. But I could not do it to my crews.',
    'What did the mayor get wrong?',
    'He thought we were bluffing.',
    'This interview has been edited for length and clarity.',
  ].join('\n\n');
  const quotes = show(text, { title: { start: 0, end: text.indexOf('\n') } });
  for (const words of ['Honestly, terrifying', 'Every night', 'He thought we were bluffing']) assert.equal(quoteWith(quotes, words).speaker, 'Ines Lund', words);
  assert.ok(!quotes.some((q) => q.content.some((c) => c.includes('edited for length'))));
  // Rhetorical questions in narration answered in the writer's own voice are no interview.
  const narration = ['Port strike ends', 'Ines Lund led the pilots.', 'So who won?', 'Nobody, in the end.', 'What now?', 'The talks resume.', 'Who pays?', 'The city does.'].join('\n\n');
  assert.equal(show(narration).filter((q) => q.content.some((c) => c.includes('Nobody'))).length, 0);
});

test('should take the name right before a gerund cue as its source (a video shows Olin saying: “…”)', () => {
  const q = show('Mara Olin spoke in Pellston. A video of the speech shows Olin saying: “Our teachers are paid far too little.”').find((x) => x.cue === 'saying');
  assert.ok(q);
  assert.equal(q.source, 'Olin');
  assert.equal(q.speaker, 'Mara Olin');
});

test('should read title-case quotations listed as examples or after a year’s possessive as works, which nobody says', () => {
  const text = 'The band played hits like 1994’s “Harbor Lights,” “Salt On The Deck” and “Crane Song.” “We are ready,” Ivo Brandt said.';
  const shown = show(text);
  assert.deepEqual(shown.map((q) => q.content.join(' ')), ['“We are ready,”']);
  // A title-case line on its own is still a quotation, and `label as “…”` is no list of works.
  const labelled = show('Ivo Brandt said. “Nobody Stops Us.” He liked to label as “Used News” any copied story.');
  assert.ok(labelled.some((q) => q.content.join(' ').includes('Nobody Stops Us')), JSON.stringify(labelled));
  assert.ok(labelled.some((q) => q.content.join(' ').includes('Used News')), JSON.stringify(labelled));
});

test('should read a capitalised cue form right after a quotation as a name unless the quotation ends a sentence (“Harbor Lights,” Marvel Records)', () => {
  const shown = show('The label holds songs from Alder Sound, “Harbor Lights,” Marvel Records and others.');
  assert.ok(shown.every((q) => q.cue === null), JSON.stringify(shown));
});

test('should take an inverted source’s apposition up to a gerund after its comma, with a relative clause inside it unless that clause reports', () => {
  const noting = quoteWith(show('“The cranes are old,” said Mara Olin, the port’s director, noting that two of them date from 1970.'), 'cranes');
  assert.equal(noting.source, 'Mara Olin, the port’s director');
  const relative = quoteWith(show('“The tide was wrong,” said Ivo Brandt, a pilot who has run the night ferry since 2019.'), 'tide');
  assert.equal(relative.source, 'Ivo Brandt, a pilot who has run the night ferry since 2019');
  const reporting = quoteWith(show('“It is over,” said Ada Quist, a trustee who said last week that the vote was rigged.'), 'over');
  assert.equal(reporting.source, 'Ada Quist, a trustee');
});

test('should read a show’s title after `host of` a channel’s possessive as a name, no quotation (host of Harbor FM’s “Noon Desk”)', () => {
  const quotes = show('Ivo Brandt, host of Harbor FM’s “Noon Desk,” said the levy would pass.');
  assert.ok(!quotes.some((q) => q.content.some((c) => c.includes('Noon Desk'))), JSON.stringify(quotes));
  // The apposition with its title, comma and closing mark is the source of what follows.
  assert.equal(quoteWith(quotes, 'levy would pass').source, 'Ivo Brandt, host of Harbor FM’s “Noon Desk,”');
  // A relative clause with a scare quote ends at the comma inside its closing mark.
  const farce = show('Ivo Brandt, who called it a “farce,” said the levy would pass.');
  assert.deepEqual(quoteWith(farce, 'levy would pass').source, 'Ivo Brandt');
  assert.deepEqual(quoteWith(farce, 'farce').content, ['it a “farce,”']);
  // A quotation that opens the clause is what was said, not a title (`…, “…,” said Brandt`).
  const said = quoteWith(show('Behind the scenes, Quell is “calling all her friends,” said Ivo Brandt, the director.'), 'calling all');
  assert.equal(said.source, 'Ivo Brandt, the director');
});

test('should take a relative clause about an inverted source as part of it, unless the clause reports (“…,” said Brandt, who runs …)', () => {
  const runs = quoteWith(show('“The tide was wrong,” said Ivo Brandt, who has run the night ferry since 2019.'), 'tide');
  assert.deepEqual([runs.source, runs.speaker], ['Ivo Brandt, who has run the night ferry since 2019', 'Ivo Brandt']);
  const reports = quoteWith(show('“The tide was wrong,” said Ivo Brandt, who added that the pilots had warned him.'), 'tide');
  assert.equal(reports.source, 'Ivo Brandt');
  // A dash ends the clause: what follows it is an aside about something else.
  const aside = quoteWith(show('“We stay open,” said Ada Quist, who runs the Pier Gym — which still hosts a class named for her father.'), 'stay open');
  assert.equal(aside.source, 'Ada Quist, who runs the Pier Gym');
  // A hyphen inside a name keeps the apposition whole (`the A.D.U.-P.W.G.`).
  const hyphen = quoteWith(show('“Every year there are such stories,” Ivo Brandt, a former director at the A.D.U.-P.W.G. and organizer, wrote in an email.'), 'such stories');
  assert.deepEqual([hyphen.source, hyphen.cue], ['Ivo Brandt, a former director at the A.D.U.-P.W.G. and organizer', 'wrote']);
  // A party label in parentheses closes the name, on the right as on the left.
  const party = quoteWith(show('“It is a disgrace,” said Rep. Mara Quell (D-Ore.), head of the harbor caucus.'), 'disgrace');
  assert.equal(party.source, 'Rep. Mara Quell (D-Ore.), head of the harbor caucus');
});

test('should give a quotation that ends a sentence after a lead-in with no cue the speaker of the quotation before it (Unless the board acts, “…”)', () => {
  const text = '“The port is in trouble,” said Ada Brandt, the harbor master. Unless the board acts soon, “the pier will not last the winter.” The board meets in May.';
  const quotes = show(text);
  assert.deepEqual(core(quoteWith(quotes, 'pier will not')), { speaker: 'Ada Brandt', content: ['“the pier will not last the winter.”'], cue: null });
  // A report inside the first quotation's sentence does not stand between them.
  const past = show('“The port is in trouble,” said Ada Brandt, who wrote a book on the harbor. Olin “never listened. He never read the survey at all.”');
  assert.equal(quoteWith(past, 'never listened').speaker, 'Ada Brandt');
  // A short phrase in marks stays a scare quote, credited to nobody.
  const scare = show('“The port is in trouble,” said Ada Brandt. The board calls it a “passing squall.” It meets in May.');
  assert.equal(quoteWith(scare, 'passing squall').speaker, null);
});

test('should not take an adverb that ends the clause after a cue for an inverted source (“…,” said matter-of-factly.)', () => {
  const q = quoteWith(show('“The tide has turned,” said matter-of-factly.'), 'tide');
  assert.equal(q.source, null);
});

test('should credit a quotation to its own cue when a trailing `according to` wraps the sentence, and take no content from the according-to phrase', () => {
  const quotes = show('Rep. Ada Quell spoke on Monday. Ferry workers "say the levy is too high," she said, according to the Ledger.');
  const own = quotes.find((q) => q.cue === 'said');
  assert.ok(own, JSON.stringify(quotes));
  assert.deepEqual([own.source, own.content], ['she', ['Ferry workers "say the levy is too high,"']]);
  // The outlet that reported it keeps the whole sentence; `said` takes nothing from `according to the Ledger`.
  assert.equal(quoteWith(quotes, 'she said').cue, 'according to');
  assert.ok(!quotes.some((q) => q.content.some((c) => c.startsWith('according to'))), JSON.stringify(quotes));
});

test('should read a cue form that is mostly a noun as a cue with its particle after a quotation (“…,” Brandt points out)', () => {
  assert.deepEqual(core(quoteWith(show('“We will sail at dawn,” Ivo Brandt points out.'), 'sail')), { speaker: 'Ivo Brandt', content: ['“We will sail at dawn,”'], cue: 'points out' });
  // Without its particle the word is a noun: `… Brandt points` credits nobody.
  assert.equal(quoteWith(show('“We will sail at dawn,” the guild scored points.'), 'sail').cue, null);
});

test('should credit a paragraph left open to the speaker the next paragraph’s quotation names after it, when it reopens with the same mark', () => {
  const text = '“We will sail at dawn. The crews are ready.\n\n“The tide is right and the weather is fair,” Ivo Brandt said.';
  assert.equal(quoteWith(show(text), 'crews are ready').speaker, 'Ivo Brandt');
  // A quoted report reopened in other marks quotes someone inside it: the open paragraph is not theirs.
  const nested = 'The Ledger reported the vote that night.\n\n"The hearing was closed and the board said little.\n\n“We saw no plan,” Ivo Brandt said.';
  assert.notEqual(quoteWith(show(nested), 'hearing was closed').speaker, 'Ivo Brandt');
});

test('should read a quotation over two paragraphs as one quote in two parts, with the cue of the part that has one', () => {
  const text = 'Harbour\n\n“We will sail at dawn. The crews are ready.\n\n“The tide is right and the weather is fair,” Ivo Brandt said.';
  const quotes = show(text);
  assert.equal(quotes.length, 1);
  assert.deepEqual(core(quotes[0]), { speaker: 'Ivo Brandt', content: ['“We will sail at dawn. The crews are ready.', '“The tide is right and the weather is fair,”'], cue: 'said' });
  // Two parts with cues of their own stay two quotes.
  const two = 'Harbour\n\n“We will sail at dawn,” Ivo Brandt said. “The crews are ready.\n\n“The tide is right,” he added.';
  assert.equal(show(two).length, 2);
});

test('should keep a report noun after its article inside an inverted source (said a report from …)', () => {
  const q = quoteWith(show('“The market is pricing in a recovery,” said a report from Harbor Equities.'), 'recovery');
  assert.equal(q.source, 'a report from Harbor Equities');
});

test('should credit a quote whose closing mark is set too early to the inverted cue later in its sentence, not to a phrase after the verb the mark left outside', () => {
  const text = 'Mara Quell said the port would reopen. "The council wants a bigger deal. Bigger than the small deal" announced in March, said Ivo Brandt, a scholar at the Harbor Institute.';
  const q = quoteWith(show(text), 'bigger deal');
  assert.equal(q.speaker, 'Ivo Brandt');
  assert.equal(q.cue, 'said');
  assert.equal(q.source, 'Ivo Brandt, a scholar at the Harbor Institute');
});

test('should take a verb the lexicon lacks for the cue when it frames a quotation with a name, pronoun or description ("…," Brandt commented; "…," comments Brandt in a statement; she shrugged; the mayor smiled)', () => {
  assert.equal(quoteWith(show('“We are truly excited about our tour,” Ivo Brandt commented.'), 'excited').cue, 'commented');
  const inverted = quoteWith(show('“We are truly excited about our tour,” comments Ivo Brandt in a statement.'), 'excited');
  assert.equal(inverted.speaker, 'Ivo Brandt');
  assert.equal(inverted.cue, 'comments');
  assert.equal(quoteWith(show('Mara Quell lost the vote. “Whatever,” she shrugged, and left.'), 'Whatever').speaker, 'Mara Quell');
  assert.equal(quoteWith(show('Ivo Brandt won the vote. “We won,” the mayor smiled.'), 'We won').source, 'the mayor');
  // A description with an article and a name in it, after another speaker's quote: the name, not the pronoun before.
  const angry = show('Ivo Brandt said the port was lost. “The port is no longer ours,” he claimed.\n“The port will always be ours,” an angry Mara Quell retaliated.');
  assert.deepEqual([quoteWith(angry, 'always').source, quoteWith(angry, 'always').speaker], ['an angry Mara Quell', 'Mara Quell']);
  assert.equal(quoteWith(show('“We will appeal,” a spokesman explained.'), 'appeal').source, 'a spokesman');
  // A title in marks is no quotation, and a lexicon cue after a description keeps its object out.
  assert.equal(quoteWith(show('“Harbor Lights,” Stella Marsh recorded in 2010.'), 'Harbor Lights').speaker, null);
  assert.equal(quoteWith(show('“We shook hands and nothing more,” the mayor told reporters.'), 'shook hands').source, 'the mayor');
});

test('should not read an imperative opening the sentence after a quotation as an inverted cue (“…” Read our review), unlike “…” Said Ivo Brandt', () => {
  assert.equal(quoteWith(show('“Harbor Quest is the best game in the series, streamlining its traditions.” Read our Harbor Quest review.'), 'best game').speaker, null);
  assert.equal(quoteWith(show('“We will sail at dawn.” Said Ivo Brandt.'), 'sail').speaker, 'Ivo Brandt');
});

test('should credit a quotation whose full stop sits inside the marks to a bare name-and-cue sentence after it (“… missing.” Quell said.)', () => {
  const misplaced = show('The pier was quiet. “I hope the harbour finds the ledgers that are missing.” Sen. Mara Quell said. She left at noon.');
  assert.deepEqual(core(quoteWith(misplaced, 'ledgers')), { speaker: 'Mara Quell', content: ['“I hope the harbour finds the ledgers that are missing.”'], cue: 'said' });
  // A sentence that says more than who spoke, or names a body with a description, reports something else.
  const other = show('The pier was quiet. “We will reopen the harbour.” The board disagreed.');
  assert.equal(quoteWith(other, 'reopen').cue, null);
});

test('should credit a quotation to a name after a list of titles and its cue (“…,” chairman, CEO and president Ivo Brandt said)', () => {
  const quotes = show('Harbor results\n\nSales rose.\n\n“Our quarter was strong,” chairman, CEO and president Ivo Brandt said in the release.');
  assert.deepEqual(core(quoteWith(quotes, 'quarter')), { speaker: 'Ivo Brandt', content: ['“Our quarter was strong,”'], cue: 'said' });
});

test('should read labelled paragraphs as a roster, not turns, when no label repeats and no entry speaks in the first or second person (a police blotter)', () => {
  const blotter = 'Arrests\n\nIvo Brandt: Possession of a stolen boat, held in lieu of $5,000 bond.\n\nMara Quell: Trespassing at the pier, released.\n\nTobias Lind: Two warrants, held without bond.';
  assert.deepEqual(show(blotter).filter((q) => q.cue === ':'), []);
  // A conversation comes back to its speakers, and speaks as `I` and `you`.
  const talk = 'Harbor talk\n\nQUELL: The levy sank us.\n\nBRANDT: Nobody ships here now.\n\nQUELL: Then we fix the levy.';
  assert.equal(show(talk).filter((q) => q.cue === ':').length, 3);
  const three = 'Harbor talk\n\nIvo Brandt: I saw the boat go.\n\nMara Quell: You could not have.\n\nTobias Lind: We all did.';
  assert.equal(show(three).filter((q) => q.cue === ':').length, 3);
});

test('should read a quote in a quote set in the same curly marks as nested when the paragraph closes both (“… what he calls “hell” than …” ― Ada Quist)', () => {
  const text = '“I’d rather live in what he calls “hell” than in a port he runs.” ― Ada Quist';
  const q = quoteWith(show(text), 'rather live');
  assert.deepEqual(q.content, ['“I’d rather live in what he calls “hell” than in a port he runs.”']);
  assert.equal(q.speaker, 'Ada Quist');
  // One opening mark too many, with one closing mark left: the first quote never closed.
  const unclosed = show('“The levy is dead, Quist said. “We start again,” she added.');
  assert.deepEqual(quoteWith(unclosed, 'start again').content, ['“We start again,”']);
});

test('should credit a quote a colon cue introduces to its speaker, not to a subjectless gerund after it (Ivo Brandt said: "…," adding that …)', () => {
  const drafts = show('In a statement, Ivo Brandt said: "The yard was highly successful," adding that its value quadrupled.');
  const q = quoteWith(drafts, 'yard was');
  assert.deepEqual([q.kind, q.source, q.cue, q.speaker], ['direct', 'Ivo Brandt', 'said', 'Ivo Brandt']);
  assert.equal(quoteWith(drafts, 'value quadrupled').speaker, 'Ivo Brandt');
});

test("should credit a quote whose inner single mark closes with the double one in apostrophes (''… 'a special case,''' Mr. Brandt said)", () => {
  const q = quoteWith(show("''We are told all the time, 'Kosovo is a special case,''' Mr. Ivo Brandt said. ''It is all lies.''"), 'told all the time');
  assert.deepEqual([q.kind, q.source, q.speaker], ['direct', 'Mr. Ivo Brandt', 'Ivo Brandt']);
});

test('should credit a quotation after a preposition and gerund (by saying, “…”) to the subject of the clause, not the words before by', () => {
  const reply = show('Ivo Brandt posted twice.\n\nOn Harbornet, Mara Quell answered one of Brandt’s posts by saying, “Just stop it.”').find((q) => q.cue === 'saying');
  assert.deepEqual([reply?.source, reply?.speaker], ['Mara Quell', 'Mara Quell']);
  const plans = show('The harbour chief appeared to defend his plans by saying, “We are saving the port.”').find((q) => q.cue === 'saying');
  assert.equal(plans?.source, 'The harbour chief');
});

test('should read a show’s title in marks after on, or after a channel’s possessive, as no quotation (on “Noon Desk,” · On Harbor FM’s “Noon Desk,” · on Harbor News channel’s “Noon Desk,”)', () => {
  for (const text of [
    'In a long appearance on “Noon Desk,” host Ivo Brandt asked Quell about the levy.',
    'On Harbor FM’s “Noon Desk,” Mara Quell said the levy was dead.',
    'Mara Quell said Sunday on Harbor News channel’s “Noon Desk Weekly,” that the levy was dead.',
  ]) {
    const quotes = show(`Harbour notes\n\n${text}`);
    assert.ok(!quotes.some((q) => q.content.some((c) => c.includes('Noon Desk'))), JSON.stringify(quotes));
  }
  // A quoted word after on is still a quotation when it is no title-case name.
  assert.ok(show('Harbour notes\n\nQuell was asked on Monday about the “disgraceful” levy and said “it will go.”').some((q) => q.content.some((c) => c.includes('it will go'))));
});

test('should read the writer’s aside (, and I quote,) before a quotation as no cue, and credit the quotation to the cue before it (No wonder Quell said, and I quote, “…”)', () => {
  for (const text of ['No wonder Mara Quell said, and I quote, “The port is ours.”', 'Mara Quell said, I quote, “The port is ours.”']) {
    const quotes = show(`Harbour notes\n\n${text}`);
    assert.deepEqual(quotes.map((q) => [q.source, q.cue, q.speaker]), [['Mara Quell', 'said', 'Mara Quell']], text);
  }
});

test('should read a headline’s quotation after a clause and a colon as the report of the claim (Lighthouse Goes Dark: Dacosta Tells Athletic ‘…’)', () => {
  const text = 'Lighthouse Goes Dark: Dacosta Tells Athletic ‘I’m Finished Here’\n\nNuno Dacosta wants to leave. “I am finished here,” he said.';
  const q = quoteWith(show(text, { title: { start: 0, end: text.indexOf('\n') } }), 'Finished Here');
  assert.deepEqual(core(q), { speaker: 'Nuno Dacosta', content: ['‘I’m Finished Here’'], cue: 'Tells' });
});

test('should not credit a headline quote to an opening phrase the body writes in lower case, but to the body quote that holds it', () => {
  const text = 'Crane Horror at the Docks: ‘We Warned Them’\n\nThe crane fell on Tuesday, to the horror of the dockers. Union boss Ivo Brandt said: “We warned them about that crane in March.”';
  const q = quoteWith(show(text, { title: { start: 0, end: text.indexOf('\n') } }), 'Warned Them');
  assert.equal(q.speaker, 'Ivo Brandt');
  assert.equal(q.source, null);
});

test('should credit nobody with a headline’s `Name: claim` when the body names a place by the label (Saltmarsh: ‘…’ over the Saltmarsh Estate), but the person it names', () => {
  const place = 'Saltmarsh: ‘bridges, not barriers’ — but for whom?\n\nThe Saltmarsh Estate sits on the river. Mayor Ada Brandt said the towers had had their day.';
  const q = quoteWith(show(place, { title: { start: 0, end: place.indexOf('\n') } }), 'bridges');
  assert.equal(q.speaker, null);
  assert.equal(q.source, null);
  const person = 'Brandt: ‘bridges, not barriers’\n\nMayor Ada Brandt opened the Saltmarsh Estate bridge on Monday.';
  assert.equal(quoteWith(show(person, { title: { start: 0, end: person.indexOf('\n') } }), 'bridges').speaker, 'Ada Brandt');
});
