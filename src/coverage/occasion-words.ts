/**
 * Words that describe the *kind* of occasion rather than which one ("an interview", "his
 * podcast", "in a statement"), plus hedges annotators and extractors add ("implied",
 * "not named"). Two occasion labels are told apart only by their remaining, distinctive
 * words (The Axe Files, Hot 97, New Yorker), so these must not count. Hand-made from
 * reporting phrases seen in news coverage.
 */
export const GENERIC_OCCASION_WORDS: ReadonlySet<string> = new Set(
  `interview interviews interviewed podcast podcasts episode episodes conversation conversations chat
show shows radio television tv program programme broadcast appearance appeared remarks remark
comments comment statement statements speech address event press conference briefing session
meeting implied implicit named unnamed article unknown earlier later recent new latest british
american phone call called phoned with by in on at of the a an to his her their its from for and
or not as via during following sentence which who what later exchange then this that`.split(/\s+/),
);

/**
 * Media words: they name the channel, so they stay distinctive (a tweet and a text message
 * are different utterances), but are listed so that singular and plural forms agree.
 */
export const MEDIUM_SYNONYMS: Readonly<Record<string, string>> = {
  tweet: 'twitter',
  tweets: 'twitter',
  tweeted: 'twitter',
  texts: 'text',
  texted: 'text',
  messages: 'message',
  posts: 'post',
  posted: 'post',
  emails: 'email',
  letters: 'letter',
};
