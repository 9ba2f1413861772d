import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteWith, show } from './test-helpers.js';
import { runAttributionRules } from './attribute-text.js';

test('should resolve on Friday against the publication date, with the podcast as occasion', () => {
  // 2024-03-12 is a Tuesday; the Friday before is 2024-03-08.
  const q = quoteWith(show('“We move,” Mara Quell said on the podcast Harbor Talk on Friday.', { published: '2024-03-12' }), 'move');
  assert.equal(q.saidWhen, '2024-03-08');
  assert.equal(q.occasion, 'podcast: Harbor Talk');
});

test('should resolve Friday (April 27) to the year where April 27 is a Friday', () => {
  const text = 'A photo from Feb. 2, 2018 shows the port.\n\nMara Quell spoke to the radio on Friday (April 27). “We move,” Quell said.';
  const q = quoteWith(show(text), 'move');
  assert.equal(q.saidWhen, '2018-04-27');
});

test('should read a cue’s day with a date in brackets after it as the date, not as what was said (said on Friday (March 6) that …)', () => {
  // 2026-03-12 is a Thursday; Friday, March 6 is the Friday before.
  const q = quoteWith(show('Mara Quell said on Friday (March 6) that the port would grow.', { published: '2026-03-12' }), 'port');
  assert.deepEqual([q.content, q.saidWhen], [['the port would grow'], '2026-03-06']);
});

test('should resolve today, this morning, this year, this month and spans counted back (three days ago, a month ago, two years ago)', () => {
  const when = (phrase: string): string | null => quoteWith(show(`Mara Quell said ${phrase} that the port would grow.`, { published: '2026-03-12' }), 'port').saidWhen;
  assert.equal(when('today'), '2026-03-12');
  assert.equal(when('this morning'), '2026-03-12');
  assert.equal(when('earlier this year'), '2026');
  assert.equal(when('earlier this month'), '2026-03');
  assert.equal(when('three days ago'), '2026-03-09');
  assert.equal(when('a month ago'), '2026-02');
  assert.equal(when('two months ago'), '2026-01');
  assert.equal(quoteWith(show('Mara Quell said two months ago that the port would grow.', { published: '2026-01-20' }), 'port').saidWhen, '2025-11');
  assert.equal(when('two years ago'), '2024');
  // Two weeks before the 12th straddles February and March: no month can be claimed.
  assert.equal(when('two weeks ago'), null);
  // What was said starts after the span.
  assert.deepEqual(quoteWith(show('Mara Quell said three days ago that the port would grow.', { published: '2026-03-12' }), 'port').content, ['the port would grow']);
});

test('should resolve in April 2018 without a publication date', () => {
  const q = quoteWith(show('In April 2018 Mara Quell said the port would grow.'), 'port');
  assert.equal(q.saidWhen, '2018-04');
});

test('should resolve last year and last November against the publication date', () => {
  const a = quoteWith(show('Last year Mara Quell said the port would grow.', { published: '2022-09-04' }), 'port');
  assert.equal(a.saidWhen, '2021');
  const b = quoteWith(show('In an interview last November, Mara Quell said the port would grow.', { published: '2022-09-04' }), 'port');
  assert.equal(b.saidWhen, '2021-11');
});

test('should resolve an August episode to the last August before publication', () => {
  const text = '“We grow,” Mara Quell said during an August episode of Harbor Talk.';
  const q = quoteWith(show(text, { published: '2022-09-04T10:00:00Z' }), 'grow');
  assert.equal(q.saidWhen, '2022-08');
});

test('should not take a sentence-opening determiner for the name of a message', () => {
  const text = 'Mara Quell texted Oren Vasko on Monday. The message continued, saying, “Call me when you land.”';
  const q = quoteWith(show(text, { published: '2022-09-07T10:00:00Z' }), 'Call me');
  assert.equal(q.occasion, 'text message');
});

