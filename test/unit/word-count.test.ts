import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/core/clutter-dom';
import { wordCharAt } from '../../src/core/word-chars';

/** The clutter rules' word count is a hand-written loop; it must count exactly what the regex does. */

const byRegex = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['Share and Follow', 3],
    ['Señora Müller’s 3½ cafés — naïve×2', 7],
    ['东京 2024 год, Ελλάδα!', 4],
    ['𝐀𝐁 and 😀 x', 3],
    ['\ud800a b', 2],
  ])('%j has %i words', (text, words) => {
    expect(wordCount(text)).toBe(words);
    expect(wordCount(text)).toBe(byRegex(text));
  });

  it('agrees with the regex on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => wordCount(text) === byRegex(text)), { numRuns: 2000 });
  });
});

describe('wordCharAt', () => {
  it('answers as the regex for every BMP code unit, the first time and from its memo', () => {
    const wrong: string[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (let c = 0; c < 0x10000; c++) {
        const char = String.fromCharCode(c);
        const expected = /[\p{L}\p{N}]/u.test(char) ? 1 : 0;
        if (wordCharAt(char, 0) !== expected) wrong.push(`pass ${pass}: U+${c.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
