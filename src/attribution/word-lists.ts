/**
 * Closed-class word lists used by the attribution rules: pronouns, titles, abbreviations,
 * function words that end a noun phrase, and adverbs that may sit between a source and
 * its cue.
 *
 * Where they came from: written by hand from standard English grammar references (the
 * closed classes of the Cambridge Grammar of the English Language), the AP Stylebook's
 * list of abbreviated titles, and the courtesy titles common in US and UK news copy.
 */

/** Personal pronouns that can be the source of a statement, with gender where known. */
export const SUBJECT_PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'plural' | 'first' | 'other'>> = wordTable({
  he: 'male', she: 'female', they: 'plural', we: 'first', i: 'first', you: 'other',
  it: 'other', who: 'other', which: 'other', one: 'other',
} as const);

/** Possessive pronouns before a noun (`his lawyer`, `her Instagram post`, `its report`). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/** Relative pronouns that open a clause about the noun before them (`Quell, who …`). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'who', 'which', 'whom']);

/** The words of SUBJECT_PRONOUNS, as a set. */
export const SUBJECT_PRONOUN_WORDS: ReadonlySet<string> = new Set(Object.keys(SUBJECT_PRONOUNS));

/** Object and possessive pronouns used to read gender from the context of a name. */
export const GENDERED_PRONOUNS: Readonly<Record<string, 'male' | 'female'>> = wordTable({
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
} as const);

/** Titles that tell a person's gender (`Mrs Justice Beatrix Quarrie`, `Mr. Okafor`). */
export const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['sir', 'male'], ['lady', 'female'], ['dame', 'female'], ['lord', 'male'],
]);

/** Titles and honorifics that precede a name (`President Donald Trump`, `Sen. Smith`). */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mayor',
  // Plural titles before a list of names (`Sens. Ann Lee and Ivo Brandt`).
  'sens', 'senators', 'reps', 'representatives', 'govs',
  'secretary', 'minister', 'prime', 'chancellor', 'judge', 'justice', 'gen', 'general',
  'col', 'colonel', 'lt', 'capt', 'captain', 'sgt', 'adm', 'admiral', 'dr', 'doctor', 'prof',
  'professor', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'pope', 'king', 'queen', 'prince', 'princess', 'speaker', 'chairman', 'chairwoman', 'chair',
  'ambassador', 'attorney', 'commissioner', 'director', 'chief', 'former', 'candidate',
  'nominee', 'rapper', 'singer', 'actor', 'actress', 'coach', 'spokesman', 'spokeswoman',
  'spokesperson', 'sheriff', 'detective', 'officer', 'deputy', 'state', 'first',
  // Business and agency titles (`CEO Ivo May`, `Agency Administrator Ada Brandt`).
  'ceo', 'cfo', 'coo', 'cto', 'founder', 'cofounder', 'co-founder', 'administrator',
  // Occupational titles news copy puts before a name (`Chef Rory Teles`, `host Gus Halvorsen`).
  'chef', 'host', 'anchor', 'correspondent', 'columnist', 'councillor', 'councilor', 'councilman', 'councilwoman',
  'alderman', 'pastor', 'bishop', 'rabbi', 'imam', 'cardinal', 'inspector', 'superintendent',
  'provost', 'premier', 'lieutenant', 'sergeant', 'corporal',
  // British police ranks (`DCI Lewis Mbatha`, `Det Supt Ann Lee`).
  'dci', 'dcs', 'det', 'insp', 'supt', 'constable',
  // Sports copy's (`Striker Noor Halvik apologises`, `manager Bruno Castell`).
  'striker', 'goalkeeper', 'midfielder', 'defender', 'winger', 'manager', 'skipper',
  'quarterback', 'pitcher', 'referee',
  // French, Spanish and German titles news copy sets before a name (`le maire Ansel Marrow`,
  // `la inspectora Saskia Moll`, `Staatsanwältin Mirela Stanch`).
  'maire', 'ministre', 'juge', 'procureur', 'procureure', 'directeur', 'directrice', 'président',
  'présidente', 'commissaire', 'alcalde', 'alcaldesa', 'ministro', 'ministra', 'presidente',
  'juez', 'jueza', 'fiscal', 'directora', 'inspectora', 'comisario', 'comisaria',
  'bürgermeister', 'bürgermeisterin', 'staatsanwalt', 'staatsanwältin', 'richter', 'richterin',
  'präsident', 'präsidentin', 'minister', 'ministerin', 'kommissar', 'kommissarin', 'direktor',
  'direktorin',
  // Their words for the singers and actors English titles (`la chanteuse Lark`, `die Sängerin Lark`).
  'chanteur', 'chanteuse', 'cantante', 'cantautor', 'cantautora', 'cantautore', 'cantautrice', 'sänger', 'sängerin',
  'acteur', 'actrice', 'actriz', 'attore', 'attrice', 'schauspieler', 'schauspielerin', 'rappeur', 'rappeuse', 'rapero', 'rapera',
]);

