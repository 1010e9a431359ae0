import type { ExtractResult } from '../../src/core/types';
import type { PopupActions, PopupData } from '../../src/popup/components/popup';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

/** Mock data for the popup's components: an article as the core would return it. */
export function makeArticle(overrides: Partial<ExtractResult> = {}): ExtractResult {
  return {
    url: 'https://news.example/2025/12/story.html',
    title: 'Harbour reopens after the storm',
    byline: 'Ana Ruiz',
    siteName: 'The Example Times',
    publishedTime: '2025-12-11T10:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'The harbour reopened on Thursday.',
    html: '<p>The harbour reopened on Thursday.</p><p>Ships queued overnight.</p>',
    text: 'The harbour reopened on Thursday.\n\nShips queued overnight.',
    wordCount: 8,
    readingMinutes: 1,
    removed: { clutter: [], duplicates: [] },
    sources: [],
    page: { byline: 'Ana Ruiz', siteName: 'The Example Times', publishedTime: null, canonicalUrl: null, republishedFrom: null },
    ...overrides,
  };
}

export function makeData(overrides: Partial<PopupData> = {}): PopupData {
  return {
    extraction: { status: 'ready', article: makeArticle() },
    reader: { open: false },
    readerError: null,
    shortcuts: [
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+D' },
      { name: 'toggle-reader', description: 'Turn reader mode on or off', shortcut: 'Alt+Shift+S' },
    ],
    browserFamily: 'chromium',
    copy: 'idle',
    markdown: 'idle',
    settings: DEFAULT_SETTINGS,
    kinds: null,
    ...overrides,
  };
}

/** Actions that record what the user asked for. */
export function recordingActions(): PopupActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    toggleReader: () => calls.push('toggleReader'),
    copyText: () => calls.push('copyText'),
    copyMarkdown: () => calls.push('copyMarkdown'),
    saveHtml: () => calls.push('saveHtml'),
    changeSettings: (change) => calls.push(`changeSettings ${JSON.stringify(change)}`),
    openShortcutSettings: () => calls.push('openShortcutSettings'),
    showMention: (mention) => calls.push(`showMention ${mention}`),
  };
}
