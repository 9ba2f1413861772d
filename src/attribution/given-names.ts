/**
 * Given names common in English-language news whose bearers are, overwhelmingly, one
 * gender: a prior for a person the text never refers to by a pronoun outside a quotation
 * (`Hillary Clinton said …, ” she added` needs Clinton to be compatible with `she` and not
 * with `he`). Pronouns after two of the person's mentions outweigh it, one does not
 * (people.ts). Names used for both (`Alex`, `Jordan`, `Taylor`, `Jean`, `Andrea`, `Jan`)
 * are left out. The second block of each list holds names common in European, Latin
 * American, Middle Eastern and Asian news, with their accents as the text writes them.
 * Written by hand for Retold.
 */
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(`
  aaron adam adrian ahmed alan albert alexander ali andrew angelo anthony antonio arthur barack
  ben benjamin bernie bernard bill billy bob bobby brad bradley brandon brian bruce bryan carl
  carlos charles charlie chris christopher chuck colin craig dan daniel danny dave david dennis
  derek dick dmitry don donald doug douglas duncan earl ed eddie edward eric ernest eugene evan
  frank fred frederick gary george gerald giuseppe glenn gordon graham greg gregory hank harold
  harry henry howard hugh ian isaac ivan jack jacob jake james jamie jason jeb jeff jeffrey jeremy
  jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan
  keith ken kenneth kevin kim-jong larry lawrence lee-roy leon leonard lewis louis luis luke
  marco marcus mario mark martin matt matthew michael miguel mike mitch mitt mohammed muhammad
  nathan neil nicholas nick nigel noah oliver omar oscar pablo patrick paul pedro peter phil
  philip pierre rafael ralph ramon randy ray raymond reince richard rick rob robert roberto
  rodrigo roger ron ronald roy rudy russell ryan sam samuel scott sean sergei seth stanley stephen
  steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis trent victor
  vincent vladimir walter wayne william willie xavier
  abdul abdullah ahmad akira alain alberto alejandro aleksandr alexei alexey amir andrei andres
  andrés antoine arjun armando arturo bashar bernd björn bruno carsten césar cesar cristiano
  dario diego dieter dirk dmitri emmanuel enrique ernesto fabio federico felipe fernando florian
  francesco francisco françois friedrich gerhard gianni giorgio giovanni guillaume günter gustavo
  hamid hans hassan heinrich helmut hendrik henrik hiroshi hussein ibrahim igor ismail jacques
  jair jakob javier jens jesús joachim joaquín josé jürgen karim karl klaus kurt lars laurence
  laurent lorenzo luca lucas ludwig luigi lukas manuel marcel marcelo matteo mauricio mehmet
  mikhail mohamed mustafa narendra nicolas nicolás nikolai olaf olivier pascal pavel rahul ramón
  raúl raul recep reza ricardo rishi rolf salvador santiago sebastian sébastien sergio shinzo
  stefan stéphane sven takeshi thierry tobias uwe vikram viktor volker volodymyr werner wolfgang
  yuri yusuf
`.trim().split(/\s+/));

export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(`
  abigail ada alice alicia alison amanda amy ana andrea angela angelina ann anna anne annie
  barbara betsy betty beverly brenda brittany carla carly carmen carol caroline carolyn catherine
  cathy charlotte cheryl chloe christina christine cindy claire claudia condoleezza cynthia
  daisy debbie deborah debra denise diana diane donna doris dorothy elaine eleanor elena elisabeth
  elizabeth ellen emily emma erin eva evelyn fiona frances gabriela gina gloria grace hannah
  heather heidi helen hillary holly ines irene isabel jacqueline jane janet janice jennifer jenny
  jessica jill joan joanna josephine joyce judith judy julia julie karen katherine kathleen kathy
  katie kelly kelsey kim kimberly kristen laura lauren linda lisa liz lori louise lucy lydia
  madeleine margaret maria marie marilyn marisol martha mary megan megyn melania melissa michelle
  monica nancy natalie nicole nikki olivia pamela patricia paula rachel rebecca rita rosa rose
  ruth sally samantha sandra sara sarah sharon shirley sophia stephanie susan suzanne tammy teresa
  theresa tina tracy valerie vanessa victoria virginia wendy yvonne zoe
  alessandra anastasia angelika anja annalena antonia beatriz brigitte chelsea cristina daniela
  elif fatima francesca françoise giulia giorgia greta helga ilse ingrid irina isabelle jacinda
  katarina katja leila lucia luisa magdalena marta mette monika natalia natasha olga paola
  petra priya raquel sabine sanna silvia sofia sonia stefanie svetlana tatiana ursula valentina
  valérie veronica yulia
`.trim().split(/\s+/));

/** Whether a lower-case word is a given name of either list. */
export function isGivenName(word: string): boolean {
  return MALE_GIVEN_NAMES.has(word) || FEMALE_GIVEN_NAMES.has(word);
}
