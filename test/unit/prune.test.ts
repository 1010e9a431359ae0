import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pruneForReadability } from '../../src/core/prune';

/** What goes before Readability reads the page, and what must stay. */

function pruned(body: string): { doc: Document; removed: number } {
  const doc = new JSDOM(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`).window.document;
  return { doc, removed: pruneForReadability(doc) };
}

describe('pruneForReadability', () => {
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

  it('leaves chrome that holds the article to Readability', () => {
    const { doc } = pruned(`
      <aside><h1>Headline in an aside</h1><p>Body.</p></aside>
      <footer><article><p>An article in a footer.</p></article></footer>
      <nav role="main"><p>Odd markup.</p></nav>`);
    expect(doc.body.textContent).toContain('Headline in an aside');
    expect(doc.body.textContent).toContain('An article in a footer.');
    expect(doc.body.textContent).toContain('Odd markup.');
  });
});
