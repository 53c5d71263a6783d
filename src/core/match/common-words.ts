// Ordinary English words that are also names in the dataset ("May", "Bush", "Reform", "Next",
// "Wednesday"): alone, such a word is far more often the word than the name, so an alias made of one of
// them never links on its own — it needs the full name earlier in the article or a title before it.
// The list is the frequent words (function words, calendar words, and the nouns and adjectives that
// organisation and person names are made of); a miss here costs precision only when the dataset
// also marks the alias standalone.
const WORDS = `
a about above across act action after again against age ago agency aid air all alliance also always am
among an and another any april are area arm army around art as ask at august authority autumn away back bad
bank base be bear bell best better between big bill bird bishop black blue board body bond book both box
brown build bush business but by call can cap capital car care case cause center central centre chance
change chief child church city civil class clear close club coal coast cold come common community company
congress cook cooper corps council country court cross crown cut dawn day december democratic dear
deep defence defense development did do does dollar door down dream during each early earth east economic
eight either else end energy english enough even evening ever every face fact fair faith fall family far
farmer fast father february few field fifth fight final fire first fish five fleet flower for force foreign
forest fortune forward foundation four fox free freedom friday friend from front full fund future game
garden general gift give global glory go gold golden good grace grand gray great green grey ground group
guard hall hand hard have he head health heart help her here hero high hill his hold holy home hope hot
house how hunter i if in independent industry information inside institute interior international into
is islamic it its january joy july june just justice key kind king knight labour land large last law
lead leader league left legal less let liberal liberty life light like lion little live living local long
lord love low main major many march mark market mason may me member mercy middle might military million
minister ministry mission monday money moon more morning most mother mountain movement much must my
nation national natural navy network new news next night nine no noble north not november now ocean
october of office oil old on once one only open or order other our out over own page palm park part party
peace people perfect person place plan play point police popular post power premier president press prime
progress public queen question rain range rapid real red reform region relief republic resistance
revolution rich right ring river road rock rose round royal rule sacred safe saint saturday say school
sea season second secretary security see september service seven she shield should side silver sky small
smith snow so social society soft some son south space spring square standard star state states steel
stone storm strong student summer sun sunday supreme support sure sword system take tax team ten than
that the their them then there these they third this those three thursday tiger time to today together
tomorrow top tower town trade trust truth tuesday turner two under union unit united unity up upon us
use valley very victory voice vote walker war water way we wednesday week well west what when where which
white who why will wind winter wisdom with without wolf wood word work world year yes yesterday yet you young
youth
according added although amid asked because before beyond besides could despite following had has however
meanwhile neither noting nor said says since though told unless unlike until was were whereas whether while
would
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/**
 * Lower-case particles of people's names, between a given name and a surname or inside either:
 * "Hafez al-Assad", "Habib ur Rehman", "Maria do Rosário", "Ursula von der Leyen".
 */
export const PERSON_NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ul', 'ur', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'der', 'den',
  'van', 'von', 'la', 'le', 'zu',
]);

/** Lower-case words allowed inside a name ("al-Qaeda", "bin Laden", "Bank of England"). */
export const NAME_PARTICLES = new Set([
  'al', 'el', 'ul', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'der', 'den',
  'van', 'von', 'la', 'le', 'les', 'of', 'the', 'and', 'for', 'y', 'e', 'des', 'zu', 'on', 'in', 'at', 'to', 'a',
  // Kalenjin "son of": "Daniel arap Moi".
  'arap',
  // Tagalog "of": "Bangko Sentral ng Pilipinas", "Sandiganbayan ng Pilipinas".
  'ng',
]);

/**
 * Everyday English abbreviations that a body somewhere also bears as its acronym: "the second ISP"
 * is an internet provider, not the Islamic State in the Philippines; "AAA Syracuse" a baseball
 * league, not Asbat al-Ansar; "ETA" an arrival time as often as the Basque group. Such an acronym
 * never links on its own: the article must spell the body out or name it in full first.
 */
export const EVERYDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'AAA AI AIDS API ATM CEO CFO COO CPU CTO DIY DNA ETA ETF EV FAQ FYI GDP GMO GNP GPS HIV HR ICU IMO IMU IPO IQ ISP IT KPI LED LNG LPG MBA MRI NGO PCR PDF PhD PIN PPE RAM RIP RNA ROI SIM SME SMS SUV TBA UAV UFO URL USB VAT VIP'.split(' '),
);
