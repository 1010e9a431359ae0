import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import type { PurifyWindow } from '../../src/core/sanitize';
import { articleHtmlFile, exportFileName } from '../../src/shared/export-html';
import { articleMarkdown } from '../../src/popup/markdown';
import { makeArticle } from '../helpers/popup-fixtures';

/** Export: Markdown through Turndown, a standalone sanitized HTML file, file names. */

const win = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://sift.invalid/' }).window as unknown as PurifyWindow;

const HOSTILE = makeArticle({
  title: 'Harbour </title><script>alert(1)</script> reopens',
  html: '<p>The harbour reopened.</p><span data-sift-removed="0"></span><p>Ships <a href="javascript:alert(2)">queued</a>.</p><img src="x" onerror="alert(3)"><script>alert(4)</script>',
});

test('Markdown starts with the title as a # heading, then byline, source link and paragraphs', () => {
  const md = articleMarkdown(makeArticle(), win);
  expect(md.split('\n\n')).toEqual([
    '# Harbour reopens after the storm',
    'Ana Ruiz  \nSource: [https://news.example/2025/12/story.html](https://news.example/2025/12/story.html)',
    'The harbour reopened on Thursday.',
    'Ships queued overnight.\n',
  ]);
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
