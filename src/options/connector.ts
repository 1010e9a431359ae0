import { extensionSettingsStore } from '../shared/settings-store';
import { originsOf, withSite } from '../shared/sites';

/** The settings page's only door to the browser: the stored site list and the host permissions. */

export interface OptionsConnector {
  sites(): Promise<string[]>;
  /** Calls `listener` with the new list whenever synced settings change (another device, the popup). */
  watchSites(listener: (sites: string[]) => void): () => void;
  /** Takes a site off the list and gives its permission back; resolves with the new list. */
  removeSite(host: string): Promise<string[]>;
}

function chromeApi(): typeof chrome {
  return (globalThis as { chrome: typeof chrome }).chrome;
}

export function browserOptionsConnector(): OptionsConnector {
  const store = extensionSettingsStore();
  return {
    sites: async () => (await store?.load())?.autoOpenSites ?? [],
    watchSites: (listener) => store?.subscribe((s) => listener(s.autoOpenSites)) ?? (() => undefined),
    async removeSite(host) {
      const current = (await store?.load())?.autoOpenSites ?? [];
      const next = (await store?.save({ autoOpenSites: withSite(current, host, false) }))?.autoOpenSites ?? [];
      // One call per pattern: a pattern the manifest requires (the test build's) cannot be
      // removed, and in a joint call it would keep the others too.
      for (const origin of originsOf(host)) await chromeApi().permissions.remove({ origins: [origin] }).catch(() => false);
      return next;
    },
  };
}
