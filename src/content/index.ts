import './timing-start';
import { extractArticle, isFailure } from '../core';
import type { ExtractResult } from '../core';
import type { ContentReply, ContentRequest, Outcome, ReaderState } from '../shared/messages';
import { fail } from '../shared/messages';
import { useResolvedMessages } from '../shared/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { extensionSettingsStore } from '../shared/settings-store';
import { createReader, type Reader } from './reader/overlay';

/**
 * Thin adapter between the page and Sift: answers the background's typed requests, runs the core
 * on the live document (the core works on its own clone) and opens or closes the reader overlay.
 */

/**
 * How many times this script has run in the page's isolated world (invisible to page scripts).
 * Only the first run listens, so an injection race can never double the listener; tests read it
 * to prove the background injects once.
 */
const RUNS = '__siftContentScriptRuns';
/** Set by scripts/build.ts: true in the test build only. */
const TIMING_MARKS = typeof __SIFT_TIMING_MARKS__ !== 'undefined' && __SIFT_TIMING_MARKS__;

type Reply = ContentReply<ContentRequest>;

let cached: { url: string; outcome: Outcome<ExtractResult> } | null = null;
let reader: Reader | null = null;
/** The reading settings, loaded when the script starts (before the first request) and kept current. */
let settings: Settings = DEFAULT_SETTINGS;
const store = extensionSettingsStore();
/** Country names from the background (sift:setup); without them the core computes its own, slowly. */
let countries: readonly string[] | undefined;

function extract(): Outcome<ExtractResult> {
  const url = location.href;
  if (cached?.url === url) return cached.outcome;
  // The built-in viewer hosts PDFs served from URLs without ".pdf", which the URL check misses.
  if (document.contentType === 'application/pdf') return fail('pdf', url);
  let outcome: Outcome<ExtractResult>;
  // Marks for `npm run bench:browser` (bench/browser/reader-timing.ts), which times the reader from
  // them. The page shares the performance timeline, so only the test build sets them.
  if (TIMING_MARKS) performance.mark('sift:extract-start');
  try {
    const result = extractArticle(document, { url, countries });
    // The core's message only repeats the reason in words; the popup has its own, better ones.
    outcome = isFailure(result) ? fail(result.error) : { ok: true, value: result };
  } catch (error) {
    outcome = fail('no-article', error instanceof Error ? error.message : String(error));
  }
  if (TIMING_MARKS) performance.mark('sift:extract-end');
  cached = { url, outcome };
  return outcome;
}

function readerState(): ReaderState {
  // A page script may remove the host; then the reader is closed, and cleaned up as such.
  if (reader && !reader.isOpen()) reader.close();
  return { open: reader !== null };
}

function setReader(action: 'open' | 'close' | 'toggle'): Outcome<ReaderState> {
  const open = action === 'toggle' ? !readerState().open : action === 'open';
  if (!open) {
    reader?.close();
    return { ok: true, value: readerState() };
  }
  if (reader) return { ok: true, value: readerState() };
  const article = extract();
  if (!article.ok) return article;
  reader = createReader(article.value, {
    settings,
    saveSettings: (change) => void store?.save(change),
    onClosed: () => {
      reader = null;
    },
  });
  return { ok: true, value: readerState() };
}

function handle(request: ContentRequest): Reply {
  switch (request.type) {
    case 'sift:ping':
      return { reader: readerState() };
    case 'sift:setup':
      countries = request.countries;
      useResolvedMessages(request.messages);
      return { reader: readerState() };
    case 'sift:extract':
      return extract();
    case 'sift:reader':
      return setReader(request.action);
    case 'sift:highlight': {
      const opened = setReader('open');
      if (!opened.ok) return opened;
      return { ok: true, value: reader?.highlight(request.mention) ?? false };
    }
  }
}

const CONTENT_TYPES = new Set<string>(['sift:ping', 'sift:setup', 'sift:extract', 'sift:reader', 'sift:highlight']);

function isContentRequest(message: unknown): message is ContentRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && CONTENT_TYPES.has(type);
}

const scope = globalThis as typeof globalThis & { [RUNS]?: number };
scope[RUNS] = (scope[RUNS] ?? 0) + 1;
if (scope[RUNS] === 1) {
  // The bench splits the time before extraction at this mark: browser and injection, then messages.
  if (TIMING_MARKS) performance.mark('sift:script-start');
  // Every answer is synchronous, so the plain `chrome` listener (Chromium and Firefox alike) does,
  // and the content script, injected into pages, carries no polyfill.
  void store?.load().then((loaded) => {
    settings = loaded;
    reader?.update(loaded);
  });
  // A change in the popup, the settings page or another tab shows in the open reader at once.
  store?.subscribe((changed) => {
    settings = changed;
    reader?.update(changed);
  });
  chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (isContentRequest(message)) sendResponse(handle(message));
    return false;
  });
}
