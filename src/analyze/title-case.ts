/**
 * Title-case lines: headlines, section heads and related-story links inside a body, where
 * every word is capitalised and capitals therefore say nothing about names.
 */

/**
 * Whether a line is in title case (every word of four letters or more capitalised, and at
 * least four such words). A caption made of names ("West and Legend at a 2006 Grammys
 * after-party (Photo: …)") has lower-case words.
 */
export function isTitleCaseLine(line: string): boolean {
  const long = line.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 4 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** The line of `text` holding offset `at`, without its line break. */
export function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}
