import type { Page } from 'playwright-core';

/**
 * Runs a function inside the reader's CLOSED shadow root, which no page script can reach: the
 * test reaches it through the DevTools protocol (DOM.getDocument with pierce), so the shipped build
 * keeps its isolation. `fn` is the source of a function taking the ShadowRoot; it runs in the page
 * and must be self-contained; its result comes back by value.
 */

interface DomNode {
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/** The closed shadow root of the element marked data-sift-reader. */
function readerShadow(node: DomNode): DomNode | null {
  if (node.attributes?.includes('data-sift-reader')) return node.shadowRoots?.find((s) => s.shadowRootType === 'closed') ?? null;
  for (const child of node.children ?? []) {
    const found = readerShadow(child);
    if (found) return found;
  }
  return null;
}

export async function inReader<T>(page: Page, fn: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = readerShadow(root);
    if (!shadow) throw new Error('No reader in the page');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { return (${fn})(this); }`,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`In the reader: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

export interface ReaderLook {
  theme: string;
  /** Computed font size of the article's first paragraph, e.g. "20px". */
  fontSize: string;
  background: string;
  /** What has the keyboard focus inside the reader: its accessible label or text. */
  focused: string;
}

export function readerLook(page: Page): Promise<ReaderLook> {
  return inReader<ReaderLook>(
    page,
    `(root) => {
      const dialog = root.querySelector('dialog');
      const p = root.querySelector('.sift-body p');
      const f = root.activeElement;
      const label = f ? (f.getAttribute('aria-label') || (f.matches('input') ? f.value : f.textContent) || f.tagName).trim() : '';
      return { theme: dialog.dataset.theme, fontSize: getComputedStyle(p).fontSize, background: getComputedStyle(dialog).backgroundColor, focused: label };
    }`,
  );
}
