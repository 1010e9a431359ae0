/**
 * Credits: those written as labels rather than sentences (photo credits in captions, agency
 * datelines, bylines and "Source:" lines), and the lists of contributors that close wire copy
 * (issue #5).
 */
import type { Candidate } from './attribution-patterns';
import { classifyName, NAME, namesIn } from './names';
import { lookupKnown } from './sources-data';

/** A credit longer than this is prose, not a label. In UTF-16 units. */
const MAX_CREDIT_LENGTH = 120;

/**
 * Words that mark the agency half of a photo credit even when the agency is not in our list:
 * "Shutterstock Images", "Pool Photo".
 */
export const PHOTO_WORDS = /\b(?:Photo|Photos|Foto|Fotos|Images|Image|Pool|Press|Stock|Imagen|Imágenes|Bild)\b/u;

/** "(Ariana Cubillos/AP Photo)", "(AP Photo/Evan Vucci)", "(Carlos Jasso/Reuters)". */
const SLASH_CREDIT = /\((?<a>[^()/]{2,60})\/(?<b>[^()]{2,60})\)/gu;
/**
 * A credit closing a caption, names and slashes with no brackets: "REUTERS/Maxim Shemetov",
 * "Kathrin Ziegler/Getty", "Sonu Mehta/Hindustan Times/Getty Images", "J. Scott Applewhite / AP file",
 * "Anthony Wallace / AFP - Getty Images".
 */
const TAIL_CREDIT = new RegExp(String.raw`(?<![\p{L}/])(?<c>${NAME}(?: ?/ ?${NAME}| - ${NAME})+)(?: file)?\s*$`, 'u');
/**
 * "Photo: Name/EFE", "Foto: EFE", "(Photo by Name/Getty Images)", "Credit: Name for The Times",
 * "Main image credit: Getty", "… on Monday. Credit Harry Campbell". "Credit" needs a colon after
 * it or a sentence's end before it ("its Payboo Credit Card"); lower case, the colon ("gave credit
 * to"). A full stop ends it, except an initial's: "Photo: Gene J. Puskar", "Ringo H.W. Chiu".
 */
const LABEL_CREDIT =
  /(?:^|[(\s])(?:Photos?|Photograph|Image|[Cc]redit(?=:)|(?<=^|[.!?)”] )Credit|Foto|Fotografía|Imagen|Crédito|Crédit|Bild|Fotos)(?: credit(?: should read)?)?(?:\s+(?:by|de|por|von))?\s*:?\s+(?<c>(?:[^.;()]|(?<=(?<!\p{L})\p{Lu})\.){2,100})/gu;
/** "MOSCOW (Reuters) —", "Madrid, 3 mar (EFE).-": an agency in parentheses. */
const PAREN_AGENCY = /\((?<n>[^()]{2,30})\)/gu;
/** "By Jane Doe, Associated Press" or "Por Juan Pérez (EFE)". */
const BYLINE = /^(?:By|Por|Par|Von|Di)\s+(?<c>.+)$/u;
/** "Source: Reuters", "Fuente: Ministerio de Salud". */
const SOURCE_LINE = /(?:^|\()(?:Sources?|Fuentes?|Quelle|Fontes?)\s*:\s*(?<c>[^)]+)/gu;

/** "Photo by ", "Credit..." before a photographer's name inside a slash credit. */
const LABEL_PREFIX = /^(?:Photos?|Photograph|Image|Credit|Fotos?|Fotografía|Imagen|Crédito|Crédit|Bild)(?!\p{L})(?:\s+(?:by|de|por|von))?[\s:.…]*/u;
const CREDIT_SPLIT = /\s*(?:\/|,|\||\s+for\s+|\s+via\s+|\s+para\s+|\s+-\s+|\s+—\s+|\s+–\s+)\s*/u;
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');

function isAgencyPart(part: string): boolean {
  const bare = part.replace(/\s+(?:Photos?|Fotos?|Images?)$/u, '');
  return Boolean(lookupKnown(bare)) || PHOTO_WORDS.test(part);
}

