/**
 * Expands the cue lexicon into a lookup from word form to its cue entry, once at module
 * load (the table is constant, so this is not mutable state).
 */
import {
  ADDRESSEE_LEMMAS,
  CLAUSE_ONLY_LEMMAS,
  FOREIGN_AUXILIARIES,
  FOREIGN_CUE_FORMS,
  type ForeignLanguage,
  IRREGULAR_FORMS,
  MENTAL_LEMMAS,
  PARTICLE_CUES,
  PARTICLE_ONLY_LEMMAS,
  QUOTE_ONLY_IRREGULAR,
  QUOTE_ONLY_LEMMAS,
  SPEECH_LEMMAS,
} from './cue-lexicon.js';
import { cuePrior, priorCount, priorForms } from './cue-prior.js';

/** Languages other than English, in the order their forms enter the table. */
const FOREIGN_LANGUAGES: readonly ForeignLanguage[] = ['fr', 'es', 'de', 'it', 'pt', 'nl'];

/** Languages the cue lexicon covers. */
export type CueLanguage = 'en' | ForeignLanguage;

/**
 * Trained cue share from which a lexicon form reliably reports: the rules then ask the
 * detector nothing about it, and in an apposition's relative clause it is a report of its own.
 */
export const RELIABLE_PRIOR = 0.6;

/** What the lexicon knows about one inflected form. */
export interface CueForm {
  /** Language of the form; other languages' forms report in narration only before a complementiser. */
  language?: CueLanguage;
  /** A manner verb (`roared`) or another language's form: a cue next to a quotation, not in narration. */
  quoteOnly?: boolean;
  /** A French inverted form holding its subject (`dit-il`, `ajoute-t-elle`). */
  holdsSubject?: boolean;
  lemma: string;
  /** `speech` for verbs of saying, `mental` for belief and intention. */
  class: 'speech' | 'mental';
  /** `-ing` form (`saying`, `adding`), which continues a previous clause. */
  gerund: boolean;
  /** The first object is the addressee (`told reporters`). */
  addressee: boolean;
  /** Needs a clause or quote after it. */
  clauseOnly: boolean;
  /** Particles that may follow it (`went on`, `pointed out`). */
  particles: readonly string[] | null;
  /** Reports speech only with one of its particles (`went on`, `hit back`). */
  particleOnly?: boolean;
  /** Trained share of occurrences that were cues, or null when unknown. */
  prior: number | null;
  /** Came from the trained prior, not from the hand lexicon. */
  learned: boolean;
}

