import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model.js';
import { analyzeArticle, findParagraphs } from './index.js';

function article(text: string, published: string | null = '2024-03-12T09:00:00Z'): Article {
  const nl = text.indexOf('\n');
  return {
    id: 'port-1', url: null, outlet: null, title: text.slice(0, nl), byline: null, published,
    language: 'en', source: 'port.txt', contentHash: 'x', text, titleSpan: { start: 0, end: nl },
  };
}

const TEXT =
  'Port Strike Ends After Nine Days\n\n' +
  'President Mara Quell met dock workers on Friday. The Harbor Gazette reported the deal.\n\n' +
  'Quell said wages will rise in April 2025. Dev Oman agreed.';

test('should split paragraphs at blank lines, the title first', () => {
  const paragraphs = findParagraphs(TEXT);
  assert.equal(paragraphs.length, 3);
  assert.equal(TEXT.slice(paragraphs[0].start, paragraphs[0].end), 'Port Strike Ends After Nine Days');
});

test('should find sentences with their paragraph index', () => {
  const a = analyzeArticle(article(TEXT));
  assert.equal(a.articleId, 'port-1');
  const shown = a.sentences.map((s) => [s.paragraph, TEXT.slice(s.span.start, s.span.end)]);
  assert.deepEqual(shown, [
    [0, 'Port Strike Ends After Nine Days'],
    [1, 'President Mara Quell met dock workers on Friday.'],
    [1, 'The Harbor Gazette reported the deal.'],
    [2, 'Quell said wages will rise in April 2025.'],
    [2, 'Dev Oman agreed.'],
  ]);
  assert.ok(a.tokenCount > 20);
});

test('should find person and organisation names without their titles', () => {
  const a = analyzeArticle(article(TEXT));
  const byText = new Map(a.entities.map((e) => [e.text, e.type]));
  assert.equal(byText.get('Mara Quell'), 'person');
  assert.equal(byText.get('Dev Oman'), 'person');
  assert.equal(byText.get('Harbor Gazette'), 'organization');
  for (const e of a.entities) assert.equal(TEXT.slice(e.span.start, e.span.end), e.text);
});

test('should resolve dates against the publication date with their precision', () => {
  const a = analyzeArticle(article(TEXT));
  const byText = new Map(a.dates.map((d) => [TEXT.slice(d.span.start, d.span.end), d.date]));
  assert.deepEqual(byText.get('on Friday'), { value: '2024-03-08', precision: 'day' });
  assert.deepEqual(byText.get('April 2025'), { value: '2025-04', precision: 'month' });
});

test('should keep only dates with their own year when there is no publication date', () => {
  const a = analyzeArticle(article(TEXT, null));
  assert.deepEqual(a.dates.map((d) => d.date.value), ['2025-04']);
});

test('should drop an occupational title from a person name (Chef Oren Vasko)', () => {
  const text = 'Pier Bistro Opens\n\nChef Oren Vasko opened a bistro on the pier on Friday. Vasko said it was busy.';
  const a = analyzeArticle(article(text));
  const names = a.entities.filter((e) => e.type === 'person').map((e) => e.text);
  assert.ok(names.includes('Oren Vasko'), `person names: ${names.join(', ')}`);
  assert.ok(!names.some((n) => n.startsWith('Chef')));
});

test('should type streets, halls and ports as places, and drop a sentence opener from a name', () => {
  const text = 'Ferry Row\n\nThe mayor spoke at City Hall about Quay Street and Port Alder. Meanwhile Oren Vasko said the ferry was late.';
  const a = analyzeArticle(article(text));
  const typeOf = new Map(a.entities.map((e) => [e.text, e.type]));
  assert.equal(typeOf.get('City Hall'), 'place');
  assert.equal(typeOf.get('Quay Street'), 'place');
  assert.equal(typeOf.get('Port Alder'), 'place');
  assert.equal(typeOf.get('Oren Vasko'), 'person');
  assert.ok(![...typeOf.keys()].some((n) => n.startsWith('Meanwhile')));
});

test('should take a capitalised run for a person only on evidence: a role noun, a verb of saying, the surname again', () => {
  const text = [
    'Lumen Arcade Launches',
    '',
    'The Lumen Arcade Deluxe bundle ships with Harbor Quest Remastered and three months of the Lumen Pro tier.',
    'The Pro service costs nine crowns a month. It was made by Ilse Varnholt, 41, and her team.',
    'Critics were kinder to Harbor Quest Remastered than to Tidewater Rally. Varnholt shrugged off the reviews.',
    'Her publicist, Teodora Brisk, declined to comment. Ansgar Pell said the queue began at dawn.',
    'South Dakota says it will not stock the console.',
    'The commissioner for Tidal Rights said the console was fine. Varnholt Equities said so too.',
  ].join('\n');
  const a = analyzeArticle(article(text));
  const typeOf = new Map(a.entities.map((e) => [e.text, e.type]));
  for (const name of ['Ilse Varnholt', 'Teodora Brisk', 'Ansgar Pell']) assert.equal(typeOf.get(name), 'person', name);
  // A verb of saying after a body named by what it deals in does not make a person of it.
  for (const name of ['Tidal Rights', 'Varnholt Equities']) assert.equal(typeOf.get(name), 'organization', name);
  // Products and games: `Pro` is used alone only before a noun or after a determiner.
  for (const name of ['Harbor Quest Remastered', 'Tidewater Rally', 'Lumen Pro']) assert.notEqual(typeOf.get(name), 'person', name);
  assert.equal(typeOf.get('South Dakota'), 'place');
});