/** The agency named by a credit part: "AP Photo" → "AP", "AFP via Getty Images" is split earlier. */
function agencyName(part: string): string {
  const bare = part.replace(/\s+(?:Photos?|Fotos?)$/u, '').trim();
  return bare || part;
}

/** A credit's part without its label and joiner: "Photo by Jane Doe" → "Jane Doe", "and AP" → "AP". */
function cleanPart(raw: string): string {
  return raw.trim().replace(LABEL_PREFIX, '').replace(/^(?:the|The|and)\s+/u, '');
}

function creditParts(text: string, index: number): Candidate[] {
  const out: Candidate[] = [];
  for (const rawPart of text.split(CREDIT_SPLIT)) {
    const part = cleanPart(rawPart);
    if (isAgencyPart(part)) out.push({ raw: agencyName(part), index, role: 'photo', newsOnly: false });
    else if (NAME_ONLY.test(part)) out.push({ raw: part, index, role: 'photo', newsOnly: false });
  }
  return out;
}

/**
 * Words one of which every LABEL_CREDIT contains ("Photograph" holds "Photo", "Imagen" "Image",
 * "redit" both "Credit" and "image credit:"):
 * plain searches that let most paragraphs skip the pattern, which has no literal start (issue #8).
 */
const LABEL_WORDS = ['Photo', 'Image', 'redit', 'Foto', 'Crédit', 'Bild'];

/** Photo credits in a caption or a paragraph. */
export function photoCredits(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes('/')) slashCredits(text, out);
  if (LABEL_WORDS.some((w) => text.includes(w))) labelCredits(text, out);
  return out;
}

/** "(Name/Agency)", and names with slashes closing the text: both need a slash, which most paragraphs lack. */
function slashCredits(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(SLASH_CREDIT)) {
    const a = m.groups?.a?.trim() ?? '';
    const b = m.groups?.b?.trim() ?? '';
    if (!isAgencyPart(a) && !isAgencyPart(b)) continue;
    out.push(...creditParts(`${a}/${b}`, m.index ?? 0));
  }
  const m = TAIL_CREDIT.exec(text);
  // A name runs over a full stop ("in Hong Kong. REUTERS/Stringer", "Brooklyn.CreditFred R.
  // Conrad/The New York Times"): the credit starts after the last one that ends a word rather than
  // an initial ("J. Scott Applewhite"), or after the label "Credit".
  const credit = m?.groups?.c?.replace(/^.*(?:\p{L}{2}\.|Credit)[\s.…:]*/u, '') ?? '';
  if (credit.split(CREDIT_SPLIT).some(isAgencyPart)) out.push(...creditParts(credit, m?.index ?? 0));
}

function labelCredits(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(LABEL_CREDIT)) {
    const credit = m.groups?.c ?? '';
    const parts = creditParts(credit, m.index ?? 0);
    // A label credit must name an agency or look like nothing but names ("Foto: EFE"), and where
    // each photo is ("Photos by A, left, and B/Invision/AP").
    if (parts.length && credit.split(CREDIT_SPLIT).map(cleanPart).every((p) => isAgencyPart(p) || NAME_ONLY.test(p) || /^(?:left|right|top|bottom|center)$/.test(p))) {
      out.push(...parts);
    }
  }
}

/** How far into a paragraph a dateline's "(Agency)" may sit, in UTF-16 units. */
const DATELINE_CHARS = 80;
/** "Buenos Aires, 12 feb (Télam).-", "LAGOS (Punch) —": any name in a dateline is the wire. */
const DATELINE = new RegExp(String.raw`^[^()]{2,${DATELINE_CHARS}}\((?<n>${NAME})\)\s*(?:\.-|[-–—])`, 'u');

