import type { FailureReason } from './messages';

/**
 * Where browsers forbid extensions to run, decided from the URL before Sift tries to inject, and
 * from the browser's error text when it refuses anyway (the URL is hidden from extensions without
 * the "tabs" permission until activeTab is granted, so the error is sometimes all there is).
 */

/** Schemes of the browser's own pages: settings, internals, other extensions, page source. */
const BROWSER_SCHEMES = new Set([
  'chrome:', 'chrome-untrusted:', 'chrome-search:', 'devtools:', 'edge:', 'brave:', 'opera:', 'vivaldi:',
  'about:', 'view-source:', 'chrome-extension:', 'moz-extension:', 'extension:', 'resource:', 'jar:',
]);

/** Extension stores, where Chromium and Firefox refuse every extension's scripts. */
const STORE_PAGES: { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org', path: '/' },
];

/** Chromium's built-in PDF viewer is this component extension; its URLs mean a PDF is showing. */
const CHROMIUM_PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

export interface UrlContext {
  /** Whether the user allowed Sift on file:// pages (`extension.isAllowedFileSchemeAccess`). */
  fileAccess: boolean;
}

/** Why Sift cannot run on `url`, or null when it may try. Unknown or missing URLs may try. */
export function restrictionFor(url: string | undefined, context: UrlContext): FailureReason | null {
  if (!url) return null;
  if (url.startsWith(CHROMIUM_PDF_VIEWER)) return 'pdf';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (parsed.protocol === 'file:' && !context.fileAccess) return 'file-access';
  const host = parsed.hostname.toLowerCase();
  if (STORE_PAGES.some((s) => host === s.host && parsed.pathname.startsWith(s.path))) return 'store-page';
  // A path ending in .pdf is shown by the built-in viewer, into which no extension can inject.
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

/** Patterns of the errors Chromium and Firefox give when `scripting.executeScript` is refused. */
const INJECTION_ERRORS: [RegExp, FailureReason][] = [
  [/extensions gallery cannot be scripted|webstore/i, 'store-page'],
  [/Cannot access contents of url "file:|file:\/\/|isAllowedFileSchemeAccess/i, 'file-access'],
  [/Cannot access a chrome(-extension)?:\/\/ URL|chrome:\/\/|about:|edge:\/\/|view-source:|moz-extension:/i, 'browser-page'],
  [/pdf/i, 'pdf'],
];

/** Turns a browser's refusal into a reason the popup can explain. */
export function reasonForInjectionError(message: string): FailureReason {
  for (const [pattern, reason] of INJECTION_ERRORS) if (pattern.test(message)) return reason;
  return 'injection-failed';
}
