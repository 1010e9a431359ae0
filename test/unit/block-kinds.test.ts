import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import type { PurifyWindow } from '../../src/core/sanitize';
import { articleParagraphs } from '../../src/core/text';
import { blockKinds } from '../../src/popup/block-kinds';

/** The popup sets each paragraph of the text by what it was in the article's HTML (src/popup/block-kinds.ts). */

const HTML = [
  '<h2>What we actually <em>did</em></h2>',
  '<p>The method is simple.</p>',
  '<ul><li>Cardboard: free</li><li><p>Compost:\\n £64</p></li></ul>',
  '<figure><img src="/a.jpg" alt=""><figcaption>Beds in March. Photo: M. Okafor</figcaption></figure>',
  '<blockquote><p>It works.</p><p>Try it.</p></blockquote>',
  '<p onclick="x()">Last <script>alert(1)</script>words.</p>',
].join('');

test('keys each kind by the paragraph text the text step writes, and leaves plain paragraphs out', () => {
  const { window } = new JSDOM('');
  const kinds = blockKinds(HTML, window as unknown as PurifyWindow);
  const root = window.document.createElement('div');
  root.append(window.document.createRange().createContextualFragment(HTML.replace(/<script>.*?<\/script>/, '')));
  const paragraphs = articleParagraphs(root);
  expect(paragraphs.map((p) => kinds.get(p) ?? 'plain')).toEqual(['heading', 'plain', 'item', 'item', 'caption', 'quote', 'quote', 'plain']);
});
