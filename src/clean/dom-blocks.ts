import { BLOCK_TAGS, BOILERPLATE_CLASS, CONTENT_CLASS, HEADING_TAGS, HOVER_CARD_CLASS, MAYBE_CLASS, SKIP_TAGS, UNLIKELY_CLASS } from './extract-patterns.js';

/** Text and link-text totals of an element, in characters. */
export interface ElementStats {
  chars: number;
  linkChars: number;
}

/** One run of text between block boundaries, in document order. */
export interface TextBlock {
  text: string;
  /** Characters inside links. */
  linkChars: number;
  /** Characters inside `<time>`: a block of nothing else is a dateline. */
  timeChars: number;
  /** The nearest block-level element around the text. */
  owner: Element;
  /** Tag of the owner (`p`, `h2`, `li`, `div`…). */
  tag: string;
  heading: boolean;
  /** Inside a small element whose class or id marks page furniture (caption, share bar…). */
  furniture: boolean;
  /** Elements around the text whose class or id marks furniture, innermost last. */
  furnitureAncestors: Element[];
  /** Inside an element Readability would discard as an unlikely candidate. */
  unlikely: boolean;
}

/** The blocks of a page and the text totals of every block-level element. */
export interface PageBlocks {
  blocks: TextBlock[];
  stats: Map<Element, ElementStats>;
}

interface WalkState {
  blocks: TextBlock[];
  stats: Map<Element, ElementStats>;
  parts: string[];
  linkChars: number;
  timeChars: number;
  owner: Element;
  inLink: number;
  inTime: number;
  furnitureStack: Element[];
  unlikely: number;
}

/** A furniture class on an element holding more text than this is a misnomer, not furniture. */
const MAX_FURNITURE_CHARS = 1500;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** A class or id token naming furniture, and not also the content (`entry-content-read-more`). */
function isFurniture(marks: string): boolean {
  if (!BOILERPLATE_CLASS.test(marks)) return false;
  return marks.split(/\s+/).some((token) => BOILERPLATE_CLASS.test(token) && !CONTENT_CLASS.test(token));
}

function flush(state: WalkState): void {
  if (state.parts.length === 0) return;
  const text = state.parts.join('').replace(/\s+/g, ' ').trim();
  const linkChars = state.linkChars;
  const timeChars = state.timeChars;
  state.parts = [];
  state.linkChars = 0;
  state.timeChars = 0;
  if (text === '') return;
  const tag = state.owner.localName;
  state.blocks.push({
    text,
    linkChars: Math.min(linkChars, text.length),
    timeChars: Math.min(timeChars, text.length),
    owner: state.owner,
    tag,
    heading: HEADING_TAGS.has(tag),
    furniture: false,
    furnitureAncestors: state.furnitureStack.length > 0 ? state.furnitureStack.slice() : NONE,
    unlikely: state.unlikely > 0,
  });
}

const NONE: Element[] = [];

function walk(node: Node, state: WalkState): ElementStats {
  let chars = 0;
  let linkChars = 0;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      state.parts.push(value);
      const n = value.trim().length;
      chars += n;
      if (state.inLink > 0) {
        linkChars += n;
        state.linkChars += n;
      }
      if (state.inTime > 0) state.timeChars += n;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    const className = el.getAttribute('class') ?? '';
    if (SKIP_TAGS.has(tag) || isHidden(el) || HOVER_CARD_CLASS.test(className)) continue;
    if (tag === 'br') {
      flush(state);
      continue;
    }
    const marks = `${className} ${el.getAttribute('id') ?? ''}`;
    const hasMarks = marks.length > 1;
    const furniture = hasMarks && tag !== 'body' && tag !== 'html' && isFurniture(marks);
    const unlikely = hasMarks && UNLIKELY_CLASS.test(marks) && !MAYBE_CLASS.test(marks) && !CONTENT_CLASS.test(marks) && tag !== 'body' && tag !== 'a';
    const isLink = tag === 'a';
    const isTime = tag === 'time';
    const isBlock = BLOCK_TAGS.has(tag);
    if (furniture) state.furnitureStack.push(el);
    if (unlikely) state.unlikely++;
    if (isLink) state.inLink++;
    if (isTime) state.inTime++;
    let previousOwner: Element | null = null;
    if (isBlock) {
      flush(state);
      previousOwner = state.owner;
      state.owner = el;
    }
    const inner = walk(el, state);
    if (isBlock) {
      flush(state);
      state.owner = previousOwner as Element;
      state.stats.set(el, inner);
    }
    if (isLink) state.inLink--;
    if (isTime) state.inTime--;
    if (furniture) {
      state.furnitureStack.pop();
      state.stats.set(el, inner);
    }
    if (unlikely) state.unlikely--;
    chars += inner.chars;
    linkChars += inner.linkChars;
  }
  return { chars, linkChars };
}

/**
 * Split a page into text blocks (paragraphs, headings, list items, `<br>`-separated lines)
 * in document order, noting link text, furniture and hidden parts, in one pass.
 */
export function collectBlocks(root: Element): PageBlocks {
  const state: WalkState = {
    blocks: [],
    stats: new Map(),
    parts: [],
    linkChars: 0,
    timeChars: 0,
    owner: root,
    inLink: 0,
    inTime: 0,
    furnitureStack: [],
    unlikely: 0,
  };
  const total = walk(root, state);
  flush(state);
  state.stats.set(root, total);
  for (const block of state.blocks) {
    block.furniture = block.furnitureAncestors.some((el) => (state.stats.get(el)?.chars ?? 0) <= MAX_FURNITURE_CHARS);
  }
  return { blocks: state.blocks, stats: state.stats };
}
