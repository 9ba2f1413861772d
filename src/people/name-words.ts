/**
 * Word lists for reading person names. Hand-made from English news style (AP/Reuters
 * conventions for titles and honorifics) plus the common equivalents in French, German and
 * Spanish coverage.
 */

/** Folds a word as names are compared: lower case, no accents, straight apostrophes. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’ʼ]/g, "'").toLowerCase();
}

/** Titles and honorifics that precede a name and are not part of it ("President", "Dr."). */
export const TITLES: ReadonlySet<string> = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lord president vice former late sen senator rep
representative gov governor mayor judge justice chief minister prime secretary chancellor king queen
prince princess pope rev reverend father sister gen general col colonel capt captain lt sgt officer
detective ambassador director ceo chairman chairwoman rapper singer actor actress rival nominee
candidate presidential democratic republican democrat spokesman spokeswoman spokesperson
chef host anchor coach pastor bishop rabbi imam cardinal inspector superintendent sheriff
dci dcs det insp supt constable
councillor councilor councilman councilwoman
passenger prosecutor commander deputy lawyer attorney witness teacher nurse pilot driver
skipper curator professor economist analyst spokesperson executive employee
m mme mlle herr frau sr sra srta monsieur madame señor señora président präsident presiden
maire procureur procureure juge alcalde alcaldesa fiscal juez jueza bürgermeister bürgermeisterin
staatsanwalt staatsanwältin richter richterin`
    .split(/\s+/)
    // Names are compared folded (no accents): "Präsident" reads `prasident`.
    .map(fold),
);

/** Name particles written in lower case that belong to a surname (van Gogh, de la Cruz). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set('van von der den de del della di da la le du dos das bin al el ter ten'.split(/\s+/));

/** Post-nominal letters written after a name (`Oliver Tannahill KC`, `Ada Quell MP`): a rank at the bar, a seat, an honour. */
export const POST_NOMINALS: ReadonlySet<string> = new Set('kc qc mp mep msp obe mbe cbe kbe dbe'.split(' '));

/** Generational suffixes and post-nominal letters, ignored when finding the surname ("Martin Luther King Jr."). */
export const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', ...POST_NOMINALS]);

/** Capitalised words that start sentences or titles but are never names. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `the a an he she they it we i you his her their its this that these those and but or so if when
while after before as at in on of for with by from to who what where why how yes no not`.split(/\s+/),
);

/**
 * Sentence openers (conjunctions and adverbs) that a capitalised run may carry in front of a
 * name ("Meanwhile Chef Rory", "Because I"): dropped from the front of a mention.
 */
export const OPENERS: ReadonlySet<string> = new Set(
  `because although though since unless until while whether meanwhile also then now even still
however instead perhaps maybe once after before when if as and but or so yet thus besides`.split(/\s+/),
);

/**
 * Words that never stand inside a person's name: pronouns, determiners, question words and
 * prepositions. Capitalised inside a run they mark a title-case line or a headline ("Share
 * This Story", "… Reveals How Politics Ruined His Friendship With …"). Not "I", which ends
 * regnal names ("Elizabeth I"), nor the lower-case particles.
 */
export const INNER_NOT_NAMES: ReadonlySet<string> = new Set(
  `he she they it we you me him us them his her their its our my your this that these those
how why what who whom whose which where when with without from into onto about over under
against for to on in at by of and or but is are was were says said`.split(/\s+/),
);

/** Last words that make a name an organisation and never end a person's name ("Getty Images"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  `images photos pictures studios productions records entertainment inc corp ltd llc plc gmbh
authority agency institute university foundation association committee council department
ministry commission organization organisation company corporation`.split(/\s+/),
);

/**
 * Abbreviations that open a sports club's name (`FC Porto`, `CD Alvorada`, `AC Milan`,
 * `VfB Stuttgart`): the run they open is a club, no person's name.
 */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(['fc', 'afc', 'cf', 'cd', 'ac', 'sc', 'sv', 'vfl', 'vfb', 'rc', 'ud', 'sd', 'ssc']);

/**
 * Companies whose name opens the names of their products and services ("Google Stadia",
 * "Apple TV", "Amazon Echo"): a capitalised run they open is no person's name. Written by
 * hand from the consumer brands most named in English tech and business copy.
 */
export const BRAND_FIRST_WORDS: ReadonlySet<string> = new Set(
  `google apple amazon microsoft facebook meta samsung sony nintendo netflix tesla uber lyft
spotify youtube twitter instagram whatsapp tiktok snapchat huawei xiaomi intel nvidia adobe
oracle ibm dell lenovo logitech boeing airbus disney hulu xbox playstation alexa siri`.split(/\s+/),
);

/**
 * Nouns for things with names, not people: a name right before one ("his Axe Files podcast")
 * or right after one in apposition ("a second restaurant, Brasa Cais,") names the thing.
 */
export const THING_NOUNS: ReadonlySet<string> = new Set(
  `podcast show series programme program album song film movie book novel documentary musical
restaurant bar café cafe bistro hotel shop store brand label band company firm organization
organisation foundation charity project initiative magazine newspaper channel app website
festival concert tour conference summit tournament exhibition museum stadium venue club ship ferry plant factory`.split(/\s+/),
);

/**
 * Common English pet forms of given names (`Tim` for `Timothy`), as news copy varies them
 * between outlets: the formal name and its pet forms, written by hand from the usual
 * hypocorisms. A pet form may stand for two formal names (`Steve`, `Ted`); forms that men's
 * and women's names share (`Chris`, `Alex`, `Sam`) are left out.
 */
const PET_NAME_TABLE: Readonly<Record<string, readonly string[]>> = {
  timothy: ['tim', 'timmy'], william: ['bill', 'billy', 'will', 'willie'], robert: ['bob', 'bobby', 'rob', 'robbie'],
  james: ['jim', 'jimmy', 'jamie'], michael: ['mike', 'mikey'], richard: ['rick', 'ricky', 'dick', 'rich'],
  thomas: ['tom', 'tommy'], joseph: ['joe', 'joey'], charles: ['charlie', 'chuck'], edward: ['ed', 'eddie', 'ted'],
  daniel: ['dan', 'danny'], david: ['dave'], anthony: ['tony'], kenneth: ['ken', 'kenny'], steven: ['steve'],
  stephen: ['steve'], matthew: ['matt'], andrew: ['andy', 'drew'], benjamin: ['ben'], jonathan: ['jon'],
  nicholas: ['nick'], gregory: ['greg'], jeffrey: ['jeff'], patrick: ['pat'], donald: ['don'], ronald: ['ron'],
  gerald: ['jerry'], lawrence: ['larry'], raymond: ['ray'], theodore: ['ted', 'teddy'],
  elizabeth: ['liz', 'beth', 'betsy', 'libby'], margaret: ['maggie', 'peggy', 'meg'], katherine: ['kate', 'kathy', 'katie'],
  catherine: ['cathy', 'kate'], jennifer: ['jen', 'jenny'], rebecca: ['becky'], susan: ['sue', 'susie'],
  deborah: ['debbie', 'deb'], patricia: ['patty', 'trish'], kimberly: ['kim'], victoria: ['vicky', 'tori'],
};

/** Pet form or formal given name → the formal names it may stand for. */
export const FORMAL_GIVEN_NAMES: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [formal, pets] of Object.entries(PET_NAME_TABLE)) {
    for (const name of [formal, ...pets]) out.set(name, [...(out.get(name) ?? []), formal]);
  }
  return out;
})();