/** Whether a lower-case word is a title, its abbreviation's full stop aside (`sen.`, `president`). */
export function isTitleWord(lower: string): boolean {
  return TITLES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/**
 * First words of place names (`Port Alder`, `Fort Wayne`, `Lake Placid`) and last words of
 * places (`Palm Springs`, `Grand Island`): a capitalised run with one of them names a
 * place, not a person. From the generic parts of US and UK gazetteer names.
 */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set([
  'port', 'fort', 'ft', 'mount', 'mt', 'lake', 'cape', 'saint', 'st', 'san', 'santa', 'los',
  'las', 'el', 'glen', 'point', 'camp', 'isle',
  // Regions (`Southern California`); not `West` or `North`, which are surnames too.
  'northern', 'southern', 'eastern', 'western', 'central', 'greater',
]);
export const PLACE_LAST_WORDS: ReadonlySet<string> = new Set([
  'city', 'county', 'valley', 'beach', 'springs', 'falls', 'heights', 'island', 'islands',
  'harbor', 'harbour', 'bay', 'hills', 'park', 'village', 'township', 'province', 'district',
  'river', 'creek', 'square', 'street', 'avenue', 'road', 'quay', 'terminal', 'hall',
  'track', 'stadium', 'arena', 'airport', 'station', 'mall', 'cove', 'vale', 'estate',
]);

/** A plural noun's ending (`lawyers`, `polls`), not `-ss`, `-us` or `-is` (`boss`, `campus`, `analysis`, `obvious`). */
export const PLURAL_ENDING = /[^siu']s$/;

/** Prepositions that put a place after them (`arrived in Port Alder`, `near Glen Cove`). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'near', 'outside', 'across', 'throughout', 'around',
]);

/**
 * Last words of organisation names (`Harbor Authority`, `Civic Institute`): a capitalised
 * run ending in one is no person, though the organisation may still speak.
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'authority', 'institute', 'council', 'committee', 'commission', 'agency', 'department', 'rights',
  'ministry', 'office', 'board', 'bureau', 'association', 'foundation', 'union', 'party',
  'campaign', 'company', 'corporation', 'inc', 'corp', 'group', 'bank', 'university',
  'college', 'school', 'hospital', 'police', 'court', 'radio', 'news', 'times', 'post',
  'tribune', 'herald', 'gazette', 'journal', 'echo', 'pulse', 'wire', 'ledger', 'daily',
  'weekly', 'magazine', 'press', 'network', 'channel', 'studio', 'studios', 'records',
  'service', 'services', 'airline', 'airlines', 'store', 'stores', 'center', 'centre', 'club',
  'league', 'fund', 'coalition', 'alliance', 'administration', 'parliament', 'congress', 'senate',
  'army', 'navy', 'military', 'marines', 'corps', 'guard',
  // Sports clubs and their competitions (`Brackwater Athletic`, `the Lifeboat Cup`).
  'athletic', 'rovers', 'wanderers', 'xi', 'cup', 'trophy',
  // Shipping lines (`Norvik Line`).
  'line', 'lines',
]);

/**
 * Nouns that present a name as a publisher (`the entertainment site Daily Echo`, `Metro
 * Pulse, a local news site`): an outlet named as the publisher is not a speaker.
 */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set([
  'site', 'website', 'outlet', 'newspaper', 'paper', 'magazine', 'tabloid', 'blog',
  'broadcaster', 'network', 'station', 'publication', 'newsletter', 'daily', 'weekly',
]);

/** Abbreviations that end with a period which does not end the sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'sens', 'reps', 'govs', 'drs', 'gens', 'col', 'lt', 'capt', 'sgt',
  'adm', 'rev', 'st', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'vs', 'no', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'pres', 'atty',
  'supt', 'u.s', 'u.k', 'u.n', 'd.c', 'e.g', 'i.e', 'a.m', 'p.m', 'ph.d', 'calif', 'fla',
  'ariz', 'ill', 'mass', 'mich', 'minn', 'wis', 'wash', 'pa', 'va', 'tenn', 'ky', 'ga', 'ala',
  'ark', 'colo', 'conn', 'del', 'ind', 'kan', 'la', 'md', 'miss', 'mo', 'mont', 'neb', 'nev',
  'okla', 'ore', 'tex', 'vt', 'wyo', 'n.y', 'n.j', 'n.h', 'n.c', 's.c', 'n.d', 's.d', 'r.i',
]);

/** The finite forms of `be` (`the note was`, `and was asked`). */
export const FINITE_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);

/**
 * Finite auxiliaries and modals: the verb right after a clause's subject
 * (`said the industry had …`, `Marrow, who backed it, will …`, `according to X, the
 * guards were …`).
 */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do',
]);

