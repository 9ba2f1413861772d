/**
 * Tag sets and class/id patterns that steer main-text extraction. The unlikely, maybe,
 * positive and negative patterns follow Mozilla Readability (Apache-2.0), whose lists come
 * from years of real news pages; BOILERPLATE_CLASS adds the page furniture that Readability
 * keeps inside an article (captions, credits, share bars, related links, newsletter boxes).
 */

/** Elements whose content is never article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'picture', 'img', 'button', 'select', 'option', 'textarea', 'input',
  'nav', 'aside', 'footer', 'figure', 'figcaption', 'head', 'title', 'meta', 'link', 'map',
  'dialog', 'menu',
]);

/** Elements that start a new block of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'td', 'th', 'caption', 'address', 'center', 'form', 'fieldset', 'details',
  'summary', 'hr', 'body', 'html', 'hgroup',
]);

/** Headings: kept when inside the article, never scored as paragraphs. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Readability's `unlikelyCandidates`: class/id of blocks that are rarely the article. */
export const UNLIKELY_CLASS =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;

/** Readability's `okMaybeItsACandidate`: overrides UNLIKELY_CLASS. */
export const MAYBE_CLASS = /and|article|body|column|content|main|mathjax|shadow/i;

/** Readability's `positive` class/id weights. */
export const POSITIVE_CLASS = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;

/** Readability's `negative` class/id weights. */
export const NEGATIVE_CLASS =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

/**
 * Class/id of furniture inside an article body: captions and credits, bylines and
 * datelines, share and follow bars, related and recommended links, newsletter and
 * subscription prompts, tag lists, author boxes, ads. Matched on whole class tokens'
 * substrings, so `article-body` never matches (no pattern is a prefix of it).
 */
export const BOILERPLATE_CLASS =
  /caption|credit|byline|by-line|dateline|timestamp|share|sharing|social|follow-us|related|recommend|read-more|readmore|more-stories|newsletter|subscribe|signup|sign-up|promo|advert|^ads?$|[-_]ads?$|^ads?[-_]|ad-slot|ad-container|tags|tag-list|taglist|author-bio|authorbio|author-info|about-author|comments?$|comment-|breadcrumb|toolbar|print-only|visually-hidden|sr-only|screen-reader|inline-gallery|slideshow|video-player|paywall|disclaimer|copyright|cookie|pagination|next-article|prev-next|outbrain|taboola|trending|most-popular|popular-|sponsored/i;

/**
 * Class/id of a hover card: a box some sites put inside a sentence, beside the name it
 * describes, which the page's style shows only under the pointer (`rollover-people-block`,
 * `tooltip`). Read as text it ran into the sentence (`Rep. Ana Ruiz` + the card's copy of
 * the name + its headlines), so it is skipped like hidden text.
 */
export const HOVER_CARD_CLASS = /tooltip|popover|hovercard|hover-card|rollover-[\w-]*block/i;

/**
 * Class/id words of the article container itself, and of embedded posts (tweets and other
 * social embeds quote people, which is what Retold is for); a token holding one is never
 * furniture.
 */
export const CONTENT_CLASS = /content|entry|body|main|article-text|story-text|post-text|text-body|embed|tweet|instagram-media/i;