test('should take a singular role noun ending in s for evidence, and a plural one not', () => {
  const text = [
    'Quayside Verdict',
    '',
    'Actress Maribel Quenn and witness Oswin Tarrant arrived early; their boss Edda Lorne came later.',
    'The court heard from investors Brightwater Capital and Halden Ventures about the loan.',
  ].join('\n');
  const typeOf = new Map(analyzeArticle(article(text)).entities.map((e) => [e.text, e.type]));
  for (const name of ['Maribel Quenn', 'Oswin Tarrant', 'Edda Lorne']) assert.equal(typeOf.get(name), 'person', name);
  for (const name of ['Brightwater Capital', 'Halden Ventures']) assert.notEqual(typeOf.get(name), 'person', name);
});

test('should read titles after a body name, inverted cues, appositions and ages as evidence of a person, and drop the title', () => {
  const text = [
    'Harbor Board Meets',
    '',
    'Vossgate CEO Tilda Marrane said the board would meet. Interim Harbor Police Chief Oskar Venn told reporters it was calm.',
    '"We are ready," said Bertil Ohlund, vice president of Dock Operations. In a letter, Sunniva Krell, the head of the guild, wrote that wages lagged.',
    'A 43-year-old Jorun Stavik of Port Alder was the first witness. Secretary of State Emeric Dahl spoke after former harbor adviser Tove Hill.',
    'The hearing was moved to Capitol Hill. A dock worker told Harbor Insider the strike was over.',
    '"It was lawful," Ansel Brokk, the U.S. attorney for the district, said. Shares of billionaire Odo Vantress rose.',
    'The yard was, according to Petra Lysgaard of the Courier, empty. Then Stellar Tide, the Vantress family\'s company, said so.',
    'The ambassador to Iceland Tovik Hallem has warned that the talks failed.',
  ].join('\n');
  const typeOf = new Map(analyzeArticle(article(text)).entities.map((e) => [e.text, e.type]));
  assert.notEqual(typeOf.get('Stellar Tide'), 'person');
  for (const name of ['Tilda Marrane', 'Oskar Venn', 'Bertil Ohlund', 'Sunniva Krell', 'Jorun Stavik', 'Emeric Dahl', 'Tove Hill', 'Ansel Brokk', 'Odo Vantress', 'Petra Lysgaard', 'Tovik Hallem']) {
    assert.equal(typeOf.get(name), 'person', `${name} in ${[...typeOf].join(', ')}`);
  }
  assert.equal(typeOf.get('Capitol Hill'), 'place');
  assert.equal(typeOf.get('Port Alder'), 'place');
  // `told X`: X is spoken to, and may be an outlet.
  assert.notEqual(typeOf.get('Harbor Insider'), 'person');
  assert.ok(![...typeOf.keys()].some((n) => /CEO|Chief|Secretary|of State/.test(n)), [...typeOf.keys()].join(', '));
});

test('should keep a hyphenated name whole and not take a bare title for a person', () => {
  const text = [
    'Prosecutor Drops Case',
    '',
    'Deputy Director of Public Prosecution Eva-Lotte Brandvik dropped the case. Team head Jenna Ngo-Arnaud says it is closed.',
    'The firm named Ivar Lund its Chief Strategy Officer. Rasmus Holt, Head of Research at Fjord Securities, agreed.',
  ].join('\n');
  const typeOf = new Map(analyzeArticle(article(text)).entities.map((e) => [e.text, e.type]));
  for (const name of ['Eva-Lotte Brandvik', 'Jenna Ngo-Arnaud', 'Rasmus Holt']) assert.equal(typeOf.get(name), 'person', `${name} in ${[...typeOf].join(', ')}`);
  for (const name of ['Strategy Officer', 'Chief Strategy Officer', 'Head of Research']) assert.notEqual(typeOf.get(name), 'person', name);
});

