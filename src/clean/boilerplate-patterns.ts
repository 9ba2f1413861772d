/**
 * Boilerplate patterns: page furniture that survives copy-paste and extraction into an
 * article's text. Gathered from common news-site templates (WordPress themes such as Avada
 * and Jannah, Yahoo, Gannett, Penske Media, AMP "Exit mobile version" bars), wire and
 * picture-agency credit styles (Getty Images, WireImage, AP, Reuters, AFP) and the
 * Getty-style caption sentence ("X attends Y on Feb. 27, 2018 in New York City.").
 * Every pattern is tested against a whole trimmed line (bullets stripped), so a body
 * sentence that merely mentions "Reuters" or "newsletter" is never matched.
 */

/** Widget, error and navigation text. */
export const WIDGET_LINES: readonly RegExp[] = [
  /^oops!?$/i,
  /^(oops!?\s*)?something went wrong[.!]?(\s*please (try again|refresh|reload)( later| the page)?[.!]?)?$/i,
  /^(please )?try again( later)?\.?$/i,
  /^share this (story|article|post|page)\b.{0,40}$/i,
  /^choose your platform!?$/i,
  /^(go|back|return|scroll) to top\.?$/i,
  /^exit mobile version$/i,
  /^skip to (main )?(content|navigation)$/i,
  /^(advertisement|advertising|advert|sponsored( content)?|ad|ads by \w+|paid content)$/i,
  /^\[\w+[^\]]*\].{0,200}\[\/\w+\]$/,
  /^.{0,120}\b(click|tap) here (for|to) (more|subscribe|sign up|read|find out|download|buy|order|get|learn|see|view|watch)\b.{0,60}$/i,
  /^(tell us what you think|what do you think|have your say|join the (conversation|discussion))\b.{0,40}$/i,
  /^(share|tweet|email|e-mail|print|pin it|save|copy link|comments?|reply|share on (facebook|twitter|x|linkedin|whatsapp))$/i,
  /^(click|tap) (here )?to (share|enlarge|expand|view|play|open)\b.{0,60}$/i,
  /^(story|article) continues below( advertisement)?\.?$/i,
  /^continue reading( the main story| below)?\.?$/i,
  /^(loading|load more|show more|view more|see more)(\.\.\.|…)?$/i,
  /^(we use cookies|accept (all )?cookies|cookie (policy|settings))\b.{0,240}$/i,
  /^.{0,60}\b(we|our partners|and our partners|this (site|website)) uses? cookies\b.{0,200}$/i,
  /^(enlarge this image|toggle caption|hide caption|view gallery|open gallery|view (all )?photos?)$/i,
  /^(this (video|content) is (not available|unavailable)|your browser does not support\b).{0,80}$/i,
  /^(watch|listen)( now| live)?$/i,
  /^(recommended( stories| for you)?|most (read|popular|viewed)|trending( now)?|top stories|latest news|more stories|don[’']?t miss|must read|editor[’']?s picks?)$/i,
  /^(you may|you might) also like\.?$/i,
  /^(leave a (comment|reply)|add a comment|post a comment|\d+ comments?)$/i,
  /^(previous|next) (article|post|story)$/i,
  /^(copyright|©|\(c\)) .{0,80}(all rights reserved\.?)?$/i,
  /^all rights reserved\.?$/i,
  /^(facebook|twitter|linkedin|whatsapp|reddit|pinterest|email|tumblr)( ?[|·•,] ?(facebook|twitter|linkedin|whatsapp|reddit|pinterest|email|tumblr))+$/i,
];

/** Newsletter and subscription prompts. */
export const NEWSLETTER_LINES: readonly RegExp[] = [
  /^(sign up|subscribe|register)( now| today| here)? (for|to) (our|the|a|this) .{0,60}(newsletter|alerts?|updates|digest|briefing)\b.{0,60}$/i,
  /^(get|receive) (our|the) .{0,40}newsletter\b.{0,80}$/i,
  /^(subscribe|sign up)( now| today| here)?[.!]?$/i,
  /^(already a subscriber|not a subscriber)\b.{0,60}$/i,
  /^(follow|like) us on .{0,60}$/i,
  /^.{0,100}\b((delivered|sent|straight|directly|right) (to|into) your inbox|in your inbox (every|each))\b.{0,100}$/i,
  /^our (free |daily |weekly |morning |evening |best |new )*(newsletter|briefing|digest)\b.{0,100}$/i,
  /^.{0,100}\bno spam(, ever)?[.!]?$/i,
  /^(by (signing up|subscribing|clicking)).{0,200}(privacy policy|terms)\b.{0,40}$/i,
];

