import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findSources, readPageAttribution } from '../../src/core/attributions';

/** The page's own attribution: metadata, canonical address, and republishing (issue #5). */

const URL_HERE = 'https://www.lakeside.example/news/story';

function pageOf(head: string, body = '<p>Text.</p>'): ReturnType<typeof readPageAttribution> {
  const dom = new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url: URL_HERE });
  return readPageAttribution(dom.window.document, URL_HERE);
}

describe('readPageAttribution', () => {
  it('reads byline, site name, date and canonical address from meta tags', () => {
    const page = pageOf(`<link rel="canonical" href="/news/story">
      <meta property="og:site_name" content="Lakeside Gazette"><meta name="author" content="Jane Doe">
      <meta property="article:published_time" content="2026-03-04T18:20:00Z">`);
    expect(page).toEqual({
      byline: 'Jane Doe',
      siteName: 'Lakeside Gazette',
      publishedTime: '2026-03-04T18:20:00Z',
      canonicalUrl: 'https://www.lakeside.example/news/story',
      republishedFrom: null,
    });
  });

  it('does not take a profile address for a byline', () => {
    expect(pageOf('<meta property="article:author" content="https://www.facebook.com/someone">').byline).toBeNull();
  });

  it('falls back to JSON-LD', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, {
      '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Ana Ruiz' }], publisher: { name: 'Diario X' }, datePublished: '2026-01-01',
    }] };
    const page = pageOf(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect([page.byline, page.siteName, page.publishedTime]).toEqual(['Ana Ruiz', 'Diario X', '2026-01-01']);
  });

  it('says the page republishes when the canonical address is on another site', () => {
    expect(pageOf('<link rel="canonical" href="https://apnews.com/article/abc">').republishedFrom).toBe('https://apnews.com/article/abc');
  });

  it('does not take an AMP or mobile host of the same site for another site', () => {
    expect(pageOf('<link rel="canonical" href="https://lakeside.example/news/story">').republishedFrom).toBeNull();
    const dom = new JSDOM('<link rel="canonical" href="https://www.bbc.co.uk/news/1">', { url: 'https://amp.bbc.co.uk/news/1' });
    expect(readPageAttribution(dom.window.document, 'https://amp.bbc.co.uk/news/1').republishedFrom).toBeNull();
  });

  it.each([
    '<p>This story was originally published by <a href="https://www.propublica.org/article/x">ProPublica</a>.</p>',
    '<p>Source: <a href="https://elpais.com/internacional/x.html">El País</a></p>',
    '<p>Fuente: <a href="https://www.efe.com/efe/x">EFE</a></p>',
  ])('says the page republishes when a credit links elsewhere: %s', (body) => {
    expect(pageOf('', body).republishedFrom).toMatch(/^https:\/\/(?:www\.)?(?:propublica\.org|elpais\.com|efe\.com)\//u);
  });

  it('ignores links elsewhere that are not credits, and share links', () => {
    const body = `<p>Read the <a href="https://other.example/report.pdf">full report</a>.</p>
      <div class="share"><span>Source:</span> <a href="https://facebook.com/sharer">Facebook</a></div>`;
    expect(pageOf('', body).republishedFrom).toBeNull();
  });

  it('takes the first tag for each key, in page order, whichever attribute names it', () => {
    const page = pageOf(`<meta itemprop="author" content="First Writer"><meta name="author" content="Second Writer">
      <meta name="og:site_name" content=" "><meta property="og:site_name" content="Not Read"><meta name="application-name" content="The App">`);
    expect(page.byline).toBe('First Writer');
    // The first og:site_name tag is empty, so the next key is read, as a query per key would.
    expect(page.siteName).toBe('The App');
  });

  it('takes a credit link written with a scheme-relative or spaced address, never a relative one', () => {
    expect(pageOf('', '<p>Source: <a href=" //elpais.com/x.html">El País</a></p>').republishedFrom).toBe('https://elpais.com/x.html');
    expect(pageOf('', '<p>Source: <a href="/archive/elpais.com/x.html">El País</a></p>').republishedFrom).toBeNull();
  });

  it('ignores an unparsable or non-web canonical address', () => {
    expect(pageOf('<link rel="canonical" href="javascript:alert(1)">').canonicalUrl).toBeNull();
    expect(pageOf('<link rel="canonical" href="http://[bad">').canonicalUrl).toBeNull();
  });
});

describe("the site's own name", () => {
  const BODY = '<p>“Plan for the worst case first,” the adviser told Business Insider in an interview.</p>';
  // A copy of the story on another edition: its canonical address is the other site's.
  const COPY = { byline: null, siteName: 'Business Insider Deutschland', publishedTime: null, canonicalUrl: 'https://www.businessinsider.de/x', republishedFrom: 'https://www.businessinsider.de/x' };

  it('is never a source, read from the address of the page being read', () => {
    const root = new JSDOM(`<article>${BODY}</article>`).window.document.querySelector('article') as HTMLElement;
    expect(findSources(root, COPY, { url: 'https://www.businessinsider.com/x' })).toEqual([]);
    expect(findSources(root, COPY).map((s) => s.name)).toEqual(['Business Insider']);
  });
});
