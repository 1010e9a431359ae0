import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/core/types';
import { firstDifference } from '../helpers/golden';
import { occurrences, ruleFailures } from '../helpers/golden-rules';

function result(text: string, sources: string[] = []): ExtractResult {
  return {
    url: 'https://x.example/',
    title: 'T',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    html: '',
    text,
    wordCount: 0,
    readingMinutes: 1,
    removed: { clutter: [], duplicates: [] },
    sources: sources.map((name) => ({ name, kind: 'news-agency', roles: ['reported'], mentions: [] })),
    page: { byline: null, siteName: null, publishedTime: null, canonicalUrl: null, republishedFrom: null },
  };
}

describe('golden rules', () => {
  it('counts occurrences across reflowed whitespace', () => {
    expect(occurrences('one  two\n\nthree two', 'two')).toBe(2);
    expect(occurrences('a b', '  a\n b ')).toBe(1);
  });

  it('flags a must_keep sentence that is missing or doubled, and a must_drop that stays', () => {
    const rules = { must_keep: ['Kept once.', 'Gone.'], must_drop: ['Share this:'] };
    const failures = ruleFailures(result('Kept once.\n\nKept once.\n\nShare this:'), rules);
    expect(failures).toHaveLength(3);
    expect(ruleFailures(result('Kept once.\n\nGone.'), rules)).toEqual([]);
  });

  it('wants one of each dup group, and exactly one unless dup_groups_strict is false', () => {
    const group = [['A said it.', 'It was said by A.']];
    const both = result('A said it. It was said by A.');
    expect(ruleFailures(both, { dup_groups: group })).toHaveLength(1);
    expect(ruleFailures(both, { dup_groups: group, dup_groups_strict: false })).toEqual([]);
    expect(ruleFailures(result('Nothing.'), { dup_groups: group, dup_groups_strict: false })).toHaveLength(1);
  });

  it('checks hard negatives stay and sources only when check_sources is on', () => {
    expect(ruleFailures(result('x'), { hard_negatives: ['share your story'] })).toHaveLength(1);
    const sources = { sources_required: [['Reuters'], ['AP', 'Associated Press']] };
    expect(ruleFailures(result('x', ['Reuters']), sources)).toEqual([]);
    expect(ruleFailures(result('x', ['Reuters']), { ...sources, check_sources: true })).toHaveLength(1);
    expect(ruleFailures(result('x', ['reuters', 'Associated Press']), { ...sources, check_sources: true })).toEqual([]);
  });

  it('names the first differing paragraph of a snapshot', () => {
    expect(firstDifference('a\n\nb  c\n', 'a\n\nb c')).toBeNull();
    expect(firstDifference('a\n\nb\n\nc', 'a\n\nB\n\nc')).toMatch(/^paragraph 1 differs[\s\S]*expected: b[\s\S]*actual: {3}B/);
  });
});
