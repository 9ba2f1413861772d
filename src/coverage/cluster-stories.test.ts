import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Person, Quote } from '../model.js';
import { clusterStories } from './cluster-stories.js';
import { storyKeys } from './story-keys.js';
import { makeArticle, makeQuote } from './test-fixtures.js';

const people: Person[] = [{ id: 'person-mara', name: 'Mara Quist', aliases: ['Quist'], evidence: [] }];

const storm1 = makeArticle('storm-1', 'Storm wrecks northern quay', [
  'A storm tore through the northern quay of Port Elsby on Sunday night, sinking three fishing boats and flooding the harbour customs house.',
  '“We will rebuild the harbour before winter,” Mayor Mara Quist said on Monday as engineers checked the cracked sea wall.',
  'The ferry to the islands is cancelled until the harbour channel is declared safe.',
], { published: '2031-03-10T08:00:00Z' });
const storm2 = makeArticle('storm-2', 'Mayor promises harbour repairs after storm', [
  'Port Elsby mayor Mara Quist promised on Monday that the storm-damaged harbour and sea wall would be repaired before winter.',
  '“We will rebuild the harbour before winter,” Quist told reporters, adding that the flooded customs house would reopen.',
  'Fishing crews who lost boats in the storm will receive emergency grants.',
], { published: '2031-03-11T08:00:00Z' });
const storm3 = makeArticle('storm-3', 'Repair crews start work on storm-hit harbour', [
  'Repair crews began work on the cracked sea wall of Port Elsby harbour on Wednesday, three days after the storm flooded the quay.',
  '“Nobody will be left behind,” Mara Quist said, as the first fishing boats were lifted from the harbour.',
  'The ferry channel reopened to the islands in the afternoon.',
], { published: '2031-03-12T08:00:00Z' });
const cookbook = makeArticle('cookbook', 'Mayor Quist publishes island cookbook', [
  'Mara Quist has written a cookbook of island recipes collected from grandmothers across the archipelago, with chapters on bread, soups and smoked cheese.',
  '“Every recipe here was cooked in a village kitchen,” Quist said at the launch in the town library, where guests tasted rye pancakes.',
  'The book’s profits go to the school library fund.',
], { published: '2031-03-14T08:00:00Z' });

const quotes: Quote[] = [
  makeQuote(storm1, 'We will rebuild the harbour before winter,', { id: 's1' }),
  makeQuote(storm2, 'We will rebuild the harbour before winter,', { id: 's2' }),
  makeQuote(storm3, 'Nobody will be left behind,', { id: 's3' }),
  makeQuote(cookbook, 'Every recipe here was cooked in a village kitchen,', { id: 'c1' }),
];
const quotesOf = (articles: Article[]) => quotes.filter((q) => articles.some((a) => a.id === q.articleId));

test('should put articles on one event in one story with its people and dates', () => {
  const stories = clusterStories({ articles: [storm2, storm1], quotes: quotesOf([storm1, storm2]), people, existing: [] });
  assert.equal(stories.length, 1);
  assert.deepEqual(stories[0].articleIds, ['storm-1', 'storm-2']);
  assert.deepEqual(stories[0].people, ['person-mara']);
  assert.equal(stories[0].title, 'Storm wrecks northern quay');
  assert.equal(stories[0].firstPublished, '2031-03-10T08:00:00Z');
  assert.equal(stories[0].lastPublished, '2031-03-11T08:00:00Z');
});

test('should grow an existing story with a later batch and keep its id', () => {
  const [first] = clusterStories({ articles: [storm1, storm2], quotes: quotesOf([storm1, storm2]), people, existing: [] });
  const grown = clusterStories({
    articles: [storm3, cookbook],
    quotes: quotesOf([storm3, cookbook]),
    people,
    existing: [{ story: first, articles: [storm1, storm2], quotes: quotesOf([storm1, storm2]) }],
  });
  const same = grown.find((s) => s.id === first.id);
  assert.ok(same, 'the existing story should be returned as changed');
  assert.deepEqual(same.articleIds, ['storm-1', 'storm-2', 'storm-3']);
  const fresh = grown.filter((s) => s.id !== first.id);
  assert.equal(fresh.length, 1, 'the same person at another event starts a new story');
  assert.deepEqual(fresh[0].articleIds, ['cookbook']);
});

