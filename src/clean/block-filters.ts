import { classifyLine } from './boilerplate.js';
import { BOILERPLATE_BLOCK } from './boilerplate-patterns.js';
import { splitLines, squash } from './lines.js';

/**
 * A block of page text that is furniture by its words alone: an ad label, a share prompt,
 * a caption with its credit, a byline or dateline, or the title again.
 */
export function isBoilerplateBlock(text: string, title: string | null): boolean {
  if (text.length <= 160 && BOILERPLATE_BLOCK.some((re) => re.test(text))) return true;
  if (title !== null && text.length <= title.length + 20 && squash(text) === squash(title)) return true;
  return classifyLine(splitLines(text)[0]) !== null;
}
