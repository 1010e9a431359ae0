import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { isPlaceholderSrc, largestCandidate, resolveImages } from '../../src/core/images';
import { isFailure } from '../../src/core/types';

const PIXEL_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const BASE = 'https://news.example/story';

function docOf(body: string, scripting = false): Document {
  // With scripting on, <noscript> content stays raw text, as in a real browser tab.
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: BASE, runScripts: scripting ? 'outside-only' : undefined }).window.document;
}

function imgs(doc: Document): { src: string | null; srcset: string | null; alt: string | null }[] {
  return Array.from(doc.querySelectorAll('img')).map((i) => ({ src: i.getAttribute('src'), srcset: i.getAttribute('srcset'), alt: i.getAttribute('alt') }));
}

describe('resolveImages', () => {
  test.each([
    ['data-src', `<img src="${PIXEL_GIF}" data-src="/a.jpg" alt="A">`],
    ['data-lazy-src', '<img src="/img/blank.gif" data-lazy-src="/a.jpg" alt="A">'],
    ['data-original', '<img data-original="/a.jpg" alt="A">'],
    ['data-src over a blurred thumbnail', '<img class="lazyload" src="/a-20px-thumb.jpg" data-src="/a.jpg" alt="A">'],
  ])('takes the real URL from %s', (_name, html) => {
    const doc = docOf(html);
    resolveImages(doc);
    expect(imgs(doc)).toEqual([{ src: '/a.jpg', srcset: null, alt: 'A' }]);
  });

  test('data-srcset becomes srcset and its widest candidate the src', () => {
    const doc = docOf('<img data-srcset="/a-400.jpg 400w, /a-1200.jpg 1200w, /a-800.jpg 800w" alt="A">');
    resolveImages(doc);
    expect(imgs(doc)).toEqual([{ src: '/a-1200.jpg', srcset: '/a-400.jpg 400w, /a-1200.jpg 1200w, /a-800.jpg 800w', alt: 'A' }]);
  });

  test('an image with only srcset gets a src', () => {
    const doc = docOf('<img srcset="/a.jpg 1x, /a@2x.jpg 2x" alt="A">');
    resolveImages(doc);
    expect(imgs(doc)[0]?.src).toBe('/a@2x.jpg');
  });

  test('<picture> sources, lazy or not, give the placeholder img its URL', () => {
    const doc = docOf(`<picture><source type="image/webp" data-srcset="/a.webp 800w, /a-big.webp 1600w"><img src="${PIXEL_GIF}" alt="A"></picture>`);
    resolveImages(doc);
    expect(doc.querySelector('source')?.getAttribute('srcset')).toBe('/a.webp 800w, /a-big.webp 1600w');
    expect(imgs(doc)).toEqual([{ src: '/a-big.webp', srcset: null, alt: 'A' }]);
  });

  test.each([false, true])('a <noscript> fallback replaces the placeholder (scripting %s)', (scripting) => {
    const doc = docOf(`<figure><img src="${PIXEL_GIF}" class="lazy" alt=""><noscript><img src="https://cdn.example/a.jpg?w=800&amp;q=80" alt="Real" width="800" height="450"></noscript><figcaption>Caption</figcaption></figure>`, scripting);
    resolveImages(doc);
    expect(doc.querySelectorAll('noscript')).toHaveLength(0);
    expect(imgs(doc)).toEqual([{ src: 'https://cdn.example/a.jpg?w=800&q=80', srcset: null, alt: 'Real' }]);
    expect(doc.querySelector('img')?.getAttribute('width')).toBe('800');
  });

  test('a <noscript> image with no placeholder beside it is added in its place', () => {
    const doc = docOf('<div class="wrap"><span>x</span><noscript><img src="/a.jpg" alt="A"></noscript></div>');
    resolveImages(doc);
    expect(imgs(doc)).toEqual([{ src: '/a.jpg', srcset: null, alt: 'A' }]);
  });

  test('a <noscript> repeating an already real image is dropped, not doubled', () => {
    const doc = docOf('<img src="/a.jpg" alt="A"><noscript><img src="/a.jpg" alt="A"></noscript>');
    resolveImages(doc);
    expect(imgs(doc)).toHaveLength(1);
  });

  test.each([
    ['width="1" height="1"', '<img src="https://t.example/p.gif?id=1" width="1" height="1">'],
    ['height="0" alone', '<img src="https://t.example/p.png" height="0">'],
    ['width="2px"', '<img src="https://t.example/p.png" width="2px">'],
    ['a 1x1 data GIF with nothing better', `<img src="${PIXEL_GIF}">`],
  ])('drops a tracking pixel: %s', (_name, html) => {
    const doc = docOf(`<p>Text</p>${html}`);
    resolveImages(doc);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
  });

  test('keeps small but real images and leaves hostile values alone', () => {
    const doc = docOf('<img src="/icon.png" width="16" height="16" alt="i"><img src="/b.jpg" data-src="javascript:alert(1)" alt="B"><img src="/wide.jpg" width="570" height="0"><img src="/rule.png" width="464" height="2">');
    resolveImages(doc);
    expect(imgs(doc).map((i) => i.src)).toEqual(['/icon.png', '/b.jpg', '/wide.jpg', '/rule.png']);
  });
});

describe('helpers', () => {
  test.each([
    ['', true], [PIXEL_GIF, true], ['/images/spacer.gif', true], ['/lazy-placeholder.png', true],
    ['/photos/lazy-river.jpg', false], ['/img/1x1.png', true], ['/photos/river.jpg', false], [`data:image/jpeg;base64,${'A'.repeat(2000)}`, false],
  ])('isPlaceholderSrc(%j) is %s', (src, expected) => {
    expect(isPlaceholderSrc(src)).toBe(expected);
  });

  test('largestCandidate keeps commas inside URLs', () => {
    expect(largestCandidate('https://cdn.example/a.jpg?crop=0,0,10,10 400w, https://cdn.example/b.jpg?crop=0,0,20,20 900w')).toBe('https://cdn.example/b.jpg?crop=0,0,20,20');
    expect(largestCandidate(null)).toBeNull();
  });
});

describe('in the pipeline', () => {
  const paragraph = '<p>The council voted on Tuesday to widen the river path, after a long public consultation that drew hundreds of letters from residents on both banks of the water.</p>';
  const page = `<article><h1>River path widened</h1>${paragraph}
    <figure><img src="${PIXEL_GIF}" data-src="https://news.example/media/river?w=1200" alt="The river path"><figcaption>The path at dawn. Photo: Ana Ruiz / Agency</figcaption></figure>
    ${paragraph.repeat(3)}<img src="https://t.example/pixel.gif" width="1" height="1"></article>`;

  test('the lazy image survives Readability with its caption and credit under it; the pixel does not', () => {
    const doc = docOf(page);
    const out = extractArticle(doc, { url: BASE });
    if (isFailure(out)) throw new Error(out.message);
    const html = new JSDOM(out.html).window.document;
    const img = html.querySelector('figure img');
    expect(img?.getAttribute('src')).toBe('https://news.example/media/river?w=1200');
    expect(html.querySelector('figure figcaption')?.textContent).toContain('Photo: Ana Ruiz / Agency');
    expect(html.querySelector('img[src*="pixel"]')).toBeNull();
  });

  test('the caller’s document keeps its placeholders', () => {
    const doc = docOf(page);
    extractArticle(doc, { url: BASE });
    expect(doc.querySelector('figure img')?.getAttribute('src')).toBe(PIXEL_GIF);
  });
});
