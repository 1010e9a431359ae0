import type { Page } from 'playwright-core';

/**
 * What a page (and assistive technology) can observe of Sift's reader. The overlay's shadow root
 * is closed, so tests look from the outside exactly as a page script would, plus the browser's
 * accessibility tree (over CDP), which is how a screen reader meets the dialog.
 */

/** Sift's reader host: a plain div marked data-sift-reader (src/content/reader/host.ts). */
export const READER_TAG = '[data-sift-reader]';

export interface ReaderEvidence {
  /** How many reader hosts the page has: 0 closed, 1 open, more would be stacked overlays. */
  hosts: number;
  /** What page scripts get for the host's shadowRoot: null when it is closed. */
  shadowRootVisibleToPage: boolean;
  /** Focus moved into the reader (focus inside a shadow tree shows as its host). */
  focusInReader: boolean;
  /** The reader covers the viewport's centre: the page underneath cannot be clicked. */
  coversPage: boolean;
}

export function readerEvidence(page: Page): Promise<ReaderEvidence> {
  return page.evaluate((tag) => {
    const hosts = document.querySelectorAll(tag);
    const host = hosts[0] ?? null;
    const centre = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return {
      hosts: hosts.length,
      shadowRootVisibleToPage: host?.shadowRoot != null,
      focusInReader: host !== null && document.activeElement === host,
      coversPage: host !== null && centre === host,
    };
  }, READER_TAG);
}

export async function waitForReader(page: Page, open: boolean): Promise<void> {
  await page.waitForFunction(([tag, want]) => (document.querySelector(tag as string) !== null) === want, [READER_TAG, open] as const, {
    timeout: 10_000,
  });
}

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

/** The modal dialogs in the page's accessibility tree, with their accessible names. */
export async function accessibleDialogs(page: Page): Promise<{ name: string; modal: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes
      .filter((n) => n.role?.value === 'dialog')
      .map((n) => ({
        name: n.name?.value ?? '',
        modal: n.properties?.some((p) => p.name === 'modal' && p.value.value === true) ?? false,
      }));
  } finally {
    await cdp.detach();
  }
}