test('should not return an existing story that gained nothing', () => {
  const [first] = clusterStories({ articles: [storm1, storm2], quotes: quotesOf([storm1, storm2]), people, existing: [] });
  const out = clusterStories({ articles: [cookbook], quotes: quotesOf([cookbook]), people, existing: [{ story: first, articles: [storm1, storm2], quotes: quotesOf([storm1, storm2]) }] });
  assert.deepEqual(out.map((s) => s.articleIds), [['cookbook']]);
});

test('should give the same stories whatever the batch order', () => {
  const all = [storm1, storm2, storm3, cookbook];
  const one = clusterStories({ articles: all, quotes, people, existing: [] });
  const two = clusterStories({ articles: [...all].reverse(), quotes: [...quotes].reverse(), people, existing: [] });
  assert.deepEqual(one, two);
  assert.equal(one.length, 2);
});

test('should join an article in another language through names, places and numbers', () => {
  const french = makeArticle('storm-fr', 'Tempête sur le quai nord de Port Elsby', [
    'Une tempête a frappé le quai nord de Port Elsby dimanche soir, coulant trois bateaux de pêche et inondant la maison des douanes sur 40 mètres.',
    '« Nous reconstruirons le port avant l’hiver », a déclaré la maire Mara Quist lundi.',
    'Le ferry vers les îles Tarvan reste annulé.',
  ], { published: '2031-03-11T10:00:00Z', language: 'fr' });
  const english = makeArticle('storm-en', 'Storm hits Port Elsby quay', [
    'A storm hit the northern quay of Port Elsby on Sunday night, sinking three fishing boats and flooding 40 metres of the customs house.',
    '“We will rebuild the harbour before winter,” Mayor Mara Quist said on Monday.',
    'The ferry to the Tarvan islands remains cancelled.',
  ], { published: '2031-03-11T08:00:00Z' });
  const qs = [
    makeQuote(french, 'Nous reconstruirons le port avant l’hiver', { id: 'fr1' }),
    makeQuote(english, 'We will rebuild the harbour before winter,', { id: 'en1' }),
  ];
  const stories = clusterStories({ articles: [english, french, cookbook], quotes: [...qs, ...quotesOf([cookbook])], people, existing: [] });
  assert.deepEqual(stories.map((s) => s.articleIds), [['storm-en', 'storm-fr'], ['cookbook']]);
});

test('should join articles that carry the same long quotation even with unresolved speakers', () => {
  const x = makeArticle('x', 'Council vote', ['The council met on Tuesday.', '“We cannot keep patching a sea wall that was built for a smaller sea,” the engineer said.'], { published: '2031-06-01T08:00:00Z' });
  const y = makeArticle('y', 'Engineers warn', ['“We cannot keep patching a sea wall that was built for a smaller sea,” an official told reporters in the capital.'], { published: '2031-09-01T08:00:00Z' });
  const qs = [
    makeQuote(x, 'We cannot keep patching a sea wall that was built for a smaller sea,', { speaker: null, personId: null }),
    makeQuote(y, 'We cannot keep patching a sea wall that was built for a smaller sea,', { speaker: null, personId: null }),
  ];
  assert.deepEqual(clusterStories({ articles: [x, y], quotes: qs, people: [], existing: [] }).map((st) => st.articleIds), [['x', 'y']]);
});

test('should count people named in full in the text as the article’s people', () => {
  const named = makeArticle('named', 'Storm grants announced', ['Mara Quist announced emergency grants for fishing crews who lost boats in the storm, and thanked volunteers from three villages.'], { published: '2031-03-11T12:00:00Z' });
  const stories = clusterStories({ articles: [storm2, named], quotes: quotesOf([storm2]), people, existing: [] });
  assert.deepEqual(stories.map((st) => st.articleIds), [['storm-2', 'named']]);
  const unknown = clusterStories({ articles: [storm2, named], quotes: quotesOf([storm2]), people: [], existing: [] });
  assert.equal(unknown.length, 2, 'without knowing the person, the topic words alone are too few');
});

test('should end with the same partition whichever batch came first', () => {
  const [late] = clusterStories({ articles: [storm3], quotes: quotesOf([storm3]), people, existing: [] });
  const grown = clusterStories({ articles: [storm1, storm2, cookbook], quotes: quotesOf([storm1, storm2, cookbook]), people, existing: [{ story: late, articles: [storm3], quotes: quotesOf([storm3]) }] });
  assert.deepEqual(grown.map((st) => st.articleIds).sort(), [['cookbook'], ['storm-1', 'storm-2', 'storm-3']]);
  assert.equal(grown.find((st) => st.articleIds.length === 3)?.id, late.id, 'the stored story keeps its id');
});

