/**
 * The phrases that attribute a fact to someone, in English, Spanish, French, German, Portuguese
 * and Italian (issue #5). Each pattern captures a name (`n`) or a list of names (`l`); what the
 * name is (person, agency, ministry) is decided afterwards, in attributions.ts.
 */
import { LETTER, LOWER, UPPER } from './letters';
import { contributorLists } from './credits';
import { NAME, notSpeaker } from './names';
import { KNOWN_SOURCES } from './sources-data';
import type { SourceKind, SourceRole } from './types';

/**
 * `speech`: a person is quoted, a news organisation reported, any other body made a statement.
 * `according`: a news organisation reported, anyone else is cited.
 */
export type RoleRule = SourceRole | 'speech' | 'according';

export interface Candidate {
  /** The name as written, before clean-up. */
  raw: string;
  /** Where the name starts in the sentence (UTF-16 units). */
  index: number;
  role: RoleRule;
  /** Keep only news agencies and outlets ("told Reuters", but not "told Putin"). */
  newsOnly: boolean;
  /** Set when the pattern itself says what the name is ("the Venezuelan government"). */
  kind?: SourceKind;
}

interface Pattern {
  re: RegExp;
  role: RoleRule;
  newsOnly?: boolean;
  /** What an unknown name caught by this pattern is: a journal is an organization. */
  kind?: SourceKind;
  /** A cheap test for the pattern's key words; the full pattern runs only when it passes. */
  cue: RegExp;
  /** What must follow a match of `re` at once (sticky): `re` then `tail` is the whole pattern. */
  tail?: RegExp;
  /**
   * A second test, narrower than a cue several patterns share ("report" is everywhere): every
   * pattern that runs on a page is compiled there first, and that is most of a cold run (issue #8).
   */
  also?: RegExp;
}

/** Known names written in lower case ("dpa") are names too. */
const LOWER_ALIASES = KNOWN_SOURCES.flatMap((k) => k.aliases).filter((a) => /^\p{Ll}/u.test(a));
const N = `(?<n>${NAME}|${LOWER_ALIASES.join('|')})`;
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');

/** "report|data" → "[Rr]eport|[Dd]ata": the nouns may open a sentence. */
function initialCase(alternatives: string): string {
  return alternatives
    .split('|')
    .map((w) => {
      const first = w.charAt(0);
      return first.toUpperCase() === first ? w : `[${first.toUpperCase()}${first}]${w.slice(1)}`;
    })
    .join('|');
}

const REPORT_NOUNS = initialCase(
  'report|study|survey|review|analysis|poll|investigation|data|figures|census|paper|informe|estudio|encuesta|análisis|datos|cifras|rapport|étude|Bericht|Studie|relatório|estudo|pesquisa|dados',
);
/** Articles that may precede a name without being part of it. */
const ART = String.raw`(?:(?:the|el|la|los|las|le|les|l['’]|il|der|des|die|das|dem|den|o|a|os|as|su|sus|his|her|its|their|son|sa|ses|seu|sua)\s*)?(?:(?:newspaper|daily|news agency|agency|network|broadcaster|diario|periódico|agencia|cadena|canal|emisora|radio|quotidien|journal|agence|chaîne|Zeitung|Agentur|jornal|agência|revista|magazine)\s+)?`;
const SPEECH_VERBS = [
  'said|says|told|stated|confirmed|announced|added|noted|explained|wrote|warned|acknowledged|insisted|argued',
  'claimed|declared|tweeted|posted|testified|admitted|denied|condemned|urged|replied|responded|reported|revealed',
  'recommends|recommended|estimates|estimated|predicted|forecast',
  'dijo|declaró|afirmó|aseguró|señaló|indicó|explicó|informó|anunció|confirmó|añadió|agregó|advirtió|sostuvo',
  'manifestó|precisó|detalló|reconoció|denunció|publicó|reportó|expresó|insistió|subrayó|comentó|escribió|negó',
  'a déclaré|a indiqué|a affirmé|a annoncé|a dit|a expliqué|a ajouté|a précisé|a souligné|a confirmé|a rapporté',
  // French reporting is often in the present: "explique Nadia Benali", "Gérard Lemoine estime".
  'explique|estime|affirme|précise|souligne|indique|ajoute|déclare|assure',
  // Italian: "ha spiegato" ("ha" is taken with the verb, as "has" is), "dice".
  'detto|dichiarato|spiegato|affermato|aggiunto|sottolineato|annunciato|dice|spiega',
  'sagte|berichtete|erklärte|teilte mit|betonte|warnte|bestätigte|schrieb|meldete',
  'disse|afirmou|informou|declarou|explicou|anunciou|confirmou|relatou|acrescentou|noticiou|revelou',
].join('|');
/** Verbs that follow a quotation and come before the speaker: "…,” said Smith. */
const INVERTED_VERBS =
  'said|says|added|wrote|explained|noted|dijo|declaró|afirmó|señaló|indicó|explicó|añadió|agregó|informó|aseguró|a déclaré|a indiqué|a affirmé|a ajouté|explique|précise|ajoute|sagte|erklärte|disse|afirmou|declarou|ha detto|ha spiegato|ha dichiarato|ha aggiunto|dice|spiega';
