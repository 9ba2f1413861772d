/**
 * Speakers and quote cards: the canonical wording of each utterance and every outlet's
 * version with its word-level differences (`<ins>` added, `<del>` removed), drift label
 * and misattribution / recycling flags. Each version links to its span in the article.
 */
import type { DiffOp, Occurrence, QuoteGroup } from '../model.js';
import type { Dossier } from './dossier.js';
import { alignDiff } from './diff-align.js';
import { escapeHtml, groupAnchor } from './escape.js';
import { driftLabel, groupBySpeaker, indexDossier, orderOccurrences, outletOf, REPORTED_LEAD, REPORTED_NOTE, shownWording, speakerName, toDay, truncate, type DossierIndex } from './dossier-view.js';
import type { Links } from './html-links.js';

/**
 * Renders a word-level diff: unchanged words as text, added words in `<ins>`, removed
 * words in `<del>`. Steps are joined with a space unless one side already has one.
 */
export function renderDiff(ops: DiffOp[]): string {
  let out = '';
  let previous = '';
  for (const step of ops) {
    if (step.text === '') continue;
    if (previous !== '' && !/\s$/.test(previous) && !/^\s/.test(step.text) && !/^[,.;:!?…)]/.test(step.text)) out += ' ';
    const text = escapeHtml(step.text);
    out += step.op === 'added' ? `<ins>${text}</ins>` : step.op === 'removed' ? `<del>${text}</del>` : text;
    previous = step.text;
  }
  return out;
}

function renderFlags(o: Occurrence, group: QuoteGroup, index: DossierIndex): string {
  const flags: string[] = [];
  if (o.misattributed) {
    const credited = index.quotes.get(o.quoteId)?.speaker;
    flags.push(
      `<span class="flag misattributed" title="credited to a different person than ${escapeHtml(speakerName(group, index))}">misattributed${
        credited ? ` to ${escapeHtml(credited)}` : ''
      }</span>`,
    );
  }
  if (o.recycled) flags.push('<span class="flag recycled" title="said long before this article without saying so">recycled</span>');
  if (o.negationChanged) flags.push('<span class="flag negation" title="drops or adds a negation on the words it keeps: it says the opposite">negation changed</span>');
  return flags.join(' ');
}

/**
 * Renders an outlet's version as printed (its own words and punctuation) with the diff
 * placed on it: added words in `<ins>`, missing canonical words as `<del>` where they went
 * missing. Falls back to the bare diff when it cannot be aligned to the text.
 */
export function renderVersion(o: Pick<Occurrence, 'text' | 'diff'>): string {
  if (o.diff.length === 0) return escapeHtml(o.text);
  const pieces = alignDiff(o.text, o.diff);
  if (!pieces) return renderDiff(o.diff);
  let out = '';
  pieces.forEach((piece, i) => {
    if (piece.type === 'text') out += escapeHtml(piece.text);
    else if (piece.type === 'added') out += `<ins>${escapeHtml(piece.text)}</ins>`;
    else {
      const before = i > 0 && !/\s$/.test(pieces[i - 1].text) ? ' ' : '';
      const after = i < pieces.length - 1 && !/^[\s,.;:!?…)]/.test(pieces[i + 1].text) ? ' ' : '';
      out += `${before}<del>${escapeHtml(piece.text)}</del>${after}`;
    }
  });
  return out;
}

function renderOutletLink(o: Occurrence, index: DossierIndex, links: Links): string {
  const article = index.articles.get(o.articleId);
  const day = toDay(article?.published);
  return `<a class="occ-link" href="${escapeHtml(links.span(o.articleId, o.start))}" title="${escapeHtml(article?.title ?? o.articleId)}"><span class="outlet">${escapeHtml(
    outletOf(article),
  )}</span></a> ${day ? `<time datetime="${escapeHtml(day)}">${escapeHtml(day)}</time>` : '<span class="undated">undated</span>'}`;
}

/**
 * Renders one version of a group as a list item: the outlets that printed it (each linking
 * to its span), drift, kind, flags, and the wording with its differences.
 *
 * @param same Occurrences printing exactly the same version (first one is shown).
 * @param maxOutlets Most outlet links listed (default: all).
 */
export function renderOccurrence(
  o: Occurrence,
  group: QuoteGroup,
  index: DossierIndex,
  links: Links,
  same: Occurrence[] = [o],
  maxOutlets = Infinity,
): string {
  const shown = same.slice(0, maxOutlets).map((x) => renderOutletLink(x, index, links));
  if (same.length > shown.length) shown.push(`<span class="more">and ${same.length - shown.length} more</span>`);
  const title = same.length === 1 ? `<div class="occ-title">${escapeHtml(index.articles.get(o.articleId)?.title ?? o.articleId)}</div>` : '';
  return `<li class="occurrence drift-${escapeHtml(o.drift)}">
<div class="occ-head"><span class="occ-outlets">${shown.join(', ')}</span>
<span class="drift" title="drift">${escapeHtml(driftLabel(o.drift))}</span> <span class="kind">${escapeHtml(o.kind)}</span> ${renderFlags(o, group, index)}</div>
<q class="diff">${renderVersion(o)}</q>
${title}</li>`;
}

