import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, quoteWith, show } from './test-helpers.js';

test('should credit a French quote to the name after an auxiliary cue (a lancé X)', () => {
  const q = quoteWith(show('« Le port restera ouvert », a lancé Odile Ferrand devant la mairie.'), 'port restera');
  assert.deepEqual(core(q), { speaker: 'Odile Ferrand', content: ['« Le port restera ouvert »'], cue: 'a lancé' });
});

test('should resolve a French inverted pronoun (a-t-il déclaré) to the man speaking before', () => {
  const text = 'Le maire Bastien Coulomb a assuré que la ville paierait. « Nous tiendrons parole », a-t-il déclaré.';
  const q = quoteWith(show(text), 'tiendrons');
  assert.equal(q.cue, 'a-t-il déclaré');
  assert.equal(q.speaker, 'Bastien Coulomb');
});

test('should not take a source-crediting preposition that opens the sentence for a first name (Según Marie Quell, …)', () => {
  const q = quoteWith(show('Según Inés Varela, el ferry zarpará al amanecer.'), 'ferry');
  assert.deepEqual({ source: q.source, speaker: q.speaker }, { source: 'Inés Varela', speaker: 'Inés Varela' });
});

test('should credit a French quote followed by selon X', () => {
  const q = quoteWith(show('Odile Ferrand dirige le port. « Tout est calme », selon Ferrand.'), 'calme');
  assert.deepEqual(core(q), { speaker: 'Odile Ferrand', content: ['« Tout est calme »'], cue: 'selon' });
});

test('should credit a Spanish quote and end the source at its preposition (dijo X a …)', () => {
  const q = quoteWith(show('«Volveremos mañana», dijo Inés Barral a los periodistas.'), 'Volveremos');
  assert.deepEqual(core(q), { speaker: 'Inés Barral', content: ['«Volveremos mañana»'], cue: 'dijo' });
  assert.equal(q.source, 'Inés Barral');
});

test('should give a Spanish cue with no subject (dijo.) the person speaking before', () => {
  const text = 'La jueza Inés Barral explicó que el caso seguía abierto. «No hay prisa», dijo.';
  const quotes = show(text);
  assert.equal(quoteWith(quotes, 'caso seguía').speaker, 'Inés Barral');
  assert.equal(quoteWith(quotes, 'No hay prisa').speaker, 'Inés Barral');
});

test('should credit a German quote (sagte X am …) and stop the source at the preposition', () => {
  const q = quoteWith(show('„Wir bleiben hier“, sagte Ilse Varnholt am Freitag.'), 'bleiben');
  assert.deepEqual(core(q), { speaker: 'Ilse Varnholt', content: ['„Wir bleiben hier“'], cue: 'sagte' });
  assert.equal(q.source, 'Ilse Varnholt');
});

test('should take the German subject before the auxiliary of a verb-final cue (hatte … erklärt:)', () => {
  const q = quoteWith(show('Die Richterin Ilse Varnholt hatte am Montag erklärt: „Das Urteil steht.“'), 'Urteil');
  assert.equal(q.cue, 'erklärt');
  assert.equal(q.source, 'Die Richterin Ilse Varnholt');
  assert.equal(q.speaker, 'Ilse Varnholt');
});

test('should read German fügte X hinzu and so X after a quote', () => {
  const text = 'Ilse Varnholt leitet das Amt. „Wir warten“, fügte Varnholt hinzu. „Es dauert“, so Varnholt.';
  const quotes = show(text);
  assert.equal(quoteWith(quotes, 'warten').source, 'Varnholt');
  assert.equal(quoteWith(quotes, 'dauert').source, 'Varnholt');
  assert.equal(quoteWith(quotes, 'dauert').speaker, 'Ilse Varnholt');
});

test('should not read an English so before a clause as a German source (", so Quell left")', () => {
  const quotes = show('“The port is shut,” so Quell left the quay.');
  assert.equal(quoteWith(quotes, 'port is shut').cue, null);
});

test('should end a German inverted source before a preposition or a dative, take `sie` alone, and read a compound title as a title', () => {
  const text = 'Die Gewerkschaftschefin Ines Lund erklärte, die Lotsen hätten „keine Wahl mehr“.\n\n„Wir werden uns keiner Blockade beugen“, sagte Marrow auf einer Pressekonferenz.\n\n„Wir streiken, solange es nötig ist“, sagte sie der Zeitung.';
  const quotes = show(text);
  assert.equal(quoteWith(quotes, 'keiner Blockade').source, 'Marrow');
  const lund = quoteWith(quotes, 'solange');
  assert.equal(lund.source, 'sie');
  assert.equal(lund.speaker, 'Ines Lund');
  assert.equal(quoteWith(quotes, 'keine Wahl').speaker, 'Ines Lund');
});

