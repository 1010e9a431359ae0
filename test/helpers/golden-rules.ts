import { collapse } from '../../src/core/text';
import type { ExtractResult } from '../../src/core/types';
import type { ExpectRules } from './golden';

/** Checks a result against a page's expect.json; returns one message per broken rule. */

/** Non-overlapping occurrences of `needle` in `haystack`, both whitespace-collapsed. */
export function occurrences(haystack: string, needle: string): number {
  const n = collapse(needle);
  if (!n) return 0;
  let count = 0;
  for (let i = haystack.indexOf(n); i >= 0; i = haystack.indexOf(n, i + n.length)) count++;
  return count;
}

const cut = (s: string): string => (s.length > 90 ? `${s.slice(0, 87)}...` : s);

function countRule(text: string, list: string[] | undefined, name: string, ok: (n: number) => boolean, want: string): string[] {
  return (list ?? [])
    .map((s) => ({ s, n: occurrences(text, s) }))
    .filter(({ n }) => !ok(n))
    .map(({ s, n }) => `${name}: found ${n}x, want ${want}: "${cut(s)}"`);
}

function dupGroupFailures(text: string, rules: ExpectRules): string[] {
  const strict = rules.dup_groups_strict !== false;
  const out: string[] = [];
  for (const group of rules.dup_groups ?? []) {
    const total = group.reduce((sum, s) => sum + occurrences(text, s), 0);
    if (total === 0) out.push(`dup_groups: none kept of "${cut(group[0] ?? '')}" and its rewordings`);
    else if (strict && total > 1) out.push(`dup_groups: ${total} kept, want 1: "${cut(group[0] ?? '')}"`);
  }
  return out;
}

function sourceFailures(result: ExtractResult, rules: ExpectRules): string[] {
  if (rules.check_sources !== true) return [];
  const names = new Set(result.sources.map((s) => s.name.toLowerCase()));
  return (rules.sources_required ?? [])
    .filter((group) => !group.some((alias) => names.has(alias.toLowerCase())))
    .map((group) => `sources_required: none of ${JSON.stringify(group)} in sources`);
}

export function ruleFailures(result: ExtractResult, rules: ExpectRules): string[] {
  const text = collapse(result.text);
  return [
    ...(rules.title !== undefined && result.title !== rules.title ? [`title: "${result.title}", want "${rules.title}"`] : []),
    ...(rules.lang !== undefined && result.lang !== rules.lang ? [`lang: "${result.lang}", want "${rules.lang}"`] : []),
    ...countRule(text, rules.must_keep, 'must_keep', (n) => n === 1, 'exactly 1'),
    ...countRule(text, rules.must_drop, 'must_drop', (n) => n === 0, '0'),
    ...countRule(text, rules.exact_once, 'exact_once', (n) => n === 1, 'exactly 1'),
    ...countRule(text, rules.hard_negatives, 'hard_negatives', (n) => n >= 1, 'at least 1'),
    ...dupGroupFailures(text, rules),
    ...sourceFailures(result, rules),
  ];
}
