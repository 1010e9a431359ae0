import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../test/e2e/helpers/server';
import { findChromium, findFirefox } from './browsers';

/**
 * `npm start` (after `npm run build`): serves the bundled demo article on 127.0.0.1 and opens a
 * browser on it with Sift loaded from dist/, in a throwaway profile. `--firefox` uses web-ext and
 * Firefox instead of Chromium. Stops the server when the browser closes.
 */

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');
const DEMO_PAGE = 'putin-maduro-call/source.html';
const FIREFOX = process.argv.includes('--firefox');

function chromiumArgs(profile: string, url: string): string[] {
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${DIST}`,
    `--load-extension=${DIST}`,
    // Google Chrome 137+ ignores --load-extension unless this feature is off; Chromium honours it.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--no-default-browser-check',
  ];
  // Chromium refuses to start as root with its sandbox on (containers, CI boxes).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return [...args, url];
}

function launch(url: string): ReturnType<typeof spawn> | null {
  if (FIREFOX) {
    const firefox = findFirefox();
    if (!firefox) {
      console.error('No Firefox found (looked for $FIREFOX_PATH, firefox-esr, firefox). Install one, e.g. sudo apt-get install firefox-esr.');
      return null;
    }
    const webExt = resolve(ROOT, 'node_modules/.bin/web-ext');
    return spawn(webExt, ['run', '--source-dir', DIST, '--firefox', firefox, '--start-url', url], { stdio: 'inherit' });
  }
  const chromium = findChromium();
  if (!chromium) {
    console.error('No Chromium or Chrome found (looked for $CHROMIUM_PATH, /usr/bin/chromium, chromium, chromium-browser, google-chrome).');
    console.error('Install one, e.g. sudo apt-get install chromium, or load dist/ by hand: chrome://extensions > Developer mode > Load unpacked.');
    return null;
  }
  const profile = mkdtempSync(join(tmpdir(), 'sift-start-'));
  const child = spawn(chromium, chromiumArgs(profile, url), { stdio: 'inherit' });
  child.on('exit', () => rmSync(profile, { recursive: true, force: true }));
  return child;
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    console.error('dist/ is not built: run npm run build first (npm start does it for you).');
    return 1;
  }
  const server = await startServer(resolve(ROOT, 'test/pages'));
  const url = new URL(DEMO_PAGE, server.url).href;
  console.log(`Demo article: ${url}`);
  console.log('Click the Sift toolbar button (pin it from the puzzle-piece menu) or press Alt+Shift+S for reader mode.');
  const child = launch(url);
  if (!child) {
    await server.close();
    return 1;
  }
  const stop = (): void => {
    child.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await new Promise<number>((done) => {
    child.on('error', (error) => {
      console.error(`Could not start the browser: ${error.message}`);
      done(1);
    });
    child.on('exit', (status) => done(status ?? 0));
  });
  await server.close();
  return code;
}

process.exitCode = await main();
