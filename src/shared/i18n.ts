import en from '../../public/_locales/en/messages.json';

/**
 * The UI's words, from the browser's locale catalogs (public/_locales/<lang>/messages.json), with
 * the English catalog as the fallback where there is no extension API (unit tests, the CLI).
 */

export type MessageKey = keyof typeof en;

export interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
}

/** Fills `$NAME$` placeholders whose content is `$1`..`$9`, as browser.i18n does. */
export function fill(entry: CatalogEntry, substitutions: string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    const index = /^\$([1-9])$/.exec(content)?.[1];
    return index ? (substitutions[Number(index) - 1] ?? '') : whole;
  });
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const api = (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;
  // Built bundles carry an empty fallback catalog (scripts/build.ts): the key is the last resort.
  const entry = (en as Partial<Record<MessageKey, CatalogEntry>>)[key];
  return api?.getMessage(key, subs) || (entry ? fill(entry, subs) : key);
}