test('should give lookup keys that two articles of a story share, and that are stable', () => {
  const k1 = storyKeys(storm1, quotesOf([storm1]), people);
  const k3 = storyKeys(storm3, quotesOf([storm3]), []);
  assert.ok(k1.some((k) => k.startsWith('person:person-mara@2031-Q1')));
  assert.ok(k1.some((k) => k.startsWith('mh:')));
  assert.ok(k1.some((k) => k3.includes(k)), 'articles of one story should share a key');
  assert.deepEqual(storyKeys(storm1, quotesOf([storm1]), []), k1);
});

test('should join an article in another language that credits nobody through two people it names, in any batch', () => {
  const duo: Person[] = [
    { id: 'person-mara', name: 'Mara Quist', aliases: ['Quist'], evidence: [] },
    { id: 'person-odo', name: 'Odo Brannigan', aliases: ['Brannigan'], evidence: [] },
  ];
  const strike = makeArticle('strike-en', 'Dockers strike at Port Elsby', [
    'Dockers at Port Elsby walked out on Monday over pensions, led by union chief Odo Brannigan.',
    '“Not one crate moves until the pension promise is in writing,” Brannigan said at the gate.',
    '“I have never broken a promise to this port,” Mayor Mara Quist told reporters.',
  ], { published: '2031-03-10T08:00:00Z' });
  const german = makeArticle('strike-de', 'Streik im Hafen', [
    'Die Hafenarbeiter streiken seit Montag für schriftliche Rentenzusagen.',
    '„Keine Kiste bewegt sich“, sagte Gewerkschaftschef Odo Brannigan. Bürgermeisterin Mara Quist versprach Gespräche.',
  ], { published: '2031-03-11T08:00:00Z', language: 'de' });
  const trial = makeArticle('trial-de', 'Prozess gegen die Bürgermeisterin', [
    'Vor Gericht bestritt Bürgermeisterin Mara Quist am Mittwoch jede Bestechung beim Bau der Nordbrücke.',
  ], { published: '2031-03-12T08:00:00Z', language: 'de' });
  const qs = [
    makeQuote(strike, 'Not one crate moves until the pension promise is in writing,', { id: 'b1', speaker: 'Odo Brannigan', personId: 'person-odo' }),
    makeQuote(strike, 'I have never broken a promise to this port,', { id: 'm1' }),
    // The German rules found no speaker.
    makeQuote(german, 'Keine Kiste bewegt sich', { id: 'd1', speaker: null, personId: null }),
  ];
  const one = clusterStories({ articles: [strike, german, trial], quotes: qs, people: duo, existing: [] });
  assert.deepEqual(one.map((s) => [...s.articleIds].sort()).sort(), [['strike-de', 'strike-en'], ['trial-de']]);
  // A later batch finds the story by the people the uncredited article names.
  const keysEn = storyKeys(strike, qs.filter((q) => q.articleId === 'strike-en'), duo);
  const keysDe = storyKeys(german, qs.filter((q) => q.articleId === 'strike-de'), duo);
  assert.ok(keysDe.includes('person:person-odo@2031-Q1') && keysEn.includes('person:person-odo@2031-Q1'));
  const [first] = clusterStories({ articles: [strike], quotes: qs.slice(0, 2), people: duo, existing: [] });
  const later = clusterStories({ articles: [german], quotes: qs.slice(2), people: duo, existing: [{ story: first, articles: [strike], quotes: qs.slice(0, 2) }] });
  assert.deepEqual(later.map((s) => [...s.articleIds].sort()), [['strike-de', 'strike-en']]);
});

test('should keep one subject written up months apart in two stories, unless in nearly the same words', () => {
  // Topic cosine 0.49: one story within the news cycle, not five months on.
  const spring = makeArticle('kelp-spring', 'Kelp farms spread along the northern coast', [
    'Kelp farming along the northern coast has doubled, as mussel growers string seaweed lines between their rafts to earn a second crop.',
    'The kelp is dried, milled and sold as cattle feed; buyers pay more for kelp grown in cold water.',
    'Growers say winter gales are the main risk: a gale can strip the kelp from the seaweed lines in a night.',
  ], { published: '2031-02-10T08:00:00Z' });
  const summer = (published: string) =>
    makeArticle('kelp-summer', 'Kelp growers count the cost of winter gales', [
      'Kelp growers on the northern coast lost much of their kelp to winter gales, which stripped the seaweed lines strung between mussel rafts.',
      'Kelp dried and milled into cattle feed fetched high prices, so the losses hurt kelp growers along the coast; some will sink their seaweed lines deeper.',
      'Insurers do not cover kelp.',
    ], { published });
  const together = (published: string) => clusterStories({ articles: [spring, summer(published)], quotes: [], people: [], existing: [] }).length === 1;
  assert.ok(together('2031-02-20T08:00:00Z'), 'ten days apart: one story');
  assert.ok(!together('2031-07-01T08:00:00Z'), 'five months apart: two');
  const reprint = makeArticle('kelp-reprint', spring.title, spring.text.split('\n\n').slice(1), { published: '2031-07-01T08:00:00Z', outlet: 'Coast Post' });
  assert.equal(clusterStories({ articles: [spring, reprint], quotes: [], people: [], existing: [] }).length, 1, 'a reprint months later: one story');
});

