import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { countWords, readingMinutes } from '../../src/core/reading-time';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('readingMinutes by language', () => {
  test.each([
    ['en', 2380, 10],
    ['es', 2180, 10],
    ['fr', 1950, 10],
    ['de', 1790, 10],
    ['pt-BR', 1810, 10],
    ['it_IT', 1880, 10],
  ])('%s reads at its own speed', (lang, n, minutes) => {
    expect(readingMinutes(words(n), lang)).toBe(minutes);
  });

  test('German takes longer than English for the same word count', () => {
    expect(readingMinutes(words(2000), 'de')).toBeGreaterThan(readingMinutes(words(2000), 'en'));
  });

  test('an unknown or missing language reads at the English speed', () => {
    expect(readingMinutes(words(2380), null)).toBe(10);
    expect(readingMinutes(words(2380), 'xx')).toBe(10);
    expect(readingMinutes(words(2380))).toBe(10);
  });

  test('Chinese and Japanese count characters, each at its own speed', () => {
    const han = '中'.repeat(2550);
    expect(countWords(han)).toBe(2550);
    expect(readingMinutes(han, 'zh-Hans')).toBe(10);
    expect(readingMinutes('字'.repeat(3570), 'ja')).toBe(10);
  });

  test('never less than a minute', () => {
    expect(readingMinutes('Short.', 'en')).toBe(1);
    expect(readingMinutes('', 'es')).toBe(1);
  });
});

/** The counter is a hand-written loop; the regex it replaced is the definition it must keep. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/gu;
function byRegex(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk + (text.replace(CJK, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0);
}

describe('countWords', () => {
  test.each([
    ["don't stop the well-known co-op's 3-2 win", 7],
    ['a--b -c d- ’e f’ g’h', 7],
    ['東京で2024年-5月', 7],
    ['Señora Müller’s 𝐀𝐁-x 😀 Ελλάδα', 4],
    ['', 0],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
    expect(countWords(text)).toBe(byRegex(text));
  });

  test('agrees with the regex on any text', () => {
    const alphabet = fc.constantFrom(...'aZ9 -’\'é×中カ한𝐀😀\ud800.'.split(''), '𝐀', '😀');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => countWords(text) === byRegex(text)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => countWords(text) === byRegex(text)), { numRuns: 2000 });
  });
});
