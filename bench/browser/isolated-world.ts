import type { CDPSession, Page } from 'playwright-core';

/**
 * A private JavaScript world in a page, over CDP: same DOM and engine as the page, its own globals,
 * like an extension's content script. Page scripts cannot tamper with the benchmark's code there
 * (a page that patches Array.prototype would otherwise skew or break the runs).
 */

interface EvaluateReply {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

/** The name of the world, as DevTools lists it. */
const WORLD_NAME = 'sift-bench';

export class IsolatedWorld {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: number,
  ) {}

  /** Creates the world in the page's main frame and runs `script` in it. */
  static async create(page: Page, script: string): Promise<IsolatedWorld> {
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: WORLD_NAME,
    })) as { executionContextId: number };
    const world = new IsolatedWorld(cdp, executionContextId);
    await world.evaluate(script);
    return world;
  }

  /** Evaluates an expression (awaiting a promise) and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const reply = (await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      returnByValue: true,
      awaitPromise: true,
    })) as EvaluateReply;
    if (reply.exceptionDetails) {
      const { text, exception } = reply.exceptionDetails;
      throw new Error(`In the page: ${exception?.description ?? text}`);
    }
    return reply.result.value as T;
  }

  /** A full garbage collection, so one run's garbage is not collected during the next. */
  async collectGarbage(): Promise<void> {
    await this.cdp.send('HeapProfiler.collectGarbage');
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
