import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { publishedDate } from '../../src/shared/dates';
import { fill, type CatalogEntry } from '../../src/shared/i18n';

/** The article's date, written from each catalog's words: the same as Intl's medium date style. */

type Catalog = Record<string, CatalogEntry>;

const LOCALES = resolve(import.meta.dirname, '../../public/_locales');
const scope = globalThis as { chrome?: unknown };

/** browser.i18n over one catalog, filled as `t` fills the English fallback. */
function useCatalog(lang: string): void {
  const catalog = JSON.parse(readFileSync(resolve(LOCALES, lang, 'messages.json'), 'utf8')) as Catalog;
  const getMessage = (key: string, subs: string[] = []): string => {
    const entry = catalog[key];
    return entry ? fill(entry, subs) : '';
  };
  scope.chrome = { i18n: { getMessage } };
}

afterEach(() => {
  delete scope.chrome;
});

describe.each(readdirSync(LOCALES))('in %s', (lang) => {
  test('every month reads as Intl.DateTimeFormat writes it', () => {
    useCatalog(lang);
    const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 28]) {
        const date = new Date(2025, month, day, 12);
        expect(publishedDate(date.toISOString())).toBe(intl.format(date));
      }
    }
  });
});

test('no date, or one that does not parse, is null', () => {
  expect(publishedDate(null)).toBeNull();
  expect(publishedDate('')).toBeNull();
  expect(publishedDate('last Tuesday')).toBeNull();
});

test('without a browser, the English fallback', () => {
  expect(publishedDate(new Date(2025, 11, 11, 12).toISOString())).toBe('Dec 11, 2025');
});