test('should not take the month of a June episode for the name of the show', () => {
  const text = 'During a June episode last year, Mara Quell said: “The pier is dying.”';
  const q = quoteWith(show(text, { published: '2022-09-04T10:00:00Z' }), 'pier');
  assert.equal(q.saidWhen, '2021-06');
  assert.equal(q.occasion, 'episode');
});

test('should take the publication date from a header line when there is no metadata', () => {
  const text = 'Port News\n\n2022-08-05T17:53:29+00:00 | News\n\nIn an interview with the Harbor Gazette, Mara Quell talked about trade. “We grow,” Quell said.';
  const q = quoteWith(show(text), 'grow');
  assert.equal(q.saidWhen, '2022');
  assert.equal(q.occasion, 'interview: Harbor Gazette');
});

test('should carry the occasion forward to later quotes of the same interview', () => {
  const text =
    'Mara Quell phoned into Harbor Radio on Friday (April 27). “We move,” Quell said.\n\n' +
    'A photo from Feb. 2, 2018 shows the port.\n\n“We also hire,” she added.';
  const q = quoteWith(show(text), 'hire');
  assert.equal(q.occasion, 'radio: Harbor Radio');
  assert.equal(q.saidWhen, '2018-04-27');
});

test('should leave said-when null when the text does not say', () => {
  const q = quoteWith(show('“We move,” Mara Quell said.'), 'move');
  assert.equal(q.saidWhen, null);
  assert.equal(q.occasion, null);
});

test('should date a cue by the nearest date phrase (In April 2018 …, and last year accused …)', () => {
  const text = 'In April 2018 Dev Oman praised the port, and last year accused its board of “sellout deals.”';
  const q = quoteWith(show(text, { published: '2022-09-04' }), 'board');
  assert.equal(q.speaker, 'Dev Oman');
  assert.equal(q.saidWhen, '2021');
});

test('should carry a scene opened by a day to the quotes of that scene, not the publication year', () => {
  const text =
    'Pier Talk\n\nOn Thursday, the baker Oren Vasko spoke at length about the harbor fair.\n\n' +
    'Vasko later told Ida Lund that the stalls were too small.\n\n“We need room,” he said.';
  const quotes = show(text, { published: '2025-05-09', title: { start: 0, end: 9 } });
  assert.equal(quoteWith(quotes, 'need room').saidWhen, '2025-05-08');
  assert.equal(quoteWith(quotes, 'stalls').saidWhen, '2025-05-08');
});

test('should leave a statement dated only by an event (At the start of the strike) undated, not in the scene around it', () => {
  const lede = 'Ferry deal\n\nFerry crews went back to work on Friday after the port agreed a new rota.\n\n';
  const then = 'At the start of the strike, Oren Vasko told a rally that “a promise is not a rota.”';
  const quotes = show(lede + then, { published: '2025-05-09', title: { start: 0, end: 10 } });
  assert.equal(quoteWith(quotes, 'promise').saidWhen, null);
  // Without the event, the statement is taken to belong to the article's dated scene.
  const plain = show(lede + then.replace('At the start of the strike, ', ''), { published: '2025-05-09', title: { start: 0, end: 10 } });
  assert.notEqual(quoteWith(plain, 'promise').saidWhen, null);
  // A phrase that names a time of its own is no event.
  const week = show(lede + then.replace('the strike', 'the week'), { published: '2025-05-09', title: { start: 0, end: 10 } });
  assert.notEqual(quoteWith(week, 'promise').saidWhen, null);
});

test('should date a month episode of last year to that month (a June episode … last year)', () => {
  const text = 'During a June episode of the same show last year, Oren Vasko said: “The pier is dying.”';
  assert.equal(quoteWith(show(text, { published: '2025-05-09' }), 'pier is dying').saidWhen, '2024-06');
});

