import type { ExtractResult } from '../core/types';
import type { ResolvedMessages } from './i18n';

/**
 * The one typed protocol between Sift's parts. The popup and the commands talk to the background;
 * the background injects the content script and talks to it. Every message is a tagged union
 * member; replies are typed by `ReplyFor`.
 */

/** Why Sift cannot show an article, in terms the UI turns into plain words. */
export type FailureReason =
  | 'browser-page' // chrome://, about:, view-source:, extension pages
  | 'store-page' // Chrome Web Store, addons.mozilla.org: browsers forbid extensions there
  | 'pdf' // the built-in PDF viewer
  | 'file-access' // file:// without "Allow access to file URLs"
  | 'no-tab' // no active tab to read
  | 'no-article' // the page has no article Sift can find
  | 'too-large' // the page is too large to read in time
  | 'injection-failed'; // the browser refused to run Sift in the page

export interface Failure {
  ok: false;
  reason: FailureReason;
  /** Technical detail for the curious; the UI shows it folded, never as the main message. */
  detail?: string;
}

export type Outcome<T> = { ok: true; value: T } | Failure;

export interface ReaderState {
  open: boolean;
}

/** Messages to the content script in a tab. */
export type ContentRequest =
  | { type: 'sift:ping' }
  // Sent once, right after injection: what the page's script is better not made to compute.
  | { type: 'sift:setup'; countries: readonly string[]; messages: ResolvedMessages }
  | { type: 'sift:extract' }
  | { type: 'sift:reader'; action: 'open' | 'close' | 'toggle' }
  | { type: 'sift:highlight'; mention: string };

/** Messages to the background service worker, from the popup and other extension pages. */
export type BackgroundRequest =
  | { type: 'sift:tab-extract'; tabId: number }
  | { type: 'sift:tab-reader'; tabId: number; action: 'open' | 'close' | 'toggle' }
  | { type: 'sift:tab-reader-state'; tabId: number }
  | { type: 'sift:tab-highlight'; tabId: number; mention: string };

export interface ContentReplies {
  'sift:ping': { reader: ReaderState };
  'sift:setup': { reader: ReaderState };
  'sift:extract': Outcome<ExtractResult>;
  'sift:reader': Outcome<ReaderState>;
  'sift:highlight': Outcome<boolean>;
}

export interface BackgroundReplies {
  'sift:tab-extract': Outcome<ExtractResult>;
  'sift:tab-reader': Outcome<ReaderState>;
  'sift:tab-reader-state': Outcome<ReaderState>;
  'sift:tab-highlight': Outcome<boolean>;
}

export type ContentReply<R extends ContentRequest> = ContentReplies[R['type']];
export type BackgroundReply<R extends BackgroundRequest> = BackgroundReplies[R['type']];

export function fail(reason: FailureReason, detail?: string): Failure {
  return detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };
}
