/**
 * The HTML document shell shared by the report and the web pages. The report inlines the
 * stylesheet under a meta CSP that allows only that stylesheet (by hash); the server links
 * it from `/assets` and sends its CSP as a header.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';
import { STYLESHEET } from './styles.js';

/** How a page gets its stylesheet. */
export type PageStyle = { inline: true } | { href: string };

/** Options of `renderPage`. */
export interface PageOptions {
  title: string;
  /** Body HTML (already escaped by its components). */
  body: string;
  /** Default: inline. */
  style?: PageStyle;
  /** HTML placed before `<main>` (e.g. the server's navigation bar). */
  header?: string;
}

/** The `sha256-…` CSP source of the inline stylesheet. */
export function stylesheetHash(): string {
  return `sha256-${createHash('sha256').update(STYLESHEET).digest('base64')}`;
}

/** Renders a complete HTML document. */
export function renderPage(options: PageOptions): string {
  const style = options.style ?? { inline: true };
  const head =
    'inline' in style
      ? `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src '${stylesheetHash()}'; img-src data:; base-uri 'none'; form-action 'none'">
<style>${STYLESHEET}</style>`
      : `<link rel="stylesheet" href="${escapeHtml(style.href)}">`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
${head}
</head>
<body>
${options.header ?? ''}
<main>
${options.body}
</main>
</body>
</html>
`;
}