/** Related-link headers and teasers, and tag lists. */
export const RELATED_LINES: readonly RegExp[] = [
  /^(tags|tagged|tagged with|topics|filed under)(\s*:\s*.{1,200})?$/i,
  /^(read|see|watch|listen)( more| also| next| related)?\s*[:|»›>-]\s*.{1,200}$/i,
  /^(read|see|watch) (more|also|next)\s*[.:]?$/i,
  /^(related|related (articles?|stories|coverage|content|links?|posts?|reading)|also read|more on this( story| topic)?|more from [\p{L} .&'-]{1,40})(\s*[:»›>|–—-]\s*.{0,200})?$/iu,
];

/** Picture agencies and photo services named in credits. */
export const PHOTO_AGENCIES =
  'getty images|getty|wireimage|filmmagic|redferns|ap photo|ap images|associated press|ap|afp|reuters|epa|epa-efe|shutterstock|istock|istockphoto|invision|bloomberg|bloomberg via getty images|corbis|contour|sipa|rex|rex features|zuma|zuma press|zuma wire|mediapunch|splash news|backgrid|pa images|pa wire|alamy|nurphoto|imagn|usa today sports|the washington post|nyt|the new york times|courtesy|handout|instagram|twitter|x|youtube|facebook|dpa|xinhua|anadolu|tass|efe|ansa|kyodo|yonhap';

const AGENCY = `(${PHOTO_AGENCIES})`;

/** Whole-line photo credits. */
export const CREDIT_LINES: readonly RegExp[] = [
  // "Getty Images", "AP Photo/Jane Doe", "REUTERS/Danny Moloshok", "AFP via Getty Images"
  new RegExp(`^${AGENCY}( via ${AGENCY})?(\\s*[/|]\\s*[\\p{L}.'’ -]{0,60})?$`, 'iu'),
  // "John Lamparski/WireImage", "Jane Doe / Getty Images for Netflix"
  new RegExp(`^[\\p{Lu}][\\p{L}.'’-]*( [\\p{Lu}][\\p{L}.'’-]*){0,3}\\s*/\\s*${AGENCY}( for [\\p{L}.&' -]{1,40})?$`, 'iu'),
  // "(Brightwater Images)": an agency alone in brackets
  /^\([\p{Lu}][\p{L}&'’. -]{0,40}\b(images|photos?|pictures|press|agency|photography|newsphoto|wire|media)\)$/iu,
  // "DFree /", "Liam Goodner /": a name and the separator of a credit whose agency was cut
  /^[\p{Lu}][\p{L}.'’-]*( [\p{Lu}][\p{L}.'’-]*){0,3} ?\/$/u,
  // "Photo: Jane Doe", "Image credit: X", "Photograph by Jane Doe", "Photo courtesy of X"
  /^(photo|photos|photograph|photography|image|images|picture|pictures|credit|credits|photo credit|image credit|illustration)(\s+(by|via|courtesy( of)?)\s+|\s*[:/]\s*).{1,80}$/i,
  /^(courtesy( of)?|via) [\p{L}.&' -]{1,50}$/iu,
];

/**
 * A line ending in a credit: "… after-party. (Photo: REUTERS/Mario Anzuoni)", "… partner.
 * (Lumen Press Images)", "… on Tuesday. Photo: Wren Adeyemi for Culture Wire".
 */
export const TRAILING_CREDIT =
  /(\((photo|photos|image|picture|pictured|credit|photo credit|foto|source)s?\s*:[^()]{1,120}\)|[.!?] \([\p{Lu}][\p{L}&'’. -]{0,40}\b(images|photos?|pictures|press|agency|photography|newsphoto)\)|[.!?]["”’]? (photo|photograph|image|illustration|picture)s?\s*(:|by)\s*[\p{Lu}][^.!?]{1,80})\s*$/iu;

/** A line ending with an agency credit: "… in Paris. Getty Images", "… | AFP via Getty Images". */
export const TRAILING_AGENCY = new RegExp(`(\\s|[|/(])${'(getty images|wireimage|filmmagic|ap photo[^)]*|shutterstock|afp via getty images|reuters/[\\p{L} .-]+)'}\\)?\\s*$`, 'iu');

/**
 * The Getty caption sentence: a subject, a present-tense photo verb, and a closing
 * "Month D, YYYY in Place." (the style picture desks file captions in).
 */
export const GETTY_CAPTION =
  /\b(attends?|arrives?|poses?|performs?|speaks?|walks?|visits?|is seen|are seen|appears?|accepts?|gestures?|reacts?|looks on|celebrates?|sings?|greets?|departs?|leaves?|watches?|waves?|participates?|receives?|takes part)\b.{0,300}\b(on |at |during |)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4},? in [\p{Lu}][\p{L} .,'’-]{1,60}\.?$/u;

/**
 * Date, time and category lines: "2022-08-05T17:53:29+00:00August 5th, 2022|News|",
 * "Updated: 3:45 PM", "The Daily Paper | Saturday, May 10, 2025 | Food & Drink".
 */
export const META_LINES: readonly RegExp[] = [
  /^[^|!?“”"]{1,40}( ?\| ?[^|!?“”"]{1,40}){1,5} ?\|?$/,
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/,
  /^(published|updated|posted|last updated|first published|modified)( on| at)?:?\s.{0,60}\d.{0,40}$/i,
  /^[^|]{0,60}\d{4}[^|]{0,20}(\|[^|]{0,30}){1,4}\|?$/,
];

/** Wire sign-offs: "(Reporting by Jane Doe; Editing by John Roe)". */
export const SIGN_OFF_LINES: readonly RegExp[] = [
  /^\(?((additional |writing and )?reporting|writing|editing|compiled|translated|produced) by [^()]{1,200}\)?\.?$/i,
  /^[\p{Lu}][\p{L}&'’ .-]{1,40} is (a member|part) of the [\p{L}&'’ .-]{1,60} (network|group|family of (sites|brands|publications))\.?$/u,
];

/** Byline lines: "By Jane Doe", "By Jane Doe and John Roe, Reuters". */
export const BYLINE_LINE =
  /^[Bb][Yy]\s+[\p{Lu}][\p{L}.'’-]*( [\p{Lu}][\p{L}.'’-]*){1,3}((,| and| &|, and) [\p{Lu}][\p{L}.'’-]*( [\p{Lu}][\p{L}.'’-]*){1,3}){0,4}( ?[|,–—-] ?.{1,50})?$/u;

/** Short boilerplate blocks inside extracted HTML (same idea as the lines, for page text). */
export const BOILERPLATE_BLOCK: readonly RegExp[] = [...WIDGET_LINES, ...NEWSLETTER_LINES, ...CREDIT_LINES.slice(0, 2), /^(advertisement|ad)\s*[-–—]?\s*(scroll|story) (to )?continues?( below)?\.?$/i];