/** Negation between an auxiliary and its verb (`did not suggest`, `has never said`). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);

/** Conjunctions that open a subordinate clause (`After the vote closed, …`, `When Quell was asked …`); not `as`: `As Quell said, the port …` reports the main clause. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'since', 'because', 'although', 'though', 'while', 'once', 'if', 'until', 'unless', 'whereas']);

/**
 * Words that cannot be inside a subject noun phrase: they end a leftward scan for the
 * source (conjunctions, complementisers, auxiliaries, most prepositions, negation).
 */
export const NP_BARRIERS: ReadonlySet<string> = new Set([
  'that', 'and', 'but', 'or', 'because', 'while', 'when', 'whereas', 'although', 'though',
  'if', 'as', 'since', 'so', 'than', 'then', 'after', 'before', 'until', 'unless', 'where',
  'whether', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did',
  'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'cannot', 'could', 'may', 'might',
  'must', 'not', "n't", 'to', 'also', 'even', 'just', 'only', 'still', 'yet', 'however',
  'because', 'said', 'says', 'say', 'told', 'tells', 'once', 'how', 'what', 'why', 'whom',
  'into', 'onto', 'upon', 'with', 'without', 'against', 'about', 'like', 'through', 'over',
  'under', 'during', 'despite', 'instead', 'there', 'here', 'now', 'today', 'yesterday',
  'reportedly', 'allegedly', 'apparently', 'recently', 'previously', 'repeatedly', 'later',
  'earlier', 'again', 'already', 'never', 'always', 'often', 'once', 'first', 'publicly',
  'privately', 'famously', 'bluntly', 'flatly', 'simply', 'quickly', 'finally', 'certainly',
  // Other languages' relative pronouns and complementisers (`una entrevista en la que
  // Verhaegen afirmó`, `l'entretien où`, `l'intervista in cui`): a clause opens after them.
  'que', 'qui', 'quien', 'quienes', 'cual', 'donde', 'dont', 'où', 'che', 'cui', 'dove', 'dass',
]);

/**
 * Adverbs and auxiliaries allowed between a source and its cue (`Legend now says`), with the
 * hosts the tokenizer cuts off `n't` (`ca|n't`, `wo|n't`, `sha|n't`).
 */
export const CUE_MODIFIERS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'now', 'once', 'previously', 'recently', 'repeatedly', 'has',
  'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'can', 'cannot', 'could', 'might', 'may', 'did',
  'does', 'do', 'reportedly', 'allegedly', 'apparently', 'publicly', 'privately', 'famously',
  'often', 'frequently', 'even', 'still', 'already', 'again', 'further', 'first', 'long',
  'not', "n't", 'ca', 'wo', 'sha', 'never', 'always', 'had', 'been', 'simply', 'flatly', 'bluntly', 'quickly',
  'finally', 'clearly', 'openly', 'directly', 'explicitly', 'specifically', 'certainly',
  'told', 'just', 'only', 'immediately', 'earlier', 'subsequently', 'similarly', 'likewise',
  // Aspect verbs between subject and cue (`Brandt kept saying`, `she began asking`).
  'kept', 'keeps', 'began', 'begins', 'started', 'starts',
  // `which together vowed`.
  'together',
  "'s", "'re", "'ve", "'d", "'ll", 'angrily', 'proudly', 'happily', 'sadly', 'candidly', 'jokingly', 'emphatically', 'yet',
  // Discourse adverbs some copy leaves without commas (`Quell however said`).
  'however', 'meanwhile', 'instead', 'too', 'though',
  // `Big Machine has twice denied`.
  'twice', 'thrice',
]);

