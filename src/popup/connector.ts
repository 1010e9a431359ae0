import browser from 'webextension-polyfill';
import type { ExtractResult } from '../core/types';
import type { BackgroundReply, BackgroundRequest, Outcome, ReaderState } from '../shared/messages';
import { fail } from '../shared/messages';
import { extensionSettingsStore, type SettingsStore } from '../shared/settings-store';
import type { BlockKinds } from './components/article';
import type { blockKinds as readBlockKinds } from './block-kinds';

/**
 * The popup's only door to the rest of the extension: every browser API call and message lives
 * here, so the components stay pure functions of data and can be tested with mock data.
 */

export type BrowserFamily = 'chromium' | 'firefox';

export interface Shortcut {
  /** The command's manifest name, e.g. "toggle-reader" or "_execute_action". */
  name: string;
  description: string;
  /** The assigned keys as the browser shows them, "" when none is set. */
  shortcut: string;
}

export interface Connector {
  browserFamily: BrowserFamily;
  /** The tab the popup reads: `?tabId=N` (tests open the popup as a tab) or the active tab. */
  tabId(): Promise<number | null>;
  extract(tabId: number): Promise<Outcome<ExtractResult>>;
  readerState(tabId: number): Promise<Outcome<ReaderState>>;
  setReader(tabId: number, action: 'open' | 'close' | 'toggle'): Promise<Outcome<ReaderState>>;
  /** Opens the reader in the tab if needed and marks one sentence there. */
  highlight(tabId: number, mention: string): Promise<Outcome<boolean>>;
  shortcuts(): Promise<Shortcut[]>;
  openShortcutSettings(): Promise<void>;
  copy(text: string): Promise<boolean>;
  /** Copies the article as Markdown. */
  copyMarkdown(article: ExtractResult): Promise<boolean>;
  /** Saves the article as a standalone, sanitized HTML file. */
  saveHtml(article: ExtractResult): void;
  /** What each paragraph of the article's text was in its HTML: headings, list items, captions, quotes. */
  blockKinds(article: ExtractResult): Promise<BlockKinds>;
  /** The reading settings in storage.sync, shared with the reader; null without extension storage. */
  settings: SettingsStore | null;
}

async function ask<R extends BackgroundRequest>(request: R): Promise<BackgroundReply<R>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as BackgroundReply<R> | undefined;
    return reply ?? (fail('injection-failed', 'The background did not answer.') as BackgroundReply<R>);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('injection-failed', detail) as BackgroundReply<R>;
  }
}

/** Where each browser lets people change extension shortcuts. */
const CHROMIUM_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export interface BrowserConnector extends Connector {
  /** Asks for the tab's article at once; the first `extract` of that tab is answered by it. */
  startExtract(): void;
}

export function browserConnector(location: Location): BrowserConnector {
  // Asked for with the extraction, so the sanitizer is loaded by the time the article arrives and
  // the paragraphs are set as headings and lists before the text is first painted.
  let kindsModule: Promise<{ blockKinds: typeof readBlockKinds }> | undefined;
  const loadKinds = () => (kindsModule ??= import('./block-kinds'));
  const browserFamily: BrowserFamily = browser.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chromium';
  let tab: Promise<number | null> | undefined;
  const tabId = (): Promise<number | null> =>
    (tab ??= (async () => {
      const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
      if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      return active?.id ?? null;
    })());
  const extract = (id: number): Promise<Outcome<ExtractResult>> => {
    void loadKinds();
    return ask({ type: 'sift:tab-extract', tabId: id });
  };
  let started: { tabId: number; outcome: Promise<Outcome<ExtractResult>> } | undefined;
  return {
    browserFamily,
    tabId,
    extract: (id) => {
      const early = started?.tabId === id ? started.outcome : undefined;
      started = undefined;
      return early ?? extract(id);
    },
    startExtract() {
      void tabId().then((id) => {
        if (id !== null) started = { tabId: id, outcome: extract(id) };
      });
    },
    readerState: (tabId) => ask({ type: 'sift:tab-reader-state', tabId }),
    setReader: (tabId, action) => ask({ type: 'sift:tab-reader', tabId, action }),
    highlight: (tabId, mention) => ask({ type: 'sift:tab-highlight', tabId, mention }),
    async shortcuts() {
      const commands = await browser.commands.getAll().catch(() => []);
      return commands.map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }));
    },
    async openShortcutSettings() {
      // Firefox 137+ opens its "Manage Extension Shortcuts" page; extensions cannot open about:addons.
      const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
      if (commands.openShortcutSettings) await commands.openShortcutSettings();
      else if (browserFamily === 'chromium') await browser.tabs.create({ url: CHROMIUM_SHORTCUTS_PAGE });
    },
    copy: writeClipboard,
    // The converters (Turndown, the sanitizer) load on first use: the popup's first paint needs neither.
    async copyMarkdown(article) {
      const { articleMarkdown } = await import('../shared/markdown');
      return writeClipboard(articleMarkdown(article, window));
    },
    saveHtml(article) {
      void import('../shared/export-html').then(({ articleHtmlFile, downloadFile, exportFileName }) =>
        downloadFile(window, exportFileName(article.title, 'html'), articleHtmlFile(article, window), 'text/html'),
      );
    },
    blockKinds: async (article) => (await loadKinds()).blockKinds(article.html, window),
    settings: extensionSettingsStore(),
  };
}
