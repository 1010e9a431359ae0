import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { PAGE_KEYS, resolveMessages, t, useResolvedMessages } from '../../src/shared/i18n';

/** The locale catalogs agree with each other, and `t` fills placeholders as the browser does. */

type Catalog = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES = resolve(import.meta.dirname, '../../public/_locales');
const catalogs = Object.fromEntries(
  readdirSync(LOCALES).map((lang) => [lang, JSON.parse(readFileSync(resolve(LOCALES, lang, 'messages.json'), 'utf8')) as Catalog]),
);
const english = catalogs.en as Catalog;

describe.each(Object.keys(catalogs).filter((lang) => lang !== 'en'))('the %s catalog', (lang) => {
  const catalog = catalogs[lang] as Catalog;
  test('has every English key and no others', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
  });
  test('uses the same placeholders as English', () => {
    for (const [key, entry] of Object.entries(english)) {
      const names = (message: string) => [...message.matchAll(/\$([A-Z0-9_@]+)\$/gi)].map((m) => m[1]?.toLowerCase()).sort();
      expect(names(catalog[key]?.message ?? ''), key).toEqual(names(entry.message));
      expect(catalog[key]?.placeholders, key).toEqual(entry.placeholders);
    }
  });
});

test('every manifest __MSG_ name is in the English catalog', () => {
  const manifest = readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8');
  const names = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(english[name], name).toBeDefined();
});

describe('t', () => {
  const scope = globalThis as { chrome?: unknown };
  afterEach(() => {
    delete scope.chrome;
  });

  test('falls back to English and fills placeholders', () => {
    expect(t('minutesRead', 4)).toBe('4 min read');
    expect(t('duplicatesMany', 3)).toBe('3 repeated sentences hidden');
    expect(t('repeats', 'An earlier line.')).toBe('Repeats: “An earlier line.”');
  });

  test('asks the browser for the user’s language when it can', () => {
    const asked: unknown[] = [];
    scope.chrome = { i18n: { getMessage: (key: string, subs: string[]) => (asked.push([key, subs]), `es:${key}:${subs.join()}`) } };
    expect(t('minutesRead', 4)).toBe('es:minutesRead:4');
    expect(asked).toEqual([['minutesRead', ['4']]]);
  });
});

describe('messages resolved for the content script', () => {
  const scope = globalThis as { chrome?: unknown };
  afterEach(() => {
    delete scope.chrome;
    useResolvedMessages({});
  });

  test('fill their substitutions in the page without asking the browser', () => {
    // Resolved where the API answers (the background), in the user's language.
    const spanish: Record<string, string> = { minutesRead: '$1 min de lectura', removedLabel: 'Quitado por Sift: $1' };
    scope.chrome = { i18n: { getMessage: (key: string, subs: string[]) => (spanish[key] ?? '').replace('$1', subs[0] ?? '') } };
    const resolved = resolveMessages(['minutesRead', 'removedLabel']);
    // In the page, the catalog is never asked for.
    scope.chrome = { i18n: { getMessage: () => { throw new Error('asked the catalog'); } } };
    useResolvedMessages(resolved);
    expect(t('minutesRead', 4)).toBe('4 min de lectura');
    expect(t('removedLabel', 'share bar $1')).toBe('Quitado por Sift: share bar $1');
    // A substitution the caller leaves out is empty, as the browser makes it.
    expect(t('minutesRead')).toBe(' min de lectura');
    expect(() => t('extName')).toThrow('asked the catalog');
  });

  test('cover every word the content script shows, and no other', () => {
    const SRC = resolve(import.meta.dirname, '../../src');
    const seen = new Set<string>();
    const keys = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      // Keys are often picked from a table (a theme's label), so every quoted catalog key counts;
      // an element's tag name ('details') does not.
      const code = readFileSync(file, 'utf8').replace(/\bel\(\s*doc,\s*'\w+'/g, '');
      for (const m of code.matchAll(/'(\w+)'/g)) if ((m[1] as string) in english) keys.add(m[1] as string);
      for (const m of code.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const base = resolve(file, '..', m[1] as string);
        const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f));
        if (found) visit(found);
      }
    };
    visit(resolve(SRC, 'content/index.ts'));
    expect(seen.size).toBeGreaterThan(20);
    expect([...keys].sort()).toEqual([...PAGE_KEYS].sort());
  });
});