test('should keep a digest that gives one paragraph to a story out of it, unless its headline names the story too', () => {
  // The digest shares the mayor and a few of the budget's words (cosine 0.2 with the
  // second write-up): on their own, too little; with a headline word in common, enough.
  const budget1 = makeArticle('budget-1', 'Quist unveils harbour budget with dredging plan', [
    'Mayor Mara Quist unveiled a harbour budget on Monday that sets aside four million for dredging the silted north channel and rebuilding the fish market.',
    '“A harbour that ships cannot enter is a harbour that dies,” Quist said, presenting the dredging plan to the council.',
    'Councillors will vote on the budget next month; the fishermen’s union backs the dredging but wants the fish market rebuilt first.',
  ], { published: '2031-03-10T08:00:00Z' });
  const budget2 = makeArticle('budget-2', 'Council split over dredging in harbour budget', [
    'The council is split over the dredging of the north channel, the largest item in the harbour budget Mara Quist presented on Monday.',
    '“Four million on mud is four million not spent on schools,” one councillor said, while the union urged a quick vote.',
    'Quist defended the plan: silt has closed the channel to larger trawlers twice this winter.',
  ], { published: '2031-03-11T08:00:00Z' });
  const digest = (title: string) => makeArticle('digest', title, [
    'Good morning. Here is what is moving markets and towns today.',
    'Grain futures slid for a third day as rain returned to the southern plains, and traders expect a record wheat harvest.',
    'In Port Elsby, Mayor Mara Quist presented a harbour budget with four million for dredging the silted north channel.',
    'Mara Quist says silt has closed the channel to trawlers twice this winter.',
    'A chip maker recalled forty thousand laptops over overheating batteries; shares fell six percent.',
    'The central bank holds its rate meeting on Thursday, with most economists expecting no change.',
  ], { published: '2031-03-11T06:00:00Z', outlet: 'Market Morning' });
  const quotes = [makeQuote(budget1, 'A harbour that ships cannot enter is a harbour that dies,', { id: 'q1', speaker: 'Mara Quist', personId: 'person-mara' })];
  const storiesWith = (title: string) =>
    clusterStories({ articles: [budget1, budget2, digest(title)], quotes, people, existing: [] }).map((s) => [...s.articleIds].sort()).sort();
  assert.deepEqual(storiesWith('Morning Briefing: wheat, laptops and rates'), [['budget-1', 'budget-2'], ['digest']]);
  assert.deepEqual(storiesWith('Morning Briefing: harbour dredging, wheat, laptops'), [['budget-1', 'budget-2', 'digest']]);
});

