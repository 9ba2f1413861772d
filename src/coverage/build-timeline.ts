/**
 * A story's timeline: when each utterance was said (from its group's said-when) and when
 * each outlet reported the story (article publication), in date order.
 */
import type { Article, Quote, QuoteGroup, Story, TimelineEvent } from '../model.js';
import { wordingWithCue } from './cue-lead.js';

// Labels quote at most this many characters of the canonical wording.
const LABEL_QUOTE = 80;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LABEL_QUOTE ? flat : `${flat.slice(0, LABEL_QUOTE - 1).replace(/\s+\S*$/, '')}…`;
}

function compare(a: TimelineEvent, b: TimelineEvent): number {
  // Partial dates sort by their first day ('2018' ≤ '2018-04' ≤ '2018-04-27'), so a
  // year-precision event comes before the dated events inside that year.
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === 'said' ? -1 : 1;
  if (a.label !== b.label) return a.label < b.label ? -1 : 1;
  const ka = a.quoteGroupId ?? a.articleId ?? '';
  const kb = b.quoteGroupId ?? b.articleId ?? '';
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Builds the timeline of one story.
 * @example buildTimeline({ story, articles, groups, quotes })[0] // { kind: 'said', date: '2018-04', … }
 */
export function buildTimeline(input: { story: Story; articles: Article[]; groups: QuoteGroup[]; quotes: Quote[] }): TimelineEvent[] {
  const { story } = input;
  const events: TimelineEvent[] = [];
  // A report's words are led by their cue, as the dossiers show them (`reported: accused …`).
  const texts = new Map(input.articles.map((a) => [a.id, a.text]));
  const cues = new Map(input.quotes.map((q) => [q.id, q.cue]));
  const lookup = { text: (id: string) => texts.get(id), cue: (id: string) => cues.get(id) };
  for (const g of input.groups) {
    if (g.storyId !== story.id || !g.saidWhen) continue;
    const who = g.speakerName ?? 'Unknown speaker';
    const where = g.occasion ? ` (${g.occasion})` : '';
    events.push({
      storyId: story.id,
      date: g.saidWhen.value,
      precision: g.saidWhen.precision,
      kind: 'said',
      // A report's words are not the speaker's: only quoted wording goes in quotation marks.
      label: g.canonicalQuoted ? `${who}${where}: “${shorten(g.canonical)}”` : `${who}${where}, reported: ${shorten(wordingWithCue(g, lookup))}`,
      quoteGroupId: g.id,
      articleId: null,
    });
  }
  const inStory = new Set(story.articleIds);
  for (const a of input.articles) {
    if (!inStory.has(a.id) || !a.published) continue;
    const t = Date.parse(a.published);
    if (Number.isNaN(t)) continue;
    events.push({
      storyId: story.id,
      date: new Date(t).toISOString().slice(0, 10),
      precision: 'day',
      kind: 'published',
      label: `${a.outlet ?? 'Unknown outlet'}: ${a.title}`,
      quoteGroupId: null,
      articleId: a.id,
    });
  }
  return [...new Map(events.map((e) => [`${e.kind}:${e.quoteGroupId ?? e.articleId}`, e])).values()].sort(compare);
}
