import { BOILERPLATE_BLOCK } from './boilerplate-patterns.js';

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A block of page text that is furniture by its words alone (ad label, share prompt, the title again). */
export function isBoilerplateBlock(text: string, title: string | null): boolean {
  if (text.length <= 160 && BOILERPLATE_BLOCK.some((re) => re.test(text))) return true;
  if (title !== null && text.length <= title.length + 20 && squash(text) === squash(title)) return true;
  return false;
}
