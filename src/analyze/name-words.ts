/**
 * Word lists for telling people from organisations and places among proper-noun runs.
 *
 * Where they came from: written by hand from the organisation-name heads and US place
 * names most frequent in English news copy (AP Stylebook entries for agencies, companies,
 * newspapers and states); honorifics as in the attribution stage's title list.
 */

import { PLACE_NAMES } from './place-names.js';

/** Last or any words that make a proper-noun run an organisation. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'news', 'journal', 'tribune', 'herald', 'gazette', 'magazine', 'press',
  'daily', 'network', 'channel', 'radio', 'tv', 'television', 'records', 'music', 'studios',
  'inc', 'inc.', 'corp', 'corp.', 'co.', 'company', 'group', 'bank', 'university', 'college',
  'institute', 'foundation', 'association', 'committee', 'council', 'department', 'agency',
  'party', 'campaign', 'administration', 'congress', 'senate', 'house', 'court', 'police',
  'service', 'commission', 'bureau', 'office', 'center', 'centre', 'league', 'union',
  'ministry', 'army', 'navy', 'church', 'club', 'team', 'fund', 'trust', 'society',
  'cnn', 'nbc', 'abc', 'cbs', 'fox', 'msnbc', 'bbc', 'npr', 'buzzfeed', 'reuters', 'ap',
  'twitter', 'facebook', 'instagram', 'google', 'apple', 'amazon', 'microsoft', 'podcast',
  'yorker', 'politico', 'breitbart', 'axios', 'billboard', 'variety', 'insider', 'courant',
  'presse', 'chronicle', 'observer', 'telegraph', 'wire', 'international', 'hospital', 'clinic',
  // Firms and bodies named by what they deal in (`Kotak Institutional Equities`, `Human Rights`).
  'services', 'rights', 'equities', 'securities', 'holdings', 'partners', 'technologies', 'systems', 'labs',
  // Events and competitions (`Davis Cup Finals`, `Winter Olympics`, `Cannes Festival`).
  'cup', 'finals', 'olympics', 'championship', 'championships', 'festival', 'awards', 'expo', 'summit',
]);

/** Place names common in news datelines and copy (see place-names.ts). */
export const PLACES: ReadonlySet<string> = new Set([
  ...PLACE_NAMES,
  'u.s.', 'us', 'uk', 'u.k.', 'usa', 'eu', 'd.c.',
]);

/**
 * Words that make a proper-noun run a place: last words (`Quay Street`, `City Hall`,
 * `Mill Lane`) and first words (`Port Alder`, `Mount Ida`, `Lake Orla`).
 */
export const PLACE_LAST_WORDS: ReadonlySet<string> = new Set([
  'street', 'st.', 'avenue', 'ave.', 'road', 'rd.', 'lane', 'boulevard', 'blvd.', 'drive', 'square', 'plaza',
  'park', 'hall', 'bridge', 'river', 'lake', 'bay', 'island', 'islands', 'county', 'valley', 'hill', 'hills',
  'station', 'airport', 'beach', 'harbor', 'harbour', 'quay', 'pier', 'wharf', 'terminal', 'stadium', 'arena',
  'province', 'state', 'district', 'township', 'village', 'heights', 'coast', 'mountains', 'cove',
]);
// Not `West` or `New`, which open person names too (`Kanye West`, `Newton`).
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set(['port', 'mount', 'mt.', 'lake', 'fort', 'cape', 'isle']);

/**
 * Nouns for a person that news copy puts before or after a name (`billionaire Warren
 * Buffett`, `Alex Horton, a reporter`), beyond the attribution module's nouns for a person.
 */
export const MORE_PERSON_NOUNS: readonly string[] = [
  'billionaire', 'millionaire', 'entrepreneur', 'tycoon', 'mogul', 'journalist', 'reporter',
  'columnist', 'commentator', 'pollster', 'strategist', 'consultant', 'comedian', 'musician',
  'artist', 'designer', 'engineer', 'novelist', 'poet', 'filmmaker', 'producer', 'singer-songwriter',
  // What people known by one name are introduced as (`pop superstar Lark`).
  'superstar', 'songwriter', 'influencer', 'drummer', 'guitarist', 'frontman', 'frontwoman', 'dancer',
  'performer', 'footballer', 'goalkeeper', 'striker', 'boxer', 'wrestler',
];

/** Honorifics and titles that precede a personal name and are not part of it. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'president', 'vice', 'sen.', 'senator', 'rep.', 'representative', 'gov.', 'governor',
  'mayor', 'secretary', 'minister', 'prime', 'judge', 'justice', 'gen.', 'general', 'dr.',
  'prof.', 'professor', 'mr.', 'mrs.', 'ms.', 'sir', 'dame', 'lord', 'lady', 'rev.', 'pope',
  'king', 'queen', 'prince', 'princess', 'speaker', 'former', 'chairman', 'ambassador',
  // Occupational titles news copy puts before a name (`Chef Rory Teles`, `host Gus Halvorsen`).
  'chef', 'host', 'anchor', 'councillor', 'councilor', 'councilman', 'councilwoman', 'pastor',
  'bishop', 'rabbi', 'imam', 'cardinal', 'inspector', 'superintendent', 'coach', 'sheriff',
  'detective', 'officer', 'captain', 'capt.', 'sgt.', 'lt.', 'col.', 'adm.',
  // Corporate and public-office titles, often after the body's name (`Apple CEO Tim Cook`,
  // `Interim BART Police Chief Ed Alvarez`); none of them names a work or a product.
  'ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'chief', 'interim', 'acting', 'deputy', 'director',
  'founder', 'co-founder', 'chairwoman', 'commissioner', 'administrator', 'attorney',
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'manager', 'editor', 'correspondent',
]);