/**
 * The distinct versions of a group, in order of first publication: occurrences with the
 * same wording, drift, kind, flags and credited speaker are one version.
 */
export function groupVersions(group: QuoteGroup, index: DossierIndex): Occurrence[][] {
  const versions = new Map<string, Occurrence[]>();
  for (const o of orderOccurrences(group, index)) {
    const key = JSON.stringify([o.text, o.drift, o.kind, o.misattributed, o.recycled, o.negationChanged, o.misattributed ? index.quotes.get(o.quoteId)?.speaker : null]);
    const list = versions.get(key);
    if (list) list.push(o);
    else versions.set(key, [o]);
  }
  return [...versions.values()];
}

/** Options of `renderQuoteCard`. */
export interface QuoteCardOptions {
  /** Most outlet links listed per version (default: all). */
  maxOutlets?: number;
  /** Most versions listed, in order of first publication (default: all). */
  maxVersions?: number;
}

/** Renders a quote card: speaker, when and where said, canonical wording, every version. */
export function renderQuoteCard(group: QuoteGroup, dossier: Dossier, links: Links, index = indexDossier(dossier), options: QuoteCardOptions = {}): string {
  const name = speakerName(group, index);
  const speakerHref = group.speaker ? links.speaker(group.speaker) : null;
  const who = speakerHref ? `<a class="speaker" href="${escapeHtml(speakerHref)}">${escapeHtml(name)}</a>` : `<span class="speaker">${escapeHtml(name)}</span>`;
  const versions = groupVersions(group, index);
  const outlets = new Set(group.occurrences.map((o) => outletOf(index.articles.get(o.articleId)))).size;
  const facts = [
    who,
    group.saidWhen ? `said <time datetime="${escapeHtml(group.saidWhen.value)}">${escapeHtml(group.saidWhen.value)}</time>` : 'date said unknown',
    group.occasion ? `at ${escapeHtml(group.occasion)}` : '',
    `${group.occurrences.length} occurrence${group.occurrences.length === 1 ? '' : 's'} in ${outlets} outlet${outlets === 1 ? '' : 's'}, ${versions.length} version${versions.length === 1 ? '' : 's'}`,
  ].filter((x) => x !== '');
  return `<article class="quote-card" id="${escapeHtml(groupAnchor(group.id))}">
<p class="card-head">${facts.join(' · ')}</p>
${
    group.canonicalQuoted
      ? `<blockquote class="canonical">${escapeHtml(group.canonical)}</blockquote>`
      : `<p class="canonical reported"><span class="note">${REPORTED_LEAD}</span> ${escapeHtml(shownWording(group, index))}</p>`
  }
<ol class="occurrences">
${versions
  .slice(0, options.maxVersions)
  .map((same) => renderOccurrence(same[0], group, index, links, same, options.maxOutlets))
  .join('\n')}
</ol>${
    options.maxVersions !== undefined && versions.length > options.maxVersions
      ? `\n<p class="more">and ${versions.length - options.maxVersions} later version${versions.length - options.maxVersions === 1 ? '' : 's'}</p>`
      : ''
  }
</article>`;
}

/** Quote groups listed per speaker before the rest are folded away. */
const SPEAKER_GROUPS_SHOWN = 5;

/** Renders the speakers section: each speaker with links to their quote cards. */
export function renderSpeakers(dossier: Dossier, links: Links, index = indexDossier(dossier)): string {
  const speakers = groupBySpeaker(dossier, index);
  if (speakers.length === 0) return '<section class="speakers"><h3>Speakers</h3><p class="empty">No attributed quotes.</p></section>';
  const items = speakers.map((s) => {
    const href = s.personId ? links.speaker(s.personId) : null;
    const name = href ? `<a href="${escapeHtml(href)}">${escapeHtml(s.name)}</a>` : escapeHtml(s.name);
    const item = (g: QuoteGroup): string =>
      `<li><a href="${escapeHtml(links.group(g.id))}">${escapeHtml(truncate(shownWording(g, index), 90))}</a> <span class="count">${g.occurrences.length}×${g.canonicalQuoted ? '' : `, ${REPORTED_NOTE}`}</span></li>`;
    const shown = s.groups.slice(0, SPEAKER_GROUPS_SHOWN).map(item).join('');
    const rest = s.groups.slice(SPEAKER_GROUPS_SHOWN);
    const groups = rest.length === 0 ? shown : `${shown}<li><details><summary>${rest.length} more</summary><ul>${rest.map(item).join('')}</ul></details></li>`;
    return `<li class="speaker-entry"><span class="speaker">${name}</span><ul>${groups}</ul></li>`;
  });
  return `<section class="speakers"><h3>Speakers</h3><ul class="speaker-list">${items.join('\n')}</ul></section>`;
}

/** Renders all quote cards of a dossier, the most carried first within each speaker. */
export function renderQuoteCards(dossier: Dossier, links: Links, index = indexDossier(dossier), options: QuoteCardOptions = {}): string {
  const cards = groupBySpeaker(dossier, index).flatMap((s) => s.groups.map((g) => renderQuoteCard(g, dossier, links, index, options)));
  return `<section class="quotes"><h3>Quotes and how each outlet retold them</h3>${cards.length === 0 ? '<p class="empty">No quote groups.</p>' : cards.join('\n')}</section>`;
}
