import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactKey, tokenize } from '../../src/core/normalize';

/**
 * The duplicate pass keys and tokenises plain text with ASCII-only patterns (issue #8). These
 * reference versions use the Unicode classes throughout; the fast paths must agree with them.
 */
const QUOTES = /[‘’‚‛′´`“”„‟″«»‹›]/g;
const TOKEN = /\p{Lu}(?:\.\p{Lu})+\.?|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

function referenceTokens(sentence: string): string[] {
  const text = sentence.normalize('NFKC').replace(QUOTES, "'");
  return [...text.matchAll(TOKEN)].map((m) => m[0]);
}

function referenceKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** ASCII, the punctuation the fast path accepts, and letters, digits and spaces it must not. */
const char = fc.constantFrom(
  ...'aZ09 .,\'-"(:U.S.'.split(''),
  '—', '–', '…', '•', '«', '»', '’', '“', '\u00a0', '\u2009', 'é', 'Ñ', 'ß', 'ª', 'µ', '²', '½', 'Ω', 'ж', '٣', '\u2070', '\u2071', 'ﬁ',
);
const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));

describe('normalize fast paths', () => {
  it('tokenize finds what the Unicode token pattern finds', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(tokenize(s).map((t) => t.raw)).toEqual(referenceTokens(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('exactKey is the Unicode key', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(exactKey(s)).toBe(referenceKey(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('exactKey is the Unicode key for every character of the Basic Multilingual Plane, between letters', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = `a${String.fromCharCode(c)}b`;
      if (exactKey(s) !== referenceKey(s)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('tokenises an em-dashed sentence like one without the dash', () => {
    expect(tokenize('Officials — the U.S. said — 1,000 ships').map((t) => t.raw)).toEqual(['Officials', 'the', 'U.S.', 'said', '1,000', 'ships']);
  });
});
