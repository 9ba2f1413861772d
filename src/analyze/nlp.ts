/**
 * The wink-nlp pipeline the analyze stage runs: sentence boundaries, part-of-speech tags
 * and wink's entity recogniser (dates, numbers), built once from the English lite model.
 * The model is read-only, so one shared instance keeps every call a pure function.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The shared wink-nlp instance (stateless between documents). */
export const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);

/** wink's `its` helpers for reading token and span properties. */
export const its = nlp.its;