const END = String.raw`(?![${LETTER}])`;
const SAYS = String.raw`(?:[${LOWER}]+(?:ly|mente)\s+)?(?:has |had |have |ha |había |hat )?(?:${SPEECH_VERBS})${END}`;
/**
 * SAYS on its own, tried where a speaker pattern ends (`Pattern.tail`) instead of compiled into each
 * of them: its adverb and verb list are most of what those patterns cost to compile, which a fresh
 * content script pays on every page (issue #8: 1.5 ms of P0's 1.9 in Chromium).
 */
const SAYS_AT = new RegExp(SAYS, 'uy');

const CUE_SAYS = new RegExp(`(?:${SPEECH_VERBS})${END}`, 'u');
const CUE_INVERTED = new RegExp(`(?:${INVERTED_VERBS})${END}`, 'u');
const CUE_ACCORDING =
  /according|reported by|seen by|obtained by|reviewed by|citing|polled|surveyed|consultados|citado|citando|según|acuerdo con|selon|après|laut|segundo|acordo com|conforme|angaben|secondo/iu;
const CUE_STATEMENT = /statement|communiqué|release|comunicado|declaración|erklärung|mitteilung|nota/iu;
const CUE_REPORT =
  /report|stud|survey|review|analys|poll|investigation|data|figures|census|paper|informe|estudio|encuesta|análisis|datos|cifras|rapport|étude|bericht|studie|relatório|estudo|pesquisa|dados/iu;
const CUE_TOLD = /told|interview|speaking to|dijo a|declaró a|afirmó a|explicó a|declaraciones|entrevista|à|sagte|disse/iu;
const CUE_SPOKES = /spokes|press secretary|representative|portavoz|vocer|porte-parole|sprecher|porta-voz|portavoce/iu;
const CUE_SOURCES = /fuentes|sources|fontes/iu;

