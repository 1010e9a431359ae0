import { beforeAll, describe, expect, it } from 'vitest';
import { isFailure, type ExtractResult } from '../src/core/types';
import {
  extractGolden,
  firstDifference,
  goldenPage,
  listGoldenSlugs,
  metadataOf,
  normalizeMetadata,
  readExpectedMetadata,
  readExpectedText,
} from './helpers/golden';
import { ruleFailures } from './helpers/golden-rules';

/**
 * Golden pages (test/pages/<slug>/): hand-written rules in expect.json, plus snapshots of the text
 * and metadata. A missing snapshot fails; `npm run golden:update` writes them, and its diff is read
 * before committing.
 */

const UPDATE_HINT = 'run `npm run golden:update` and read the diff it prints';

describe.each(listGoldenSlugs())('golden page %s', (slug) => {
  const page = goldenPage(slug);
  let result: ExtractResult;

  beforeAll(async () => {
    const outcome = await extractGolden(page);
    if (isFailure(outcome)) throw new Error(`${slug}: no article (${outcome.message})`);
    result = outcome;
  });

  const rules = page.rules;
  if (rules) {
    it('meets the rules in expect.json', () => {
      expect(ruleFailures(result, rules)).toEqual([]);
    });
  }

  it('matches expected.txt', () => {
    const expected = readExpectedText(page);
    expect(expected, `${slug}/expected.txt is missing: ${UPDATE_HINT}`).not.toBeNull();
    const difference = firstDifference(expected ?? '', result.text);
    expect(difference, `${slug}/expected.txt: ${difference ?? ''}\n${UPDATE_HINT}`).toBeNull();
  });

  it('matches expected-metadata.json', () => {
    const expected = readExpectedMetadata(page);
    expect(expected, `${slug}/expected-metadata.json is missing: ${UPDATE_HINT}`).not.toBeNull();
    expect(normalizeMetadata(metadataOf(result))).toEqual(expected && normalizeMetadata(expected));
  });
});
