import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, isFailure } from '../../src/core';
import { MAX_ELEMENTS, MAX_TEXT_CHARS } from '../../src/core/limits';

const url = 'https://huge.example/page';

describe('pages too large to read', () => {
  it('says so for a page with more elements than the limit, and leaves it as it was', () => {
    const dom = new JSDOM('<!doctype html><body><article></article></body>', { url });
    const doc = dom.window.document;
    const article = doc.querySelector('article')!;
    const chunk = doc.createDocumentFragment();
    for (let i = 0; i < MAX_ELEMENTS; i++) chunk.append(doc.createElement('span'));
    article.append(chunk);
    const before = doc.getElementsByTagName('*').length;
    const result = extractArticle(doc, { url });
    expect(isFailure(result) && result.error).toBe('too-large');
    expect(isFailure(result) && result.message).toMatch(/elements/);
    expect(doc.getElementsByTagName('*').length).toBe(before);
  });

  it('says so for a page with more text than the limit', () => {
    const dom = new JSDOM('<!doctype html><body><p></p></body>', { url });
    dom.window.document.querySelector('p')!.textContent = 'word '.repeat(MAX_TEXT_CHARS / 5 + 10);
    const result = extractArticle(dom.window.document, { url });
    expect(isFailure(result) && result.error).toBe('too-large');
  });

  it("counts the text a reader reads, not the page's scripts and styles", () => {
    const blob = `<script>window.__STATE__ = "${'x'.repeat(MAX_TEXT_CHARS + 10)}";</script>`;
    const dom = new JSDOM(`<!doctype html><body>${blob}<article><h1>Short</h1><p>${'A short story about a town and its river. '.repeat(20)}</p></article></body>`, { url });
    const result = extractArticle(dom.window.document, { url });
    expect(isFailure(result)).toBe(false);
  });

  it('reads a long article under the limits', () => {
    const para = '<p>A long article keeps going with sentence after sentence about the same topic, at length.</p>';
    const dom = new JSDOM(`<!doctype html><body><article><h1>Long</h1>${para.repeat(400)}</article></body>`, { url });
    const result = extractArticle(dom.window.document, { url });
    expect(isFailure(result)).toBe(false);
  });
});
