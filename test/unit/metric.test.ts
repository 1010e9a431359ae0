import { describe, expect, it } from 'vitest';
import { exactMatch, pageCounts, pagePrecision, pageRecall, shingles, summarize, tokenize, wordRecall } from '../../bench/metric';

describe('benchmark metric', () => {
  it('tokenizes like Python \\w with Unicode, keeping case and dropping punctuation', () => {
    expect(tokenize('Ñandú, 3 años — São_Paulo! «Élan»')).toEqual(['Ñandú', '3', 'años', 'São_Paulo', 'Élan']);
  });

  it('makes 4-token shingles, one shingle for a short text and none for an empty one', () => {
    expect([...shingles(['a', 'b', 'c', 'd', 'e']).keys()]).toHaveLength(2);
    expect([...shingles(['a', 'b']).values()]).toEqual([1]);
    expect(shingles([]).size).toBe(0);
  });

  it('counts repeated shingles as a multiset and normalises TP/FP/FN by their sum', () => {
    // Truth: one shingle "a b c d". The prediction's 5 shingles hold it twice and 3 others:
    // 1 TP, 4 FP, 0 FN, normalised by 5.
    const counts = pageCounts('a b c d', 'a b c d. a b c d');
    expect(counts.tp).toBeCloseTo(1 / 5);
    expect(counts.fp).toBeCloseTo(4 / 5);
    expect(counts.fn).toBe(0);
  });

  it('scores a perfect page 1/1 and skips pages with nothing to score', () => {
    const perfect = pageCounts('one two three four five', 'one two three four five');
    expect(pagePrecision(perfect)).toBe(1);
    expect(pageRecall(perfect)).toBe(1);
    const empty = pageCounts('', '');
    expect(pagePrecision(empty)).toBeNull();
    expect(pageRecall(empty)).toBeNull();
    const nothingFound = pageCounts('one two three four five', '');
    expect(pagePrecision(nothingFound)).toBeNull();
    expect(pageRecall(nothingFound)).toBe(0);
  });

  it('averages precision and recall over pages before taking F1', () => {
    const pages = [
      { counts: pageCounts('a b c d e', 'a b c d e'), exact: true },
      { counts: pageCounts('a b c d e', ''), exact: false },
    ];
    const s = summarize(pages);
    expect(s.precision).toBe(1); // the empty prediction has no precision to average
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo((2 * 0.5) / 1.5);
    expect(s.accuracy).toBe(0.5);
  });

  it('calls a page accurate only when its token lists are equal', () => {
    expect(exactMatch('Hello, world!', 'Hello world')).toBe(true);
    expect(exactMatch('Hello world', 'hello world')).toBe(false);
  });

  it('measures word recall as a multiset and lists what is missing', () => {
    const r = wordRecall('the cat saw the dog', 'the cat saw a dog');
    expect(r.recall).toBeCloseTo(4 / 5);
    expect(r.missing).toEqual(['the']);
  });
});
