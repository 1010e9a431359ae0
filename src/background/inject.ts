import browser from 'webextension-polyfill';
import type { ContentReply, ContentRequest, Failure, ReaderState } from '../shared/messages';
import { fail } from '../shared/messages';
import { PAGE_KEYS, resolveMessages, type ResolvedMessages } from '../shared/i18n';
import { reasonForInjectionError, restrictionFor } from '../shared/restricted';
import { countryNames } from './countries';

/**
 * Puts Sift's content script into a tab on demand (activeTab + scripting): nothing runs in a page
 * until the reader asks. It pings first and injects only when nobody answers, so the script is
 * never injected twice; concurrent callers for one tab share one injection.
 */

const CONTENT_SCRIPT = 'content.js';
/** The id of a tab's top-level document in the tabs and scripting APIs. */
const TOP_FRAME = 0;
const IS_FIREFOX = browser.runtime.getURL('').startsWith('moz-extension:');
const injecting = new Map<number, Promise<Failure | null>>();

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A content script that stopped answering mid-request (the page navigated or crashed). */
export function lostContact(error: unknown): Failure {
  return fail('injection-failed', errorText(error));
}

/** Sends a request to the content script in `tabId`; rejects when no script answers. */
export async function sendToTab<R extends ContentRequest>(tabId: number, request: R): Promise<ContentReply<R>> {
  // Frame 0 only: Sift injects into the top document, and no frame but ours should be asked.
  const reply = (await browser.tabs.sendMessage(tabId, request, { frameId: TOP_FRAME })) as ContentReply<R> | undefined;
  if (reply === undefined) throw new Error('The content script did not answer.');
  return reply;
}

/** The reader state in `tabId`, or null when Sift has not run there yet. */
export async function ping(tabId: number): Promise<ReaderState | null> {
  try {
    return (await sendToTab(tabId, { type: 'sift:ping' })).reader;
  } catch {
    return null;
  }
}

/** Why Sift may not run in the tab, judged from its URL, or null. */
export async function tabRestriction(tabId: number): Promise<Failure | null> {
  let url: string | undefined;
  try {
    const tab = await browser.tabs.get(tabId);
    url = tab.url ?? tab.pendingUrl;
  } catch (error) {
    return fail('no-tab', errorText(error));
  }
  // Firefox always answers false here (MDN), yet may allow file:// via activeTab: let it try.
  // Only a file: page needs the answer, and asking costs a round trip on every shortcut and popup.
  const fileAccess = IS_FIREFOX || !url?.startsWith('file:') || (await browser.extension.isAllowedFileSchemeAccess().catch(() => false));
  const reason = restrictionFor(url, { fileAccess });
  return reason ? fail(reason, url) : null;
}

let resolvedPageMessages: ResolvedMessages | undefined;

/** The content script's words in the user's language, resolved once per service worker. */
function pageMessages(): ResolvedMessages {
  resolvedPageMessages ??= resolveMessages(PAGE_KEYS);
  return resolvedPageMessages;
}

async function inject(tabId: number): Promise<Failure | null> {
  // Two independent questions to the browser, asked together: the reader opens a round trip sooner.
  const [running, restricted] = await Promise.all([ping(tabId), tabRestriction(tabId)]);
  if (running !== null) return null;
  if (restricted) return restricted;
  const names = countryNames();
  const injected = browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  // Resolved while the page loads the script: a woken service worker fetches its catalog first.
  const messages = pageMessages();
  try {
    await injected;
  } catch (error) {
    const detail = errorText(error);
    return fail(reasonForInjectionError(detail), detail);
  }
  // The setup message doubles as the ping that proves the script started.
  const started = await sendToTab(tabId, { type: 'sift:setup', countries: await names, messages }).catch(() => null);
  return started === null ? fail('injection-failed', 'Sift did not start in the page.') : null;
}

/** Makes sure Sift's content script runs in the tab; a Failure says why it cannot. */
export function ensureContentScript(tabId: number): Promise<Failure | null> {
  const pending = injecting.get(tabId);
  if (pending) return pending;
  const attempt = inject(tabId).finally(() => injecting.delete(tabId));
  injecting.set(tabId, attempt);
  return attempt;
}
