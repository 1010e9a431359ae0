import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyForReadability } from '../../src/core/clone';
import { planPrune } from '../../src/core/prune';
import { runReadability } from '../../src/core/readability';

/**
 * runReadability skips Readability's serialized cache of the body (issue #8): the result must be
 * exactly plain Readability's, on a page it reads at the first try and on one that needs its
 * second pass, where the body comes back from a fresh copy instead.
 */

const para = (words: number, word: string): string => `<p>${Array.from({ length: words }, () => word).join(' ')}.</p>`;

/** An article Readability finds at once. */
const PLAIN = `<article><h1>Title</h1>${para(60, 'story')}${para(60, 'more')}${para(60, 'text')}</article><div>Footer, short.</div>`;
/**
 * The only long text sits in a block whose class Readability drops on its first pass ("comment"),
 * so that pass finds under 500 characters and it starts again with its unlikely-candidates rule off.
 */
const SECOND_PASS = `<div class="comment">${para(80, 'words')}${para(80, 'others')}</div><p>Short.</p>`;

/** A short news brief (golden page): under Readability's 500 characters, so it tries all four passes and takes the longest. */
const BRIEF = readFileSync(resolve(import.meta.dirname, '../pages/short-brief-bridge-closure/source.html'), 'utf8');

function page(body: string): Document {
  const html = body.startsWith('<!doctype') ? body : `<!doctype html><html><head><title>Page title</title></head><body>${body}</body></html>`;
  return new JSDOM(html, { url: 'https://example.com/a' }).window.document;
}

/** Plain Readability, as runReadability calls it, on its own copy; `restarts` counts its passes after the first. */
function plain(body: string): { html: string; title: string | null | undefined; byline: string | null | undefined; restarts: number } {
  const doc = page(body);
  const counts = spyOnBodyHtml(doc);
  const parsed = new Readability<HTMLElement>(doc, { serializer: (el) => el as HTMLElement }).parse();
  return { html: parsed?.content?.outerHTML ?? '', title: parsed?.title, byline: parsed?.byline, restarts: counts.writes };
}

