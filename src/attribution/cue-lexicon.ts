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
  'chant',
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
  // `called on Olin to resign`, `calls for an inquiry`: a demand, which PolNeAR counts with its particle.
  call: ['on', 'for'],
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

/**
 * Verbs of the writer's hedged judgement (`Trump seemed to overstay his welcome`), which
 * PolNeAR annotates as attributions with no source. `seem` also takes a bare adjective
 * (`seemed irritated`); `appear` only a clause (`appeared on Fox` is an appearance).
 */
export const JUDGEMENT_FORMS: ReadonlyMap<string, 'seem' | 'appear'> = new Map([
  ['seem', 'seem'], ['seems', 'seem'], ['seemed', 'seem'], ['appear', 'appear'], ['appears', 'appear'], ['appeared', 'appear'],
]);

/**
 * Nouns that name a report and take its content as a `that` clause (`his warning that …`,
 * `the board's claim that …`); PolNeAR annotates them like the verbs.
 */
export const REPORT_NOUNS: readonly string[] = [
  'claim', 'claims', 'statement', 'suggestion', 'assertion', 'warning', 'warnings', 'allegation',
  'allegations', 'accusation', 'accusations', 'insistence', 'contention', 'belief', 'fear', 'fears',
  'hope', 'hopes', 'concern', 'argument', 'promise', 'pledge', 'remark', 'remarks', 'admission',
  'assurance', 'assurances', 'charge', 'charges', 'prediction', 'denial', 'complaint', 'vow',
];

/** `expected` after one of these is a judgement (`is expected to`, `were widely expected to`). */
export const EXPECTED_AUXILIARIES: readonly string[] = ['is', 'are', 'was', 'were', "'s", "'re", 'be', 'been'];

/**
 * Verbs of manner of speaking that news copy puts next to a quotation (`"…," Quell roared`,
 * `gasped the owner`, `Quell grovelled: "…"`), from Levin's (1993) manner-of-speaking
 * class and tabloid usage. In narration they mostly describe a sound or a mood (`the crowd
 * roared`), so there they report only before `that`.
 */
export const QUOTE_ONLY_LEMMAS: readonly string[] = [
  'roar', 'gasp', 'grovel', 'thunder', 'rage', 'seethe', 'wail', 'scream', 'sob', 'groan',
  'moan', 'whine', 'splutter', 'stammer', 'stutter', 'huff', 'gripe', 'beam', 'enthuse',
  'trill', 'purr', 'coo', 'squeal', 'shriek', 'screech', 'storm', 'spit', 'blurt', 'sing',
];

/** Irregular inflections of the manner verbs above (British doubling included). */
export const QUOTE_ONLY_IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  grovel: ['grovels', 'grovelled', 'groveled', 'grovelling', 'groveling'],
  sob: ['sobs', 'sobbed', 'sobbing'],
  spit: ['spits', 'spat', 'spitting'],
  squeal: ['squeals', 'squealed', 'squealing'],
  sing: ['sings', 'sang', 'sung', 'singing'],
};

// ---------------------------------------------------------------------------------------
// News languages other than English (French, Spanish, German, Italian, Portuguese, Dutch). Their reporting verbs are
// listed as the inflected forms news copy uses, not derived from lemmas: past participles
// after an auxiliary (fr `a déclaré`, es `ha dicho`, de `hat … gesagt`), the simple past
// (es `dijo`, de `sagte`) and the present (fr `déclare`, es `dice`, de `sagt`). Written by
// hand from the reporting verbs of French, Spanish and German grammars and agency style
// (AFP, EFE, dpa, ANSA); forms that are also English words (`lance`, `note`, `replica`,
// `tranche`, German `nie`) or titles (`juge`) are left out. In narration these forms report only before a
// complementiser (`a assuré que`, `explicó que`, `sagte, dass`); next to a quotation they
// work like English cues.
// ---------------------------------------------------------------------------------------