test('should date quotes from dated messages by the messages, and other quotes by their own scene', () => {
  const text =
    'Pier Feud\n\nIda Lund on Saturday dismissed the feud at a fair.\n\n' +
    'Text messages between the two from October 2022 show the quarrel. In one, Oren Vasko tells Lund: “You never baked.”\n\n' +
    '“I am running for the harbor board,” Lund told reporters.';
  const quotes = show(text, { published: '2025-05-10', title: { start: 0, end: 9 } });
  assert.equal(quoteWith(quotes, 'never baked').saidWhen, '2022-10');
  assert.equal(quoteWith(quotes, 'harbor board').saidWhen, '2025-05-10');
});

test('should not date a quote by an indefinite weekday (on a Sunday night)', () => {
  const text = 'Late on a Sunday night, Ida Lund wrote: “Pay me.”';
  assert.equal(quoteWith(show(text, { published: '2025-05-09' }), 'Pay me').saidWhen, null);
});

test('should place a weekday with its date in the first fitting year after the years the text mentions', () => {
  const text = 'The bakery opened in 2022. On Thursday (May 8), Oren Vasko said the ovens were new.';
  assert.equal(quoteWith(show(text), 'ovens').saidWhen, '2025-05-08');
});

test('should not date a quote by an occasion another speaker’s cue claims', () => {
  const text =
    'Pier Talk\n\nOren Vasko spoke to the Harbor Gazette in an interview.\n\n' +
    'While Ida Lund spoke in an interview last November — “No,” she said of Vasko — Vasko says he has tried to stay calm.';
  const q = quoteWith(show(text, { published: '2022-09-04', title: { start: 0, end: 9 } }), 'stay calm');
  assert.notEqual(q.saidWhen, '2021-11');
});

test('should date a quote that borrows the earlier speaker by the narration that introduces it', () => {
  const text =
    'Pier Talk\n\nOn Tuesday, Oren Vasko took calls on the radio. “I stand by it,” he said.\n\n' +
    'Recalling last Thursday’s episode, he kept to the line that started it all: “The pier is ours.”';
  const q = quoteWith(show(text, { published: '2025-05-14', title: { start: 0, end: 9 } }), 'pier is ours');
  assert.equal(q.saidWhen, '2025-05-08');
});

test('should not give background dated in its own sentence the occasion of the interview around it', () => {
  const text =
    'Mara Quell says in a new interview with the Harbor Gazette that the levy failed.\n\n' +
    'In May 2019 Tavo Brandt mocked the levy, and accused her of "harbor theft" in a column.';
  const q = quoteWith(show(text, { published: '2024-03-12' }), 'harbor theft');
  assert.equal(q.speaker, 'Tavo Brandt');
  assert.notEqual(q.occasion, 'interview: Harbor Gazette');
});

test('should not date by a farther absolute date when a nearer last year has no reference', () => {
  const text = 'Harbor levy row\n\nIn May 2019 Tavo Brandt mocked the levy, and last year accused Mara Quell of "harbor theft" on his show.';
  const q = quoteWith(show(text), 'harbor theft');
  assert.equal(q.speaker, 'Tavo Brandt');
  assert.equal(q.saidWhen, null);
  // With a publication date, last year resolves.
  assert.equal(quoteWith(show(text, { published: '2024-03-12' }), 'harbor theft').saidWhen, '2023');
});

test('should not take a sentence-opening preposition for the name of the messages', () => {
  const q = quoteWith(show('Harbor feud\n\nIn messages from the break-up, Ilse Brandt told Tomas Ek: "Pay me what we agreed."'), 'Pay me');
  assert.equal(q.occasion, 'text message');
});

test('should date a statement by a year inside a noun phrase (During the 2019 harbour strike …) and only that statement', () => {
  const text =
    '“We will stay out,” Ilsa Brandt told the crowd on Monday.\n\n' +
    'During the 2019 harbour strike, which closed the port for a week, she told the Gazette: “The port runs on our backs.”\n\n' +
    'Ivo Lund, the harbour master, said the ships were waiting.';
  const quotes = show(text, { published: '2023-03-07' });
  assert.equal(quoteWith(quotes, 'runs on our backs').saidWhen, '2019');
  assert.equal(quoteWith(quotes, 'stay out').saidWhen, '2023-03-06');
  assert.notEqual(quoteWith(quotes, 'ships were waiting').saidWhen, '2019');
});