/**
 * Irregular past forms of common verbs of narration (`the 52-year-old shook his head`):
 * they end a subject phrase the way an -ed form does.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'shook', 'stood', 'sat', 'took', 'gave', 'held', 'kept', 'fell', 'came', 'went', 'ran', 'grew',
  'spoke', 'broke', 'wore', 'threw', 'drew', 'began', 'led', 'left', 'met', 'made', 'got', 'put',
  'felt', 'thought', 'saw', 'knew', 'became', 'won', 'lost', 'paid', 'sent', 'brought', 'bought',
  'sought', 'caught', 'taught', 'fought', 'struck', 'swore', 'rose', 'woke', 'wrote', 'found',
  'heard', 'hid', 'bit', 'drove', 'flew', 'forgot', 'rode', 'sang', 'slept', 'stole', 'swam',
  'tore', 'understood', 'wept', 'withdrew',
]);

/** Irregular past participles that differ from the past tense (`has spoken`, `had written`). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'spoken', 'written', 'given', 'taken', 'gone', 'broken', 'chosen', 'driven', 'known', 'seen', 'shown',
  'thrown', 'worn', 'begun', 'sung', 'sworn', 'risen', 'fallen', 'grown', 'drawn', 'flown', 'forgotten',
]);

/**
 * Participles that give a person or thing its name (`a worker named …`). Not `called` or
 * `titled`: PolNeAR counts a document or site so named as saying its title (`a website
 * called “Cape Breton If Donald Trump Wins”`, `a faux thriller titled ''The Day of …''`).
 */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['named', 'nicknamed', 'dubbed']);

/**
 * Nouns for people that news copy describes a speaker by (`the teacher`, `the guild
 * leader`) beyond the titles above; with those, the heads of person descriptions.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'leader', 'boss', 'head', 'owner', 'teacher', 'worker', 'dockworker', 'official', 'lawyer',
  'witness', 'passenger', 'resident', 'victim', 'mother', 'father', 'woman', 'man', 'executive',
  'manager', 'founder', 'activist', 'student', 'veteran', 'organiser', 'organizer', 'campaigner',
  'politician', 'lawmaker', 'legislator', 'councillor', 'councilor', 'negotiator', 'defendant',
  'prosecutor', 'accused', 'survivor', 'farmer', 'driver', 'nurse', 'doctor', 'pilot', 'skipper',
  'curator', 'historian', 'economist', 'analyst', 'expert', 'scientist', 'researcher', 'author',
  'writer', 'star', 'singer', 'rapper', 'actor', 'actress', 'player', 'athlete', 'mum', 'dad',
  'grandmother', 'grandfather', 'widow', 'son', 'daughter', 'wife', 'husband', 'aide', 'adviser',
  'advisor', 'deputy', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'employee',
  'partner', 'co-founder', 'candidate', 'chef',
]);

/**
 * Nouns for the people and bodies who speak *for* someone (`Olin's lawyer`, `a spokeswoman
 * for Olin`, `the Olin campaign`, `people close to Olin`): a name they belong to is not the
 * speaker. With PERSON_NOUNS, TITLES and ORGANISATION_WORDS.
 */
export const ENTOURAGE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen',
  'representative', 'representatives', 'reps', 'publicist', 'agent', 'attorneys', 'lawyer',
  'lawyers', 'counsel', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'staff',
  'staffer', 'staffers', 'camp', 'team', 'administration', 'government', 'allies', 'ally',
  'supporters', 'friend', 'friends', 'family', 'associates', 'associate', 'people', 'source',
  'sources', 'insider', 'insiders', 'officials', 'brother', 'sister', 'children', 'parents',
  'manager', 'management', 'label', 'ex', 'ex-wife', 'ex-husband', 'ex-boyfriend', 'ex-girlfriend',
  'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'cousin', 'uncle', 'aunt',
  'nephew', 'niece', 'colleague', 'colleagues', 'shareholder', 'shareholders', 'investor',
  'investors', 'creditors', 'employees', 'members', 'owners',
]);

