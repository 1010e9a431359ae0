/**
 * Whether a source is a person or a body, and which entry a short name belongs to: the settling
 * SourceSet.finish (attributions.ts) does once every name of the story is in.
 */
import { LETTER, LOWER, UPPER } from './letters';
import { classifyName, cleanName, readsAsPerson, STATE_METONYMS, wholeWordAt } from './names';
import type { Source, SourceRole } from './types';

/**
 * A one-word "person" that is not a surname the story gives in full (that comes first: see
 * SourceSet.finish) is a mononym when the story gives a title ("President Lula"); otherwise it is
 * most likely a company: "Nissan said", "Alibaba said".
 */
export function settleOneWordName(source: Source, storyText: string, people: readonly Source[]): void {
  // A name another source gives in full, first ("Martha" and "Martha Fry") or last, where the
  // story has more than one person of that name ("Tyler Besecker" of "Dana F. Besecker Company").
  if (people.some((p) => p.name.startsWith(`${source.name} `) || p.name.endsWith(` ${source.name}`))) return;
  // A short family name written first, as in "Li Jianxiong" or "Kim Jong Un": still a person.
  if (source.name.length <= 3 && new RegExp(`(?<![${LETTER}])${escapeRe(source.name)} [${UPPER}][${LOWER}]+(?![${LETTER}])`, 'u').test(storyText)) return;
  // Contributors listed by one name are still people. Photographers are credited by their full
  // names, so one word in a photo credit is an agency or a company ("Image credit: Future"); so is
  // a name cited ("according to Refinitiv") unless the story writes of a person.
  if (!readsAsPerson(source.name, storyText) && source.roles.every((r) => r === 'quoted' || r === 'statement' || r === 'cited' || r === 'photo')) {
    toOrganization(source);
  }
}

/** A company's legal form, after its name: "Sierra Nevada Corp". */
const LEGAL_FORM = / (?:Corp|Corporation|Inc|Co|Ltd|LLC|plc|AG|SA|GmbH)\.?$/u;

/**
 * The body a short name stands for, named in full elsewhere in the story: its last words, of the
 * same kind ("the Chronicle", "the San Francisco Chronicle"), or its name without the legal form,
 * read as a person's ("Sierra Nevada said", "Sierra Nevada Corp").
 */
export function fullBody(short: Source, sources: readonly Source[]): Source | undefined {
  return sources.find((s) =>
    short.kind === 'person'
      ? s.kind === 'organization' && LEGAL_FORM.test(s.name) && s.name.replace(LEGAL_FORM, '') === short.name
      : s.kind === short.kind && s.name.endsWith(` ${short.name}`),
  );
}

/** A body makes statements; only people are quoted. */
export function bodyRoles(roles: readonly SourceRole[]): SourceRole[] {
  return [...new Set(roles.map((r) => (r === 'quoted' ? 'statement' : r)))];
}

export function toOrganization(source: Source): void {
  source.kind = 'organization';
  source.roles = bodyRoles(source.roles);
}

export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A first name, and a middle initial, right before a surname: "Pam ", "Jane Q. ". */
const GIVEN_BEFORE = new RegExp(`(?<![${LETTER}])[${UPPER}][${LETTER}'’-]+(?: [${UPPER}]\\.)? $`, 'u');
/** Longest first name and initial looked for before a surname, in characters. */
const GIVEN_REACH = 60;
/** How far back a sentence's end is looked for before a name, in characters (spaces between). */
const OPENING_REACH = 20;

/** The one full name ending in `surname` that the story uses, if there is exactly one. */
export function fullName(surname: string, storyText: string, countries: ReadonlySet<string>): string | null {
  // Full names inside a sentence count first; one opening a sentence may be "Accordingly Turkey".
  const inside = new Set<string>();
  const opening = new Set<string>();
  for (const at of wholeWordAt(surname, storyText)) {
    const given = GIVEN_BEFORE.exec(storyText.slice(Math.max(0, at - GIVEN_REACH), at));
    if (!given) continue;
    const start = at - given[0].length;
    const name = cleanName(storyText.slice(start, at + surname.length));
    // "ambassador to Britain Liu Xiaming": a country that stands for its state is no first name.
    if (!name || !name.includes(' ') || !name.endsWith(surname) || classifyName(name, countries) !== 'person' || STATE_METONYMS.has(name.split(' ')[0] ?? '')) continue;
    const lead = storyText.slice(Math.max(0, start - OPENING_REACH), start).trimEnd();
    const atStart = (lead === '' && start <= OPENING_REACH) || /[.!?:;“"‘«—]$/u.test(lead);
    (atStart ? opening : inside).add(name);
  }
  const names = inside.size ? inside : opening;
  return names.size === 1 ? [...names][0] ?? null : null;
}

/** A capitalised word right after a first name, ending the name: "Taylor Swift", not "Roscosmos Space Agency". */
const FAMILY_AFTER = new RegExp(`^ [${UPPER}][${LOWER}]+(?![${LETTER}]| [${UPPER}])`, 'u');

/**
 * The one full name starting with `given` ("Taylor has admitted" and "Taylor Swift") whose family
 * name the story also uses alone ("Swift’s claims"): a product's second word rarely stands alone
 * ("Nissan Leaf"), and after "the" it is still the product.
 */
export function fullNameOfGiven(given: string, storyText: string, countries: ReadonlySet<string>): string | null {
  const names = new Set<string>();
  for (const at of wholeWordAt(given, storyText)) {
    const family = FAMILY_AFTER.exec(storyText.slice(at + given.length, at + GIVEN_REACH))?.[0] ?? '';
    const alone = [...wholeWordAt(family.trim(), storyText)].some((i) => !storyText.endsWith(`${given} `, i) && !storyText.endsWith('the ', i));
    if (alone && classifyName(given + family, countries) === 'person') names.add(given + family);
  }
  return names.size === 1 ? [...names][0] ?? null : null;
}
