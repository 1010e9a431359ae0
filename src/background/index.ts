import browser from 'webextension-polyfill';
import { listenForAutoOpen } from './auto-open';
import { clearFailure, markFailure } from './badge';
import { countryNames } from './countries';
import { ensureContentScript, lostContact, sendToTab } from './inject';
import { handleRequest, isBackgroundRequest } from './requests';

/**
 * Sift's background: wiring only. The toggle-reader shortcut injects on demand and toggles the
 * reader; the popup's requests are answered by ./requests; chosen sites open the reader by
 * themselves (./auto-open). Works as a Chromium service worker and as a Firefox background
 * script (one classic file for both).
 */

const TOGGLE_READER = 'toggle-reader';

async function toggleReaderInActiveTab(tab?: browser.Tabs.Tab): Promise<void> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const failure = await ensureContentScript(tabId);
  const outcome = failure ?? (await sendToTab(tabId, { type: 'sift:reader', action: 'toggle' }).catch(lostContact));
  if (outcome.ok) await clearFailure(tabId);
  else await markFailure(tabId, outcome);
}

browser.commands.onCommand.addListener((command, tab) => {
  if (command === TOGGLE_READER) void toggleReaderInActiveTab(tab);
});

browser.runtime.onMessage.addListener((message: unknown) => {
  // Returning undefined leaves other messages (e.g. to the content script) unanswered here.
  if (!isBackgroundRequest(message)) return undefined;
  return handleRequest(message);
});

listenForAutoOpen();
// Ready before the first shortcut, so no reader waits for them.
browser.runtime.onInstalled.addListener(() => void countryNames());
browser.runtime.onStartup.addListener(() => void countryNames());
