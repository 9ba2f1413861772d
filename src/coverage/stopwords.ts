/**
 * Function words that carry no topic, for content-word features (story similarity,
 * paraphrase matching, copy detection). Short hand-made lists for the languages Retold
 * sees most (English, French, German, Spanish, Italian, Portuguese, Dutch), taken from the
 * common cores of the Snowball stop lists; apostrophe forms are given with a plain `'`
 * because tokens are folded before lookup.
 */
const ENGLISH = `a about above after again against all also am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does doesn't
doing don't down during each even ever every few for from further get gets got had hadn't has hasn't
have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd
i'll i'm i've if in into is isn't it it's its itself just let's like me more most much must mustn't
my myself no nor not now of off on once only or other ought our ours ourselves out over own really
same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs
them themselves then there there's these they they'd they'll they're they've this those through to
too under until up upon us very was wasn't we we'd we'll we're we've were weren't what what's when
when's where where's which while who who's whom why why's will with won't would wouldn't yeah yes
yet you you'd you'll you're you've your yours yourself yourselves well know think one two said says
say told tell telling according`;
const FRENCH = `au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me
même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton
tu un une vos votre vous c d j l à m n s t y été être avoir est sont était ont a fait plus comme dit`;
const GERMAN = `aber alle als also am an auch auf aus bei bin bis bist da damit dann das dass dem den der
des die dies doch dort du durch ein eine einem einen einer eines er es für hat hatte ich ihr im in
ist ja kein man mit nach nicht noch nur oder sich sie sind so über um und uns von vor war wie wir
wird wurde zu zum zur sagte`;
const SPANISH = `al como con de del el ella ellos en entre es esta este esto ha hay la las le les lo los
más me mi no nos o para pero por que se sin sobre su sus también te tu un una uno y ya fue son dijo`;
const ITALIAN = `il lo la i gli le di da in con su per tra fra un una uno e ed o ma che non si è sono
del della dei delle al alla nel nella ha ho come anche più questo questa ha detto`;
const PORTUGUESE = `o os as um uma de do da dos das em no na nos nas por para com não que se e ou mas é
foi são ao à pelo pela seu sua mais como também disse num numa nem já ainda isso isto esta este
esse essa aquele aquela ele ela eles elas eu nós tinha tem têm ter eram há sem sobre até
entre depois antes quando muito pouco onde quem qual foram está estava estão ser seus suas
meu minha lhe lhes`;
const DUTCH = `de het een en van in is op te dat die voor met niet zijn aan er maar om ook als bij of
naar dan nog wel uit hij zij ze we wij ik je u was heeft werd zei hun haar mij me
dit deze over na al kan zou moet worden wordt geen iets niets toen nu hier daar waar
wie wat hoe had hadden waren ons onze mijn zich zo`;

/** Folded stop words of all supported languages. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [ENGLISH, FRENCH, GERMAN, SPANISH, ITALIAN, PORTUGUESE, DUTCH].flatMap((list) => list.split(/\s+/).filter(Boolean)),
);

/**
 * Tokens typical of page furniture rather than reporting (photo credits, share widgets,
 * navigation), left out of story and copy features so that two articles from the same
 * site do not look alike because of their templates.
 */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set(
  `advertisement getty images image photo photos credit caption share shares click subscribe
newsletter sign login comment comments read more related follow twitter facebook instagram
copyright reserved rights cookie cookies privacy terms menu top exit mobile version story
platform choose oops something went wrong please try again later wireimage reuters ap afp`.split(/\s+/),
);

/**
 * Capitalised words that name days and months (English, French, German, Spanish): they
 * are capitalised like names but every story has them.
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december lundi mardi mercredi jeudi vendredi samedi
dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz juni juli
oktober dezember lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril
mayo junio julio agosto septiembre octubre noviembre diciembre`.split(/\s+/),
);