/** "(AFP)", "(EFE)", "(Reuters)" anywhere: a known news source in parentheses; any name in a dateline. */
export function parenthesisedAgencies(text: string, countries: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes('(')) return out;
  const m = DATELINE.exec(text);
  const dateline = m?.groups?.n;
  // Only a real dateline: a city in capitals ("LAGOS") or a date before the parenthesis.
  const lead = m ? text.slice(0, m.index + m[0].indexOf('(')) : '';
  if (dateline && !lookupKnown(dateline) && classifyName(dateline, countries) !== 'government' && (/\d/u.test(lead) || /^[\p{Lu}\s,.'’-]+$/u.test(lead.trim()))) {
    out.push({ raw: dateline, index: text.indexOf(dateline), role: 'reported', newsOnly: false, kind: 'news-agency' });
  }
  for (const m of text.matchAll(PAREN_AGENCY)) {
    const name = m.groups?.n?.trim() ?? '';
    const known = lookupKnown(name);
    if (known && (known.kind === 'news-agency' || known.kind === 'news-outlet')) {
      out.push({ raw: name, index: m.index ?? 0, role: 'reported', newsOnly: true });
    }
  }
  return out;
}

/**
 * A byline naming an agency or outlet: "By Jane Doe, Associated Press". `labelled`: the text must
 * open with "By"/"Por" (running text); the page's metadata byline need not. A byline naming only
 * people is the page's own writer, not a source, so it yields nothing.
 */
export function bylineCredits(text: string, labelled = true): Candidate[] {
  if (text.length > MAX_CREDIT_LENGTH) return [];
  const rest = BYLINE.exec(text.trim())?.groups?.c ?? (!labelled || lookupKnown(text.trim()) ? text.trim() : null);
  if (!rest) return [];
  const parts = rest.split(/\s*(?:,|\||\/|\(|\)|\s+and\s+|\s+y\s+|\s+et\s+|\s+und\s+|\s+e\s+)\s*/u).filter(Boolean);
  if (!parts.every((p) => NAME_ONLY.test(p))) return [];
  if (!parts.some((p) => lookupKnown(p))) return [];
  return parts.map((p) => ({ raw: p, index: 0, role: lookupKnown(p) ? 'reported' : 'contributed', newsOnly: false }));
}

/** "Source: Reuters" or "Fuente: Ministerio de Salud". */
export function sourceLines(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes(':')) return out;
  for (const m of text.matchAll(SOURCE_LINE)) {
    const credit = m.groups?.c ?? '';
    if (credit.length > MAX_CREDIT_LENGTH) continue;
    for (const part of credit.split(/\s*(?:,|;|\s+and\s+|\s+y\s+)\s*/u)) {
      const name = part.trim().replace(/\.$/u, '');
      if (NAME_ONLY.test(name)) out.push({ raw: name, index: m.index ?? 0, role: 'according', newsOnly: false });
    }
  }
  return out;
}

/**
 * Lists of contributors: "X, Y and Z contributed to this report", "Reporting by X; editing by Y".
 * Each with a cue: the lazy list patterns are slow on the many sentences that cannot match.
 */
const LIST_PATTERNS: { re: RegExp; cue: RegExp }[] = [
  { re: /^(?<l>.+?)\s+contributed(?: reporting)?(?: to)? (?:this|the) (?:report|story|article)/gu, cue: /contributed/u },
  { re: /(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch) by\s+(?<l>[^;.]+)/gu, cue: / by\s/u },
  { re: /(?:[Cc]on (?:información|informaciones|reportes) de|[Cc]om informações d[aeo]s?|[Mm]it Material von)\s+(?<l>[^;.]+)/gu, cue: /informaci|reportes de|informações|Material von/u },
];

/** "In Moscow", "from Caracas": where a contributor was, not who. */
const PLACE_SUFFIX = new RegExp(String.raw`\s+(?:in|en|from|desde|à|aus|em)\s+${NAME}(?:,\s*${NAME})?`, 'gu');

/** The contributors a sentence lists, one candidate each. */
export function contributorLists(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { re, cue } of LIST_PATTERNS) {
    for (const m of cue.test(sentence) ? sentence.matchAll(re) : []) {
      const list = m.groups?.l;
      if (!list) continue;
      const offset = sentence.indexOf(list);
      const cleaned = list.replace(PLACE_SUFFIX, '');
      for (const raw of namesIn(cleaned)) out.push({ raw, index: offset + Math.max(0, list.indexOf(raw)), role: 'contributed', newsOnly: false });
    }
  }
  return out;
}
