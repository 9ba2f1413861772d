/**
 * Reporting cues: the verbs and phrases that introduce what someone said, wrote, thought
 * or intended.
 *
 * Where the lists came from: the verb classes of speech and cognition that PolNeAR's
 * annotation guidelines (Newell, Margolin & Ruths, LREC 2018) count as attribution cues
 * (assertion, report, belief, intention), the Levin (1993) "verbs of communication"
 * classes (say, tell, talk, complain, advise, manner of speaking), and the reporting verbs
 * of English news style guides (AP: "said" as default, "added", "noted", "told"). Forms
 * were written out by hand; no corpus text is copied here.
 */

/** Lemmas of verbs that report speech or writing and usually take a clause or a quote. */
export const SPEECH_LEMMAS: readonly string[] = [
  'say', 'tell', 'add', 'write', 'note', 'explain', 'argue', 'claim', 'state', 'declare',
  'announce', 'insist', 'acknowledge', 'admit', 'assert', 'suggest', 'warn', 'continue',
  'respond', 'reply', 'answer', 'recall', 'remark', 'observe', 'report', 'reveal', 'confirm',
  'deny', 'predict', 'promise', 'vow', 'pledge', 'concede', 'contend', 'maintain', 'testify',
  'tweet', 'post', 'text', 'blog', 'theorize', 'share', 'complain', 'boast', 'brag', 'joke',
  'quip', 'scoff', 'shout', 'yell', 'cry', 'whisper', 'mutter', 'exclaim', 'proclaim',
  'allege', 'charge', 'counter', 'retort', 'stress', 'emphasize', 'emphasise', 'point',
  'indicate', 'signal', 'hint', 'conclude', 'agree', 'disagree', 'ask', 'wonder', 'question',
  'urge', 'demand', 'call', 'accuse', 'criticize', 'criticise', 'praise', 'blame', 'describe',
  'dismiss', 'defend', 'attack', 'blast', 'slam', 'mock', 'endorse', 'thank', 'congratulate',
  'apologize', 'apologise', 'concur', 'cite', 'quote', 'clarify', 'elaborate', 'caution',
  'muse', 'gush', 'rave', 'lament', 'tout', 'estimate', 'forecast', 'speculate', 'swear',
  'assure', 'inform', 'advise', 'remind', 'mention', 'propose', 'recommend', 'order',
  'threaten', 'opine', 'sigh', 'laugh', 'explain', 'go', 'chime', 'weigh', 'repeat',
  'reiterate', 'disclose', 'divulge', 'confide', 'tease', 'hail', 'lash', 'rip', 'knock',
  'condemn', 'decry', 'denounce', 'applaud', 'welcome', 'reject', 'refute', 'rebut',
  'dispute', 'challenge', 'credit', 'label', 'dub', 'brand', 'characterize', 'characterise',
  'portray', 'paint', 'frame', 'publish', 'release', 'read', 'show', 'find', 'conclude',
  // Manner of speaking (Levin 37.3) and phrasal retorts (with PARTICLE_CUES below).
  'sneer', 'fume', 'snap', 'rant', 'hiss', 'snarl', 'growl', 'grumble', 'marvel', 'chuckle',
  'scold', 'plead', 'bark', 'bellow', 'murmur', 'stammer', 'hit', 'shoot', 'fire', 'push',
];

/** Lemmas of verbs of belief, knowledge and intention (annotated by PolNeAR as well). */
export const MENTAL_LEMMAS: readonly string[] = [
  'think', 'believe', 'feel', 'know', 'hope', 'fear', 'worry', 'expect', 'want', 'wish',
  'doubt', 'suspect', 'assume', 'consider', 'understand', 'realize', 'realise', 'recognize',
  'recognise', 'imagine', 'guess', 'reckon', 'figure', 'learn', 'hear', 'see', 'plan',
  'intend', 'decide', 'support', 'oppose', 'prefer', 'favor', 'favour', 'seek',
];

/** Irregular inflections of the lemmas above (regular ones are derived). */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  know: ['knows', 'knew', 'known', 'knowing'],
  hear: ['hears', 'heard', 'hearing'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  find: ['finds', 'found', 'finding'],
  go: ['goes', 'went'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  understand: ['understands', 'understood', 'understanding'],
  read: ['reads', 'reading'],
  show: ['shows', 'showed', 'shown', 'showing'],
  seek: ['seeks', 'sought', 'seeking'],
  cry: ['cries', 'cried', 'crying'],
  reply: ['replies', 'replied', 'replying'],
  testify: ['testifies', 'testified', 'testifying'],
  clarify: ['clarifies', 'clarified', 'clarifying'],
  deny: ['denies', 'denied', 'denying'],
  signify: ['signifies', 'signified'],
  worry: ['worries', 'worried', 'worrying'],
  rip: ['rips', 'ripped', 'ripping'],
  quip: ['quips', 'quipped', 'quipping'],
  text: ['texts', 'texted', 'texting'],
  label: ['labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  dub: ['dubs', 'dubbed', 'dubbing'],
  slam: ['slams', 'slammed', 'slamming'],
  plan: ['plans', 'planned', 'planning'],
  admit: ['admits', 'admitted', 'admitting'],
  concur: ['concurs', 'concurred', 'concurring'],
  prefer: ['prefers', 'preferred', 'preferring'],
  brag: ['brags', 'bragged', 'bragging'],
  chime: ['chimes', 'chimed'],
  hit: ['hits', 'hitting'],
  shoot: ['shoots', 'shot', 'shooting'],
  snap: ['snaps', 'snapped', 'snapping'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
};

/**
 * Lemmas whose first object is the addressee, not the content (`told reporters that …`,
 * `asked him to …`, `urged voters to …`); the content starts after that object.
 */
export const ADDRESSEE_LEMMAS: readonly string[] = [
  'tell', 'ask', 'urge', 'assure', 'inform', 'advise', 'remind', 'warn', 'promise', 'text',
];

/**
 * Verbs that need a particle to report speech (`went on`, `pointed out`, `chimed in`,
 * `weighed in`, `lashed out`); alone they are not cues.
 */
export const PARTICLE_CUES: Readonly<Record<string, readonly string[]>> = {
  go: ['on'],
  point: ['out'],
  chime: ['in'],
  weigh: ['in'],
  lash: ['out'],
  rip: ['into'],
  hit: ['back', 'out'],
  shoot: ['back'],
  fire: ['back'],
  push: ['back'],
};

/** Of the particle verbs, those that report speech only with their particle (`went on`, `hit back`). */
export const PARTICLE_ONLY_LEMMAS: readonly string[] = ['go', 'hit', 'shoot', 'fire', 'push'];

/** Multi-word cues that introduce the source after them (`according to the report`). */
export const SOURCE_AFTER_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['in', 'the', 'words', 'of'],
];

/** Lemmas that are cues only when followed by a clause or a quote, never by a plain NP. */
export const CLAUSE_ONLY_LEMMAS: readonly string[] = [
  'see', 'find', 'show', 'read', 'hear', 'learn', 'feel', 'know', 'understand', 'consider',
  'figure', 'continue', 'add', 'note', 'share', 'post', 'go', 'report', 'release',
  'publish', 'quote', 'repeat', 'order', 'decide', 'plan', 'seek', 'want', 'wish',
];
