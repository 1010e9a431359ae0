/**
 * One bottom-up pass that sizes every element: visible characters, characters inside links and
 * whether block elements sit inside. The rules read these instead of re-walking each subtree,
 * which keeps the clutter pass linear in the size of the article.
 */

import { solidChars } from './text';

export interface Measure {
  /** Non-whitespace characters of text. */
  chars: number;
  /** Of those, the ones inside `<a>` elements. */
  linkChars: number;
  /** True when a block element (paragraph, list, heading…) is a descendant. */
  hasBlocks: boolean;
  /** True inside a caption, table cell, quotation or code: article text that no text cue may remove. */
  guarded: boolean;
  /** True when an image, picture or video is a descendant: what a caption sits next to. */
  media: boolean;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'FIGURE', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'PRE']);
const EMPTY: Measure = { chars: 0, linkChars: 0, hasBlocks: false, guarded: false, media: false };
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO']);
const GUARD_TAGS = new Set(['FIGCAPTION', 'TD', 'TH', 'PRE', 'CODE', 'BLOCKQUOTE', 'DD']);

export class Measures {
  private readonly map = new Map<Element, Measure>();

  constructor(root: Element) {
    this.visit(root, false, false);
  }

  get(el: Element): Measure {
    return this.map.get(el) ?? EMPTY;
  }

  /** Share of an element's text inside links, 0..1. */
  density(el: Element): number {
    const m = this.get(el);
    return m.chars ? m.linkChars / m.chars : 0;
  }

  private visit(el: Element, inLink: boolean, inGuard: boolean): Measure {
    const tag = el.tagName.toUpperCase();
    const link = inLink || tag === 'A';
    const guarded = inGuard || GUARD_TAGS.has(tag);
    const m: Measure = { chars: 0, linkChars: 0, hasBlocks: false, guarded, media: false };
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        // Counted in place: a string per text node without its spaces was most of this walk's garbage.
        const c = solidChars((n as Text).data);
        m.chars += c;
        if (link) m.linkChars += c;
      } else if (n.nodeType === 1) {
        const child = n as Element;
        const cm = this.visit(child, link, guarded);
        m.chars += cm.chars;
        m.linkChars += cm.linkChars;
        const ctag = child.tagName.toUpperCase();
        m.hasBlocks ||= cm.hasBlocks || BLOCK_TAGS.has(ctag);
        m.media ||= cm.media || MEDIA_TAGS.has(ctag);
      }
    }
    this.map.set(el, m);
    return m;
  }
}
