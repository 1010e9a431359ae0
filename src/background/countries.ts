import browser from 'webextension-polyfill';
import { countryNames as platformCountryNames } from '../core/countries';

/**
 * Country names for the content script. Intl loads its region names per language, which costs a
 * fresh tab about 60 ms on the reader's shortcut; here they are computed once, kept in
 * storage.local across service-worker restarts, and handed to each injected script.
 */

/** Storage key, tied to the browser version: a browser update may bring new names. */
const KEY = `countryNames:${navigator.userAgent}`;

let pending: Promise<readonly string[]> | null = null;

async function load(): Promise<readonly string[]> {
  const stored: unknown = (await browser.storage.local.get(KEY).catch(() => ({})) as Record<string, unknown>)[KEY];
  if (Array.isArray(stored) && stored.every((n) => typeof n === 'string')) return stored as string[];
  const names = platformCountryNames();
  // Older browsers' lists go: only the current key is ever read.
  const old = Object.keys(await browser.storage.local.get(null).catch(() => ({}))).filter((k) => k.startsWith('countryNames:') && k !== KEY);
  await browser.storage.local.remove(old).catch(() => undefined);
  await browser.storage.local.set({ [KEY]: names }).catch(() => undefined);
  return names;
}

/** The names, from memory, storage or Intl, in that order of speed. */
export function countryNames(): Promise<readonly string[]> {
  pending ??= load();
  return pending;
}
