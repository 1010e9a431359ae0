import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Finds the programs the browser tests need. Shared by `npm test` (which refuses to run browser
 * tests without them) and the e2e helpers (which launch them).
 */

/** The Debian/Ubuntu command that installs everything the browser tests use. */
export const INSTALL_HINT = 'sudo apt-get install chromium xvfb xdotool firefox-esr';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Absolute path of the first of `names` found on PATH (or given as an absolute path), else null. */
export function which(...names: string[]): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    if (name.startsWith('/')) {
      if (isExecutable(name)) return name;
      continue;
    }
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/** Chromium for the Chromium tests: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then PATH. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  return which(...(fromEnv ? [fromEnv] : []), '/usr/bin/chromium', 'chromium', 'chromium-browser', 'google-chrome');
}

/** Firefox for the Firefox tests: $FIREFOX_PATH, then firefox-esr, then firefox. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  return which(...(fromEnv ? [fromEnv] : []), 'firefox-esr', 'firefox');
}

export interface MissingTool {
  what: string;
  /** The Debian package that provides it. */
  apt: string;
}

/** Everything the browser tests need that this machine lacks; empty when all are present. */
export function missingBrowserTools(): MissingTool[] {
  const missing: MissingTool[] = [];
  if (!findChromium()) missing.push({ what: 'Chromium (chromium, chromium-browser or google-chrome)', apt: 'chromium' });
  if (!findFirefox()) missing.push({ what: 'Firefox (firefox-esr or firefox)', apt: 'firefox-esr' });
  // Headed Chromium needs a display; without one, npm test runs the browser tests under xvfb-run.
  if (!process.env.DISPLAY && !which('xvfb-run')) missing.push({ what: 'xvfb-run (a virtual display for headed Chromium)', apt: 'xvfb' });
  if (!which('xdotool')) missing.push({ what: 'xdotool (presses the real keyboard shortcut)', apt: 'xdotool' });
  return missing;
}
