/**
 * Proper names inside attribution phrases: the regex source that matches one, the clean-up that
 * strips what is not part of it (a sentence-initial "The", titles, a possessive) and the guess at
 * what kind of source it is.
 */
import { lookupKnown } from './sources-data';
import { STOPWORDS } from './stopwords';
import { LETTER, UPPER } from './letters';
import type { SourceKind } from './types';

/** A capitalised word: "Reuters", "U.S.", "O'Brien", "Jean-Luc", "Ashley". A possessive ’s ends it. */
const WORD = String.raw`[${UPPER}][${LETTER}\d.&-]*(?:['’](?!s(?![${LETTER}]))[${LETTER}]+)*`;
/** Lower-case words that join the parts of one name: "Ministry of the Interior", "Casa de Nariño". */
const JOINER = String.raw`(?:(?:of|for|on)(?: the)?|de(?:l| la| las| los)?|da|do|dos|das|du|des|von|van|der|den|al|bin|di)`;

/** Regex source for a proper name of one to seven capitalised words. Not anchored. */
/** Between two words of one name: a space, a joiner, "&" ("Travel & Tourism") or a French "d'". */
const GAP = String.raw`(?:[ \u00a0](?:(?:${JOINER}|&)[ \u00a0])?|[ \u00a0][dl]['’])`;
export const NAME = String.raw`(?<![${LETTER}\d])${WORD}(?:${GAP}${WORD}){0,6}`;

const NAME_RE = new RegExp(NAME, 'gu');

/** Titles and roles that precede a person's name and are not part of it. Lower-case. */
const TITLES = new Set(
  [
    'president presidente président präsident prime minister ministro ministra ministre secretary secretario',
    'secretaria senator senador senadora sen rep representative gov governor gobernador gobernadora mayor alcalde',
    'alcaldesa attorney general gen judge juez jueza chancellor canciller kanzler dr dra mr mrs ms prof professor',
    'spokesman spokeswoman spokesperson portavoz vocero vocera sprecher sprecherin ceo chief director directora deputy',
    'administrator insider executive officer writer correspondent reporter editor photographer columnist producer analyst economist researcher',
    'vice chairman chairwoman chair king queen pope papa sheriff detective lt col capt sgt rev sir dame',
    'lord don doña sr sra adm admiral commissioner comisario coach leader líder ambassador embajador embajadora',
    'foreign defense defence interior health finance economy justice state house speaker head of the',
    'u.s us u.k uk un eu fiscal fiscala diputado diputada congressman congresswoman rabbi imam cardinal bishop',
    'landrat landrätin bürgermeister bürgermeisterin ministerpräsident ministerpräsidentin bundeskanzler kanzlerin',
  ]
    .join(' ')
    .split(' '),
);

/** Nationality adjectives come before a title ("Venezuelan President"); this shape is enough there. */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch|ic|ean)$/u;

/** Capitalised words that name no one on their own: weekdays, months, generic nouns. Lower-case. */
const NOT_NAMES = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august',
    'september october november december jan feb mar apr jun jul aug sept sep oct nov dec',
    'lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto',
    'septiembre octubre noviembre diciembre montag dienstag mittwoch donnerstag freitag samstag sonntag',

    'meanwhile however earlier later yesterday today tomorrow also still now then but and asked after before',
    'many several some most others both all each every another one two three',
    'photo foto image file credit crédito copyright editing reporting writing additional source fuente quelle fonte',
    // Stand-ins for a photographer's name in agency credits: "Getty - Contributor", "REUTERS/Stringer".
    'contributor handout stringer',
    // What German cites by "laut" besides a name: "Laut Gesetz", "laut Studie der Universität Hamburg".
    'gesetz bericht umfrage studie statistik',
    'he she they we it i you his her their this that these those there here',
    'republicans democrats conservatives liberals screenshot courtesy picture video watch listen read recent',
  ]
    .join(' ')
    .split(' '),
);

