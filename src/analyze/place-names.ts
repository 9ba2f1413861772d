/**
 * Place names for telling places from people among proper-noun runs: the world's countries
 * and territories, the US states, and the cities, provinces and regions news copy names
 * most (capitals, financial and political centres). A place is often the source of a
 * report (`South Dakota says`, `China warned`); it is never a person, and a place taken
 * for one became a "person" that unrelated stories shared. Written by hand for Retold,
 * lower case, as English news copy spells them.
 */
const COUNTRIES = `
afghanistan albania algeria andorra angola antigua argentina armenia australia austria
azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chile
china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador
egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
iran iraq ireland israel italy jamaica japan kazakhstan kenya kiribati kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
netherlands holland nicaragua niger nigeria norway oman pakistan palau palestine panama
paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria
taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda
ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe greenland
scotland wales england britain
`;

const MULTI_WORD_COUNTRIES = [
  'burkina faso', 'cape verde', 'central african republic', 'costa rica', 'czech republic',
  'dominican republic', 'east timor', 'el salvador', 'equatorial guinea', 'guinea-bissau',
  'hong kong', 'ivory coast', 'marshall islands', 'new zealand', 'north korea', 'north macedonia',
  'papua new guinea', 'puerto rico', 'saint lucia', 'san marino', 'saudi arabia', 'sierra leone',
  'solomon islands', 'south africa', 'south korea', 'south sudan', 'sri lanka', 'trinidad and tobago',
  'united arab emirates', 'united kingdom', 'united states', 'united states of america',
  'great britain', 'northern ireland', 'west bank', 'gaza strip', 'vatican city', 'soviet union',
];

const US_STATES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware',
  'florida', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana',
  'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri',
  'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york',
  'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island',
  'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia',
  'washington', 'west virginia', 'wisconsin', 'wyoming', 'district of columbia',
];

const CITIES_AND_REGIONS = `
beijing shanghai shenzhen guangzhou wuhan tokyo osaka seoul pyongyang taipei manila jakarta
bangkok hanoi delhi mumbai kolkata bengaluru chennai karachi lahore islamabad kabul tehran
baghdad damascus beirut amman jerusalem riyadh doha dubai ankara istanbul cairo lagos abuja
nairobi johannesburg moscow kyiv kiev minsk warsaw berlin munich frankfurt hamburg vienna
prague budapest rome milan naples madrid barcelona lisbon paris marseille lyon brussels
amsterdam zurich geneva stockholm oslo copenhagen helsinki dublin edinburgh glasgow
manchester liverpool birmingham london athens toronto montreal vancouver ottawa sydney
melbourne brisbane auckland havana caracas bogota lima rio brasilia
chicago boston houston dallas phoenix denver seattle portland atlanta miami
detroit cleveland baltimore philadelphia pittsburgh brooklyn manhattan queens bronx
hollywood sacramento nashville memphis minneapolis milwaukee honolulu anchorage spokane
crimea donbas kashmir tibet xinjiang catalonia bavaria siberia caribbean balkans scandinavia
europe asia africa america antarctica oceania arctic
`;

const MULTI_WORD_CITIES_AND_REGIONS = [
  'new york city', 'los angeles', 'san francisco', 'san diego', 'san jose', 'las vegas',
  'new orleans', 'salt lake city', 'kansas city', 'st. louis', 'washington, d.c.',
  'mexico city', 'sao paulo', 'são paulo', 'rio de janeiro', 'buenos aires', 'tel aviv',
  'abu dhabi', 'kuala lumpur', 'ho chi minh city', 'cape town', 'new delhi', 'silicon valley',
  'middle east', 'latin america', 'south america', 'north america', 'central america',
  'southeast asia', 'east asia', 'south asia', 'central asia', 'western europe', 'eastern europe',
  'sub-saharan africa', 'north africa', 'west africa', 'east africa', 'persian gulf',
];

/** Every place name above, lower case. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...`${COUNTRIES} ${CITIES_AND_REGIONS}`.trim().split(/\s+/),
  ...MULTI_WORD_COUNTRIES,
  ...US_STATES,
  ...MULTI_WORD_CITIES_AND_REGIONS,
]);
