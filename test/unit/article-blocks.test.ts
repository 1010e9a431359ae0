import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../src/core/article-blocks';
import { solidChars } from '../../src/core/text';

/**
 * The source finder reads the story's paragraphs, not what is left of the site's link lists. A
 * container counts as a list of links when over 70% of its text is link text; the text is built
 * only when the links could reach that share of its non-space characters.
 */

function blocks(html: string): string[] {
  const doc = new JSDOM(`<!doctype html><html lang="en"><body><div id="root">${html}</div></body></html>`).window.document;
  return articleBlocks(doc.getElementById('root') as HTMLElement).map((b) => b.text);
}

const STORY = '<p>The minister said on Monday that the plan would go ahead.</p>';

describe('articleBlocks', () => {
  it('skips a block of links and keeps prose with links in it', () => {
    const text = blocks(`
      ${STORY}
      <div><p><a href="/a">Ferry fares rise for the first time</a></p><p><a href="/b">Night market returns in May</a></p></div>
      <div><p>Officials told <a href="/r">Reuters</a> the vote was close, and <a href="/c">CNN</a> later confirmed it.</p></div>`);
    expect(text).toEqual([
      'The minister said on Monday that the plan would go ahead.',
      'Officials told Reuters the vote was close, and CNN later confirmed it.',
    ]);
  });

  it('judges by the collapsed text, however much white space the markup holds', () => {
    const spaces = ' \n\t\u00a0'.repeat(40);
    // Dense links among white space: a list, even though the raw text is mostly spaces.
    expect(blocks(`${STORY}<div><p><a href="/a">Alpha story here</a></p>${spaces}<p><a href="/b">Beta story here</a></p>${spaces}</div>`)).toEqual([
      'The minister said on Monday that the plan would go ahead.',
    ]);
    // Links with prose beside them, the prose split by white space: not a list.
    expect(blocks(`<div><p><a href="/a">Alpha</a> ${spaces} and <a href="/b">Beta</a> were both named in the report on Friday.</p></div>`)).toEqual([
      'Alpha and Beta were both named in the report on Friday.',
    ]);
  });

  it('counts the characters collapse keeps: all but the white space of JavaScript regexes', () => {
    expect(solidChars(' a\u2003b\ufeff\u200bc ')).toBe(4);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => solidChars(s) === s.replace(/\s/g, '').length), { numRuns: 3000 });
    const everyUnit = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
    expect(solidChars(everyUnit)).toBe(everyUnit.replace(/\s/g, '').length);
  });
});
