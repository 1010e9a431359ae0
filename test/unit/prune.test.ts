import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { copyForReadability } from '../../src/core/clone';
import { resolveImages } from '../../src/core/images';
import { planPrune } from '../../src/core/prune';

/** What the copy Readability reads leaves out of the page, and what must stay; the page itself never changes. */

function pruned(body: string): { doc: Document; removed: number } {
  const page = new JSDOM(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`).window.document;
  const before = page.documentElement.outerHTML;
  const plan = planPrune(page);
  const doc = copyForReadability(page, plan);
  expect(page.documentElement.outerHTML).toBe(before);
  expect(doc).not.toBe(page);
  return { doc, removed: plan.skipped.size };
}

describe('planPrune and copyForReadability', () => {
  it('removes code, hidden nodes and the page chrome', () => {
    const { doc, removed } = pruned(`
      <nav><a href="/">Home</a></nav>
      <script>var x = 1;</script><style>p{}</style><svg><path d="M0"/></svg>
      <div hidden>Hidden one.</div><div aria-hidden="true">Hidden two.</div>
      <div style="display: none !important">Hidden three.</div><div style="visibility:hidden">Hidden four.</div>
      <main><p>The story.</p></main>
      <aside>Most read</aside><footer>© 2026</footer><div role="dialog">Accept cookies</div>`);
    expect(doc.body.textContent?.replace(/\s+/g, ' ').trim()).toBe('The story.');
    expect(removed).toBe(11);
  });

  it('keeps what Readability reads: JSON-LD, visible styled nodes, fallback images', () => {
    const { doc } = pruned(`
      <script type="application/ld+json">{"@type":"NewsArticle"}</script>
      <div style="display:block">Shown.</div>
      <img aria-hidden="true" class="mwe-math-fallback-image-inline" src="f.png">`);
    expect(doc.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(doc.body.textContent).toContain('Shown.');
    expect(doc.querySelector('img')).not.toBeNull();
  });

  it("leaves the head's code and styles out of the copy, and keeps what Readability reads there", () => {
    const page = new JSDOM(`<!doctype html><html><head><title>T</title><base href="https://cdn.example/">
      <meta name="author" content="A. Writer"><link rel="stylesheet" href="site.css"><style>p { color: red }</style>
      <script>var tracker = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>
      </head><body><p>The story.</p></body></html>`).window.document;
    const doc = copyForReadability(page, planPrune(page));
    expect(Array.from(doc.head.children, (el) => el.localName)).toEqual(['title', 'base', 'meta', 'script']);
    expect(doc.head.querySelector('script')?.getAttribute('type')).toBe('application/ld+json');
    expect(page.head.children).toHaveLength(7);
  });

  it('copies noscript for the images step, which reads its image and then removes it', () => {
    const { doc } = pruned(`<p>The story.</p><img src="blank.gif"><noscript><img src="real.jpg"></noscript>`);
    expect(doc.querySelector('noscript')).not.toBeNull();
    resolveImages(doc);
    expect(doc.querySelector('noscript')).toBeNull();
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('real.jpg');
  });

  it('leaves chrome that holds the article to Readability', () => {
    const { doc } = pruned(`
      <aside><h1>Headline in an aside</h1><p>Body.</p></aside>
      <footer><article><p>An article in a footer.</p></article></footer>
      <nav role="main"><p>Odd markup.</p></nav>`);
    expect(doc.body.textContent).toContain('Headline in an aside');
    expect(doc.body.textContent).toContain('An article in a footer.');
    expect(doc.body.textContent).toContain('Odd markup.');
  });

  it('keeps only the branch of the one article element, with the headline and the lead image beside it', () => {
    const story = '<p>' + 'The story goes on. '.repeat(20) + '</p>';
    const { doc } = pruned(`
      <div class="page">
        <header class="masthead"><h1>Headline</h1></header>
        <div class="hero"><figure><img src="lead.jpg"><figcaption>The lead photo.</figcaption></figure></div>
        <div class="main"><article>${story}${story}</article><div class="rail"><p>Most popular: another story.</p></div></div>
        <div class="more"><p>You may also like this.</p><img src="t.jpg"><p>${'Teaser text. '.repeat(10)}</p></div>
        <script type="application/ld+json">{"@type":"NewsArticle"}</script>
      </div>`);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('Headline');
    expect(text).toContain('The lead photo.');
    expect(text).toContain('The story goes on.');
    expect(text).not.toContain('Most popular');
    expect(text).not.toContain('You may also like');
    expect(doc.head.querySelector('script[type="application/ld+json"]')).not.toBeNull();
  });

  it('measures a lead image block by the text a reader would see, not its scripts', () => {
    const story = '<p>' + 'The story goes on. '.repeat(20) + '</p>';
    const { doc } = pruned(`
      <div class="hero"><figure><img src="lead.jpg"><figcaption>The lead photo.</figcaption></figure>
        <script>${'window.share = 1; '.repeat(40)}</script></div>
      <article>${story}${story}</article>`);
    expect(doc.body.textContent).toContain('The lead photo.');
    expect(doc.querySelector('script')).toBeNull();
  });

  it('reads the whole page when the article element is a teaser or one of many', () => {
    const many = pruned(`<article><p>One teaser.</p></article><article><p>Two teaser.</p></article><div><p>Other text.</p></div>`).doc;
    expect(many.body.textContent).toContain('Other text.');
    const small = pruned(`<article><p>Short.</p></article><div><p>${'The real story is here. '.repeat(10)}</p></div>`).doc;
    expect(small.body.textContent).toContain('The real story is here.');
  });
});