/** Nouns that name no one in particular: "Officials said", "Police said". Lower-case. */
const GENERIC = new Set(
  [
    'officials official sources source authorities police experts analysts witnesses residents critics reports',
    'report statement spokesman spokeswoman spokesperson reporters observers investigators prosecutors',
    'fuentes autoridades funcionarios expertos analistas testigos vecinos medios informes comunicado policía',
    'sprecher sprecherin polizei behörden experten company ceo empresa compañía',
    // German capitalises every noun: "nach Angaben des Unternehmens" names no one.
    'unternehmen unternehmens konzern konzerns regierung ministerium ministeriums behörde stadt gemeinde',
  ]
    .join(' ')
    .split(' '),
);

/** Words that make a name a body of the state. Matched as whole words, case-sensitive. */
const GOVERNMENT_WORDS =
  /\b(?:Ministry|Ministerio|Ministère|Ministerium|Department|Departamento|Government|Gobierno|Gouvernement|Regierung|Governo|Police|Policía|Polizei|Army|Ejército|Armée|Navy|Court|Tribunal|Senate|Senado|Congress|Congreso|Parliament|Parlamento|Bundestag|Commission|Comisión|Council|Consejo|Agency|Service|Bureau|Administration|Embassy|Embajada|Presidency|Presidencia|Prosecutor|Fiscalía|Authority|Autoridad|Ayuntamiento|Guard|Guardia|Secretaría|Kremlin|Office|Oficina|Cabinet|Gabinete|Municipality|Municipalidad|Prefeitura|Ministério|Bundesamt|Cour)\b/u;
/** Words that make a name a non-state body: universities, companies, journals, NGOs. */
const ORGANIZATION_WORDS =
  /\b(?:University|Universidad|Université|Universität|Universidade|Institute|Instituto|Institut|Foundation|Fundación|Association|Asociación|Society|Sociedad|Company|Inc\.?|Corp\.?|Ltd\.?|Group|Grupo|Bank|Banco|Banque|Journal|Center|Centre|Centro|Organization|Organisation|Organización|Union|Unión|Party|Partido|Federation|Federación|Committee|Comité|Laboratory|Laboratorio|Hospital|Clinic|Clínica|Watch|Fund|Fondo|Network|Red|College|School|Academy|Academia|Observatory|Observatorio|Coalition|Collaboration|Alliance|Alianza|Chamber|Cámara|Research|Labs?|Database|Conservancy|Finance|Foods|Systems|Technologies|Software|Media|Studios|Partners|Capital|Holdings|Motors|Airlines|Energy|Productions|Entertainment|Records|Pictures|Securities|Investments|Equities|League|Club|Shelter|Pharmaceuticals|Consulting|Robotics|Aerospace|Industries|Depot|Lancet|Nature|Science|Tesla|Google|Apple|Microsoft|Meta|Amazon|OpenAI)\b/u;
/** Words that make a name a newspaper, broadcaster or news site. */
const OUTLET_WORDS =
  /\b(?:Times|Post|News|Herald|Tribune|Gazette|Daily|Telegraph|Chronicle|Observer|Magazine|Radio|TV|Television|Televisión|Diario|Periódico|Noticias|Zeitung|Journal|Correio|Jornal|Folha|Estado|Rundfunk|Express|Mail|Mirror|Courier|Dispatch|Inquirer|Examiner|Bulletin|Report|Revista|Semanario|Channel|Canal)\b/u;
/** Words that make a name a news agency. */
const AGENCY_WORDS = /\b(?:News Agency|Press Agency|Agencia|Agence|Agência|Agentur|Nachrichtenagentur|Press)\b/u;

/** Capitals (and Britain) that stand for their governments in "Moscow said", "Washington warned". */
export const STATE_METONYMS = new Set(
  (
    'Washington Moscow Beijing Kyiv Kiev London Paris Berlin Tehran Caracas Madrid Brussels Tokyo Seoul Pyongyang ' +
    'Jerusalem Ankara Havana Brasília Brasilia Delhi Islamabad Kabul Damascus Baghdad Riyadh Cairo Ottawa Canberra ' +
    'Britain Turkey UK U.K. US U.S. USA'
  ).split(' '),
);