const PATTERNS: Pattern[] = [
  // "Reuters reported", "Pam Bondi confirmed", "John Smith, a spokesman for X, said", "Sánchez dijo"
  // An apposition describes the name; a clause ("Titan, but the poles are drier, said …") does not.
  { re: new RegExp(String.raw`${N}(?:,(?!\s*(?:but|and|or|so|yet|while|although|though|because|as|if|when|where|since)\s)\s*(?<a>[^,;.]{1,80}),)?\s+`, 'gu'), tail: SAYS_AT, role: 'speech', cue: CUE_SAYS },
  // "Le ministre, Philippe Tabarot, a déclaré", "The mayor, Jane Roe, said"
  { re: new RegExp(String.raw`(?<![${LETTER}])[${LETTER}][${LOWER}’' ]{1,40},\s*${N},\s+`, 'gu'), tail: SAYS_AT, role: 'speech', cue: CUE_SAYS },
  // "…,” said John Smith." / "—dijo el ministro de Salud, Juan Pérez."
  {
    re: new RegExp(
      String.raw`[,”"’»—–“]\s*(?:${INVERTED_VERBS})\s+(?!(?:he|she|they|it|we|I|you)\s)(?:${ART}(?:[${LOWER}’'-]+,?\s+){0,4}?(?:(?:of|for|de|del|de la|du)\s+(?:the\s+)?[${UPPER}][${LETTER}.]*(?:\s+[${UPPER}][${LETTER}.]*)*\s*,\s*)?)?${N}(?![${LETTER}]|['’]s(?![${LETTER}]))`,
      'gu',
    ),
    role: 'speech',
    cue: CUE_INVERTED,
  },
  // "according to Reuters", "según el Ministerio de Salud", "selon l'AFP", "laut dpa", "segundo a Lusa"
  {
    re: new RegExp(
      String.raw`(?:[Aa]ccording to|[Aa]s reported by|[Ss]een by|[Oo]btained by|[Rr]eviewed by|[Cc]iting|[Ss]urveyed by|[Pp]olled by|[Cc]onsultados por|[Cc]itado por|[Cc]itando a|[Rr]eported by|[Ff]irst reported by|[Ss]egún|[Dd]e acuerdo con|[Ss]elon|[Dd]['’]après|[Ll]aut|[Ss]egundo|[Dd]e acordo com|[Cc]onforme|[Nn]ach Angaben(?: von)?|[Ss]econdo)\s+${ART}${N}`,
      'gu',
    ),
    role: 'according',
    cue: CUE_ACCORDING,
  },
  // "a statement released by the Kremlin", "un comunicado del Ministerio", "statement from X"
  {
    re: new RegExp(
      String.raw`(?:${initialCase('statement|communiqué|press release|news release|comunicado|declaración|Erklärung|Mitteilung|nota')})\s+(?:(?:released|issued|published|put out|emitido|difundido|publicado)\s+)?(?:by|from|del|de la|de los|de|des|du|von|da|do)\s+${ART}${N}`,
      'gu',
    ),
    role: 'statement',
    cue: CUE_STATEMENT,
  },
  // "a report by X", "data from the Census Bureau", "el informe de la ONU"
  {
    re: new RegExp(
      String.raw`(?:${REPORT_NOUNS})\s+(?:(?:released|published|issued|publicado|divulgado)\s+)?(?:by|from|del|de la|de los|von|da|do|dos)\s+${ART}${N}`,
      'gu',
    ),
    role: 'according',
    cue: CUE_REPORT,
  },
  // "a study published this week in the journal Diabetes Care"
  {
    re: new RegExp(
      String.raw`(?:${REPORT_NOUNS}|research|findings|article|artículo|investigación)\b[^.;]{0,60}?(?:published|appeared|publicad[oa]|publié|veröffentlicht)(?: [${LOWER}]+){0,3} (?:in|en|dans|im|na|no) (?:the |la |le |der )?(?:(?:medical |scientific )?journal |revista |magazine |Fachzeitschrift )?${N}`,
      'gu',
    ),
    role: 'cited',
    cue: CUE_REPORT,
    also: /published|appeared|publicad|publié|veröffentlicht/u,
    kind: 'organization',
  },
  // "The Kremlin’s statement noted", "Fox News Digital’s report"
  { re: new RegExp(String.raw`${N}['’]s?\s+(?:statement|communiqué|press release)`, 'gu'), role: 'statement', cue: CUE_STATEMENT, also: /['’]s?\s+(?:statement|communiqué|press release)/u },
  {
    re: new RegExp(String.raw`${N}['’]s?\s+(?:report|reporting|study|survey|analysis|data)${END}`, 'gu'),
    role: 'according',
    cue: CUE_REPORT,
    also: /['’]s?\s+(?:report|study|survey|analysis|data)/u,
  },
  // "a Reuters report", "The U.S. Congressional Research Service reports describe"
  {
    re: new RegExp(
      String.raw`${N}\s+(?:report|reports|study|survey|analysis|poll|investigation|data|figures)\s+(?:describe|describes|show|shows|say|says|said|found|finds|indicate|indicates|suggest|suggests|note|notes|estimate|estimates)${END}`,
      'gu',
    ),
    role: 'according',
    cue: CUE_REPORT,
    also: /(?:report|study|survey|analysis|poll|investigation|data|figures)s?\s+(?:describe|show|say|said|found|find|indicate|suggest|note|estimate)/u,
  },
  {
    re: new RegExp(String.raw`(?:\ba|\ban|\bin|\bun|\buna)\s+${N}\s+(?:report|poll|investigation|analysis)${END}`, 'gu'),
    role: 'reported',
    newsOnly: true,
    cue: CUE_REPORT,
    also: /\s(?:report|poll|investigation|analysis)/u,
  },
  {
    re: new RegExp(String.raw`(?:\ba|\ban)\s+${N}\s+(?:statement|communiqué)${END}`, 'gu'),
    role: 'statement',
    cue: CUE_STATEMENT,
    also: /\s(?:statement|communiqué)/u,
  },
  // "told Reuters", "said in an interview with CNN", "dijo a EFE", "a déclaré à l'AFP"
  {
    re: new RegExp(
      String.raw`(?:told|in an interview with|speaking to|dijo a|declaró a|afirmó a|explicó a|en declaraciones a|en una entrevista con|en entrevista con|a déclaré à|a indiqué à|a dit à|sagte|disse à|disse ao|em entrevista à|em entrevista ao)\s+${ART}${N}`,
      'gu',
    ),
    role: 'reported',
    cue: CUE_TOLD,
    newsOnly: true,
  },
  // "Kremlin spokesman Dmitry Peskov", "a spokesperson for the State Department", "portavoz del Gobierno"
  {
    re: new RegExp(String.raw`${N}\s+(?:spokesman|spokeswoman|spokesperson|press secretary)${END}`, 'gu'),
    role: 'statement',
    cue: CUE_SPOKES,
    also: /\s(?:spokesman|spokeswoman|spokesperson|press secretary)/u,
  },
  {
    re: new RegExp(
      String.raw`(?:spokesman|spokeswoman|spokesperson|representative|portavoz|vocero|vocera|porte-parole|Sprecher|Sprecherin|porta-voz|portavoce)\s+(?:for|of|from|at|del|de la|de los|de|des|der|du|de l['’]|da|do)\s+${ART}${N}`,
      'gu',
    ),
    role: 'statement',
    cue: CUE_SPOKES,
  },
  // "fuentes del Ministerio", "sources close to the Kremlin", "sources at the Pentagon"
  {
    re: new RegExp(String.raw`(?:${initialCase('fuentes|sources|fontes')})\s+(?:del|de la|de los|de|close to|at|in|within|cercanas a|próximas a|da|do)\s+${ART}${N}`, 'gu'),
    role: 'cited',
    cue: CUE_SOURCES,
  },
];

/** The bodies NATIONAL_BODY knows; tested first, since the full pattern has no literal start to search for. */
const CUE_BODY = /government|ministry|embassy|presidency|gobierno|cancillería|embajada/u;
/** The "the Venezuelan government condemned" shape: a nationality and a lower-case body. */
const NATIONAL_BODY = new RegExp(
  String.raw`(?<n>[${UPPER}][${LOWER}]+ (?:government|foreign ministry|ministry|embassy|presidency|gobierno|cancillería|embajada))\s+`,
  'gu',
);

type Match = Pick<RegExpMatchArray, 'index' | 'groups'> & { 0: string };

/**
 * The matches of the pattern `head` then `tail`, as that one pattern finds them: left to right,
 * without overlap. From a given start each head matches in one way only (its names take every
 * capitalised word, a comma or a space closes each part, and no lower-case alias starts another;
 * a unit test holds that), so where the tail fails the one thing left to try is the next start.
 */
function matchesWithTail(sentence: string, head: RegExp, tail: RegExp): Match[] {
  const out: Match[] = [];
  head.lastIndex = 0;
  for (let m = head.exec(sentence); m; m = head.exec(sentence)) {
    const end = m.index + m[0].length;
    tail.lastIndex = end;
    const rest = tail.exec(sentence)?.[0];
    if (rest === undefined) {
      // Every head starts with a letter of the Basic Multilingual Plane: one code unit.
      head.lastIndex = m.index + 1;
      continue;
    }
    out.push({ 0: m[0] + rest, index: m.index, groups: m.groups });
    head.lastIndex = end + rest.length;
  }
  return out;
}

/** A party and state after a politician's name: "R-Texas", "D-Calif.". */
const PARTY_TAG = /^[RDI]-/;

/** Every attribution in one sentence. */
export function attributionsIn(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  // Several patterns share a cue: each cue scans the sentence once (issue #8).
  const cued = new Map<RegExp, boolean>();
  const passes = (cue: RegExp): boolean => {
    let pass = cued.get(cue);
    if (pass === undefined) cued.set(cue, (pass = cue.test(sentence)));
    return pass;
  };
  for (const { re, tail, role, newsOnly, kind, cue, also } of PATTERNS) {
    if (!passes(cue) || (also && !also.test(sentence))) continue;
    for (const m of tail ? matchesWithTail(sentence, re, tail) : sentence.matchAll(re)) {
      // "La ministra de Sanidad, Mónica García, afirmó": the name in apposition is the speaker. A
      // party tag is not ("Sen. Ted Cruz, R-Texas, said").
      const apposed = m.groups?.a?.trim();
      const raw = apposed && NAME_ONLY.test(apposed) && !PARTY_TAG.test(apposed) ? apposed : m.groups?.n;
      if (!raw || PARTY_TAG.test(raw) || (tail && notSpeaker(sentence.slice(0, m.index), m[0], raw !== m.groups?.n))) continue;
      out.push({ raw, index: (m.index ?? 0) + m[0].indexOf(raw), role, newsOnly: newsOnly ?? false, ...(kind ? { kind } : {}) });
    }
  }
  for (const m of cued.get(CUE_SAYS) && CUE_BODY.test(sentence) ? matchesWithTail(sentence, NATIONAL_BODY, SAYS_AT) : []) {
    const raw = m.groups?.n;
    if (raw) out.push({ raw, index: m.index ?? 0, role: 'statement', newsOnly: false, kind: 'government' });
  }
  out.push(...contributorLists(sentence));
  return out;
}
