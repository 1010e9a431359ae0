/**
 * Function words for the languages the clutter pass covers (EN, ES, FR, DE, PT, IT). They carry no
 * facts, so the duplicate pass ignores them when it compares sentences, and the sentence splitter
 * uses them to tell a sentence start ("The", "El") from a name after an initialism ("U.S. Coast").
 * Kept short on purpose: every word ships in the content script.
 */
const WORDS = [
  // English
  'a an the and or but nor so yet if then than that this these those there here it its is are was were be been being',
  'has have had do does did will would shall should can could may might must of in on at to for from by with without',
  'about as into onto over under up down out off via per after before during while since until among between through',
  'i you he she we they me him her us them my your his our their who whom whose which what when where why how',
  'not no never also just only even still already very more most much many some any all both each other such own',
  'said says say told according one',
  // Spanish
  'el la los las un una unos unas y o u pero sino si de del al en con sin por para sobre entre hasta desde que',
  'se su sus es son fue fueron era ser ha han había habían está están este esta estos estas ese esa eso lo le les',
  'como más muy ya también no ni cuando donde dijo según tras durante ante bajo hacia',
  // French
  'le les une des et ou mais dans par pour sur avec sans est sont était ont été il elle ils elles ce cette ces qui que',
  'du au aux ne pas plus selon',
  // German
  'der die das den dem des ein eine einer einem einen und oder aber mit von zu im am ist sind war waren hat haben',
  'nicht auch sich dass für auf aus bei nach vor über wie',
  // Portuguese and Italian
  'o os um uma em no na nos nas do da dos das ao com não foi são il lo gli di che per una sono nel della',
];

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.join(' ').split(' '));
