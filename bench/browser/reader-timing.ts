import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { focusPageWindow } from '../../test/e2e/helpers/keyboard';
import type { IsolatedWorld } from './isolated-world';

/**
 * From the reader shortcut to the reader painted, on the clock of the page. The real Alt+Shift+S
 * goes through the X server (xdotool), so the time includes the browser's command dispatch, the
 * background's on-demand injection, extraction in the content script and the first frame. Paint is
 * the first animation frame after the reader's host element appears, plus one task: that task runs
 * once the frame has been produced.
 *
 * The content script marks `sift:extract-start` / `sift:extract-end` (performance.mark, visible
 * from every world of the page); without them only the totals are known.
 */

/** The reader shortcut as xdotool spells it (manifest: toggle-reader, Alt+Shift+S). */
const TOGGLE = 'alt+shift+s';
/** How long the reader may take to appear before the page counts as failed, in milliseconds. */
const READER_TIMEOUT_MS = 10_000;
/** How long to wait for a reader after extraction ended without one (a failure), in milliseconds. */
const NO_READER_GRACE_MS = 1_000;
/** The reader's host: a <sift-reader> element, or (newer overlay) any element marked data-sift-reader. */
const READER_HOST = 'sift-reader, [data-sift-reader]';
/** Poll interval while waiting, in milliseconds. */
const POLL_MS = 20;

export interface ReaderTiming {
  /** Shortcut pressed to extraction start: command dispatch and injection. */
  shortcutToExtractStart: number | null;
  /** Of that, up to the content script's first statement: key event, command, injection, compile. */
  shortcutToScriptEval: number | null;
  /** Then its modules' setup (tables, patterns, listeners). */
  scriptEvalToScriptStart: number | null;
  /** And the rest: the background's setup and reader requests, answered by the content script. */
  scriptStartToExtractStart: number | null;
  extract: number | null;
  /** Extraction end to the reader's first frame (rendering the view, layout, paint). */
  extractEndToPainted: number | null;
  shortcutToPainted: number;
}

/** Installed before the key press; records when the reader's host appears and is first painted. */
const WATCH = `((host) => {
  globalThis.__siftReaderSeen = null;
  const observer = new MutationObserver(() => {
    if (!document.querySelector(host)) return;
    observer.disconnect();
    const inserted = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { globalThis.__siftReaderSeen = { inserted, painted: performance.now() }; };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document.documentElement, { childList: true });
})(${JSON.stringify(READER_HOST)})`;

const STATE = `(() => {
  const last = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? null;
  return { seen: globalThis.__siftReaderSeen, evaluated: last('sift:script-eval'), script: last('sift:script-start'), start: last('sift:extract-start'), end: last('sift:extract-end'), origin: performance.timeOrigin, now: performance.now() };
})()`;

interface State {
  seen: { inserted: number; painted: number } | null;
  evaluated: number | null;
  script: number | null;
  start: number | null;
  end: number | null;
  origin: number;
  now: number;
}

function pressShortcut(): void {
  execFileSync('xdotool', ['key', '--clearmodifiers', TOGGLE]);
}

async function waitForState(world: IsolatedWorld, done: (s: State) => boolean): Promise<State> {
  const deadline = Date.now() + READER_TIMEOUT_MS;
  for (;;) {
    const state = await world.evaluate<State>(STATE);
    if (done(state) || Date.now() > deadline) return state;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Opens the reader with the shortcut, times it, and closes it again. Throws when no reader shows. */
export async function timeReader(page: Page, world: IsolatedWorld): Promise<ReaderTiming> {
  await focusPageWindow(page);
  await world.evaluate(WATCH);
  const pressedAt = performance.timeOrigin + performance.now();
  pressShortcut();
  const state = await waitForState(world, (s) => s.seen !== null || (s.end !== null && s.now - s.end > NO_READER_GRACE_MS));
  if (!state.seen) throw new Error(state.end === null ? 'the reader did not start' : 'no reader after extraction (no article?)');
  const pressed = pressedAt - state.origin;
  const timing: ReaderTiming = {
    shortcutToExtractStart: state.start === null ? null : state.start - pressed,
    shortcutToScriptEval: state.evaluated === null ? null : state.evaluated - pressed,
    scriptEvalToScriptStart: state.evaluated === null || state.script === null ? null : state.script - state.evaluated,
    scriptStartToExtractStart: state.script === null || state.start === null ? null : state.start - state.script,
    extract: state.start === null || state.end === null ? null : state.end - state.start,
    extractEndToPainted: state.end === null ? null : state.seen.painted - state.end,
    shortcutToPainted: state.seen.painted - pressed,
  };
  await focusPageWindow(page);
  pressShortcut();
  await page.waitForFunction(`document.querySelector(${JSON.stringify(READER_HOST)}) === null`, undefined, { timeout: READER_TIMEOUT_MS });
  return timing;
}
