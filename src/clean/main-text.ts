import type { ElementStats, PageBlocks, TextBlock } from './dom-blocks.js';
import { NEGATIVE_CLASS, POSITIVE_CLASS } from './extract-patterns.js';
import { isBoilerplateBlock } from './block-filters.js';

/** Blocks shorter than this do not vote for a container. */
const MIN_PARAGRAPH = 25;

/** A short block whose text is mostly link text is navigation (tuned on real pages: 0.8). */
const LINK_LIMIT = 0.8;

/** Readability's starting score of a candidate by its tag. */
function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

function classWeight(el: Element): number {
  let weight = 0;
  for (const mark of [el.getAttribute('class'), el.getAttribute('id')]) {
    if (!mark) continue;
    if (NEGATIVE_CLASS.test(mark)) weight -= 25;
    if (POSITIVE_CLASS.test(mark)) weight += 25;
  }
  return weight;
}

function linkDensity(stats: ElementStats | undefined): number {
  return stats && stats.chars > 0 ? stats.linkChars / stats.chars : 0;
}

/** Points a paragraph gives its containers: one, plus commas, plus one per 100 characters (max 3). */
function paragraphPoints(text: string): number {
  const commas = text.match(/[,，、،]/g)?.length ?? 0;
  return 1 + commas + Math.min(Math.floor(text.length / 100), 3);
}

/**
 * Score containers the Readability way: each paragraph-like block gives points to its
 * parent (full), grandparent (half) and further ancestors (less), then each candidate's
 * score is scaled by one minus its link density. Returns the best candidate.
 */
function findTopCandidate(page: PageBlocks, useUnlikely: boolean): { top: Element; scores: Map<Element, number> } | null {
  const scores = new Map<Element, number>();
  for (const block of page.blocks) {
    if (block.heading || block.text.length < MIN_PARAGRAPH) continue;
    if (useUnlikely && (block.unlikely || block.furniture)) continue;
    if (block.linkChars > block.text.length * 0.5) continue;
    const points = paragraphPoints(block.text);
    let el: Element | null = block.tag === 'p' || block.tag === 'pre' || block.tag === 'td' || block.tag === 'blockquote' || block.tag === 'li' || block.tag === 'dd'
      ? block.owner.parentElement
      : block.owner;
    for (let level = 0; el !== null && level < 5; level++, el = el.parentElement) {
      if (!scores.has(el)) scores.set(el, tagWeight(el.localName) + classWeight(el));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, (scores.get(el) as number) + points / divider);
    }
  }
  const ranked: [Element, number][] = [];
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity(page.stats.get(el)));
    scores.set(el, final);
    ranked.push([el, final]);
  }
  if (ranked.length === 0) return null;
  ranked.sort((a, b) => b[1] - a[1]);
  return { top: sharedAncestor(ranked), scores };
}

/**
 * When three or more of the five best candidates score close to the best and sit under one
 * ancestor, the article is split into sibling boxes (one per paragraph): take the ancestor.
 */
function sharedAncestor(ranked: [Element, number][]): Element {
  const [top, best] = ranked[0];
  const close = ranked.slice(1, 5).filter(([, score]) => score >= best * 0.75).map(([el]) => el);
  if (close.length < 2) return top;
  for (let el = top.parentElement; el !== null && el.localName !== 'body'; el = el.parentElement) {
    const inside = close.filter((c) => el!.contains(c)).length;
    if (inside >= 2) return el;
  }
  return top;
}

/** Climb from a candidate whose parent holds nothing else, as Readability does. */
function widen(top: Element, page: PageBlocks): Element {
  let el = top;
  while (el.parentElement && el.parentElement.localName !== 'body' && el.parentElement.localName !== 'html') {
    const own = page.stats.get(el)?.chars ?? 0;
    const parent = page.stats.get(el.parentElement)?.chars ?? 0;
    if (parent > own * 1.05 + 20) break;
    el = el.parentElement;
  }
  return el;
}

