import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, isFailure } from '../../src/core';
import { auditHtml, type PurifyWindow } from '../../src/core/sanitize';
import { ATTACK_VECTORS } from '../fixtures/attack-vectors';

/** Generated pages: nested article-like markup, with words, links, lists, and attack vectors mixed in. */
const WORDS = ['river', 'council', 'budget', 'Maduro', 'Reuters', 'según', 'Straße', 'share', 'related', 'the', 'said', 'on', 'Tuesday', '2025', 'café', 'AP', 'Photo'];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 3, maxLength: 25 }).map((w) => `${w.join(' ')}.`);
const tag = fc.constantFrom('p', 'div', 'section', 'article', 'li', 'ul', 'h2', 'blockquote', 'figure', 'figcaption', 'span', 'a', 'aside', 'nav', 'table', 'td');

type Tree = { tag: string; attrs: string; children: (Tree | string)[] };
const attrs = fc.constantFrom('', ' class="share"', ' class="related-posts"', ' id="content"', ' class="entry-content"', ' href="/x"', ' hidden', ' aria-hidden="true"', ' class="newsletter"');
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((t) => ({
  node: fc.record({
    tag,
    attrs,
    children: fc.array(fc.oneof({ depthSize: 'small', withCrossShrink: true }, sentence, t('node'), fc.constantFrom(...ATTACK_VECTORS.map((v) => v.html))), { maxLength: 6 }),
  }),
})).node;

/** Children are spaced: `<b>a</b>b` reads "ab" in a browser too, which is not what this property is about. */
function render(node: Tree | string): string {
  if (typeof node === 'string') return node;
  return `<${node.tag}${node.attrs}> ${node.children.map(render).join(' ')} </${node.tag}>`;
}

const tokens = (s: string): string[] => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
/** Words per text node: textContent would glue the last word of one node to the first of the next. */
function textNodes(doc: Document): string[] {
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.nodeValue ?? '');
  return out;
}

const purifyWindow = new JSDOM('').window as unknown as PurifyWindow;

describe('extractArticle on generated pages', () => {
  it('never throws, passes the audit, and says only the page’s words', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (nodes) => {
        const body = nodes.map(render).join('');
        const dom = new JSDOM(`<!doctype html><html><head><title>Generated</title></head><body>${body}</body></html>`, { url: 'https://gen.example/a' });
        const doc = dom.window.document;
        const pageWords = new Set(textNodes(doc).flatMap(tokens));
        const before = dom.serialize();
        const result = extractArticle(doc, { url: 'https://gen.example/a' });
        expect(dom.serialize()).toBe(before);
        if (isFailure(result)) return;
        expect(auditHtml(result.html, purifyWindow)).toEqual([]);
        for (const t of tokens(result.text)) expect(pageWords.has(t)).toBe(true);
      }),
      { numRuns: 60, seed: 20261127 },
    );
    // Sixty pages through jsdom and the whole pipeline: about 5 s on an idle 2-core machine, which
    // is vitest's default limit. The limit here is for a hang, not a speed check (that is npm run bench).
  }, 60_000);
});