test('should not date a statement by a year in a relative clause before its cue (Lund, who … in 2010, said)', () => {
  for (const clause of ['in 2010', 'during the 2010 inquiry']) {
    const text = `Ivo Lund, who chaired the board ${clause}, said that the pier was safe.`;
    assert.notEqual(quoteWith(show(text, { published: '2023-05-04' }), 'pier was safe').saidWhen, '2010');
  }
});

test('should carry a text message only to its writer’s quotes right after it, not to the rest of the article', () => {
  const text =
    'Harbour feud\n\n“We were close once,” Mara Quell said in an interview with the Courier.\n\n' +
    '“Please stop the strike,” Quell wrote in a text message. “Think of the crews.”\n\n' +
    '“Think again,” Dev Oman replied.\n\n' +
    'Quell later said the feud had cost her friends.';
  const quotes = show(text);
  assert.equal(quoteWith(quotes, 'stop the strike').occasion, 'text message');
  assert.equal(quoteWith(quotes, 'crews').occasion, 'text message');
  assert.notEqual(quoteWith(quotes, 'Think again').occasion, 'text message');
  assert.notEqual(quoteWith(quotes, 'close once').occasion, 'text message');
  assert.notEqual(quoteWith(quotes, 'cost her friends').occasion, 'text message');
});

test('should not read a word that names a built-in of JavaScript objects as a month or weekday', () => {
  const q = quoteWith(show('“We move,” Mara Quell said in an interview last Constructor.', { published: '2024-03-12' }), 'move');
  // No date: the undated interview is taken to be of the publication year.
  assert.equal(q.saidWhen, '2024');
});

test('should take a local or national broadcaster, and its station, as the occasion (told a local radio station)', () => {
  const station = quoteWith(show('Mara Quell told a local radio station that the ferry would run again in May.'), 'ferry');
  assert.equal(station.occasion, 'radio');
  const bare = quoteWith(show('Ivo Brandt told national radio that the levy was dead.'), 'levy');
  assert.equal(bare.occasion, 'radio');
});

test('should keep one speaker’s statement or interview with an outlet to that speaker, not carry it to others before or after', () => {
  const text = [
    'Port pilots walked out on Tuesday.',
    '“We did not want this,” said Ines Lund, a pilot.',
    'The chairman, Dario Pell, called the strike reckless. In a statement released on Tuesday, he said the port had done all it could.',
    'Pell’s deputy, Ada Vela, struck a softer tone. “There is a deal to be had,” she told the Harbor Gazette.',
    'The mayor, Priya Moss, urged both sides to talk. “Nobody wins a long strike,” she said.',
    // The outlet is credited too, and stays an outlet in `told the Harbor Gazette`.
    'It is the port’s first strike since 2009, according to the Harbor Gazette.',
  ].join('\n\n');
  const quotes = show(text, { published: '2026-05-13' });
  assert.equal(quoteWith(quotes, 'done all').occasion, 'statement');
  assert.equal(quoteWith(quotes, 'deal').occasion, 'interview: Harbor Gazette');
  for (const needle of ['did not want', 'reckless', 'long strike']) assert.equal(quoteWith(quotes, needle).occasion, null, needle);
  // So is a speech: the next speaker did not speak in it.
  const speech = show('“Growth is slowing,” Ines Lund, the harbour economist, said in a speech. Mayor Ada Vela has since said that a deal would come soon.');
  assert.equal(quoteWith(speech, 'Growth').occasion, 'speech');
  assert.equal(quoteWith(speech, 'deal would come').occasion, null);
});

