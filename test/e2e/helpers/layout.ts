import type { CDPSession, Page } from 'playwright-core';

/**
 * Layout breakage a person would see: text running out of its box, and controls or content pushed
 * past the right or left edge of the viewport. Checked on the popup's document and inside the
 * reader's closed shadow root, which a page cannot reach: the test reaches it through the DevTools
 * protocol (DOM.getDocument with pierce), so the shipped build keeps its isolation unchanged.
 */

export interface LayoutProblem {
  kind: 'text-overflow' | 'control-off-screen' | 'off-screen';
  /** Tag, classes and the start of the element's text, to find it in the screenshot. */
  element: string;
  detail: string;
}

/**
 * Runs in the browser (serialised with toString, so it must stay self-contained). `root` is a
 * Document or a ShadowRoot. Containers meant to scroll sideways (code blocks, wide tables) may
 * overflow; their contents are not judged by their position.
 */
export function findLayoutProblems(root: Document | ShadowRoot): LayoutProblem[] {
  // The window's width: a fixed overlay may lie under the page's scrollbar and still be seen.
  const viewport = window.innerWidth;
  /** Slack for sub-pixel rounding, in CSS pixels. */
  const SLACK = 1;
  const problems: LayoutProblem[] = [];
  const describe = (el: Element): string => {
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${cls} "${text}"`;
  };
  const scrollsSideways = (el: Element): boolean => {
    const x = getComputedStyle(el).overflowX;
    if (x !== 'auto' && x !== 'scroll') return false;
    return el.matches('pre, code, table') || el.querySelector(':scope > pre, :scope > table') !== null;
  };
  const insideScroller = (el: Element): boolean => {
    for (let a = el.parentElement; a; a = a.parentElement) if (scrollsSideways(a)) return true;
    return false;
  };
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || el.closest('style, script, head')) continue;
    const rect = el.getBoundingClientRect();
    // Visually hidden helpers (1px, clipped) and collapsed elements show nothing.
    if (rect.width <= SLACK || rect.height <= SLACK) continue;
    const ellipsis = style.overflowX === 'hidden' && style.textOverflow === 'ellipsis';
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + SLACK && !scrollsSideways(el) && !ellipsis && style.overflowX !== 'hidden') {
      problems.push({ kind: 'text-overflow', element: describe(el), detail: `scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}` });
    }
    if (insideScroller(el)) continue;
    if (rect.left < -SLACK || rect.right > viewport + SLACK) {
      const control = el.matches('button, input, select, textarea, a[href], [role="switch"], [role="button"], summary');
      problems.push({
        kind: control ? 'control-off-screen' : 'off-screen',
        element: describe(el),
        detail: `spans ${Math.round(rect.left)}..${Math.round(rect.right)} of a ${viewport}px viewport`,
      });
    }
  }
  return problems;
}

/** Layout problems in an extension page (the popup). */
export function pageLayoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(`(${findLayoutProblems.toString()})(document)`) as Promise<LayoutProblem[]>;
}

interface DomNode {
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

function findClosedShadowRoot(node: DomNode): DomNode | null {
  for (const shadow of node.shadowRoots ?? []) if (shadow.shadowRootType === 'closed') return shadow;
  for (const child of node.children ?? []) {
    const found = findClosedShadowRoot(child);
    if (found) return found;
  }
  return null;
}

async function closedShadowRoot(cdp: CDPSession): Promise<DomNode | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return findClosedShadowRoot(root);
}

/** Whether the page holds a closed shadow root (Sift's reader is the only one on test pages). */
export async function hasClosedShadowRoot(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return (await closedShadowRoot(cdp)) !== null;
  } finally {
    await cdp.detach();
  }
}

/** Layout problems inside the page's one closed shadow root (Sift's reader), through DevTools. */
export async function readerLayoutProblems(page: Page): Promise<LayoutProblem[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const shadow = await closedShadowRoot(cdp);
    if (!shadow) throw new Error('No closed shadow root in the page: is the reader open?');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { return (${findLayoutProblems.toString()})(this); }`,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`Layout check failed in the page: ${exceptionDetails.text}`);
    return result.value as LayoutProblem[];
  } finally {
    await cdp.detach();
  }
}
