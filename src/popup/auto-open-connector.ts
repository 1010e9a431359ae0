import { restrictionFor } from '../shared/restricted';
import { extensionSettingsStore } from '../shared/settings-store';
import { siteOf, withSite, type Site } from '../shared/sites';

/**
 * The auto-open switch's door to the browser: the tab's site, the stored site list and the one
 * origin's host permission. It talks to `chrome.*` directly (Chromium and Firefox both provide it
 * in MV3 extension pages) so the popup's unit tests can import the component without a browser.
 */

export interface AutoOpenConnector {
  /** The site of the tab the popup reads (`?tabId=N` or the active tab), or null if not a web page. */
  site(): Promise<Site | null>;
  isOn(host: string): Promise<boolean>;
  /**
   * Switches the site on (asking for its origin's permission first) or off. Must be called
   * straight from the click: browsers show a permission prompt only during a user gesture.
   * Resolves with whether the site is now on.
   */
  set(site: Site, on: boolean): Promise<boolean>;
  openSettings(): void;
}

function chromeApi(): typeof chrome {
  return (globalThis as { chrome: typeof chrome }).chrome;
}

async function popupTabUrl(location: Location): Promise<string | undefined> {
  const api = chromeApi();
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return (await api.tabs.get(fromUrl).catch(() => null))?.url;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

export function browserAutoOpenConnector(location: Location): AutoOpenConnector {
  const store = extensionSettingsStore();
  const saveSite = async (host: string, on: boolean): Promise<void> => {
    if (!store) return;
    const { autoOpenSites } = await store.load();
    await store.save({ autoOpenSites: withSite(autoOpenSites, host, on) });
  };
  return {
    async site() {
      const url = await popupTabUrl(location);
      // Extension stores and PDFs are web URLs where Sift can never open: offer no switch there.
      return restrictionFor(url, { fileAccess: false }) ? null : siteOf(url);
    },
    isOn: async (host) => (await store?.load())?.autoOpenSites.includes(host) ?? false,
    async set(site, on) {
      if (!on) {
        await saveSite(site.host, false);
        return false;
      }
      // The request comes first, before any await, while the click still counts as a gesture.
      const request = chromeApi().permissions.request({ origins: [site.origin] });
      // Stored at once, not after the answer: Firefox may close the popup (and end this script)
      // when its prompt shows. A stored site without the permission stays dormant (background).
      const saved = saveSite(site.host, true);
      const granted = await request.catch(() => false);
      await saved;
      if (!granted) await saveSite(site.host, false);
      return granted;
    },
    openSettings: () => void chromeApi().runtime.openOptionsPage(),
  };
}
