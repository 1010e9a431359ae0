import type { BackgroundReply, BackgroundRequest, Outcome, ReaderState } from '../shared/messages';
import { ensureContentScript, lostContact, ping, sendToTab, tabRestriction } from './inject';

/** Answers the popup's typed requests by forwarding them to the tab's content script. */

type Reply = BackgroundReply<BackgroundRequest>;

/** The tab's reader state without injecting: a tab Sift never ran in has its reader closed. */
async function readerState(tabId: number): Promise<Outcome<ReaderState>> {
  const restricted = await tabRestriction(tabId);
  if (restricted) return restricted;
  return { ok: true, value: (await ping(tabId)) ?? { open: false } };
}

export async function handleRequest(request: BackgroundRequest): Promise<Reply> {
  if (request.type === 'sift:tab-reader-state') return readerState(request.tabId);
  const { tabId } = request;
  const failure = await ensureContentScript(tabId);
  if (failure) return failure;
  try {
    switch (request.type) {
      case 'sift:tab-extract':
        return await sendToTab(tabId, { type: 'sift:extract' });
      case 'sift:tab-reader':
        return await sendToTab(tabId, { type: 'sift:reader', action: request.action });
      case 'sift:tab-highlight':
        return await sendToTab(tabId, { type: 'sift:highlight', mention: request.mention });
    }
  } catch (error) {
    return lostContact(error);
  }
}

const REQUEST_TYPES = new Set<string>(['sift:tab-extract', 'sift:tab-reader', 'sift:tab-reader-state', 'sift:tab-highlight']);

/** Narrows an incoming runtime message to a BackgroundRequest. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, tabId } = message as { type?: unknown; tabId?: unknown };
  return typeof type === 'string' && REQUEST_TYPES.has(type) && typeof tabId === 'number';
}
