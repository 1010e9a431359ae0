/**
 * Word lists for telling a reworded repeat from a look-alike (issue #4). Small on purpose: all of it
 * ships in the content script. English and Spanish are fullest; the other languages get the words
 * that most often flip a fact.
 */

/** Words that say the same thing in news copy; the first of each group stands for the rest. */
const SYNONYM_GROUPS = [
  'seize capture confiscate impound incautar capturar decomisar requisar',
  'massive substantial large huge big giant enormous major sizable masivo enorme grande gran gigantesco',
  'tension tense tensions tensión tenso tensiones',
  'heighten escalate escalating intensify worsen inflame aumentar escalar intensificar agravar recrudecer',
  'call conversation phone llamada conversación telefónica',
  'tanker ship vessel buque barco petrolero navío',
  'kill dead die death slain muerto morir fallecer fallecido asesinado',
  'government administration gobierno administración executive ejecutivo',
  'country nation país nación',
  'relations ties relationship relaciones lazos vínculos',
  'arrest detain arrestar detener',
  'agreement deal accord pact acuerdo pacto convenio',
  'meeting summit talks reunión cumbre encuentro',
  'start begin launch comenzar iniciar empezar lanzar',
  'help aid assist assistance ayuda asistencia',
  'official authority funcionario autoridad',
  'announce state declare confirm anunciar declarar afirmar confirmar asegurar',
  'sanction sanctions sanctioned sanción sanciones sancionado',
  'coast shore costa litoral',
  'condemn denounce criticize condenar denunciar criticar',
];

/** Opposite pairs: one sentence saying the one and another saying the other state different facts. */
const OPPOSITES: readonly (readonly [string, string])[] = [
  [
    'rise rises rose risen rising increase increased increases gain gained gains climb climbed jump jumped surge surged soar soared grow grew grown higher raise raised up subir subió sube suben subieron aumentó aumenta aumentaron creció crece crecieron alza hausse augmenté stieg gestiegen aumentou aumentato',
    'fall falls fell fallen falling drop dropped drops decline declined declines decrease decreased decreases slump slumped plunge plunged shrink shrank lower down bajar bajó baja bajan bajaron cayó cae caen cayeron disminuyó disminuye descendió baisse baissé fiel gefallen caiu diminuito',
  ],
  [
    'win wins won winning beat victory ganar ganó gana ganaron victoria venció gagné gewann gewonnen venceu vinto',
    'lose loses lost losing defeat defeated perder perdió pierde perdieron derrota perdu verlor verloren perdeu perso',
  ],
  ['more most majority más mayoría mehr', 'less fewer least minority menos minoría moins weniger meno'],
  ['approve approved approves aprobó aprueba aprobaron', 'reject rejected rejects rechazó rechaza rechazaron'],
  ['open opened opens abrió abre', 'close closed closes cerró cierra'],
  ['north norte nord', 'south sur süd'],
  ['east ost', 'west oeste ouest'],
];

/** Relations whose meaning depends on what follows: "before the break" vs "after the break". */
const ANCHORED: readonly (readonly [string, string])[] = [
  ['before antes avant vor prima', 'after después despues tras après nach dopo'],
];

const NEGATIONS = 'not no never none nobody nothing nunca jamás nada nadie ni ne pas jamais nicht kein keine nie não nunca mai';

/** Spelled-out numbers 2..12 ("one" and "un" stay words: "one day" and "a day" say the same). */
const NUMBER_WORDS: Record<string, string> = {};
for (const [lang, words] of [
  ['en', 'two three four five six seven eight nine ten eleven twelve'],
  ['es', 'dos tres cuatro cinco seis siete ocho nueve diez once doce'],
] as const) {
  words.split(' ').forEach((w, i) => (NUMBER_WORDS[w] = String(i + 2)));
  void lang;
}
NUMBER_WORDS.twice = '2';
NUMBER_WORDS.dozen = '12';

/**
 * Spanish month and weekday names, written lower-case, so "martes" counts as a date fact like
 * "Tuesday" (English ones are capitalised, so they are names already; "may" and "march" are not listed).
 */
const DATE_WORDS = [
  'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
  'lunes martes miércoles jueves viernes sábado domingo',
];
const MONTH_ABBREVIATIONS: Record<string, string> = {
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
};

/** Names written several ways; applied to the raw sentence before tokenising. */
export const NAME_ALIASES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:United States(?: of America)?|U\.S\.A?\.?|USA|EE\.\s?UU\.|EEUU|Estados Unidos)(?=[^\p{L}]|$)/gu, 'US'],
  [/\b(?:United Kingdom|U\.K\.|Great Britain|Reino Unido)(?=[^\p{L}]|$)/gu, 'UK'],
  [/\b(?:European Union|Unión Europea|E\.U\.)(?=[^\p{L}]|$)/gu, 'EU'],
];

function toMap(groups: readonly string[], norm: (w: string) => string): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups) {
    const words = group.split(' ');
    for (const w of words) map.set(norm(w), norm(words[0] ?? w));
  }
  return map;
}

export interface WordTables {
  synonyms: Map<string, string>;
  /** Word (lower-case) to "<pair index>:<side>". */
  directions: Map<string, string>;
  anchored: Map<string, string>;
  negations: ReadonlySet<string>;
  numberWords: Readonly<Record<string, string>>;
  dateWords: ReadonlySet<string>;
  monthAbbreviations: Readonly<Record<string, string>>;
}

function sideMap(pairs: readonly (readonly [string, string])[]): Map<string, string> {
  const map = new Map<string, string>();
  pairs.forEach((pair, i) => pair.forEach((side, s) => side.split(' ').forEach((w) => map.set(w, `${i}:${s}`))));
  return map;
}

/** Built once per stemmer so the synonym table is keyed by the same stems the comparison uses. */
export function buildTables(stem: (w: string) => string): WordTables {
  return {
    synonyms: toMap(SYNONYM_GROUPS, stem),
    directions: sideMap(OPPOSITES),
    anchored: sideMap(ANCHORED),
    negations: new Set(NEGATIONS.split(' ')),
    numberWords: NUMBER_WORDS,
    dateWords: new Set(DATE_WORDS.join(' ').split(' ')),
    monthAbbreviations: MONTH_ABBREVIATIONS,
  };
}