/** Lower-case words that may head or modify a descriptive source (`the campaign spokeswoman`). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these',
  'those', 'some', 'many', 'most', 'several', 'few', 'both', 'all', 'each', 'every', 'other',
  'another', 'no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

/** Head nouns that name a non-person source which is usually a stand-in for the author of a text. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'message', 'text', 'texts', 'letter', 'note', 'email', 'statement', 'post', 'tweet',
  'tweets', 'memo', 'release', 'filing', 'complaint', 'lawsuit', 'suit', 'report', 'study',
  'poll', 'survey', 'data', 'document', 'documents', 'ad', 'advertisement', 'video',
]);

/** Of DOCUMENT_NOUNS, those a person writes themselves (`the message`, not `the report`). */
export const PERSONAL_DOCUMENTS: ReadonlySet<string> = new Set(['message', 'text', 'texts', 'letter', 'note', 'email', 'statement', 'post', 'tweet', 'tweets', 'memo']);

/**
 * A lookup table with no prototype: indexed by words of the text, a plain object would
 * answer `constructor` or `toString` with a built-in function.
 */
function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Months, for said-when resolution. */
export const MONTHS: Readonly<Record<string, number>> = wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});

/** Weekdays, Sunday = 0, for said-when resolution. */
export const WEEKDAYS: Readonly<Record<string, number>> = wordTable({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

/** The days of the week in French, Spanish, Italian and German, lower case. */
export const FOREIGN_WEEKDAYS: ReadonlySet<string> = new Set([
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
]);

/** A determiner or possessive before a cue form makes it a noun (`his tweet`, `the report`). */
export const NOUN_MARKERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'to', 'his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", 'this',
  'these', 'those', 'of', 'for', 'via', 'new', 'first', 'latest',
]);

/** Words of a time phrase that can stand where a subject would (`and last year accused`). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'last', 'next', 'this', 'that', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day',
  'days', 'night', 'morning', 'evening', 'afternoon', 'today', 'yesterday', 'tonight', 'ago',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'later',
  'earlier', 'then', 'now', 'once', 'twice', 'recently', 'weekend', 'summer', 'spring',
  'fall', 'autumn', 'winter', 'in', 'on', 'the', 'a', 'few', 'two', 'three', 'several',
]);

/**
 * Prepositions that open French, Spanish, Italian, Portuguese and Dutch sentences, capitalised
 * there and followed by a comma after their phrase (`À Pellin Cove, la capitaine …`, `Dopo
 * la partita, …`, `Volgens Hale …`): never a name's first word, and a fronted phrase before
 * the subject. (Not `per`, `em` or `op`, which are given names or English words.)
 */
export const FOREIGN_OPENING_PREPOSITIONS: readonly string[] = [
  'à', 'au', 'aux', 'dans', 'pour', 'après', 'avant', 'depuis', 'chez', 'sur', 'para', 'desde',
  'tras', 'nel', 'nella', 'dopo', 'secondo', 'segundo', 'após', 'volgens',
];

/**
 * Capitalised words that are not parts of personal names: function words that open
 * sentences, calendar words, and the institutions and places most common in US news.
 */