test('should carry an event to every speaker at it, and an interview to its host', () => {
  const ceremony = show('“We open in March,” Rory Vance said at a signing ceremony at the pier.\n\n“It is the first tenant in years,” said Ines Lund, the port’s director.');
  assert.equal(quoteWith(ceremony, 'first tenant').occasion, 'ceremony');
  const hosted = show('Ada Vela spoke in an interview with the Gazette’s Tom Reyes. “Why now?” Tom Reyes asked. “Because the port is dying,” Vela said.');
  assert.equal(quoteWith(hosted, 'Why now').occasion, 'interview: Gazette’s Tom Reyes');
});

test('should not let a gerund’s report inside a sentence own its occasion (phoned into a show … to clarify her stance on Brandt tweeting …)', () => {
  const text = 'Mara Quell on the Leak: ‘I Told Him the Truth’\n\nThe singer wrote to her old friend last week.\n\nMara Quell phoned into Harbor FM on Friday to clarify her stance on Ivo Brandt tweeting the messages.';
  const quotes = show(text, { published: '2026-05-13', title: { start: 0, end: text.indexOf('\n') } });
  assert.equal(quoteWith(quotes, 'Told Him').occasion, 'radio: Harbor FM');
});

test('should read an occasion noun after any modifier and a determiner (the foodie podcast The Long Table)', () => {
  const q = quoteWith(show('Appearing on the foodie podcast The Long Table, Rory Vance said the kitchen was his.'), 'kitchen');
  assert.equal(q.occasion, 'podcast: Long Table');
});

test('should read a medium named by an acronym or a medium word (told BBC Sport), a platform taken to (took to Instagram) and a press conference', () => {
  const bbc = quoteWith(show('Fiona Reyes was calm. “It was a clear penalty,” she told BBC Sport.'), 'clear penalty');
  assert.equal(bbc.occasion, 'interview: BBC Sport');
  // Two capitalised words with neither is still a person told, not a medium.
  const person = quoteWith(show('“It was a clear penalty,” Fiona Reyes told Gus Kemp.'), 'clear penalty');
  assert.equal(person.occasion, null);
  const instagram = quoteWith(show('Talia Voss took to Instagram on Tuesday night. “I am done being quiet,” the singer wrote.'), 'done being quiet');
  assert.equal(instagram.occasion, 'Instagram');
  const press = quoteWith(show('Gus Kemp had warned in his pre-match press conference that the race was “far from over”.'), 'far from over');
  assert.equal(press.occasion, 'press conference');
});

test('should keep a conference call in the lede to its speaker, and read a note to clients as an occasion', () => {
  const text = 'Northwind shares slump\n\nNorthwind shares fell on Thursday after chief executive Ana Ruiz told analysts on a conference call that orders would be weaker.\n\n“This is the third warning in a year,” said Petra Lind, an analyst.\n\nIn a note to clients on Friday, Tom Ekdal wrote that the shares were cheap.';
  const quotes = show(text, { published: '2025-06-13', title: { start: 0, end: text.indexOf('\n') } });
  assert.equal(quoteWith(quotes, 'orders would be').occasion, 'conference call');
  assert.equal(quoteWith(quotes, 'third warning').occasion, null);
  assert.equal(quoteWith(quotes, 'cheap').occasion, 'note');
});

test('should keep a platform to its writer: carried to the post quoted next, not to other speakers after it', () => {
  const text = 'Talia Voss took to Instagram on Tuesday night to share a statement.\n\n“For three years he never paid me,” the star wrote.\n\nDennis Crane, her former manager, said she knew what she signed.';
  const quotes = show(text, { published: '2025-06-11' });
  assert.equal(quoteWith(quotes, 'never paid me').occasion, 'Instagram');
  assert.equal(quoteWith(quotes, 'what she signed').occasion, null);
});

test('should not carry another speaker’s interview to an unnamed source, but keep it for a question its host asks', () => {
  const text = 'Dennis Crane hit back. “She knew what she signed,” he told the Harbor Sun.\n\nA source close to the singer said she was devastated.';
  assert.equal(quoteWith(show(text, { published: '2025-06-11' }), 'devastated').occasion, null);
});

