/**
 * The one escaping module of the report and the web pages. Every piece of
 * article-derived text (titles, bodies, quotes, names, URLs, ids) goes through these
 * helpers before it is placed in HTML, whether in a text node or an attribute.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for an HTML text node or a quoted attribute value.
 *
 * @example
 *   escapeHtml('<b>"hi"</b>') // '&lt;b&gt;&quot;hi&quot;&lt;/b&gt;'
 */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"'`]/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * Returns the URL, normalised, when it is an absolute `http:` or `https:` URL, else null.
 * Only URLs that pass become links; anything else (`javascript:`, `data:`, relative,
 * malformed) is shown as text.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}

/**
 * Renders a URL as an escaped external link when it is http(s), else as escaped text.
 *
 * @param url  Article-derived URL.
 * @param text Link text (escaped here); defaults to the URL itself.
 */
export function renderExternalLink(url: string | null | undefined, text?: string): string {
  const href = safeHttpUrl(url);
  const label = escapeHtml(text ?? url ?? '');
  if (!href) return `<span class="url">${label}</span>`;
  return `<a class="external" href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${label}</a>`;
}

/**
 * Turns an arbitrary id into a token safe for an HTML `id` and a URL fragment: ASCII
 * letters, digits, `-`, `_` and `.` pass; every other code unit becomes `~` plus its hex
 * code, so distinct ids stay distinct.
 */
export function toIdToken(value: string): string {
  return value.replace(/[^A-Za-z0-9_.-]/g, (ch) => `~${ch.charCodeAt(0).toString(16)}`);
}

/**
 * The element id of a quote's span in the article view: `a-{articleId}-{start}`.
 *
 * @example
 *   spanAnchor('nyt-1', 120) // 'a-nyt-1-120'
 */
export function spanAnchor(articleId: string, start: number): string {
  return `a-${toIdToken(articleId)}-${start}`;
}

/** The element id of an article section in the report: `article-{articleId}`. */
export function articleAnchor(articleId: string): string {
  return `article-${toIdToken(articleId)}`;
}

/** The element id of a story's dossier section in the report: `story-{storyId}`. */
export function storyAnchor(storyId: string): string {
  return `story-${toIdToken(storyId)}`;
}

/** The element id of a quote card: `g-{groupId}`. */
export function groupAnchor(groupId: string): string {
  return `g-${toIdToken(groupId)}`;
}

/**
 * Escapes text for Markdown inline content: backslash-escapes Markdown punctuation and
 * HTML-escapes `<`, `>` and `&` so that a renderer that allows raw HTML shows it as text.
 */
export function escapeMarkdown(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/[\\`*_{}[\]()#+!|~]/g, (ch) => `\\${ch}`)
    .replace(/[&<>]/g, (ch) => HTML_ESCAPES[ch] ?? ch)
    .replace(/\r?\n/g, ' ');
}

/**
 * Makes article-derived text safe for a terminal: control characters (including the ESC
 * that starts ANSI sequences) become spaces, and runs of whitespace collapse to one.
 */
export function toPlainLine(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