export const NAME_STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'if', 'when', 'while', 'after',
  'before', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'his', 'her', 'their', 'our', 'my', 'your', 'its', 'here', 'there', 'what', 'why', 'how',
  'who', 'so', 'yet', 'also', 'as', 'for', 'with', 'from', 'by', 'of', 'to', 'not', 'no',
  'yes', 'new', 'york', 'city', 'united', 'states', 'america', 'american', 'americans',
  'white', 'house', 'supreme', 'court', 'news', 'times', 'post', 'journal', 'twitter',
  'facebook', 'instagram', 'youtube', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'republican', 'republicans',
  'democrat', 'democrats', 'democratic', 'gop', 'congress', 'senate', 'university',
  'party', 'campaign', 'records', 'music', 'church', 'street', 'avenue', 'getty', 'images',
  'photo', 'reuters', 'cnn', 'fox', 'nbc', 'abc', 'cbs', 'msnbc', 'ap', 'associated',
  'press', 'committee', 'department', 'office', 'state', 'county', 'center', 'institute',
  'foundation', 'association', 'council', 'national', 'federal', 'international', 'north',
  'south', 'east', 'west-', 'day', 'week', 'year', 'today', 'yesterday', 'tonight', 'tomorrow',
  'election', 'debate', 'share', 'check',
  'read', 'click', 'follow', 'subscribe', 'watch', 'related', 'advertisement', 'everyone',
  'nobody', 'anyone', 'someone', 'well', 'oh', 'hey', 'yeah', 'okay', 'clearly', 'most',
  'overall', 'despite', 'however', 'meanwhile', 'still', 'even', 'just', 'only', 'then',
  // Prepositions, subordinators and determiners that open a sentence capitalised (`Once
  // Brandt signed …`, `Since May, …`, `Under the board's plan …`): a closed class, no names.
  'once', 'since', 'like', 'unlike', 'under', 'within', 'without', 'whatever', 'whenever',
  'wherever', 'although', 'though', 'because', 'until', 'unless', 'whether', 'where', 'during',
  'over', 'about', 'into', 'through', 'throughout', 'among', 'amid', 'between', 'against',
  'toward', 'towards', 'across', 'behind', 'beyond', 'upon', 'besides', 'each', 'every',
  'some', 'many', 'several', 'both', 'either', 'neither', 'such', 'another', 'any', 'all',
  // Acronyms of countries and agencies that stand before nouns (`a US Chinook helicopter`).
  'us', 'usa', 'uk', 'eu', 'un', 'nato', 'fbi', 'cia', 'nasa', 'nsa', 'dhs', 'doj', 'irs',
  // German articles open sentences capitalised (`Die Richterin …`), and the prepositions
  // that credit a source in French, Spanish and German (`Según Marie Quell, …`).
  'der', 'die', 'das', 'selon', 'según', 'segun', 'laut', 'gemäß',
  ...FOREIGN_OPENING_PREPOSITIONS,
]);

/**
 * Nouns that name the occasion of a statement, with the label kind they give. From the
 * settings news copy credits quotes to (AP Stylebook "interview", "statement", "news
 * conference"; broadcast and social-media formats).
 */
export const OCCASION_NOUNS: Readonly<Record<string, string>> = {
  podcast: 'podcast', interview: 'interview', interviews: 'interview', radio: 'radio',
  show: 'show', episode: 'episode', broadcast: 'broadcast', statement: 'statement',
  conference: 'press conference', briefing: 'briefing', rally: 'rally', speech: 'speech',
  hearing: 'hearing', debate: 'debate', tweet: 'Twitter', tweets: 'Twitter',
  message: 'text message', messages: 'text message', email: 'email', letter: 'letter',
  op: 'op-ed', appearance: 'appearance', conversation: 'conversation', video: 'video',
  livestream: 'livestream', post: 'post', memo: 'memo', text: 'text message', texts: 'text message',
  exchange: 'exchange', ceremony: 'ceremony', event: 'event', edition: 'show', program: 'show',
  programme: 'show', note: 'note', call: 'call',
};

/** Nouns for a named work whose title news copy sets in quotation marks (`the podcast "The Long Table"`). */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'podcast', 'show', 'program', 'programme', 'series', 'episode', 'album', 'book', 'memoir',
  'film', 'documentary', 'song', 'single', 'column', 'newsletter', 'play', 'musical', 'novel',
]);

/**
 * Occasion kinds that are one occasion when named again (`the podcast` … `the episode`).
 * Kinds not listed are their own family.
 */
