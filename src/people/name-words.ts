/**
 * Word lists for reading person names. Hand-made from English news style (AP/Reuters
 * conventions for titles and honorifics) plus the common equivalents in French, German and
 * Spanish coverage.
 */

/** Titles and honorifics that precede a name and are not part of it ("President", "Dr."). */
export const TITLES: ReadonlySet<string> = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lord president vice former late sen senator rep
representative gov governor mayor judge justice chief minister prime secretary chancellor king queen
prince princess pope rev reverend father sister gen general col colonel capt captain lt sgt officer
detective ambassador director ceo chairman chairwoman rapper singer actor actress rival nominee
candidate presidential democratic republican democrat spokesman spokeswoman spokesperson
m mme mlle herr frau sr sra srta monsieur madame señor señora président präsident`.split(/\s+/),
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