/** A region named by where it lies: "South Dakota", "Inner Mongolia", "West Bengal". */
const REGION = /^(?:North|South|East|West|Inner) \p{Lu}\p{Ll}+$/u;

/** The last word of a street's name: an address ("1119 Eighth St."), or "Wall Street", is no source. */
const STREET = /^(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard)$/u;

/** Every name in `text`, as found (not yet cleaned). */
export function namesIn(text: string): string[] {
  return [...text.matchAll(NAME_RE)].map((m) => m[0]);
}

/**
 * The name without what surrounds it in running text: leading function words and generic nouns,
 * and, for people, titles ("U.S. Attorney General Pam Bondi" → "Pam Bondi"). Null when nothing
 * of a name is left.
 */
export function cleanName(raw: string): string | null {
  if (lookupKnown(raw)) return raw.trim();
  let words = raw.replace(/['’]s$/u, '').trim().split(/[ \u00a0]+/u);
  // A sentence's full stop is not part of its last name; an initialism's dots are ("U.S.").
  const last = words[words.length - 1] ?? '';
  if (/[.-]$/u.test(last) && !/^(?:\p{Lu}\.)+$/u.test(last)) words[words.length - 1] = last.replace(/[.-]+$/u, '');
  // "Sacramento-based McClatchy": where a body is based is not part of its name. A capitalised "He"
  // or "Will" before a name is "He Lifeng" or "Will Dunham": the pronoun and the verb never are.
  while (words.length && ((isDroppable(words[0] ?? '') && !(/^(?:He|Will)$/.test(words[0] ?? '') && words[1])) || /-based$/u.test(words[0] ?? ''))) words = words.slice(1);
  // Trailing weekdays and joiners: "Nature Astronomy on Monday" → "Nature Astronomy".
  while (words.length && (NOT_NAMES.has((words[words.length - 1] ?? '').toLowerCase()) || STOPWORDS.has(words[words.length - 1] ?? ''))) {
    words = words.slice(0, -1);
  }
  if (!words.length || words.every((w) => GENERIC.has(w.toLowerCase())) || STREET.test(words[words.length - 1] ?? '')) return null;
  const name = words.join(' ');
  // "Penelope Abernathy of the University of North Carolina": the person, not the university.
  const affiliated = /^(.+?) (?:of|at|from|de|del|da|do) (?:the |la |el )?(.+)$/u.exec(name);
  if (affiliated?.[1] && affiliated[2] && affiliated[1].includes(' ') && !isInstitution(affiliated[1]) && isInstitution(affiliated[2])) {
    return stripTitles(affiliated[1].split(' ')).join(' ');
  }
  if (lookupKnown(name)) return name;
  const person = stripTitles(words);
  // "Indiana State Teachers Association President Keith Gambill": the person the title names. Not
  // where the cut falls after a joiner: "Association of American Railroads" is one name.
  const cutAfter = (words[words.length - person.length - 1] ?? '').toLowerCase();
  if (person.length > 1 && person.length < words.length && cutAfter !== 'of' && cutAfter !== 'the' && !isInstitution(person.join(' '))) return person.join(' ');
  if (isInstitution(name)) return name;
  if (!person.length) return null;
  if (person.every((w) => NOT_NAMES.has(w.toLowerCase()) || GENERIC.has(w.toLowerCase()))) return null;
  return person.join(' ');
}

/** Whether `word` is a title or role that comes before a name ("President", "Sen."). */
function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/u, ''));
}

function isDroppable(word: string): boolean {
  // An acronym is a name even when it spells a word: "WHO", "ONU".
  if (/^\p{Lu}{2,}$/u.test(word) && word !== 'THE') return false;
  const lower = word.toLowerCase().replace(/\.$/u, '');
  return STOPWORDS.has(lower) || NOT_NAMES.has(lower);
}