export const OCCASION_FAMILIES: Readonly<Record<string, string>> = {
  podcast: 'broadcast', episode: 'broadcast', show: 'broadcast', radio: 'broadcast',
  broadcast: 'broadcast', appearance: 'broadcast', video: 'broadcast', livestream: 'broadcast',
  'text message': 'correspondence', email: 'correspondence', letter: 'correspondence', note: 'correspondence',
  // One company's call with analysts: its occasion is not the scene of others' quotes.
  'conference call': 'correspondence', call: 'correspondence',
  memo: 'correspondence', exchange: 'correspondence', 'remarks to reporters': 'press',
  // One party's written word: its occasion is not the scene of other speakers' quotes.
  statement: 'correspondence', 'op-ed': 'correspondence', post: 'correspondence',
};

/** Occasion families that are written records, dated by when they were sent. */
export const CORRESPONDENCE_KINDS: ReadonlySet<string> = new Set(['correspondence']);

/** Platforms named after `on` (`wrote on Twitter`). */
export const PLATFORMS: ReadonlySet<string> = new Set([
  'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'snapchat', 'reddit', 'truth',
  'threads', 'x', 'linkedin', 'twitch',
]);

/** Verbs whose capitalised object is a medium the statement was made to (`told the New Yorker`). */
export const MEDIUM_VERBS: ReadonlySet<string> = new Set([
  'told', 'tells', 'telling', 'tell', 'phoned', 'called', 'appeared', 'appearing', 'spoke',
  'speaking', 'wrote', 'writes', 'said', 'says', 'posted', 'tweeted', 'texted',
]);

/**
 * Photo credits that mark a line as a caption, not a statement (wire and agency credit
 * formats: AP, Reuters, Getty, WireImage).
 */
export const CAPTION_MARKERS: readonly RegExp[] = [
  /\((?:AP )?Photo(?: by)?:?/i,
  /\bGetty Images\b/,
  /\/(?:WireImage|Getty|AFP|Reuters)\b/,
  /\bPhoto(?:graph)? (?:by|credit)\b/i,
];

/**
 * A quick pre-check for a word list: a bit per (length, first letter) pair of its words.
 * It pays before a lookup in a plain-object table (`MONTHS[w]`), which probes V8's table of
 * interned strings for every word asked; before a small Set it measured no faster, so Sets
 * go without. Build it once, next to the list it filters.
 */
export type WordFilter = Uint32Array;

/** Words this long or longer, or not starting with `a`–`z`, share one "maybe" bit. */
const FILTER_LENGTHS = 32;

/** The filter of a word list (see `WordFilter`). */
export function wordFilter(words: Iterable<string>): WordFilter {
  const bits = new Uint32Array(FILTER_LENGTHS + 1);
  for (const w of words) {
    const letter = w.charCodeAt(0) - 97;
    if (w.length < FILTER_LENGTHS && letter >= 0 && letter < 26) bits[w.length] |= 1 << letter;
    else bits[FILTER_LENGTHS] = 1;
  }
  return bits;
}

/**
 * False when `word` is surely not in the list `filter` was built from; true when it may be
 * (then ask the list).
 *
 * @example mayHold(wordFilter(['born', 'aka']), 'borrowed') // false
 */
export function mayHold(filter: WordFilter, word: string): boolean {
  const letter = word.charCodeAt(0) - 97;
  if (word.length < FILTER_LENGTHS && letter >= 0 && letter < 26) return ((filter[word.length] >>> letter) & 1) === 1;
  return filter[FILTER_LENGTHS] === 1;
}

/**
 * Title-case words that make a capitalised run a phrase or a section label, not a name, before
 * a colon (`Stealth Over Health:`, `The Latest:`, `Breaking:`) or opening a headline (`How
 * This Docker's …`).
 */
export const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'over', 'in', 'on', 'for', 'and', 'to', 'with', 'at', 'by', 'from', 'is', 'are', 'latest', 'breaking',
  'update', 'watch', 'exclusive', 'opinion', 'analysis', 'video', 'live',
  // Question words and demonstratives open a headline's phrase (`How This Docker's Gloves …`).
  'how', 'why', 'what', 'when', 'where', 'who', 'this', 'these', 'those', 'that',
]);

/**
 * Cue forms that are only ever verbs, never a noun or an adjective after a possessive (`the
 * firm's reported profit` is an adjective; `Moody's said` is not): a name's `'s` before one
 * is part of the name or `has`.
 */
export const VERB_ONLY_FORMS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'wrote', 'writes', 'warned', 'warns', 'argued', 'argues', 'insisted', 'insists',
]);
