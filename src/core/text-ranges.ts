/**
 * Cutting character ranges out of an element's text while keeping its inline markup: the
 * duplicate pass removes one sentence from a paragraph and leaves links and emphasis around the
 * rest in place.
 */

/** Inline wrappers that are dropped once a cut leaves them without text. */
const INLINE_WRAPPERS = new Set(['A', 'SPAN', 'STRONG', 'EM', 'B', 'I', 'U', 'S', 'SUP', 'SUB', 'SMALL', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME', 'FONT']);

export function textNodes(el: Element): Text[] {
  const out: Text[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out.push(child as Text);
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(el);
  return out;
}

/** The element's text as `textNodes` joins it, so offsets from this string index into those nodes. */
export function joinedText(nodes: readonly Text[]): string {
  return nodes.map((n) => n.data).join('');
}

/**
 * Removes the `[start, end)` ranges (offsets into `joinedText(textNodes(el))` taken before any
 * cut) from `el`, then drops inline wrappers the cuts emptied.
 */
export function cutRanges(el: Element, ranges: readonly (readonly [number, number])[]): void {
  const nodes = textNodes(el);
  const offsets: number[] = [];
  let at = 0;
  for (const n of nodes) {
    offsets.push(at);
    at += n.data.length;
  }
  // Last range first: a cut only shifts text after it, so earlier offsets stay valid.
  const sorted = [...ranges].sort((x, y) => y[0] - x[0]);
  for (const [start, end] of sorted) {
    nodes.forEach((n, i) => {
      const from = Math.max(start - (offsets[i] ?? 0), 0);
      const to = Math.min(end - (offsets[i] ?? 0), n.data.length);
      if (to > from) n.data = n.data.slice(0, from) + n.data.slice(to);
    });
  }
  dropEmptyWrappers(el);
}

function dropEmptyWrappers(el: Element): void {
  for (const child of Array.from(el.querySelectorAll('*')).reverse()) {
    if (!INLINE_WRAPPERS.has(child.tagName.toUpperCase())) continue;
    if ((child.textContent ?? '').trim() === '' && !child.querySelector('img, picture, video, iframe, svg, br')) child.remove();
  }
}
