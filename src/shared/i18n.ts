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

/**
 * The words the content script shows: the reader's toolbar and settings, its header, the sources
 * list and the removed blocks.
 *
 * A page's first `i18n.getMessage` makes Chromium fetch the extension's catalog for that renderer,
 * synchronously: 3–7 ms of the reader's first opening on the 2-core test machine (issue #8). The
 * background resolves these once and hands them over with the setup message instead.
 */
export const PAGE_KEYS = [
  'exportPrint', 'kindGovernment', 'kindNewsAgency', 'kindNewsOutlet', 'kindOrganization',
  'kindPerson', 'locale', 'mentionsMany', 'mentionsOne', 'minutesRead', 'publishedOn',
  'readerBrand', 'readerClose', 'readerCloseLabel', 'readerFont', 'readerFontMono',
  'readerFontSans', 'readerFontSerif', 'readerFontSize', 'readerLarger', 'readerLineHeight',
  'readerLineWidth', 'readerNothingRemoved', 'readerPixels', 'readerSettings', 'readerShowRemoved',
  'readerSmaller', 'readerTheme', 'readerThemeAuto', 'readerThemeDark', 'readerThemeLight',
  'readerThemeSepia', 'removedClutter', 'removedDuplicate', 'removedLabel', 'roleCited',
  'roleContributed', 'rolePhoto', 'roleQuoted', 'roleReported', 'roleStatement', 'shortMonths',
  'sourcesMany', 'sourcesOne',
] as const satisfies readonly MessageKey[];

export type ResolvedMessages = Partial<Record<MessageKey, string>>;

/** Private-use characters standing in for $1…$9 in resolved messages: no catalog uses them. */
const FIRST_MARK = 0xe001;

let resolved: ResolvedMessages = {};

/**
 * `keys` as the browser resolves them for the user's language, each substitution left as a mark
 * for `t` to fill: the browser's own choice of locale and placeholder rules, without its catalog.
 */
export function resolveMessages(keys: readonly MessageKey[]): ResolvedMessages {
  const marks = Array.from({ length: 9 }, (_, i) => String.fromCharCode(FIRST_MARK + i));
  return Object.fromEntries(keys.map((key) => [key, t(key, ...marks)]));
}

/** Makes `t` answer from messages the background resolved (see PAGE_KEYS). */
export function useResolvedMessages(messages: ResolvedMessages): void {
  resolved = messages;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const ready = resolved[key];
  if (ready !== undefined) return ready.replace(/[\ue001-\ue009]/g, (mark) => subs[mark.charCodeAt(0) - FIRST_MARK] ?? '');
  const api = (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;
  // Built bundles carry an empty fallback catalog (scripts/build.ts): the key is the last resort.
  const entry = (en as Partial<Record<MessageKey, CatalogEntry>>)[key];
  return api?.getMessage(key, subs) || (entry ? fill(entry, subs) : key);
}