/** Reporting verb forms by language. */
export const FOREIGN_CUE_FORMS: Readonly<Record<ForeignLanguage, readonly string[]>> = {
  // French: participles (after `a`, `avait`, `a-t-il`), then present third person.
  fr: [
    'déclaré', 'dit', 'lancé', 'affirmé', 'ajouté', 'assuré', 'expliqué', 'estimé', 'souligné',
    'précisé', 'indiqué', 'confié', 'martelé', 'insisté', 'répondu', 'reconnu', 'raconté',
    'rappelé', 'poursuivi', 'conclu', 'promis', 'prévenu', 'annoncé', 'dénoncé', 'déploré',
    'regretté', 'commenté', 'admis', 'avoué', 'répliqué', 'rétorqué', 'lâché', 'observé',
    'écrit', 'confirmé', 'démenti', 'protesté', 'plaidé', 'prédit',
    'déclare', 'affirme', 'ajoute', 'assure', 'explique', 'estime', 'souligne',
    'précise', 'indique', 'confie', 'martèle', 'insiste', 'répond', 'reconnaît', 'raconte',
    'rappelle', 'poursuit', 'conclut', 'promet', 'prévient', 'annonce', 'dénonce', 'déplore',
    'regrette', 'commente', 'admet', 'avoue', 'réplique', 'rétorque', 'lâche', 'écrit',
    'confirme', 'dément', 'proteste', 'plaide', 'prédit',
  ],
  // Spanish: preterite, present third person, participles (after `ha`, `había`).
  es: [
    'dijo', 'afirmó', 'declaró', 'aseguró', 'añadió', 'agregó', 'explicó', 'señaló', 'indicó',
    'apuntó', 'subrayó', 'destacó', 'advirtió', 'insistió', 'reconoció', 'admitió', 'respondió',
    'replicó', 'manifestó', 'sostuvo', 'precisó', 'comentó', 'recordó', 'expresó', 'anunció',
    'denunció', 'lamentó', 'confesó', 'prometió', 'relató', 'contó', 'concluyó', 'aclaró',
    'criticó', 'defendió', 'escribió', 'prosiguió', 'zanjó',
    'dice', 'afirma', 'declara', 'asegura', 'añade', 'agrega', 'explica', 'señala', 'indica',
    'apunta', 'subraya', 'destaca', 'advierte', 'insiste', 'reconoce', 'admite', 'responde',
    'manifiesta', 'sostiene', 'comenta', 'recuerda', 'anuncia', 'denuncia', 'lamenta',
    'confiesa', 'promete', 'relata', 'concluye', 'aclara', 'escribe',
    'dicho', 'afirmado', 'declarado', 'asegurado', 'añadido', 'explicado', 'señalado',
    'indicado', 'reconocido', 'advertido', 'insistido', 'anunciado', 'escrito',
  ],
  // German: simple past, present third person, participles (after `hat`, `hatte`), and
  // the separable `fügte … hinzu`, whose verb part is the cue.
  de: [
    'sagte', 'sagten', 'sagt', 'gesagt', 'erklärte', 'erklärten', 'erklärt', 'betonte', 'betont',
    'fügte', 'ergänzte', 'ergänzt', 'meinte', 'meint', 'berichtete', 'berichtet', 'warnte',
    'warnt', 'gewarnt', 'kritisierte', 'kritisiert', 'forderte', 'fordert', 'gefordert',
    'versicherte', 'versichert', 'bestätigte', 'bestätigt', 'unterstrich', 'unterstreicht',
    'bekräftigte', 'bekräftigt', 'behauptete', 'behauptet', 'erläuterte', 'erläutert',
    'schrieb', 'schreibt', 'geschrieben', 'antwortete', 'antwortet', 'geantwortet',
    'entgegnete', 'entgegnet', 'beteuerte', 'beteuert', 'versprach', 'verspricht',
    'versprochen', 'erzählte', 'erzählt',
  ],
  // Italian: participles (after `ha`, `aveva`), present third person, passato remoto.
  // (`replica` and `dice` are other languages' or English words, left to those lists.)
  it: [
    'detto', 'dichiarato', 'affermato', 'aggiunto', 'spiegato', 'sottolineato', 'precisato',
    'ammesso', 'risposto', 'replicato', 'scritto', 'raccontato', 'annunciato', 'confermato',
    'ribadito', 'assicurato', 'commentato', 'osservato', 'denunciato', 'promesso', 'ricordato',
    'dichiara', 'afferma', 'aggiunge', 'spiega', 'sottolinea', 'precisa', 'ammette', 'risponde',
    'scrive', 'racconta', 'annuncia', 'conferma', 'ribadisce', 'assicura', 'commenta', 'osserva',
    'disse', 'dichiarò', 'affermò', 'aggiunse', 'spiegò', 'rispose', 'scrisse', 'raccontò',
  ],
  // Portuguese: preterite (what news copy uses: `disse`, `afirmou`), present third person,
  // participles (after `tem`, `tinha`). (`disse` is Italian too: one form, two languages.)
  pt: [
    'afirmou', 'declarou', 'garantiu', 'acrescentou', 'explicou', 'sublinhou', 'frisou',
    'referiu', 'adiantou', 'admitiu', 'respondeu', 'contou', 'revelou', 'confessou', 'lembrou',
    'considerou', 'defendeu', 'assegurou', 'escreveu', 'avisou', 'prometeu', 'lamentou',
    'comentou', 'concluiu', 'rematou', 'reconheceu', 'insistiu', 'destacou', 'salientou',
    'diz', 'afirma', 'garante', 'explica', 'refere', 'sublinha', 'admite', 'responde', 'revela',
    'lembra', 'considera', 'defende', 'escreve', 'acrescenta', 'assegura', 'reconhece',
    'dito', 'afirmado', 'declarado', 'garantido', 'explicado',
  ],
  // Dutch: simple past, present third person, participles (after `heeft`, `hebben`; not
  // `had`, an English word), and the separable `voegde … toe`, whose verb part is the cue.
  nl: [
    'zei', 'zeiden', 'zegt', 'gezegd', 'verklaarde', 'verklaart', 'verklaard', 'stelde', 'stelt',
    'benadrukte', 'benadrukt', 'voegde', 'schreef', 'schrijft', 'geschreven', 'antwoordde',
    'antwoordt', 'reageerde', 'reageert', 'waarschuwde', 'waarschuwt', 'beloofde', 'belooft',
    'vertelde', 'vertelt', 'erkende', 'erkent', 'meldde', 'meldt', 'betoogde', 'betoogt',
    'zegde', 'liet',
  ],
};

