import browser from 'webextension-polyfill';
import { extensionSettingsStore } from '../shared/settings-store';
import { siteOf } from '../shared/sites';
import { clearFailure } from './badge';
import { ensureContentScript, sendToTab } from './inject';

/**
 * Opens the reader by itself on the sites the user chose (settings.autoOpenSites). The browser
 * reports a tab's URL to `tabs.onUpdated` only for origins Sift holds a host permission for, and
 * Sift asks for that permission only when the user switches a site on, so nothing here sees the
 * pages of any other site. webNavigation would need a permission of its own; it is not used.
 */

/** Whether the reader should open in a tab that just finished loading `url`. */
export async function shouldAutoOpen(url: string | undefined): Promise<boolean> {
  const site = siteOf(url);
  if (!site) return false;
  const settings = await extensionSettingsStore()?.load();
  if (!settings?.autoOpenSites.includes(site.host)) return false;
  // A site removed from the permissions (by the browser's own settings) stays listed but dormant.
  return browser.permissions.contains({ origins: [site.origin] }).catch(() => false);
}

async function openReader(tabId: number): Promise<void> {
  const failure = await ensureContentScript(tabId);
  if (failure) return; // no badge: the user did not ask this time, the page simply stays as it is
  const outcome = await sendToTab(tabId, { type: 'sift:reader', action: 'open' }).catch(() => null);
  if (outcome?.ok) await clearFailure(tabId);
}

/** Starts listening for finished page loads. */
export function listenForAutoOpen(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete') return;
    void shouldAutoOpen(tab.url).then((open) => (open ? openReader(tabId) : undefined));
  });
}