/** Siblings of the top candidate that belong to the article too (Readability's sibling pass). */
function chooseSiblings(top: Element, scores: Map<Element, number>, page: PageBlocks): Set<Element> {
  const chosen = new Set<Element>([top]);
  const parent = top.parentElement;
  if (!parent) return chosen;
  const threshold = Math.max(10, (scores.get(top) ?? 0) * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  for (let sib = parent.firstElementChild; sib !== null; sib = sib.nextElementSibling) {
    if (sib === top) continue;
    let bonus = 0;
    if (topClass !== '' && sib.getAttribute('class') === topClass) bonus += (scores.get(top) ?? 0) * 0.2;
    if ((scores.get(sib) ?? -Infinity) + bonus >= threshold) {
      chosen.add(sib);
      continue;
    }
    if (sib.localName === 'p') {
      const stats = page.stats.get(sib);
      const density = linkDensity(stats);
      const chars = stats?.chars ?? 0;
      if ((chars > 80 && density < 0.25) || (chars > 0 && chars <= 80 && density === 0 && /\.( |$)/.test(sib.textContent ?? ''))) chosen.add(sib);
    }
  }
  return chosen;
}

/**
 * Paragraph containers elsewhere on the page with the same class as the chosen text's
 * paragraph containers: templates that split one article into several boxes (between
 * figures, ads or pull quotes) repeat the box's class.
 */
function twinContainers(page: PageBlocks, chosen: Set<Element>, top: Element): Set<Element> {
  const classes = new Set<string>();
  for (const block of page.blocks) {
    const parent = block.owner.parentElement;
    if (block.tag !== 'p' || !parent || block.text.length < MIN_PARAGRAPH) continue;
    const cls = parent.getAttribute('class');
    if (cls && isInside(block.owner, chosen, top.parentElement ?? top)) classes.add(cls);
  }
  const twins = new Set<Element>();
  if (classes.size === 0) return twins;
  for (const block of page.blocks) {
    const parent = block.owner.parentElement;
    if (block.tag !== 'p' || !parent || block.furniture || block.unlikely) continue;
    const cls = parent.getAttribute('class');
    if (cls && classes.has(cls) && !isInside(block.owner, chosen, top.parentElement ?? top)) twins.add(parent);
  }
  return twins;
}

/** A short block of mostly link text, unless its paragraph as a whole is prose (a URL line in a `<p>`). */
function isLinkLine(block: TextBlock, page: PageBlocks): boolean {
  if (block.text.length >= 200 || block.linkChars <= block.text.length * LINK_LIMIT) return false;
  if (block.tag !== 'p') return true;
  return linkDensity(page.stats.get(block.owner)) > LINK_LIMIT;
}

function isInside(el: Element, chosen: Set<Element>, root: Element): Element | null {
  for (let cur: Element | null = el; cur !== null; cur = cur.parentElement) {
    if (chosen.has(cur)) return cur;
    if (cur === root) return null;
  }
  return null;
}

/** Containers between a block and the chosen root that look like a link list or teaser box. */
function inLinkBox(block: TextBlock, top: Element, page: PageBlocks): boolean {
  for (let cur: Element | null = block.owner; cur !== null && cur !== top; cur = cur.parentElement) {
    const stats = page.stats.get(cur);
    if (!stats || stats.chars === 0) continue;
    const density = stats.linkChars / stats.chars;
    const tag = cur.localName;
    if ((tag === 'ul' || tag === 'ol' || tag === 'div' || tag === 'section' || tag === 'table') && density > 0.5 && stats.chars < 2000) return true;
  }
  return false;
}

/**
 * The article's paragraphs in document order: blocks inside the best-scoring container
 * and its article-like siblings, minus link lists, page furniture and boilerplate lines.
 */
export function selectMainText(page: PageBlocks, title: string | null): string[] {
  for (const useUnlikely of [true, false]) {
    const found = findTopCandidate(page, useUnlikely);
    if (!found) continue;
    const top = widen(found.top, page);
    const chosen = chooseSiblings(top, found.scores, page);
    const out: string[] = [];
    const twins = twinContainers(page, chosen, top);
    for (const block of page.blocks) {
      const root = isInside(block.owner, chosen, top.parentElement ?? top) ?? (twins.has(block.owner.parentElement as Element) ? block.owner.parentElement : null);
      if (root === null) continue;
      if (useUnlikely && block.unlikely) continue;
      if (block.furniture || block.timeChars >= block.text.length * 0.8) continue;
      if (isLinkLine(block, page)) continue;
      if (inLinkBox(block, root, page)) continue;
      if (isBoilerplateBlock(block.text, title)) continue;
      out.push(block.text);
    }
    const length = out.reduce((n, p) => n + p.length, 0);
    if (length >= 250 || !useUnlikely) return out;
  }
  return [];
}
