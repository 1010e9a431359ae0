import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../src/core/text';

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