/** Counts reads and writes of `innerHTML` on body elements through the real accessor. */
function spyOnBodyHtml(doc: Document): { reads: number; writes: number } {
  const proto = doc.defaultView?.Element.prototype as Element;
  const real = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
  if (!real?.get || !real.set) throw new Error('no innerHTML accessor on Element.prototype');
  const counts = { reads: 0, writes: 0 };
  const { get, set } = real;
  Object.defineProperty(proto, 'innerHTML', {
    configurable: true,
    get(this: Element) {
      if (this.localName === 'body') counts.reads++;
      return get.call(this);
    },
    set(this: Element, value: string) {
      if (this.localName === 'body') counts.writes++;
      set.call(this, value);
    },
  });
  return counts;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runReadability', () => {
  it('finds what plain Readability finds, without serializing the body', () => {
    const doc = page(PLAIN);
    const counts = spyOnBodyHtml(doc);
    const freshCopy = vi.fn(() => page(PLAIN));
    const article = runReadability(doc, freshCopy);
    expect(article?.root.outerHTML).toBe(plain(PLAIN).html);
    expect(article?.title).toBe(plain(PLAIN).title);
    expect(counts).toEqual({ reads: 0, writes: 0 });
    expect(freshCopy).not.toHaveBeenCalled();
    // The hook is gone: the copy's body is an ordinary element again.
    expect(Object.getOwnPropertyDescriptor(doc.body, 'innerHTML')).toBeUndefined();
  });

  it('gives a second pass the body from a fresh copy, with the same result as plain Readability', () => {
    const doc = page(SECOND_PASS);
    const counts = spyOnBodyHtml(doc);
    const freshCopy = vi.fn(() => page(SECOND_PASS));
    const article = runReadability(doc, freshCopy);
    const expected = plain(SECOND_PASS);
    expect(expected.html).toContain('others');
    expect(expected.restarts).toBeGreaterThan(0);
    expect(article?.root.outerHTML).toBe(expected.html);
    expect(freshCopy).toHaveBeenCalledTimes(expected.restarts);
    expect(counts).toEqual({ reads: 0, writes: 0 });
  });

  it('reads a short brief, which needs every pass, as plain Readability does', () => {
    const freshCopy = vi.fn(() => page(BRIEF));
    const expected = plain(BRIEF);
    expect(expected.restarts).toBe(4);
    expect(expected.html).toContain('The bridge reopens at 5 a.m. each Monday.');
    expect(runReadability(page(BRIEF), freshCopy)?.root.outerHTML).toBe(expected.html);
    expect(freshCopy).toHaveBeenCalledTimes(4);
  });

  it('returns null where plain Readability finds nothing, after all its passes', () => {
    const body = '<div><img src="a.png"></div>';
    const freshCopy = vi.fn(() => page(body));
    const expected = plain(body);
    expect(expected.html).toBe('');
    expect(runReadability(page(body), freshCopy)).toBeNull();
    expect(freshCopy).toHaveBeenCalledTimes(expected.restarts);
  });

  describe('on a pruned copy', () => {
    /** Every way Readability's visibility test hides a node, beside an article that stays. */
    const HIDDEN = `<article><h1>Title</h1>${para(60, 'story')}<div hidden>${para(30, 'attr')}</div>${para(60, 'more')}<div style="display: none">${para(30, 'none')}</div><div style="visibility:hidden">${para(30, 'invisible')}</div><div aria-hidden="true">${para(30, 'unseen')}</div><p>The formula <img class="mwe-math-fallback-image-inline" aria-hidden="true" src="f.png"> holds. ${para(40, 'math').slice(3, -4)}</p>${para(60, 'text')}</article>`;

    function pruned(body: string): Document {
      const doc = page(body);
      return copyForReadability(doc, planPrune(doc));
    }

    it('finds what plain Readability finds on the whole page, hidden nodes and all', () => {
      const expected = plain(HIDDEN).html;
      expect(expected).toContain('f.png');
      for (const word of ['attr', 'none', 'invisible', 'unseen']) expect(expected).not.toContain(word);
      expect(runReadability(pruned(HIDDEN), () => pruned(HIDDEN))?.root.outerHTML).toBe(expected);
    });

    it("does not read the inline style of the body's elements, which the prune has already read", () => {
      const original = page(HIDDEN);
      const work = copyForReadability(original, planPrune(original));
      const proto = original.defaultView?.HTMLElement.prototype as HTMLElement;
      const real = Object.getOwnPropertyDescriptor(proto, 'style');
      if (!real?.get) throw new Error('no style accessor on HTMLElement.prototype');
      const getter = real.get;
      const readers: string[] = [];
      vi.spyOn(proto, 'style', 'get').mockImplementation(function (this: HTMLElement) {
        if (work.body.contains(this)) readers.push(this.localName);
        return getter.call(this) as CSSStyleDeclaration;
      });
      const freshCopy = vi.fn(() => pruned(HIDDEN));
      expect(runReadability(work, freshCopy)?.root.textContent).toContain('story');
      expect(freshCopy).not.toHaveBeenCalled();
      // The body itself is not left out by the prune, so it still gets the real test.
      expect(new Set(readers)).toEqual(new Set(['body']));
    });
  });

  describe("Readability's byline and empty-element tests", () => {
    /** Six wrappers deep, beyond the five ancestors Readability scores: the outer one is never a candidate whose link density it reads. */
    const nest = (inner: string): string => `<div id="outer"><div><div><div><div><div>${inner}</div></div></div></div></div></div>`;
    const BYLINES = [
      `<p class="byline">By Jane Doe</p>`,
      `<p><a rel="author" href="/jd">Jane Doe</a></p>`,
      `<div itemprop="author"><span itemprop="name">Jane Doe</span>, staff</div>`,
      `<div class="author-box">${para(30, 'long')}</div><p class="writtenby">Jane Doe</p>`,
    ];
    /** Empty by Readability's test (whitespace is any that trim() strips, a no-break space too) and not quite empty. */
    const EMPTIES = `<div> \n </div><div>&nbsp;&#x2003;</div><div><br><br><hr></div><section><!-- note --></section><div><div><span> </span></div></div><h2><span><b>x</b></span></h2><div><img src="a.png"></div>`;

    it.each(BYLINES)('finds the byline and article plain Readability finds: %s', (byline) => {
      const body = nest(`${byline}<article>${EMPTIES}${para(60, 'story')}${para(60, 'more')}</article>`);
      const expected = plain(body);
      expect(expected.byline).toContain('Jane Doe');
      const article = runReadability(page(body), () => page(body));
      expect(article?.byline).toBe(expected.byline);
      expect(article?.root.outerHTML).toBe(expected.html);
    });

    /** How often each extractor reads the outer wrapper's textContent. */
    function outerReads(extract: (doc: Document) => unknown): number {
      const doc = page(nest(`<article>${para(60, 'story')}${para(60, 'more')}</article>`));
      const outer = doc.getElementById('outer');
      const proto = doc.defaultView?.Node.prototype as Node;
      const real = Object.getOwnPropertyDescriptor(proto, 'textContent');
      if (!real?.get) throw new Error('no textContent accessor on Node.prototype');
      const getter = real.get;
      let reads = 0;
      const spy = vi.spyOn(proto, 'textContent', 'get').mockImplementation(function (this: Node) {
        if (this === outer) reads++;
        return getter.call(this) as string | null;
      });
      extract(doc);
      spy.mockRestore();
      return reads;
    }

    it('reads the text of a wrapper that is neither a byline nor empty less often than plain Readability', () => {
      const before = outerReads((doc) => new Readability(doc, { serializer: (el) => el }).parse());
      const after = outerReads((doc) => runReadability(doc, () => page('')));
      // The wrapper is part of the article, whose cleaning reads it too.
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThan(before);
    });
  });
});
