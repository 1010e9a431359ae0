import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractArticle, isFailure } from '../../src/core';
import { recordRemovals, sanitizeWithRemovals, snapshotBlocks } from '../../src/core/removals';
import type { PurifyWindow } from '../../src/core/sanitize';
import { articleParagraphs } from '../../src/core/text';

/** What the clutter and duplicate passes removed is recorded, with empty markers where it was. */

function dom(body: string) {
  const { window } = new JSDOM(`<!doctype html><html lang="en"><body>${body}</body></html>`, { url: 'https://news.example/a' });
  return window as unknown as PurifyWindow;
}

describe('recordRemovals (generic, whatever removed the blocks)', () => {
  test('marks each outermost removed block after its nearest kept neighbour, and cut sentences after their paragraph', () => {
    const win = dom(`<div id="root">
      <p id="a">First paragraph stays.</p>
      <ul id="share"><li>Share on X</li><li>Share by email</li></ul>
      <p id="b">Second paragraph stays. It said the same thing twice.</p>
      <section><h2 id="rel">Related stories</h2><p id="c">Third stays.</p></section>
    </div>`);
    const root = win.document.getElementById('root') as HTMLElement;
    const snapshot = snapshotBlocks(root);
    win.document.getElementById('share')?.remove();
    win.document.getElementById('rel')?.remove();
    const b = win.document.getElementById('b') as HTMLElement;
    b.textContent = 'Second paragraph stays.';
    const removed = {
      clutter: [
        { reason: 'share-bar', text: 'Share on X Share by email' },
        { reason: 'related-stories', text: 'Related stories' },
      ],
      duplicates: [{ text: 'It said the same thing twice.', duplicateOf: 'x', similarity: 1 }],
    };
    const removals = recordRemovals(root, snapshot, removed);
    const { blocks } = removals;

    expect(blocks.map((x) => [x.id, x.reason])).toEqual([
      [0, 'share-bar'],
      [1, 'duplicate'],
      [2, 'related-stories'],
    ]);
    const order = [...root.querySelectorAll('p, [data-sift-removed]')].map((n) => n.id || `marker${n.getAttribute('data-sift-removed')}`);
    expect(order).toEqual(['a', 'marker0', 'b', 'marker1', 'marker2', 'c']);
    // The heading's marker stays inside its section, before the paragraph that followed it.
    expect(root.querySelector('[data-sift-removed="2"]')?.parentElement?.tagName).toBe('SECTION');

    const html = sanitizeWithRemovals(root, removals, win);
    expect(html).toMatch(/^<div id="root">\s*<p id="a">First paragraph stays.<\/p>\s*<span data-sift-removed="0"><\/span>/);
    // One block for the list, not one per item.
    expect(blocks[0]?.html).toBe('<ul id="share"><li>Share on X</li><li>Share by email</li></ul>');
    expect(blocks[1]?.html).toBe('<p>It said the same thing twice.</p>');
    expect(blocks[2]?.html).toBe('<h2 id="rel">Related stories</h2>');
  });

  test('removed HTML is sanitized', () => {
    const win = dom('<div id="root"><p>Kept.</p><div id="x">Promo <img src="x" onerror="alert(1)"><script>alert(2)</script></div></div>');
    const root = win.document.getElementById('root') as HTMLElement;
    const snapshot = snapshotBlocks(root);
    win.document.getElementById('x')?.remove();
    const removals = recordRemovals(root, snapshot, { clutter: [], duplicates: [] });
    const html = sanitizeWithRemovals(root, removals, win);
    const [block] = removals.blocks;
    expect(block?.reason).toBe('clutter');
    expect(block?.html).toContain('Promo <img src="x">');
    expect(block?.html).not.toMatch(/onerror|script/);
    expect(html).toBe('<div id="root"><p>Kept.</p><span data-sift-removed="0"></span></div>');
  });
});

const PAGE = `<article>
  <h1>Harbour reopens after the storm</h1>
  <p>The harbour reopened on Thursday after three days of closure, the port authority said in a statement to reporters.</p>
  <p><strong>Read more:</strong> <a href="https://news.example/storm-damage-photos">Photos: the storm damage along the coast</a></p>
  <p>Ships queued overnight outside the breakwater, waiting for pilots to guide them in one by one through the narrow channel.</p>
  <p>Fishermen said the storm had cost them a week of work, and several boats were damaged beyond repair at their moorings.</p>
  <p>The harbour reopened on Thursday after three days of closure, the port authority said in a statement to reporters.</p>
  <p>Repairs to the northern quay will take another month, according to engineers who inspected the damage on Friday.</p>
</article>`;

describe('extractArticle records removals', () => {
  const win = dom(PAGE);
  const result = extractArticle(win.document, { url: 'https://news.example/a' });
  if (isFailure(result)) throw new Error(result.message);
  const blocks = result.removed.blocks ?? [];

  test('the related link and the repeated paragraph are recorded with their reasons', () => {
    const clutter = result.removed.clutter.map((c) => c.reason);
    expect(blocks.map((b) => b.reason)).toEqual([clutter[0], 'duplicate']);
    expect(blocks[0]?.html).toContain('Photos: the storm damage along the coast');
    expect(blocks[1]?.html).toContain('three days of closure');
  });

  test('every recorded block has its marker in the article HTML, and the markers are empty', () => {
    const body = new JSDOM(result.html).window.document.body;
    const markers = [...body.querySelectorAll('[data-sift-removed]')];
    expect(markers.map((m) => Number(m.getAttribute('data-sift-removed')))).toEqual(blocks.map((b) => b.id));
    expect(markers.every((m) => m.childNodes.length === 0)).toBe(true);
  });

  test('the text is the same with or without the markers', () => {
    const body = new JSDOM(result.html).window.document.body;
    for (const m of [...body.querySelectorAll('[data-sift-removed]')]) m.remove();
    expect(articleParagraphs(body).join('\n\n')).toBe(result.text);
    expect(result.text).not.toContain('Read more');
    expect(result.text.match(/three days of closure/g)).toHaveLength(1);
  });
});
