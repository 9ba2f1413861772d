/**
 * A small invented corpus for the report and server tests: two stories, four articles,
 * two speakers, two quote groups with drift, a misattribution, a recycled quote, a copy
 * link, and an outlet whose title, body, outlet name and URL carry HTML/script payloads.
 * Every span is computed from the text, so the round-trip invariant holds.
 */
import type { Analysis, Article, Message, Occurrence, Person, Quote, Span } from '../model.js';
import type { Store, StoryResults } from '../store/store.js';
import { createMemoryStore } from '../server/test-store.js';
import { loadDossier, type Dossier } from './dossier.js';

/** The script payload planted in the hostile article. */
export const SCRIPT_PAYLOAD = '<script>alert(1)</script>';
/** The image payload planted in the hostile article. */
export const IMG_PAYLOAD = '<img src=x onerror=alert(1)>';

/** A fixture corpus in the shape a Store is seeded with. */
export interface Fixture {
  articles: Article[];
  analyses: Analysis[];
  quotes: Quote[];
  people: Person[];
  results: StoryResults[];
  messages: Message[];
}

function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not found`);
  return { start, end: start + needle.length };
}

function makeArticle(
  id: string,
  outlet: string,
  published: string,
  url: string,
  title: string,
  body: string,
): Article {
  return {
    id, url, outlet, title, byline: null, published, language: 'en', source: `fixture/${id}.json`,
    contentHash: `hash-${id}`, text: `${title}\n\n${body}`, titleSpan: { start: 0, end: title.length },
  };
}

function makeQuote(
  article: Article,
  id: string,
  content: string,
  speaker: string,
  personId: string,
  mention: string,
  extra: Partial<Quote> = {},
): Quote {
  const contentSpan = spanOf(article.text, content, article.titleSpan.end);
  return {
    id, articleId: article.id, kind: 'direct', content: [contentSpan], cue: null,
    source: spanOf(article.text, mention, article.titleSpan.end), speaker, personId,
    occasion: null, saidWhen: null, confidence: 0.9, ...extra,
  };
}

function occurrenceOf(
  quote: Quote,
  article: Article,
  drift: Occurrence['drift'],
  diff: Occurrence['diff'],
  flags: { misattributed?: boolean; recycled?: boolean; negationChanged?: boolean } = {},
): Occurrence {
  const span = quote.content[0];
  return {
    quoteId: quote.id, articleId: article.id, start: span.start, end: span.end,
    text: article.text.slice(span.start, span.end), kind: quote.kind, drift, diff,
    misattributed: flags.misattributed ?? false, recycled: flags.recycled ?? false, negationChanged: flags.negationChanged ?? false,
  };
}

/** Builds the fixture corpus (fresh objects on every call). */
export function buildFixture(): Fixture {
  const ledger = makeArticle(
    'ledger-1', 'Daily Ledger', '2026-03-02T09:00:00Z', 'https://ledger.example/bridge',
    'Mayor says bridge will reopen in spring',
    'Mayor Mara Quill said on Monday: "The bridge will reopen in the spring, and not a day later." ' +
      'She spoke at a council meeting.\n\nCouncillor Tomas Reyes disagreed. "We have heard this promise before," Reyes said.',
  );
  const harbor = makeArticle(
    'harbor-1', 'Harbor Times', '2026-03-03T10:00:00Z', 'https://harbor.example/news/bridge?id=1&x=2',
    'Quill: bridge to reopen "in spring"',
    '"The bridge will reopen in spring," Mayor Mara Quill told reporters at a council meeting on Monday.\n\n' +
      'Tomas Reyes said: "We have heard this promise before."',
  );
  const hostile = makeArticle(
    'evil-1', 'Evil <b>Gazette</b>', '2026-03-04T08:00:00Z', 'javascript:alert(1)',
    `Bridge ${SCRIPT_PAYLOAD} news`,
    `Quill said "the bridge will reopen ${IMG_PAYLOAD} soon". ${SCRIPT_PAYLOAD}\n\n` +
      'Quill added: "We have heard this promise before."',
  );
  const ferry = makeArticle(
    'ferry-1', 'Harbor Times', '2026-04-01T07:30:00Z', 'https://harbor.example/ferry',
    'Ferry timetable changes in April',
    'The harbour ferry will run every 20 minutes from April, the operator announced.',
  );

  const q1 = makeQuote(ledger, 'q-ledger-1', 'The bridge will reopen in the spring, and not a day later.', 'Mara Quill', 'p-quill', 'Mayor Mara Quill', {
    cue: spanOf(ledger.text, 'said on Monday'),
    occasion: { span: spanOf(ledger.text, 'a council meeting'), label: 'council meeting' },
    saidWhen: { value: '2026-03-02', precision: 'day', span: spanOf(ledger.text, 'Monday') },
  });
  const q2 = makeQuote(ledger, 'q-ledger-2', 'We have heard this promise before,', 'Tomas Reyes', 'p-reyes', 'Reyes said');
  const q3 = makeQuote(harbor, 'q-harbor-1', 'The bridge will reopen in spring,', 'Mara Quill', 'p-quill', 'Mayor Mara Quill');
  const q4 = makeQuote(harbor, 'q-harbor-2', 'We have heard this promise before.', 'Tomas Reyes', 'p-reyes', 'Tomas Reyes');
  const q5 = makeQuote(hostile, 'q-evil-1', `the bridge will reopen ${IMG_PAYLOAD} soon`, 'Mara Quill', 'p-quill', 'Quill said');
  const q6 = makeQuote(hostile, 'q-evil-2', 'We have heard this promise before.', 'Mara Quill', 'p-quill', 'Quill added');

  const people: Person[] = [
    { id: 'p-quill', name: 'Mara Quill', aliases: ['Quill', 'Mayor Quill'], evidence: [] },
    { id: 'p-reyes', name: 'Tomas Reyes', aliases: ['Reyes'], evidence: [] },
  ];

  const bridge: StoryResults = {
    story: {
      id: 'story-bridge', title: 'Bridge reopening', articleIds: ['ledger-1', 'harbor-1', 'evil-1'],
      people: ['p-quill', 'p-reyes'], firstPublished: ledger.published, lastPublished: hostile.published,
    },
    keys: ['p-quill', 'p-reyes'],
    groups: [
      {
        id: 'g-reopen', storyId: 'story-bridge', speaker: 'p-quill', speakerName: 'Mara Quill',
        canonical: 'The bridge will reopen in the spring, and not a day later.', canonicalQuoted: true,
        saidWhen: { value: '2026-03-02', precision: 'day' }, occasion: 'council meeting',
        occurrences: [
          occurrenceOf(q1, ledger, 'exact', [{ op: 'same', text: 'The bridge will reopen in the spring, and not a day later.' }]),
          occurrenceOf(q3, harbor, 'truncated', [
            { op: 'same', text: 'The bridge will reopen in' },
            { op: 'removed', text: 'the' },
            { op: 'same', text: 'spring,' },
            { op: 'removed', text: 'and not a day later.' },
          ]),
          occurrenceOf(q5, hostile, 'paraphrased-as-quote', [
            { op: 'removed', text: 'The' },
            { op: 'added', text: 'the' },
            { op: 'same', text: 'bridge will reopen' },
            { op: 'removed', text: 'in the spring, and not a day later.' },
            { op: 'added', text: `${IMG_PAYLOAD} soon` },
          ]),
        ],
      },
      {
        id: 'g-promise', storyId: 'story-bridge', speaker: 'p-reyes', speakerName: 'Tomas Reyes',
        canonical: 'We have heard this promise before.', canonicalQuoted: true,
        saidWhen: { value: '2026-03', precision: 'month' }, occasion: null,
        occurrences: [
          occurrenceOf(q2, ledger, 'punctuation', [
            { op: 'same', text: 'We have heard this promise' },
            { op: 'removed', text: 'before.' },
            { op: 'added', text: 'before,' },
          ]),
          occurrenceOf(q4, harbor, 'exact', [{ op: 'same', text: 'We have heard this promise before.' }], { recycled: true }),
          occurrenceOf(q6, hostile, 'exact', [{ op: 'same', text: 'We have heard this promise before.' }], { misattributed: true }),
        ],
      },
    ],
    copies: [{ from: 'ledger-1', to: 'harbor-1', sharedRatio: 0.42, kind: 'verbatim' }],
    timeline: [
      { storyId: 'story-bridge', date: '2026-03', precision: 'month', kind: 'said', label: 'Tomas Reyes: We have heard this promise before.', quoteGroupId: 'g-promise', articleId: null },
      { storyId: 'story-bridge', date: '2026-03-02', precision: 'day', kind: 'said', label: 'Mara Quill at council meeting', quoteGroupId: 'g-reopen', articleId: null },
      { storyId: 'story-bridge', date: '2026-03-02', precision: 'day', kind: 'published', label: 'Daily Ledger: Mayor says bridge will reopen in spring', quoteGroupId: null, articleId: 'ledger-1' },
      { storyId: 'story-bridge', date: '2026-03-03', precision: 'day', kind: 'published', label: 'Harbor Times: Quill: bridge to reopen "in spring"', quoteGroupId: null, articleId: 'harbor-1' },
      { storyId: 'story-bridge', date: '2026-03-04', precision: 'day', kind: 'published', label: `Evil <b>Gazette</b>: Bridge ${SCRIPT_PAYLOAD} news`, quoteGroupId: null, articleId: 'evil-1' },
    ],
  };
  const ferryStory: StoryResults = {
    story: {
      id: 'story-ferry', title: 'Ferry timetable', articleIds: ['ferry-1'], people: [],
      firstPublished: ferry.published, lastPublished: ferry.published,
    },
    keys: ['ferry'],
    groups: [],
    copies: [],
    timeline: [
      { storyId: 'story-ferry', date: '2026-04-01', precision: 'day', kind: 'published', label: 'Harbor Times: Ferry timetable changes in April', quoteGroupId: null, articleId: 'ferry-1' },
    ],
  };

  const analyses: Analysis[] = [
    {
      articleId: 'ledger-1', sentences: [], paragraphs: [], tokenCount: 40,
      entities: [{ span: spanOf(ledger.text, 'Mara Quill'), text: 'Mara Quill', type: 'person' }],
      dates: [{ span: spanOf(ledger.text, 'Monday'), text: 'Monday', date: { value: '2026-03-02', precision: 'day' } }],
    },
  ];
  const messages: Message[] = [
    { source: 'fixture/ledger-1.json', articleId: 'ledger-1', rule: 'clean/caption', message: 'removed a photo caption', severity: 'info', span: null },
    { source: 'fixture/evil-1.json', articleId: 'evil-1', rule: 'ingest/markup', message: `expected text, found ${SCRIPT_PAYLOAD}`, severity: 'warning', span: null },
  ];

  return {
    articles: [ledger, harbor, hostile, ferry],
    analyses,
    quotes: [q1, q2, q3, q4, q5, q6],
    people,
    results: [bridge, ferryStory],
    messages,
  };
}

/**
 * Writes a fixture into any Store through its public write methods (for backends that
 * cannot be seeded directly, such as SQLite).
 */
export async function seedStore(store: Store, fixture: Fixture = buildFixture()): Promise<Store> {
  const analyses = new Map(fixture.analyses.map((a) => [a.articleId, a]));
  await store.putArticles(
    fixture.articles.map((article) => ({
      article,
      analysis: analyses.get(article.id) ?? null,
      quotes: fixture.quotes.filter((q) => q.articleId === article.id),
    })),
  );
  await store.putPeople(fixture.people.map((person) => ({ person, keys: [person.name, ...person.aliases] })));
  await store.putStoryResults(fixture.results);
  await store.putMessages(fixture.messages);
  return store;
}

/** The two fixture stories as dossiers, loaded through a memory store. */
export async function fixtureDossiers(): Promise<Dossier[]> {
  const store = createMemoryStore(buildFixture());
  const out: Dossier[] = [];
  for (const id of ['story-bridge', 'story-ferry']) {
    const d = await loadDossier(store, id);
    if (!d) throw new Error(`test fixture: expected story ${id} in the memory store, found none`);
    out.push(d);
  }
  return out;
}
