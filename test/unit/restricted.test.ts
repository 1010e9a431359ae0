import { describe, expect, test } from 'vitest';
import { reasonForInjectionError, restrictionFor } from '../../src/shared/restricted';

const withFiles = { fileAccess: true };
const withoutFiles = { fileAccess: false };

describe('restrictionFor', () => {
  test.each([
    ['chrome://version', 'browser-page'],
    ['chrome://extensions/shortcuts', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'browser-page'],
    ['moz-extension://0b7c9a1e-1111-2222-3333-444455556666/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/some-extension/abcdef', 'store-page'],
    ['https://chrome.google.com/webstore/detail/abcdef', 'store-page'],
    ['https://addons.mozilla.org/en-US/firefox/addon/ublock-origin/', 'store-page'],
    ['https://microsoftedge.microsoft.com/addons/detail/abc', 'store-page'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['https://example.com/papers/report.PDF', 'pdf'],
  ] as const)('%s is %s', (url, reason) => {
    expect(restrictionFor(url, withFiles)).toBe(reason);
  });

  test.each([
    'https://www.example.com/news/2025/12/story.html',
    'http://127.0.0.1:8080/putin-maduro-call/source.html',
    'https://chrome.google.com/search?q=webstore', // Google, but not the store
    'https://google.com/webstore', // not the store's host
    'https://mozilla.org/addons', // not addons.mozilla.org
    'https://example.com/pdf-guide/', // mentions pdf, is a page
  ])('%s may be read', (url) => {
    expect(restrictionFor(url, withFiles)).toBeNull();
  });

  test('file:// needs "Allow access to file URLs"', () => {
    expect(restrictionFor('file:///home/me/article.html', withoutFiles)).toBe('file-access');
    expect(restrictionFor('file:///home/me/article.html', withFiles)).toBeNull();
  });

  test('a URL the browser hides from Sift is tried, not refused', () => {
    expect(restrictionFor(undefined, withoutFiles)).toBeNull();
    expect(restrictionFor('', withoutFiles)).toBeNull();
    expect(restrictionFor('not a url', withoutFiles)).toBeNull();
  });
});

describe('reasonForInjectionError', () => {
  test.each([
    ['Cannot access a chrome:// URL', 'browser-page'],
    ['Cannot access a chrome-extension:// URL of different extension', 'browser-page'],
    ['The extensions gallery cannot be scripted.', 'store-page'],
    ['Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.', 'file-access'],
    ['Frame with ID 0 is showing error page', 'injection-failed'],
    ['Missing host permission for the tab', 'injection-failed'],
    ['No tab with id: 5.', 'injection-failed'],
  ] as const)('"%s" is %s', (message, reason) => {
    expect(reasonForInjectionError(message)).toBe(reason);
  });
});
