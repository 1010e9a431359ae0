import type { FailureReason } from '../../shared/messages';
import type { BrowserFamily } from '../connector';

/** Plain words for every reason Sift cannot show an article; never a stack trace. */
export interface FailureText {
  title: string;
  body: string;
}

const FILE_ACCESS: Record<BrowserFamily, string> = {
  chromium:
    'Sift needs your permission to read files opened from your computer. Open chrome://extensions, click “Details” under Sift, turn on “Allow access to file URLs”, then reload this page.',
  firefox:
    'Firefox did not let Sift read this file from your computer. Open the file from a web address instead, or save the article as a web page and try again.',
};

export function failureText(reason: FailureReason, family: BrowserFamily): FailureText {
  switch (reason) {
    case 'browser-page':
      return {
        title: 'This is one of the browser’s own pages',
        body: 'Browsers do not let extensions read their settings, internal or extension pages (such as chrome://, about: or view-source:). Open an article on a website and try again.',
      };
    case 'store-page':
      return {
        title: 'Extensions cannot run in the add-on store',
        body: 'The Chrome Web Store and addons.mozilla.org block every extension on their pages, to keep installs safe.',
      };
    case 'pdf':
      return {
        title: 'Sift cannot read PDFs',
        body: 'This page is shown by the browser’s built-in PDF viewer, which extensions cannot read. Sift works on web pages.',
      };
    case 'file-access':
      return { title: 'Sift needs access to files on your computer', body: FILE_ACCESS[family] };
    case 'no-tab':
      return { title: 'No page to read', body: 'Sift could not find the tab you were reading. Click into a page and open Sift again.' };
    case 'no-article':
      return {
        title: 'No article found on this page',
        body: 'Sift looks for a story or post with paragraphs of text. This page looks like something else, such as a home page, a list or an app.',
      };
    case 'too-large':
      return { title: 'This page is too large', body: 'The page is too large for Sift to read quickly. Try a single article page.' };
    case 'injection-failed':
      return {
        title: 'Sift could not run on this page',
        body: 'The browser did not let Sift read this page. Reload the page and try again; some pages and browser settings block extensions.',
      };
  }
}
