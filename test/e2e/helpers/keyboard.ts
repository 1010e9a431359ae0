import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

/**
 * Presses keys as a person would, through the X server with xdotool, so browser-level shortcuts
 * (extension commands) fire; Playwright's keyboard only reaches the page and never triggers them.
 */

function focusedWindowName(): string {
  try {
    return execFileSync('xdotool', ['getwindowfocus', 'getwindowname'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Brings the page's tab to the front and checks its browser window has the keyboard focus. */
export async function focusPageWindow(page: Page): Promise<void> {
  await page.bringToFront();
  const title = await page.title();
  let name = focusedWindowName();
  if (!name.includes(title)) {
    // Without a window manager (plain Xvfb) focus may sit elsewhere; give it to Chromium's window.
    execFileSync('xdotool', ['search', '--onlyvisible', '--name', 'Chromium', 'windowfocus', '--sync']);
    name = focusedWindowName();
  }
  if (!name.includes(title)) throw new Error(`Keyboard focus is on "${name}", not on the page "${title}".`);
}

/** Presses a key combination such as "alt+shift+s" or "Escape" in the page's window. */
export async function pressKeys(page: Page, keys: string): Promise<void> {
  await focusPageWindow(page);
  execFileSync('xdotool', ['key', '--clearmodifiers', keys]);
}