test('should drop a common word opening a line or a sentence from a name, even where wink runs the sentence on', () => {
  const text = [
    'Harbour Talks Stall',
    '',
    'The union met the port authority on Monday without a deal on the night shifts.',
    // wink reads no sentence start after this paragraph's full stop; `And` is a conjunction the
    // text also writes in lower case, and `Kestrel` a city named alone elsewhere.
    'And Kestrel\'s negotiators walked out at noon. Kestrel and the union meet again on Friday.',
    '',
    'Both Vasko and Lind signed the letter. Regarding Tidewater, the union said nothing.',
    '',
    // An imperative on a line of its own (a page's call to follow an account).
    'Follow Tidewater News',
    '',
    'Rob Ellery, president of the dockers\' union, said the talks would resume. Ellery was calm.',
  ].join('\n');
  const a = analyzeArticle(article(text));
  const names = a.entities.map((e) => e.text);
  for (const opener of ['And', 'Both', 'Regarding', 'Follow']) {
    assert.ok(!names.some((n) => n.startsWith(`${opener} `)), `no name opens with ${opener}: ${names.join(', ')}`);
  }
  // A given name opening a line stays, whatever wink tags it (`Rob` reads as a verb).
  assert.ok(a.entities.some((e) => e.text === 'Rob Ellery' && e.type === 'person'), names.join(', '));
});

test('should keep a capitalised opener the text also capitalises inside a sentence, and a given name', () => {
  const text = [
    'Old Quay Reopens',
    '',
    'Old Quay reopened on Saturday. Visitors walked along Old Quay all afternoon, and old boats lined it.',
    '',
    'Mark Harrow said the quay was finished. Harrow thanked the crews, who left their mark on it.',
  ].join('\n');
  const a = analyzeArticle(article(text));
  const names = a.entities.map((e) => e.text);
  assert.ok(names.includes('Old Quay'), names.join(', '));
  assert.ok(a.entities.some((e) => e.text === 'Mark Harrow' && e.type === 'person'), names.join(', '));
});

test('should read a name after an indefinite article as a thing, unless a given name or a title opens it', () => {
  const text = [
    'Gadget Gifts',
    '',
    // `Glide` used alone is what a surname named again looks like.
    'You can get more range with a Tessel Mesh Glide 5 router two-pack, the next generation of Glide after the first.',
    'The menu reads in a Daniel Vasko kind of way, and Vasko would approve.',
  ].join('\n');
  const a = analyzeArticle(article(text));
  const typeOf = new Map(a.entities.map((e) => [e.text, e.type]));
  assert.notEqual(typeOf.get('Tessel Mesh Glide'), 'person', [...typeOf].join('; '));
  assert.equal(typeOf.get('Daniel Vasko'), 'person', [...typeOf].join('; '));
});

test('should not take a word standing alone only where a sentence opens, and written in lower case too, for a surname', () => {
  const text = [
    'Pocket Gadgets',
    '',
    'The Orla Buds come with Lantern Charging Case and a cable.',
    'Case can be charged with the cable, and the case holds three charges.',
    'Riis Dalgaard designed the buds. “Dalgaard is careful,” a colleague said.',
  ].join('\n');
  const a = analyzeArticle(article(text));
  const typeOf = new Map(a.entities.map((e) => [e.text, e.type]));
  // `Case` stands alone only opening a sentence, and the text writes `case` in lower case.
  assert.notEqual(typeOf.get('Lantern Charging Case'), 'person', [...typeOf].join('; '));
  // `Dalgaard` opens a quotation, but the text never writes it in lower case: a surname.
  assert.equal(typeOf.get('Riis Dalgaard'), 'person', [...typeOf].join('; '));
});

test('should take a capitalised run on a title-case line of the body for a person only on a title or a role noun', () => {
  const text = [
    'Harbor Games Week',
    '',
    'The fair opened on Monday with long queues.',
    'Last Chance To Preorder Tidewater Rally',
    'The biggest crowd waited for hours to play Rally.',
    'Festival Director Ansa Morrow: Why The Harbor Needs Its Fair',
    'Morrow opened the fair.',
  ].join('\n');
  const a = analyzeArticle(article(text));
  const typeOf = new Map(a.entities.map((e) => [e.text, e.type]));
  // `Rally` is used alone in the body, which would otherwise make a surname of it.
  assert.ok(a.entities.every((e) => !(e.text.endsWith('Tidewater Rally') && e.type === 'person')), [...typeOf].join('; '));
  assert.equal(typeOf.get('Ansa Morrow'), 'person', [...typeOf].join('; '));
});

test('should read one word as a person’s name when a noun for a person or an age introduces it, not after a role used as an adjective', () => {
  const text = 'Harbour row\n\nPop superstar Vela has hit back at the designer Ines Marrow. Vela, 29, said the official Chinese news agency had called.';
  const typeOf = new Map(analyzeArticle(article(text)).entities.map((e) => [e.text, e.type]));
  assert.equal(typeOf.get('Vela'), 'person');
  assert.notEqual(typeOf.get('Chinese'), 'person');
});
