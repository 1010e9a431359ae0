import { sanitizeToHtml, sanitizeToFragment, type PurifyWindow } from '../core/sanitize';
import type { ExtractResult, Source } from '../core/types';
import { publishedDate } from './dates';
import { firstPublished } from './first-published';
import { t } from './i18n';
import { KIND, ROLE } from './sources-list';

/**
 * A standalone HTML file of the article: title, facts, a link to the page it came from, the
 * sanitized article and the sources it names, with a Content-Security-Policy that lets the file
 * run nothing and load only images, so opening it later is as safe as reading it in Sift.
 */

/** Scripts, frames, forms and fetches off; images from anywhere, styles only inline (ours). */
const FILE_CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'";

/** Enough styling to read comfortably in any browser, printed or on screen. */
const FILE_CSS =
  'body{max-width:68ch;margin:2rem auto;padding:0 1rem;font:19px/1.6 Georgia,serif;color:#1d1d1b;background:#fff}' +
  'img,video{max-width:100%;height:auto}.sift-meta,.sift-sources{color:#5f5d57;font:15px/1.4 system-ui,sans-serif}' +
  '.sift-sources{border-top:1px solid #ddd;margin-top:2rem}.sift-sources strong{color:#1d1d1b}';

/** Text for the <title>: the only part of the file not built as DOM and sanitized. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The facts the popup shows above the text, less the reading time: who, where, when. */
function facts(article: ExtractResult): string {
  return [article.byline, article.siteName, publishedDate(article.publishedTime)].filter(Boolean).join(' · ');
}

function link(doc: Document, url: string): HTMLAnchorElement {
  const a = doc.createElement('a');
  a.href = url;
  a.textContent = url;
  return a;
}

/**
 * Who the story says its facts came from, as the popup lists them folded: kept with the saved
 * article, since the page that named them may change or go.
 */
function sourcesSection(doc: Document, sources: readonly Source[]): HTMLElement {
  const section = doc.createElement('section');
  section.className = 'sift-sources';
  const heading = doc.createElement('h2');
  heading.textContent = t('exportSources');
  const list = doc.createElement('ul');
  for (const source of sources) {
    const item = doc.createElement('li');
    const name = doc.createElement('strong');
    name.textContent = source.name;
    // The popup's labels. sources-list.ts builds the same list with the mention count added; a helper
    // shared with it cost the content script bytes its budget no longer has.
    const about = [t(KIND[source.kind]), ...source.roles.map((r) => t(ROLE[r]))].join(' · ');
    item.append(name, `: ${about}`);
    list.append(item);
  }
  section.append(heading, list);
  return section;
}

/** The article as the body of a document: heading, facts, source links, article, sources. Built as DOM. */
export function articleElement(article: ExtractResult, win: PurifyWindow): HTMLElement {
  const doc = win.document;
  const root = doc.createElement('article');
  if (article.lang) root.lang = article.lang;
  const h1 = doc.createElement('h1');
  h1.textContent = article.title;
  const meta = doc.createElement('p');
  meta.className = 'sift-meta';
  const about = facts(article);
  if (about) meta.append(about, doc.createElement('br'));
  meta.append(`${t('exportSource')}: `, link(doc, article.url));
  const original = firstPublished(article);
  if (original) meta.append(doc.createElement('br'), `${t('firstPublished')} `, link(doc, original));
  const body = doc.createElement('div');
  body.append(sanitizeToFragment(article.html, win));
  // The markers of removed blocks mean nothing outside Sift's reader.
  for (const marker of Array.from(body.querySelectorAll('[data-sift-removed]'))) marker.remove();
  root.append(h1, meta, body);
  if (article.sources.length) root.append(sourcesSection(doc, article.sources));
  return root;
}

export function articleHtmlFile(article: ExtractResult, win: PurifyWindow): string {
  const body = sanitizeToHtml(articleElement(article, win), win);
  const lang = article.lang && /^[A-Za-z0-9-]+$/.test(article.lang) ? article.lang : 'und';
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${FILE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(article.title)}</title>`,
    `<style>${FILE_CSS}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** A file name from the title: letters, digits and dashes, never empty. */
export function exportFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'article'}.${extension}`;
}

/** How long the Blob URL outlives the click, in milliseconds: the browser reads it asynchronously. */
const BLOB_URL_LIFETIME_MS = 60_000;

/** Saves text as a file through a Blob link: no download permission needed. */
export function downloadFile(win: PurifyWindow, name: string, text: string, type: string): void {
  const url = win.URL.createObjectURL(new win.Blob([text], { type }));
  const a = win.document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  win.setTimeout(() => win.URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}
