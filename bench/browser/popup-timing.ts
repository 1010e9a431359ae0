import type { BrowserContext, Page } from 'playwright-core';

/**
 * From opening the popup to its article text on screen. The popup is opened as a tab bound to the
 * page (popup.html?tabId=N, as the e2e tests do: a real popup closes when it loses focus); its clock
 * starts at its own navigation, which is when a real popup starts loading too.
 */

/** How long the popup may take to show the text before the page counts as failed, in milliseconds. */
const POPUP_TIMEOUT_MS = 10_000;

/** Runs in the popup before its scripts; records the first frame that shows article paragraphs. */
const WATCH = `(() => {
  const seen = () => document.querySelector('.text p') !== null;
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { globalThis.__siftTextShown = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/** Poll interval while waiting for the popup, in milliseconds. */
const POLL_MS = 20;

/**
 * Polls with a function, not a string: the popup's CSP forbids eval, which string predicates need.
 * Resolves to the paint time, or -1 when the popup shows a failure instead.
 */
async function waitForText(popup: Page): Promise<number> {
  const deadline = Date.now() + POPUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const shown = await popup.evaluate(() => {
      const seen = (globalThis as { __siftTextShown?: number }).__siftTextShown;
      return seen ?? (document.querySelector('[role=alert]') ? -1 : null);
    });
    if (shown !== null) return shown;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(`no article text in the popup after ${POPUP_TIMEOUT_MS} ms`);
}

/** Milliseconds from the popup's navigation to its article text painted. */
export async function timePopup(context: BrowserContext, extensionId: string, tabId: number): Promise<number> {
  const popup = await context.newPage();
  try {
    await popup.addInitScript(WATCH);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    const shown = await waitForText(popup);
    if (shown < 0) throw new Error(`the popup shows a failure: ${await popup.locator('[role=alert]').innerText()}`);
    return shown;
  } finally {
    await popup.close();
  }
}
