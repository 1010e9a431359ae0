/**
 * Where a name found in a sentence really starts and ends: the name patterns stop at "and" and at
 * a possessive, which some names hold ("Department of Health and Human Services", "People’s Daily").
 */
import { isInstitution, NAME } from './names';
import { LETTER, UPPER } from './letters';
import { lookupKnown } from './sources-data';

/** A body's name before " and ": "the Michigan Department of Health and Human Services says". */
const NAME_BEFORE_AND = new RegExp(`(${NAME}) and $`, 'u');
const NAME_FIRST = new RegExp(`^${NAME}`, 'u');
/** How far back a body's name is looked for before " and ", in characters. */
const AND_REACH = 80;

/**
 * A body's name goes on past "and" when it names a field ("Department of Health and Human
 * Services", "Center for Disease Control and Prevention"); the patterns stop names at "and", where
 * two sources are more often listed.
 */
export function acrossAnd(raw: string, index: number, sentence: string): { raw: string; index: number } {
  const before = sentence.slice(Math.max(0, index - AND_REACH), index);
  const left = before.endsWith(' and ') ? NAME_BEFORE_AND.exec(before)?.[1] : undefined;
  // Not past a name in apposition: "… of the Department of Homeland Security and Alex Azar, the secretary".
  if (left && isFieldBody(left) && sentence.charAt(index + raw.length) !== ',') return { raw: `${left} and ${raw}`, index: index - left.length - 5 };
  const after = sentence.slice(index + raw.length);
  const right = after.startsWith(' and ') ? NAME_FIRST.exec(after.slice(5))?.[0] : undefined;
  if (right && isFieldBody(raw) && !lookupKnown(right)) return { raw: `${raw} and ${right}`, index };
  return { raw, index };
}

/** A capitalised word and its possessive right before a name, where names stop: "People’s " before "Daily". */
const OWNER_BEFORE = new RegExp(`[${UPPER}][${LETTER}]+['’]s $`, 'u');
/** The longest such word looked for, in characters. */
const OWNER_REACH = 24;

/** A known name goes back over the possessive in it ("People’s Daily"); "Trump’s lawyer" is no name. */
export function withOwner(found: { raw: string; index: number }, sentence: string): { raw: string; index: number } {
  const owner = OWNER_BEFORE.exec(sentence.slice(Math.max(0, found.index - OWNER_REACH), found.index))?.[0];
  return owner && lookupKnown(owner + found.raw) ? { raw: owner + found.raw, index: found.index - owner.length } : found;
}

function isFieldBody(name: string): boolean {
  return / (?:of|for) /.test(name) && isInstitution(name);
}