/** "U.S. Attorney General Pam Bondi" → "Pam Bondi": everything up to the last title word goes. */
function stripTitles(words: string[]): string[] {
  let cut = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const w = (words[i] ?? '').toLowerCase();
    const next = (words[i + 1] ?? '').toLowerCase();
    if (isTitle(w) || (NATIONALITY.test(words[i] ?? '') && TITLES.has(next))) cut = i + 1;
  }
  // "High Commissioner for Human Rights": a title with its own complement is an office, kept whole.
  return /^\p{Ll}/u.test(words[cut] ?? '') ? words : words.slice(cut);
}

export function isInstitution(name: string): boolean {
  return GOVERNMENT_WORDS.test(name) || ORGANIZATION_WORDS.test(name) || OUTLET_WORDS.test(name) || AGENCY_WORDS.test(name);
}

/** The kind of source a cleaned name most likely is; `countries` (see countries.ts) are governments. */
export function classifyName(name: string, countries: ReadonlySet<string>): SourceKind {
  const known = lookupKnown(name);
  if (known) return known.kind;
  if (AGENCY_WORDS.test(name)) return 'news-agency';
  if (COMPANY_OFFICE.test(name)) return 'organization';
  if (GOVERNMENT_WORDS.test(name) || STATE_METONYMS.has(name) || countries.has(name) || REGION.test(name)) return 'government';
  if (OUTLET_WORDS.test(name)) return 'news-outlet';
  if (ORGANIZATION_WORDS.test(name)) return 'organization';
  if (/^[\p{Lu}\d.&-]{2,}$/u.test(name) || NOT_GIVEN.test(name)) return 'organization';
  return 'person';
}

/**
 * An office word inside a company's name ("Box Office Mojo", "American Farm Bureau Federation"; a
 * state's comes last or before "of": "Census Bureau", "Office of Management"), or a company's
 * regional arm ("Ascom North America").
 */
const COMPANY_OFFICE = /\b(?:Office|Bureau|Service) (?!of\b|for\b)\p{Lu}|. (?:North America|Europe|Asia)$/u;

/** Adjectives that open a company's name, not a person's: "Blue Origin", "Big Machine", "Digital Vision". */
const NOT_GIVEN = /^(?:Big|Blue|Red|Green|Black|Golden|Silver|Digital|Global|United|National|Royal|New|Great|Future|Open|Smart|Central) /;

/** A nationality or language standing alone: "Russian", "Canadian", "Japanese". */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u;

/** Where `word` stands alone in `text` (no letter right before or after), in order. */
export function* wholeWordAt(word: string, text: string): Generator<number> {
  if (!word) return;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!IS_LETTER.test(text.slice(Math.max(0, i - 1), i)) && !IS_LETTER.test(text.charAt(i + word.length))) yield i;
  }
}

const IS_LETTER = new RegExp(`^[${LETTER}]$`, 'u');
/** The word before a name, and an optional full stop: "President ", "Mr. ". */
const WORD_BEFORE = new RegExp(`(?<![${LETTER}])([${LETTER}]+)\\.? $`, 'u');
/** Longest word, stop and space a title may take before a name, in characters. */
const TITLE_REACH = 40;

/** The joiners of "head of the", which TITLES holds for the title strip: before a name they make no title. */
const JOINS = /^(?:of|the)$/i;
/** "the" or "The" right before a name. */
const THE_BEFORE = /\b[Tt]he $/;
/** A relative or a coach before a name: "his wife Kali". */
const KIN_BEFORE = /\b(?:wife|husband|son|daughter|brother|sister|mother|father|partner|coach) $/;
/** A verb then "he" or "she", or "who", after a name: "Vogel said he was available", "Elise wrote, she", "Lorenz, who". */
const HE_AFTER = /^(?: [a-z]+,? (?:he|she)|,? who)\b/;