function regularForms(lemma: string): string[] {
  const last = lemma.charAt(lemma.length - 1);
  const forms = [lemma];
  if (last === 'e') {
    forms.push(lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing');
  } else if (last === 'y' && !/[aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    forms.push(stem + 'ies', stem + 'ied', lemma + 'ing');
  } else if (/(s|sh|ch|x|z)$/.test(lemma)) {
    forms.push(lemma + 'es', lemma + 'ed', lemma + 'ing');
  } else {
    forms.push(lemma + 's', lemma + 'ed', lemma + 'ing');
  }
  return forms;
}

function buildTable(): Map<string, CueForm> {
  const table = new Map<string, CueForm>();
  const addressee = new Set(ADDRESSEE_LEMMAS);
  const clauseOnly = new Set(CLAUSE_ONLY_LEMMAS);
  const add = (lemma: string, cls: CueForm['class']): void => {
    const forms = IRREGULAR_FORMS[lemma] ? [lemma, ...IRREGULAR_FORMS[lemma]] : regularForms(lemma);
    for (const form of forms) {
      if (table.has(form)) continue;
      table.set(form, {
        lemma,
        class: cls,
        gerund: form.endsWith('ing') && form !== lemma,
        addressee: addressee.has(lemma),
        clauseOnly: clauseOnly.has(lemma),
        particles: PARTICLE_CUES[lemma] ?? null,
        particleOnly: PARTICLE_ONLY_LEMMAS.includes(lemma),
        prior: cuePrior(form),
        learned: false,
      });
    }
  };
  for (const lemma of SPEECH_LEMMAS) add(lemma, 'speech');
  for (const lemma of MENTAL_LEMMAS) add(lemma, 'mental');
  for (const lemma of QUOTE_ONLY_LEMMAS) {
    const forms = QUOTE_ONLY_IRREGULAR[lemma] ? [lemma, ...QUOTE_ONLY_IRREGULAR[lemma]] : regularForms(lemma);
    for (const form of forms) if (!table.has(form)) table.set(form, plain(lemma, form, 'en', true));
  }
  for (const language of FOREIGN_LANGUAGES) {
    for (const form of FOREIGN_CUE_FORMS[language]) {
      if (table.has(form)) continue;
      table.set(form, plain(form, form, language, true));
      // French inverts a pronoun subject after the verb (`dit-il`, `ajoute-t-elle`).
      if (language === 'fr') {
        for (const p of ['il', 'elle', 't-il', 't-elle']) table.set(`${form}-${p}`, { ...plain(form, form, language, true), holdsSubject: true });
      }
    }
  }
  return table;
}

/** A cue entry with no English particulars (manner verbs, other languages). */
function plain(lemma: string, form: string, language: CueLanguage, quoteOnly: boolean): CueForm {
  return {
    lemma, class: 'speech', gerund: language === 'en' && form.endsWith('ing') && form !== lemma, addressee: false,
    clauseOnly: false, particles: null, prior: language === 'en' ? cuePrior(form) : null, learned: false, language, quoteOnly,
  };
}

// Verb-looking forms only: the prior also scores adverbs and nouns inside multi-word cues.
const VERBAL = /^[a-z]+(?:ed|es|s|ing)$/;
const NOT_VERBAL = /(?:ly|ness|ion|ions|ment|ments)$/;
/** Occurrences in training before a form missing from the lexicon is admitted as a cue. */
const MIN_LEARNED = 10;

/** Adds the frequent cues of the trained prior (cue share at least one half) the lexicon lacks. */
function addLearned(table: Map<string, CueForm>): ReadonlyMap<string, CueForm> {
  for (const form of priorForms()) {
    const p = cuePrior(form);
    if (table.has(form) || p === null || p < 0.5 || priorCount(form) < MIN_LEARNED || !VERBAL.test(form) || NOT_VERBAL.test(form)) continue;
    table.set(form, {
      lemma: form, class: 'speech', gerund: form.endsWith('ing'), addressee: false,
      clauseOnly: false, particles: null, prior: p, learned: true,
    });
  }
  return table;
}

const TABLE = addLearned(buildTable());

const AUXILIARIES: ReadonlyMap<string, ReadonlySet<CueLanguage>> = (() => {
  const out = new Map<string, Set<CueLanguage>>();
  for (const language of FOREIGN_LANGUAGES) for (const a of FOREIGN_AUXILIARIES[language]) out.set(a, (out.get(a) ?? new Set()).add(language));
  return out;
})();

/**
 * The languages of a past-tense auxiliary (`a`, `a-t-il`, `ha`, `hatte`), or null.
 *
 * @example foreignAuxiliary('hatte') // Set { 'de' }
 */
export function foreignAuxiliary(form: string): ReadonlySet<CueLanguage> | null {
  return AUXILIARIES.get(form) ?? null;
}

/** Whether `form` is a past-tense auxiliary of `language` (`ha` of Spanish and Italian). */
export function isAuxiliaryOf(form: string, language: CueLanguage | null | undefined): boolean {
  return language !== null && language !== undefined && (AUXILIARIES.get(form)?.has(language) ?? false);
}

/**
 * Looks up a lower-cased word form in the cue lexicon and the trained prior's frequent cues.
 *
 * @example lookupCue('theorized') // { lemma: 'theorize', class: 'speech', … }
 */
export function lookupCue(form: string): CueForm | null {
  return TABLE.get(form) ?? null;
}

/** Every form the table holds, in every language. */
export function cueFormWords(): Iterable<string> {
  return TABLE.keys();
}

/**
 * Whether a cue holds a word of the hand-written lexicon, rather than only a form the
 * learned detector or the trained prior proposed (`launched her campaign`, which the
 * report check usually rejects).
 */
export function onLexiconCue(tokens: readonly { lower: string }[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (lookupCue(tokens[k].lower)?.learned === false) return true;
  return false;
}
