/**
 * Where the HTML components link to. The one-file report links within the page
 * (`#a-…`), the web server links across pages (`/articles/…#a-…`); the components are the
 * same and only receive a different `Links`.
 */
import { articleAnchor, groupAnchor, spanAnchor, storyAnchor } from './escape.js';

/** Builds hrefs (unescaped; components escape them). */
export interface Links {
  /** The dossier of a story. */
  story(storyId: string): string;
  /** The article view (or section). */
  article(articleId: string): string;
  /** A quote span inside the article view: ends in `#a-{articleId}-{start}`. */
  span(articleId: string, start: number): string;
  /** A quote card in the dossier. */
  group(groupId: string): string;
  /** Quotes of one speaker, or null when there is no such page. */
  speaker(personId: string): string | null;
}

/** Links for the single-file report: everything is an in-page anchor. */
export const reportLinks: Links = {
  story: (id) => `#${storyAnchor(id)}`,
  article: (id) => `#${articleAnchor(id)}`,
  span: (id, start) => `#${spanAnchor(id, start)}`,
  group: (id) => `#${groupAnchor(id)}`,
  speaker: () => null,
};