test('should credit a quotation right after a French participle cue, past its auxiliary and a day (Marrow a dénoncé mardi « … »)', () => {
  const q = quoteWith(show('Le maire, Ansel Marrow, a dénoncé mardi « un chantage inacceptable » de la part du syndicat.'), 'chantage');
  assert.equal(q.speaker, 'Ansel Marrow');
  assert.equal(q.cue, 'dénoncé');
});

test('should read Italian cues: a dropped subject, an inverted name, `secondo`, and `ha` as Spanish and Italian auxiliary alike', () => {
  const text = 'Porto chiuso\n\nIl sindaco Marco Ferri ha criticato la decisione della giunta Giulia Conti. «È una vergogna», ha detto nel suo ufficio.\n\n' +
    '«Non ci arrenderemo», ha aggiunto Giulia Conti, 41 anni.\n\nSecondo Giulia Conti, il porto riaprirà a maggio.';
  const quotes = show(text);
  // The subject the sentence before names, not the last name before the cue.
  const dropped = quoteWith(quotes, 'vergogna');
  assert.deepEqual([dropped.speaker, dropped.cue, dropped.source], ['Marco Ferri', 'ha detto', null]);
  assert.deepEqual(core(quoteWith(quotes, 'arrenderemo')), { speaker: 'Giulia Conti', content: ['«Non ci arrenderemo»'], cue: 'ha aggiunto' });
  assert.equal(quoteWith(quotes, 'riaprirà').speaker, 'Giulia Conti');
  assert.equal(quoteWith(show('«Cerramos el puerto», ha dicho Ana Ruiz.'), 'Cerramos').cue, 'ha dicho');
});

test('should resolve a description in another language to the person its noun or the lede points at (dijo la artista, a lancé la chanteuse, sagte die Künstlerin)', () => {
  // The singer is known by one name, introduced by the language's own noun for her.
  const spanish = 'La cantante Vela actuó el sábado en Kelderhaven, en plena polémica con la diseñadora Ines Marrow.\n\n«Nada suena como ustedes», dijo la artista al público.';
  assert.equal(quoteWith(show(spanish), 'Nada suena').speaker, 'Vela');
  const french = 'La chanteuse Vela a joué samedi à Kelderhaven, en pleine querelle avec la créatrice Ines Marrow.\n\n« Rien ne sonne comme vous », a lancé la chanteuse.';
  assert.equal(quoteWith(show(french), 'Rien ne sonne').speaker, 'Vela');
  // German capitalises the noun before the name and the noun of the description alike.
  const german = 'Die Sängerin Vela trat am Samstag in Kelderhaven auf, mitten im Streit mit der Designerin Ines Marrow.\n\n„Nichts klingt wie ihr“, sagte die Künstlerin.';
  const q = quoteWith(show(german), 'Nichts klingt');
  assert.deepEqual({ source: q.source, speaker: q.speaker }, { source: 'die Künstlerin', speaker: 'Vela' });
});

test('should take an article and an office after a foreign cue as the source (dijo el alcalde, sagte der Bürgermeister), but not a day or a dative', () => {
  const spanish = quoteWith(show('El alcalde Tomas Brill cerró el puente. «No hay riesgo», dijo el alcalde.'), 'No hay riesgo');
  assert.deepEqual({ source: spanish.source, speaker: spanish.speaker }, { source: 'el alcalde', speaker: 'Tomas Brill' });
  const german = quoteWith(show('Bürgermeister Cormac Delaney kritisierte das Werk. Die Gewerkschafterin Ines Lund war empört.\n\n„Das ist eine Schande“, sagte der Bürgermeister.'), 'Schande');
  assert.deepEqual({ source: german.source, speaker: german.speaker }, { source: 'der Bürgermeister', speaker: 'Cormac Delaney' });
  assert.equal(quoteWith(show('«No hay riesgo», dijo Tomas Brill el martes.'), 'riesgo').source, 'Tomas Brill');
  assert.equal(quoteWith(show('„Das ist eine Schande“, sagte Marrow der Zeitung.'), 'Schande').source, 'Marrow');
  // A source by its noun is anonymous, whoever the lede names (`-ente` ends things as often as people).
  assert.equal(quoteWith(show('La cantante Vela actuó el sábado.\n\n«Habrá otra gira», dijo la fuente.'), 'gira').speaker, null);
});