/**
 * Whether the story writes of this one-word name as of a person: a title before it ("President
 * Lula", "Mr Obama"; not the "of" and "the" of "head of the", as in "manager of Tottenham"), a
 * relative ("his wife Kali"), "he" or "she" after its verb, or "who".
 */
export function readsAsPerson(name: string, text: string): boolean {
  // indexOf and fixed patterns, not a pattern per name: compiling one costs more than the search.
  for (const at of wholeWordAt(name, text)) {
    const before = text.slice(Math.max(0, at - TITLE_REACH), at);
    const title = WORD_BEFORE.exec(before)?.[1];
    // "the Taliban, who": a group, as no person comes after "the".
    if ((title && !JOINS.test(title) && isTitle(title)) || KIN_BEFORE.test(before) || (HE_AFTER.test(text.slice(at + name.length, at + name.length + 24)) && !THE_BEFORE.test(before))) return true;
  }
  return false;
}

/** What may follow "the Name" of a body: a possessive, punctuation, the end, a verb, or what it publishes ("the TexAuto Facts report"). */
const BODY_AFTER = /^(?:['’]s\b|[,.;:!?)]|$| (?:said|says|has|have|had|is|was|announced|reported|report|survey|study|poll|index)\b)/;
/** A verb then "its" after a name. */
const ITS_AFTER = /^ [a-z]+ its\b/;
/**
 * What the name is, or whose, right before it: "the journal JAMA Psychiatry", "a spokesperson for
 * Inherent Resolve", "a new survey from Piper Jaffray" (not "a study by": people write those).
 */
const BODY_BEFORE = /\b(?:the (?:journal|newspaper|magazine|company|firm|group|label|band|website|studio|agency)|spokes(?:man|woman|person) for|(?:survey|report|study|poll|data) from) $/;
/** How far back the kind of body is looked for, in characters. */
const BODY_REACH = 20;

/**
 * Whether the story writes of this name as of a body: after "the", with no lower-case word after
 * it but a verb ("according to The Hollywood Reporter.", "The Verge’s review", "the Doobie
 * Brothers announced"; not "the Trump administration"), with a verb then "its" ("SpaceX said its"),
 * or after the kind of body it is ("the journal JAMA Psychiatry").
 */
export function readsAsBody(name: string, text: string): boolean {
  for (const at of wholeWordAt(name, text)) {
    const after = text.slice(at + name.length, at + name.length + 24);
    const before = text.slice(Math.max(0, at - BODY_REACH), at);
    if ((THE_BEFORE.test(before) && BODY_AFTER.test(after)) || ITS_AFTER.test(after) || BODY_BEFORE.test(before)) return true;
  }
  return false;
}

/** Whether a capitalised word is never a name by itself (weekday, generic noun, function word). */
export function isNotName(word: string): boolean {
  return isDroppable(word) || DEMONYM.test(word) || GENERIC.has(word.toLowerCase());
}

/** A place right before a name: "in Greenbelt, Maryland, has confirmed", "a telescope atop Mauna Kea". */
const IN_BEFORE = /\b(?:in|en) (?:\S+['’]s )?$/;
const AT_BEFORE = /\b(?:atop|near) $/;
/** A title and "of" or "for" before a name: "president of Chapter & Verse". */
const OFFICE_BEFORE = /(\S+) (?:of|for) $/;

/**
 * Whether a speaker pattern's match, with `before` it in the sentence, names a place or an
 * employer rather than who spoke: "… in Washington, D.C., said" (a place then its region, between
 * commas; "authorities in Beijing announced" keeps Beijing), "Jeff Sanborn, president of Chapter &
 * Verse, a design agency, said" (a name in apposition is never the employer).
 */
export function notSpeaker(before: string, match: string, apposed: boolean): boolean {
  if (AT_BEFORE.test(before) || (match.includes(',') && IN_BEFORE.test(before))) return true;
  const office = apposed ? undefined : OFFICE_BEFORE.exec(before)?.[1];
  return office !== undefined && isTitle(office);
}
