import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import type { PurifyWindow } from '../../src/core/sanitize';
import type { Source } from '../../src/core/types';
import { articleHtmlFile, exportFileName } from '../../src/shared/export-html';
import { articleMarkdown } from '../../src/shared/markdown';
import { makeArticle } from '../helpers/popup-fixtures';

/** Export: Markdown through Turndown, a standalone sanitized HTML file, file names. */

const win = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://sift.invalid/' }).window as unknown as PurifyWindow;

const HOSTILE = makeArticle({
  title: 'Harbour </title><script>alert(1)</script> reopens',
  html: '<p>The harbour reopened.</p><span data-sift-removed="0"></span><p>Ships <a href="javascript:alert(2)">queued</a>.</p><img src="x" onerror="alert(3)"><script>alert(4)</script>',
});

const SOURCES: Source[] = [
  { name: 'Reuters', kind: 'news-agency', roles: ['reported', 'photo'], mentions: [{ text: 'Reuters reported the closure.' }] },
  { name: 'Port Authority', kind: 'government', roles: ['statement'], mentions: [{ text: 'The Port Authority said ships queued.' }] },
];

test('Markdown starts with the title as a # heading, then the facts, source link and paragraphs', () => {
  const md = articleMarkdown(makeArticle(), win);
  expect(md.split('\n\n')).toEqual([
    '# Harbour reopens after the storm',
    'Ana Ruiz · The Example Times · Dec 11, 2025  \nSource: [https://news.example/2025/12/story.html](https://news.example/2025/12/story.html)',
    'The harbour reopened on Thursday.',
    'Ships queued overnight.\n',
  ]);
});

test('Markdown ends with the sources the story names, each with what it is and did', () => {
  const md = articleMarkdown(makeArticle({ sources: SOURCES }), win);
  expect(md.split('\n\n').slice(-2)).toEqual([
    '## Sources named in the story',
    '-   **Reuters**: news agency · reported · photo\n-   **Port Authority**: government · statement\n',
  ]);
  expect(articleMarkdown(makeArticle(), win)).not.toContain('Sources named');
});

test('a republished story keeps the address where it first ran; the facts line drops what the page lacks', () => {
  const original = 'https://wire.example/2025/12/harbour.html';
  const article = makeArticle({ byline: null, publishedTime: null, page: { ...makeArticle().page, canonicalUrl: original, republishedFrom: original } });
  const md = articleMarkdown(article, win);
  expect(md.split('\n\n')[1]).toBe(
    `The Example Times  \nSource: [https://news.example/2025/12/story.html](https://news.example/2025/12/story.html)  \nFirst published at [${original}](${original})`,
  );
});

test('a first-published address is kept only from the canonical link, and only a web address', () => {
  const script = 'javascript:alert(6)';
  const hostile = makeArticle({ page: { ...makeArticle().page, canonicalUrl: script, republishedFrom: script } });
  expect(articleMarkdown(hostile, win)).not.toContain('alert(6)');
  expect(articleHtmlFile(hostile, win)).not.toContain('alert(6)');
  // Found in the text, not in the canonical link: on real pages, mostly a subscription offer.
  const offer = makeArticle({ page: { ...makeArticle().page, republishedFrom: 'https://magazines.example/subscribe' } });
  expect(articleMarkdown(offer, win)).not.toContain('First published');
});

test('the HTML file lists the sources as text: a hostile name stays a name', () => {
  const hostile: Source = { name: '<img src=x onerror=alert(5)>Evil Corp', kind: 'organization', roles: ['cited'], mentions: [] };
  const doc = new JSDOM(articleHtmlFile(makeArticle({ sources: [...SOURCES, hostile] }), win)).window.document;
  const items = Array.from(doc.querySelectorAll('.sift-sources li'), (li) => li.textContent);
  expect(doc.querySelector('.sift-sources h2')?.textContent).toBe('Sources named in the story');
  expect(items).toEqual(['Reuters: news agency · reported · photo', 'Port Authority: government · statement', `${hostile.name}: organization · cited`]);
  expect(doc.querySelector('[onerror]')).toBeNull();
  expect(doc.querySelector('.sift-meta')?.textContent).toContain('Ana Ruiz · The Example Times · Dec 11, 2025');
});

test('Markdown carries no script and no javascript: link', () => {
  const md = articleMarkdown(HOSTILE, win);
  expect(md).not.toMatch(/javascript:|alert\(2\)|onerror|alert\(4\)/);
  expect(md).toContain('# Harbour \\</title>\\<script>alert(1)\\</script> reopens');
  expect(md).toContain('Ships queued.');
});

test('the HTML file is a whole document that can run nothing: CSP, escaped title, sanitized body', () => {
  const file = articleHtmlFile(HOSTILE, win);
  expect(file.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
  expect(file).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  expect(file).toContain('<title>Harbour &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; reopens</title>');
  const doc = new JSDOM(file).window.document;
  expect(doc.querySelectorAll('script')).toHaveLength(0);
  expect(doc.querySelector('[onerror]')).toBeNull();
  expect(doc.querySelector('[data-sift-removed]')).toBeNull();
  expect(doc.querySelector('a[href^="javascript"]')).toBeNull();
  expect(doc.querySelector('h1')?.textContent).toBe(HOSTILE.title);
  expect(doc.querySelector('.sift-meta a')?.getAttribute('href')).toBe(HOSTILE.url);
});

test('file names come from the title, safe on every system', () => {
  expect(exportFileName('Putin: "doubles down" / Maduro?', 'html')).toBe('Putin-doubles-down-Maduro.html');
  expect(exportFileName('¿Qué pasó?', 'md')).toBe('Que-paso.md');
  expect(exportFileName('***', 'html')).toBe('article.html');
});

test('Markdown writes a formula with its TeX source between dollar signs, on its own lines when displayed', () => {
  const math = (tex: string, display = '') =>
    `<math xmlns="http://www.w3.org/1998/Math/MathML"${display} alttext="${tex}"><msup><mi>e</mi><mi>x</mi></msup></math>`;
  const md = articleMarkdown(makeArticle({ html: `<p>Inline ${math('e^{x}')} here.</p><p>${math('\\int_0^1 e^{x}\\,dx', ' display="block"')}</p><p>Plain <math><mi>y</mi></math>.</p>` }), win);
  expect(md.split('\n\n').slice(2)).toEqual(['Inline $e^{x}$ here.', '$$\n\\int_0^1 e^{x}\\,dx\n$$', 'Plain y.\n']);
  // A comparison stays TeX; a tag in the source stays text.
  const hostile = articleMarkdown(makeArticle({ html: `<p>${math('a&lt;b')} ${math('&lt;img src=x onerror=alert(1)&gt;')}</p>` }), win);
  expect(hostile.split('\n\n')[2]).toBe('$a\\lt b$ $\\lt img src=x onerror=alert(1)\\gt $\n');
});
