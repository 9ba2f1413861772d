/**
 * Nouns for a person in French, Spanish, Italian and German news copy, known by their
 * agent endings (`la artista`, `la cantante`, `la chanteuse`, `la créatrice`, `el
 * diseñador`, `il direttore`, `die Sängerin`): the counterparts of the English agent
 * endings of `descriptions.ts`, read only after one of those languages' articles, where the
 * word heads a description (`dijo la artista`) or introduces a name (`La cantante Lark`).
 *
 * A bare German `-er` and Romance `-ente` are left out: they end as many things (`das
 * Wasser`, `der Bericht` aside, `el puente`, `la corriente`) as people; and a noun in
 * `-ment` is a thing (`le gouvernement`, `el parlamento` aside).
 */
import { FOREIGN_DEFINITE_ARTICLES, GERMAN_DEFINITE_ARTICLES, ROMANCE_DEFINITE_ARTICLES } from './cue-lexicon.js';
import { isTitleWord } from './word-lists.js';

/** The articles that open a description in another language (`le`, `la`, `el`, `der`, `die`, `das`). */
export const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(FOREIGN_DEFINITE_ARTICLES);
export const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(ROMANCE_DEFINITE_ARTICLES);
export const GERMAN_ARTICLES: ReadonlySet<string> = new Set(GERMAN_DEFINITE_ARTICLES);

const AGENT_ENDING = /(?:ista|iste|istin|ante|ant|dor|dora|tor|tora|tore|trice|triz|eur|euse|ienne|ien|aire|ero|era|erin|ent|entin|star)$/;
const THING_ENDING = /(?:ment|mento|mente)$/;
/** German plurals of agent nouns (`die Sängerinnen`, `die Aktivisten`). */
const PLURAL_ENDING = /(?:innen|isten|enten)$/;

/** Words with a person's ending that name things (`le secteur`, `la valeur`, `el dinero`, `la carrera`). */
const THINGS: ReadonlySet<string> = new Set([
  'secteur', 'moteur', 'valeur', 'couleur', 'hauteur', 'chaleur', 'longueur', 'largeur', 'douleur', 'peur', 'fleur',
  'lien', 'bien', 'rien', 'moyen', 'entretien', 'soutien', 'salaire', 'affaire', 'anniversaire', 'dictionnaire',
  'restaurant', 'talent', 'argent', 'accident', 'incident', 'avant', 'pendant', 'instant', 'enfant',
  'sector', 'motor', 'valor', 'color', 'calor', 'amor', 'error', 'honor', 'temor', 'exterior', 'interior',
  'favor', 'labor', 'ordenador', 'comedor', 'corredor', 'mirador', 'contador', 'settore', 'restaurante', 'instante',
  'dinero', 'manera', 'carrera', 'bandera', 'frontera', 'primera', 'tercera', 'cartera', 'escalera', 'sombrero',
  'extranjero', 'agujero', 'enero', 'febrero', 'era', 'ante', 'dora',
]);

/**
 * Whether a lower-case word after another language's article is a title or names a person by
 * its ending (`el alcalde`, `der Bürgermeister`, `die Künstlerin`): the article and it describe
 * someone.
 */
export function foreignTitleOrAgent(word: string): boolean {
  return isTitleWord(word) || foreignAgentNoun(word);
}

/** Whether a lower-case word from another language, after an article, names a person by its ending. */
export function foreignAgentNoun(word: string): boolean {
  return AGENT_ENDING.test(word) && !THINGS.has(word) && !THING_ENDING.test(word) && !PLURAL_ENDING.test(word);
}
