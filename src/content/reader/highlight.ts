/**
 * Shows one sentence of the article (a source's mention, issue #5): marks it, scrolls it to the
 * middle of the reader and moves focus there so a screen reader reads it. The marks are <mark>
 * elements inside the closed shadow root; the CSS Custom Highlight API was not used because its
 * registry belongs to the page's document, where page scripts could read the highlighted ranges.
 */

const MARK_CLASS = 'sift-mention';
const BLOCKS = 'p, li, figcaption, blockquote, h2, h3, h4, h5, h6, td, th, dd, pre';

interface Position {
  node: Text;
  offset: number;
}

/** The block's text with whitespace runs collapsed, and where each kept character came from. */
function collapsedText(block: Element): { text: string; at: Position[] } {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  const at: Position[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const char = value.charAt(i);
      const space = /\s/.test(char);
      if (space && (text === '' || text.endsWith(' '))) continue;
      text += space ? ' ' : char;
      at.push({ node, offset: i });
    }
  }
  return { text, at };
}

/** Wraps the part of each text node between `start` and `end` (inclusive) in a mark. */
function wrap(start: Position, end: Position): HTMLElement[] {
  const range = start.node.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + 1);
  const doc = start.node.ownerDocument;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.currentNode; n; n = walker.nextNode() as Node) if (n.nodeType === 3 && range.intersectsNode(n)) nodes.push(n as Text);
  return nodes.map((node) => {
    let part = node;
    if (part === end.node) part.splitText(end.offset + 1);
    if (part === start.node && start.offset > 0) part = part.splitText(start.offset);
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    part.replaceWith(mark);
    mark.append(part);
    return mark;
  });
}

/** Removes earlier marks, putting their text back where it was. */
export function clearMentions(body: Element): void {
  for (const mark of Array.from(body.querySelectorAll(`mark.${MARK_CLASS}`))) {
    const parent = mark.parentNode;
    mark.replaceWith(...Array.from(mark.childNodes));
    parent?.normalize();
  }
}

/** Marks `mention` in `body`; false when the article no longer holds it. */
export function highlightMention(body: Element, mention: string): boolean {
  clearMentions(body);
  const wanted = mention.replace(/\s+/g, ' ').trim();
  if (!wanted) return false;
  for (const block of Array.from(body.querySelectorAll(BLOCKS))) {
    if (block.querySelector(BLOCKS)) continue;
    const { text, at } = collapsedText(block);
    const index = text.indexOf(wanted);
    const start = at[index];
    const end = at[index + wanted.length - 1];
    if (index < 0 || !start || !end) continue;
    const marks = wrap(start, end);
    const first = marks[0];
    if (!first) return false;
    first.tabIndex = -1;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
    return true;
  }
  return false;
}
