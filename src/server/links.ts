/**
 * Links of the web pages: the same components as the report, pointing across pages.
 */
import { groupAnchor, spanAnchor, type Links } from '../report/index.js';

const enc = encodeURIComponent;

/** Hrefs between server pages (unescaped; components escape them). */
export const serverLinks: Links = {
  story: (id) => `/stories/${enc(id)}`,
  article: (id) => `/articles/${enc(id)}`,
  span: (id, start) => `/articles/${enc(id)}#${spanAnchor(id, start)}`,
  group: (id) => `#${groupAnchor(id)}`,
  speaker: (personId) => `/search?speaker=${enc(personId)}`,
};

/** Path of the server's stylesheet. */
export const STYLESHEET_PATH = '/assets/retold.css';