test('should read a day that opens an Italian or French sentence as a date, not a name or a source (Giovedì la stilista, Sabato Vela, Dimanche soir)', () => {
  const italian = 'La popstar Vela ha ammesso tutto contro la stilista Ines Marrow.\n\nGiovedì la stilista ha risposto: «La porta è aperta».\n\nSabato Vela sarà in concerto a Kelderhaven.';
  const q = quoteWith(show(italian), 'porta');
  assert.deepEqual({ source: q.source, speaker: q.speaker }, { source: 'la stilista', speaker: 'Ines Marrow' });
  assert.ok(!show(italian).some((x) => x.speaker === 'Sabato Vela'));
  const french = 'Ines Marrow et Ada Vela se disputent. « Vela est merveilleuse », a déclaré Marrow.\n\nDimanche soir, Vela a réagi sur Instagram : « Je n’ai jamais dit cela. »';
  const r = quoteWith(show(french), 'jamais dit');
  assert.deepEqual({ source: r.source, speaker: r.speaker }, { source: 'Vela', speaker: 'Ada Vela' });
});

test('should take the noun that opens a Romance description for its head (la directrice artistique de la maison Corvel, la artista de 29 años)', () => {
  // The singer's title rules her out as the director, as `the singer` does in English.
  const french = 'Lark et Ines Marrow : la brouille\n\nLa créatrice anversoise Ines Marrow et la chanteuse Lark se disputent.\n\nInterrogée, la directrice artistique de la maison Corvel avait déclaré : « Lark change d’avis toutes les heures. »';
  assert.equal(quoteWith(show(french, { title: { start: 0, end: french.indexOf('\n') } }), 'change d’avis').speaker, 'Ines Marrow');
  const spanish = 'La cantante Lark, cuyo nombre real es Imogen Ade, habló de la diseñadora Ines Marrow en el pódcast de Danny Pike.\n\n«Me encantaban esos trajes», explicó la artista de 29 años.';
  assert.equal(quoteWith(show(spanish), 'trajes').speaker, 'Lark');
});

test('should end a source on the left at another language’s relative pronoun (una entrevista en la que Marrow afirmó que …)', () => {
  const text = 'La polémica comenzó con una entrevista en la que Ines Marrow, directora creativa de Maison Corvel, afirmó que vestir a la cantante había sido «como vestir una veleta».';
  assert.equal(quoteWith(show(text), 'veleta').source, 'Ines Marrow, directora creativa de Maison Corvel');
});

test('should read a French sentence-opening preposition as a fronted phrase, not a name (À Port Aven, la capitaine du port, X, résume : « … »)', () => {
  const text = 'Titre\n\nLa ministre Odile Ferrand a défendu le budget. « Les comptes doivent tenir », a-t-elle déclaré.\n\nÀ Port Aven, la capitaine du port, Morwenna Kerlo, résume l’inquiétude des pêcheurs : « À marée basse, mes bateaux sont couchés sur la vase. »';
  const q = quoteWith(show(text), 'marée basse');
  assert.equal(q.speaker, 'Morwenna Kerlo');
});

test('should give a surname the title written before it in lower case (la ministre Ferrand), so the title later means her, not the last speaker', () => {
  const text = 'Titre\n\nLa ministre Ferrand sous le feu des critiques. Odile Ferrand a présenté le budget lundi.\n\nMorwenna Kerlo, la capitaine du port, résume : « Mes bateaux sont couchés sur la vase. »\n\nMercredi soir, la ministre a répondu : « J’ai lu cette note en août. »';
  const q = quoteWith(show(text), 'cette note');
  assert.equal(q.speaker, 'Odile Ferrand');
});

test('should credit Portuguese and Dutch quotes to the name after their cue (afirmou X, zei X, aldus X)', () => {
  const pt = quoteWith(show('Título\n\n«O porto vai continuar aberto», afirmou Gideon Tarrant num comunicado.'), 'porto vai');
  assert.equal(pt.speaker, 'Gideon Tarrant');
  assert.equal(pt.cue, 'afirmou');
  const nl = quoteWith(show('Titel\n\n“De haven blijft open,” zei Lena Ostrowski tegen verslaggevers.'), 'haven blijft');
  assert.equal(nl.speaker, 'Lena Ostrowski');
  const aldus = quoteWith(show('Titel\n\n“De haven blijft open”, aldus Lena Ostrowski.'), 'haven blijft');
  assert.equal(aldus.speaker, 'Lena Ostrowski');
});
