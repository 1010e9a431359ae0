import { describe, expect, it } from 'vitest';
import { LETTER, LOWER, UPPER } from '../../src/core/letters';

/**
 * The letter classes the name patterns embed, checked against a plain reading of the Unicode
 * properties, one code point at a time: the module reads them faster, never differently.
 */

const CASED = [[0x41, 0x24f], [0x300, 0x58f], [0x1e00, 0x1fff]] as const;
const is = (re: RegExp, cp: number): boolean => re.test(String.fromCodePoint(cp));

function reference(member: (cp: number) => boolean): string {
  let out = '';
  for (const [first, last] of CASED) {
    for (let cp = first; cp <= last; cp++) {
      if (!member(cp)) continue;
      const start = cp;
      while (cp < last && member(cp + 1)) cp++;
      out += `\\u{${start.toString(16)}}-\\u{${cp.toString(16)}}`;
    }
  }
  return out;
}

const joins = (own: RegExp, other: RegExp, cp: number): boolean => is(own, cp) || (is(other, cp) && is(own, cp - 1) && is(own, cp + 1));

describe('letter classes', () => {
  it('match the Unicode properties they are read from', () => {
    expect(UPPER).toBe(reference((cp) => joins(/\p{Lu}/u, /\p{Ll}/u, cp)));
    expect(LOWER).toBe(reference((cp) => joins(/\p{Ll}/u, /\p{Lu}/u, cp)));
    expect(LETTER).toBe(reference((cp) => is(/[\p{L}\p{M}]/u, cp)));
  });

  it('hold capitals, small letters and accents of the cased scripts', () => {
    const upper = new RegExp(`^[${UPPER}]+$`, 'u');
    const lower = new RegExp(`^[${LOWER}]+$`, 'u');
    expect(upper.test('ÁÉÑΩЖ')).toBe(true);
    expect(lower.test('áéñωж')).toBe(true);
    expect(new RegExp(`^[${LETTER}]+$`, 'u').test('Zoë Ångström')).toBe(false);
    expect(new RegExp(`^[${LETTER}]+$`, 'u').test('e\u0301')).toBe(true);
  });
});
