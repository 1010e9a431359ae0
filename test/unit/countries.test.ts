import { describe, expect, it } from 'vitest';
import { countrySet } from '../../src/core/countries';

describe('countrySet', () => {
  it("builds the set of a caller's list once: the content script passes the same list to every extraction", () => {
    const names = ['France', 'Venezuela'];
    const set = countrySet(names);
    expect([...set]).toEqual(names);
    expect(countrySet(names)).toBe(set);
    expect(countrySet(['France'])).not.toBe(set);
  });

  it("falls back to the platform's names", () => {
    expect(countrySet().has('Venezuela')).toBe(true);
  });
});