test('should read a programme named in quotation marks after a medium verb (Speaking to "Morning Desk" on Monday, …)', () => {
  const q = quoteWith(show('Speaking to "Morning Desk" on Monday, Ana Ruiz said the debate went "great".', { published: '2026-03-12' }), 'debate went');
  assert.equal(q.occasion, 'interview: Morning Desk');
  // A quoted word that is no title is not a programme.
  assert.equal(quoteWith(show('Ana Ruiz told "reporters" she was fine.'), 'she was fine').occasion, null);
});

test('should not date a statement after its article was published (On June 3, 2031, …): that day is still to come', () => {
  const text = 'On June 3, 2031, the ferry will sail again. “We are ready,” Ada Brandt said.';
  assert.equal(quoteWith(show(text, { published: '2031-05-14' }), 'ready').saidWhen, null);
  // A day before publication still dates it.
  assert.equal(quoteWith(show(text, { published: '2031-06-20' }), 'ready').saidWhen, '2031-06-03');
});

test('should not name an occasion after a sentence-opening word, a date or a dangling possessive (Polls show …; the show Sept. 12; Ford’s)', () => {
  assert.equal(quoteWith(show('Polls show that Ada Brandt leads the race, the Harbor Ledger reported.'), 'leads').occasion, null);
  assert.equal(quoteWith(show('“We will win,” Ada Brandt said on the show Sept. 12.', { published: '2031-10-01' }), 'win').occasion, 'show');
  assert.equal(quoteWith(show('In a conversation with Ivo’s daughter, Ada Brandt said the port would close.'), 'port').occasion, 'conversation: Ivo');
  assert.equal(quoteWith(show('“We will win,” Ada Brandt said in a CNN interview.'), 'win').occasion, 'interview: CNN');
});

test('should carry an occasion someone speaks on through the article, and one only narration names through its paragraph and the two after', () => {
  const filler = '\n\nThe port opened in 1911.\n\nIts cranes are old.\n\nThe ferries run hourly.\n\n';
  const spoken = `Mara Quell said in an interview with the Harbor Gazette that the port would grow.${filler}“We will hire,” Quell said.`;
  assert.equal(quoteWith(show(spoken), 'hire').occasion, 'interview: Harbor Gazette');
  const narrated = `Hundreds joined a rally at the pier on Monday.${filler}“We will hire,” Mara Quell said.`;
  assert.equal(quoteWith(show(narrated), 'hire').occasion, null);
  const near = 'Hundreds joined a rally at the pier on Monday.\n\n“We will hire,” Mara Quell said.';
  assert.equal(quoteWith(show(near), 'hire').occasion, 'rally');
});

test('should read a last sentence that names an occasion and ends the text without failing (… The rally ended at noon)', () => {
  for (const text of ['“We will hire,” Mara Quell said.\n\nThe rally ended at noon', 'Harbor news\n\n“We will hire,” Mara Quell said.\n\nThe rally ended at noon.']) {
    const drafts = runAttributionRules(text, { published: '2031-03-19', title: { start: 0, end: text.indexOf('\n') } });
    assert.equal(drafts.some((d) => text.slice(d.content[0].start, d.content[0].end).includes('We will hire')), true);
  }
});

test('should date a deed by a date inside its short object, but not a clause said by a date inside it (shared the messages back in April; said the port reopened in April)', () => {
  const options = { published: '2018-09-08' };
  const deed = quoteWith(show('Ivo Brandt shared their private messages on social media back in April.', options), 'private messages');
  assert.equal(deed.saidWhen, '2018-04');
  const clause = quoteWith(show('Ivo Brandt said the port had reopened in April.', options), 'reopened');
  assert.equal(clause.saidWhen, null);
});

test('should not carry the date of a dated occasion to quotes after another one of its kind (another statement)', () => {
  const text = 'The label denied it. "We never blocked her," the label said in a statement on its website last Friday.\n\nNow it has put out another statement to the organisers.\n\n"We have agreed to grant all licenses," it says.';
  const quotes = show(text, { published: '2019-11-19' });
  assert.equal(quoteWith(quotes, 'never blocked').saidWhen, '2019-11-15');
  assert.equal(quoteWith(quotes, 'agreed to grant').saidWhen, null);
});

