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
councillor councilor councilman councilwoman
passenger prosecutor commander deputy lawyer attorney witness teacher nurse pilot driver
skipper curator professor economist analyst spokesperson
m mme mlle herr frau sr sra srta monsieur madame señor señora président präsident
maire procureur procureure juge alcalde alcaldesa fiscal juez jueza bürgermeister bürgermeisterin
staatsanwalt staatsanwältin richter richterin`
    .split(/\s+/)
    // Names are compared folded (no accents): "Präsident" reads `prasident`.
    .map(fold),
);

/** Name particles written in lower case that belong to a surname (van Gogh, de la Cruz). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set('van von der den de del della di da la le du dos das bin al el ter ten'.split(/\s+/));

/** Generational suffixes, ignored when finding the surname ("Martin Luther King Jr."). */
export const SUFFIXES: ReadonlySet<string> = new Set('jr sr ii iii iv phd md esq'.split(/\s+/));

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
 * Nouns for things with names, not people: a name right before one ("his Axe Files podcast")
 * or right after one in apposition ("a second restaurant, Brasa Cais,") names the thing.
 */
export const THING_NOUNS: ReadonlySet<string> = new Set(
  `podcast show series programme program album song film movie book novel documentary musical
restaurant bar café cafe bistro hotel shop store brand label band company firm organization
organisation foundation charity project initiative magazine newspaper channel app website`.split(/\s+/),
);
