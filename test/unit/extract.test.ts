import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, isFailure, PIPELINE_STEPS } from '../../src/core';
import { extractGolden, goldenPage } from '../helpers/golden';

const PAGE = `<!doctype html><html lang="en"><head><title>A quiet story</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>A quiet story</h1>
<p>The first paragraph of a quiet story tells the reader what happened in the town on Monday morning.</p>
<p>The second paragraph adds what the mayor said about it later that day, in a statement to the press.</p>
<p>The third paragraph closes the story with what comes next for the people who live there and work there.</p>
</article></body></html>`;

describe('extractArticle', () => {
  it('never changes the document it is given', () => {
    const dom = new JSDOM(PAGE, { url: 'https://example.test/story' });
    const before = dom.serialize();
    const result = extractArticle(dom.window.document, { url: 'https://example.test/story' });
    expect(isFailure(result)).toBe(false);
    expect(dom.serialize()).toBe(before);
  });

  it('returns the article text as paragraphs', () => {
    const dom = new JSDOM(PAGE, { url: 'https://example.test/story' });
    const result = extractArticle(dom.window.document, { url: 'https://example.test/story' });
    if (isFailure(result)) throw new Error(result.message);
    expect(result.text.split('\n\n')).toContain(
      'The second paragraph adds what the mayor said about it later that day, in a statement to the press.',
    );
    expect(result.text).not.toContain('Home');
  });

  it('leaves out paragraphs that show nothing, in the text, the HTML and the removed blocks', () => {
    const spaced = PAGE.replace(/<\/p>\n<p>/g, '</p>\n<p>\u200b</p><p>\u00ad\u2060</p>\n<p>');
    const dom = new JSDOM(spaced, { url: 'https://example.test/story' });
    const result = extractArticle(dom.window.document, { url: 'https://example.test/story' });
    if (isFailure(result)) throw new Error(result.message);
    expect(result.text.split('\n\n')).toHaveLength(3);
    expect(result.html).not.toMatch(/<p>[\u00ad\u200b\u2060]*<\/p>/);
    expect(result.removed.blocks).toEqual([]);
  });

  it('says there is no article on an empty page', () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://example.test/' });
    const result = extractArticle(dom.window.document, { url: 'https://example.test/' });
    expect(isFailure(result) && result.error).toBe('no-article');
  });

  it('reports the end of every step, in order, for benchmarks to time them', () => {
    const dom = new JSDOM(PAGE, { url: 'https://example.test/story' });
    const steps: string[] = [];
    extractArticle(dom.window.document, { url: 'https://example.test/story', onStepEnd: (s) => steps.push(s) });
    expect(steps).toEqual([...PIPELINE_STEPS]);
  });

  it("keeps a page's formulas as MathML, once, with their TeX source as alttext and not in the text", async () => {
    const result = await extractGolden(goldenPage('katex-euler-identity'));
    if (isFailure(result)) throw new Error(result.message);
    const doc = new JSDOM(`<!doctype html><body>${result.html}</body>`).window.document;
    expect(Array.from(doc.querySelectorAll('math'), (m) => [m.getAttribute('display'), m.getAttribute('alttext')])).toEqual([
      [null, 'e^{i\\pi} + 1 = 0'],
      ['block', 'e^{i\\theta} = \\cos\\theta + i\\sin\\theta'],
    ]);
    expect(doc.querySelector('math msup mi')?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    // KaTeX's visual copy is hidden from readers, and its source is for machines.
    expect(doc.querySelectorAll('annotation, [aria-hidden]').length).toBe(0);
    expect(result.text).not.toContain('\\pi');
  });
});