test('should not date a report by a month inside another report’s content (the bridge stays shut until the end of August, the engineers who found …)', () => {
  // 2031-06-13 is a Friday.
  const text = 'Bridge to stay shut\n\nThe Harbour Bridge will stay closed until the end of August, the engineers who found cracks in its girders said on Friday.\n\n“We are talking weeks, not days,” said Ada Quell of Corbel & Finch.';
  const q = quoteWith(show(text, { published: '2031-06-13' }), 'weeks');
  assert.notEqual(q.saidWhen, '2030-08');
  assert.ok(q.saidWhen === null || q.saidWhen.startsWith('2031-06'), String(q.saidWhen));
});

test('should date a report `at the time` by the narration before it, not by the lede’s scene', () => {
  // 2033-06-10 is a Friday; the Monday before is 2033-06-06.
  const text = 'Bridge to stay shut\n\nThe bridge will not reopen before August, engineers said on Friday.\n\n' +
    'Ada Quell closed the bridge on Monday. She said at the time that it would stay shut until the engineers knew more.\n\n' +
    'Tomas Brill, who runs a bakery, said trade had collapsed.';
  const quotes = show(text, { published: '2033-06-10' });
  assert.equal(quoteWith(quotes, 'knew more').saidWhen, '2033-06-06');
  assert.equal(quoteWith(quotes, 'trade had collapsed').saidWhen, '2033-06-10');
});

test('should date a statement by a season’s year and by a fronted when-clause the check rejects as a report (When he was unveiled in the summer of 2031, he promised …)', () => {
  const quotes = show('Striker signs\n\nWhen Nuno Halvik was unveiled at the ground in the summer of 2031, he stood on the centre spot and promised to “finish my career here”.', { published: '2034-10-13' });
  assert.equal(quoteWith(quotes, 'finish my career').saidWhen, '2031');
  const july = show('Striker signs\n\nWhen Nuno Halvik was unveiled in July 2031, he stood on the spot and promised to “finish my career here”.', { published: '2034-10-13' });
  assert.equal(quoteWith(july, 'finish my career').saidWhen, '2031-07');
});

test('should set no lede scene with a quote that borrows the lede’s source: its date stays its own paragraph’s', () => {
  // 2034-10-13 is a Friday; the Saturday before is 2034-10-07.
  const text = 'The striker and the shrine\n\nIn the summer of 2031 Nuno Halvik promised to “finish my career here”, he said.\n\n' +
    'The words that lit the fuse came from the coach after Saturday’s defeat: “This is a squad, not a shrine.”\n\n' +
    'The club’s approach was rejected. Gideon Marr, the chairman, was emphatic: “Nuno is not for sale.”';
  const quotes = show(text, { published: '2034-10-13' });
  assert.equal(quoteWith(quotes, 'not for sale').saidWhen, null);
});

test('should date a headline’s quotation by the body quote of its speaker that holds the words, not by the article’s first scene', () => {
  const text = [
    'Tallis calls ferry report ‘a misreading’',
    '',
    'On the podcast Harbor Talk on Monday, Ivo Tallis spoke about the night ferry.',
    '',
    '“That report is a misreading of the tides,” Tallis wrote on Instagram on Thursday.',
  ].join('\n');
  // 2024-03-15 is a Friday: Monday is the 11th, Thursday the 14th.
  const quotes = show(text, { published: '2024-03-15', title: { start: 0, end: text.indexOf('\n') } });
  const headline = quotes.find((q) => q.kind === 'headline');
  assert.ok(headline, JSON.stringify(quotes));
  assert.equal(headline.saidWhen, '2024-03-14');
  assert.equal(quoteWith(quotes, 'tides').saidWhen, '2024-03-14');
});