/** Languages other than English whose cue forms are listed. */
export type ForeignLanguage = 'fr' | 'es' | 'de' | 'it' | 'pt' | 'nl';

/** Auxiliaries of a past tense with a participle cue (`a déclaré`, `ha dicho`, `hat … gesagt`). */
export const FOREIGN_AUXILIARIES: Readonly<Record<ForeignLanguage, readonly string[]>> = {
  // French, with the inverted forms that hold the subject (`a-t-il déclaré`).
  fr: ['a', 'avait', 'ont', 'avaient', 'aurait', 'a-t-il', 'a-t-elle', 'avait-il', 'avait-elle', 'a-t-on', 'ont-ils', 'ont-elles'],
  // Spanish.
  es: ['ha', 'había', 'han', 'habían', 'habría'],
  // German: the participle closes the clause, often far from the auxiliary.
  de: ['hat', 'hatte', 'haben', 'hatten', 'habe', 'hätte'],
  // Italian (`ha` is Spanish too: an auxiliary may serve several languages).
  it: ['ha', 'aveva', 'hanno', 'avevano', 'avrebbe'],
  pt: ['tem', 'tinha', 'têm', 'tinham'],
  nl: ['heeft', 'hebben', 'hadden'],
};

/**
 * Words that introduce the source after them, like `according to`: fr `selon`, `d'après`;
 * es `según`; de `laut`; it `secondo`; pt `segundo`; nl `volgens`, `aldus` (`“…”, aldus
 * Ostrowski`). (German `so Name` after a quotation is read by the quote rules.)
 */
export const FOREIGN_SOURCE_PREPOSITIONS: readonly string[] = ['selon', "d'après", 'según', 'laut', 'secondo', 'segundo', 'volgens', 'aldus'];

/** Complementisers that open a reported clause: fr `que`/`qu'…`, es and pt `que`, de `dass`, it `che`, nl `dat`. */
export const FOREIGN_COMPLEMENTIZERS: readonly string[] = ['que', 'dass', 'che', 'dat'];

/**
 * Subject pronouns by gender: fr `il`/`elle`, es `él`/`ella`, de `er`, pt `ele`/`ela`, nl
 * `hij`/`zij` (Dutch `ze` is she or they, so it is left out; German `sie` is kept, below).
 * French inverted forms end in them (`a-t-il`, `dit-elle`).
 */
export const FOREIGN_PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'plural'>> = {
  il: 'male', elle: 'female', ils: 'plural', elles: 'plural', 'él': 'male', ella: 'female',
  ellos: 'plural', ellas: 'plural', er: 'male', lui: 'male', lei: 'female',
  ele: 'male', ela: 'female', hij: 'male', zij: 'female',
  // German `sie` is also `they`; after a singular verb (`sagte sie`) it is `she`, the usual case.
  sie: 'female',
};

/** Definite articles that open a description of a speaker: fr `le maire`, es `el alcalde`, de `der Bürgermeister`. */
export const FOREIGN_DEFINITE_ARTICLES: readonly string[] = ['le', 'la', 'el', 'der', 'die', 'das'];
/** Of those, the French, Spanish and Italian ones: their descriptions put the noun first (`la directrice artistique`). */
export const ROMANCE_DEFINITE_ARTICLES: readonly string[] = ['le', 'la', 'el'];
/** Of those, the German ones: German capitalises the noun after them (`die Künstlerin`). */
export const GERMAN_DEFINITE_ARTICLES: readonly string[] = ['der', 'die', 'das'];

/**
 * Words that end a source named after its cue (`dijo Blix a los periodistas`, `sagte Marrow
 * am Dienstag`, `a lancé Blix devant …`, `fügte Marrow hinzu`): prepositions and the German
 * separable particle. Checked on lower-case words only, so names (`Al`, `Am`) stay whole.
 */
export const FOREIGN_SOURCE_STOPS: readonly string[] = [
  // French
  'à', 'au', 'aux', 'devant', 'lors', 'dans', 'après', 'avant', 'en', 'sur', 'lundi', 'mardi',
  'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier',
  // Spanish
  'a', 'al', 'ante', 'tras', 'durante', 'después', 'antes', 'el', 'este', 'ayer',
  // German
  'am', 'im', 'beim', 'vor', 'nach', 'zum', 'zur', 'gegenüber', 'hinzu', 'gestern', 'auf', 'bei',
  'in', 'mit', 'laut', 'während', 'heute',
  // German datives after the subject (`sagte Marrow der Zeitung`): a source never holds them.
  'der', 'dem',
  // Italian
  'nel', 'nella', 'nei', 'nelle', 'alla', 'ai', 'alle', 'con', 'sul', 'sulla', 'dal', 'dalla', 'dopo',
  'ieri', 'oggi', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
];