test('should join two write-ups of one event whose headlines differ when all the people of one are quoted in the other, within a week', () => {
  // The announcement quotes the commissioner and the director; the review of the concert
  // retells both and quotes the singer too. Their words overlap little (cosine about 0.2)
  // and their headlines share no word, so one person in common would not be enough.
  const announcement = makeArticle('ferries', 'Lantern Fair will go ahead despite bridge closure', [
    'This weekend’s Lantern Fair in Port Elsby will go ahead, city officials confirmed on Thursday, with two ferries and a floating walkway standing in for the closed Keel Street Bridge.',
    '“The fair goes ahead and nobody will need the bridge,” commissioner Ada Brenning said at a briefing on the south bank.',
    '“We sold the last ticket this afternoon,” fair director Oona Marsk said.',
    'The ferries will run every ten minutes from Quay Steps between noon and midnight on both days.',
  ], { published: '2031-06-09T08:00:00Z' });
  const review = makeArticle('review', 'Vela turns her homecoming into a victory lap', [
    'Vela played to a sold-out Lantern Park on Saturday night, her first hometown show in two years, and thirty thousand fans sang every word.',
    '“Port Elsby, nothing sounds like you,” the singer told the crowd after the third song.',
    'Getting there was half the adventure: with the Keel Street Bridge shut, fans queued for the ferries. Commissioner Ada Brenning had promised that nobody would need the bridge, and the plan held.',
    'Director Oona Marsk said the last ticket had sold on Thursday afternoon.',
  ], { published: '2031-06-12T08:00:00Z' });
  const cast = [
    { id: 'person-brenning', name: 'Ada Brenning', aliases: ['Brenning'], evidence: [] },
    { id: 'person-marsk', name: 'Oona Marsk', aliases: ['Marsk'], evidence: [] },
    { id: 'person-vela', name: 'Vela', aliases: [], evidence: [] },
  ];
  const quotes = (marskInReview: boolean): Quote[] => [
    makeQuote(announcement, 'The fair goes ahead and nobody will need the bridge,', { id: 'a1', speaker: 'Ada Brenning', personId: 'person-brenning' }),
    makeQuote(announcement, 'We sold the last ticket this afternoon,', { id: 'a2', speaker: 'Oona Marsk', personId: 'person-marsk' }),
    makeQuote(review, 'Port Elsby, nothing sounds like you,', { id: 'r1', speaker: 'Vela', personId: 'person-vela' }),
    makeQuote(review, 'nobody would need the bridge', { id: 'r2', kind: 'indirect', speaker: 'Ada Brenning', personId: 'person-brenning' }),
    ...(marskInReview ? [makeQuote(review, 'the last ticket had sold on Thursday afternoon', { id: 'r3', kind: 'indirect', speaker: 'Oona Marsk', personId: 'person-marsk' })] : []),
  ];
  const stories = (marskInReview: boolean, review2 = review) =>
    clusterStories({ articles: [announcement, review2], quotes: quotes(marskInReview).filter((q) => q.articleId !== 'review' || review2 === review), people: cast, existing: [] }).map((s) => [...s.articleIds].sort()).sort();
  assert.deepEqual(stories(true), [['ferries', 'review']]);
  // One of the two in common: the review may be of another night the commissioner spoke at.
  assert.deepEqual(stories(false), [['ferries'], ['review']]);
});

test('should weigh an article’s words against its own language, so that two reports from one foreign outlet on two events stay apart', () => {
  const singer: Person[] = [{ id: 'person-vela', name: 'Vela', aliases: ['Ada Vela'], evidence: [] }];
  // Enough English coverage of other things that every Spanish word is rare in the pool; the
  // two Spanish reports share only the words any report on the singer has (cantante, artista,
  // gira, sábado, ciudad natal).
  const english = ['tram', 'budget', 'museum', 'marathon', 'library', 'ferry'].map((topic, k) =>
    makeArticle(`en-${topic}`, `Council approves new ${topic} plan`, [
      `The council of Port Elsby approved the ${topic} plan on Tuesday after a long debate about costs and timing.`,
      `Officials said the ${topic} would open next spring if the contractors keep to the schedule agreed in March.`,
    ], { published: `2031-03-1${k}T08:00:00Z` }));
  const quarrel = makeArticle('es-quarrel', 'Vela rompe su silencio sobre la diseñadora', [
    'La cantante Vela habló por primera vez de su polémica con la diseñadora del abrigo plateado de su gira en un pódcast publicado el miércoles.',
    'La artista, que actuará el sábado en su ciudad natal, dijo que nunca quiso ofender a nadie y que todo empezó con una entrevista.',
  ], { published: '2031-03-10T08:00:00Z', language: 'es' });
  const concert = makeArticle('es-concert', 'Vela conquista su ciudad natal', [
    'La cantante Vela actuó el sábado ante miles de personas en su ciudad natal, el último concierto de su gira.',
    'La artista cantó durante dos horas bajo la lluvia y el público coreó todas las canciones del nuevo disco hasta el final.',
  ], { published: '2031-03-14T08:00:00Z', language: 'es' });
  const qs = [
    makeQuote(quarrel, 'nunca quiso ofender a nadie', { id: 'q1', speaker: 'Vela', personId: 'person-vela' }),
    makeQuote(concert, 'cantó durante dos horas', { id: 'c1', speaker: 'Vela', personId: 'person-vela' }),
  ];
  const stories = clusterStories({ articles: [...english, quarrel, concert], quotes: qs, people: singer, existing: [] });
  const of = (id: string) => stories.find((s) => s.articleIds.includes(id))?.id;
  assert.notEqual(of('es-quarrel'), of('es-concert'));
});
