import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build, type InlineConfig, type Plugin } from 'vite';
import { dompurifyRewrites } from './dompurify-rewrites';

/**
 * Builds the unpacked extension. `dist/` is what ships; `--test` writes `dist-test/`, identical
 * except for a host permission on 127.0.0.1 so browser tests can open the popup as a tab bound to
 * a page (the real popup gets the page through activeTab, which tests cannot grant), and the
 * extraction's performance marks, which the browser benchmark reads and a page could too.
 *
 * The content script and the background are each one classic IIFE file: the content script is
 * injected with `scripting.executeScript({ files })`, which runs classic scripts only, and the
 * background must work both as a Chromium service worker and as a Firefox background script.
 */

// Vite keeps a NODE_ENV it finds, and the Preact preset then bundles its debug checks and devtools
// hook (4 KiB gzipped more popup). The browser tests' setup runs this under vitest, which sets
// NODE_ENV=test: they tested, and left in dist/, a popup unlike the one that ships.
process.env.NODE_ENV = 'production';

const ROOT = resolve(import.meta.dirname, '..');
const TEST_BUILD = process.argv.includes('--test');
const OUT_DIR = resolve(ROOT, TEST_BUILD ? 'dist-test' : 'dist');
/** Pages the test build may script without a user gesture: the e2e static server. */
const TEST_HOST_PERMISSIONS = ['http://127.0.0.1/*'];

/**
 * The browsers manifest.json admits (Chromium 123, Firefox 140) read CSS `light-dark()`, which the
 * reader's styles are written in. Vite's default target is older, and its CSS minifier then
 * rewrites every `light-dark()` into a polyfill of custom properties: 66 more gzipped bytes in the
 * content script, whose budget is 60 KiB (scripts/check-size.ts). All pages share the target.
 */
const CSS_TARGET = ['chrome123', 'firefox140'];

const shared: InlineConfig = {
  configFile: false,
  root: ROOT,
  logLevel: 'warn',
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production'), __SIFT_TIMING_MARKS__: JSON.stringify(TEST_BUILD) },
};

/**
 * The English catalog is bundled only as the fallback for where there is no i18n API
 * (src/shared/i18n.ts: unit tests, the CLI). Every page and script of the built extension has the
 * browser's i18n API, so there the catalog is dead weight (about 3 KiB gzipped of the content
 * script's 60 KiB budget) and is replaced by an empty one.
 */
function withoutFallbackCatalog(): Plugin {
  return {
    name: 'sift-without-fallback-catalog',
    enforce: 'pre',
    transform(_code, id) {
      return /_locales[\\/][^\\/]+[\\/]messages\.json$/.test(id) ? { code: '{}', map: null } : null;
    },
  };
}

/**
 * Readability's package index also loads isProbablyReaderable, which Sift never calls; the index is
 * CommonJS, so the bundler cannot drop it. The content script gets an index without it.
 */
function readabilityWithoutReaderable(): Plugin {
  const id = '\0sift-readability-index';
  return {
    name: 'sift-readability-without-readerable',
    enforce: 'pre',
    resolveId: (source) => (source === '@mozilla/readability' ? id : null),
    load: (loaded) => (loaded === id ? 'module.exports = { Readability: require("@mozilla/readability/Readability.js") };' : null),
  };
}

/**
 * Readability builds a message for each check `_cleanConditionally` fails, for its debug log,
 * though only their count is read when debug is off, as Sift leaves it: 8 messages, about 200 of
 * the content script's gzipped bytes (issue #8's 60 KiB budget). Each becomes a bare 0. Its
 * `if (this._debug)` blocks, the logger it defines for debug mode among them, become `if (false)`
 * for the minifier to drop: 216 bytes more. A Readability whose source no longer holds them all
 * fails the build rather than shipping half of it.
 */
const READABILITY_DEBUG_MESSAGES = 8;
const READABILITY_DEBUG_BLOCK = 'if (this._debug) {';
const READABILITY_DEBUG_BLOCKS = 4;
function readabilityWithoutDebugMessages(): Plugin {
  const messages = /\berrs\.push\(\s*`[^`]*`\s*\)/g;
  return {
    name: 'sift-readability-without-debug-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
      const count = code.match(messages)?.length ?? 0;
      if (count !== READABILITY_DEBUG_MESSAGES) throw new Error(`Readability has ${count} debug messages, not ${READABILITY_DEBUG_MESSAGES}: update scripts/build.ts`);
      const blocks = code.split(READABILITY_DEBUG_BLOCK).length - 1;
      if (blocks !== READABILITY_DEBUG_BLOCKS) throw new Error(`Readability has ${blocks} debug blocks, not ${READABILITY_DEBUG_BLOCKS}: update scripts/build.ts`);
      return { code: code.replace(messages, 'errs.push(0)').replaceAll(READABILITY_DEBUG_BLOCK, 'if (false) {'), map: null };
    },
  };
}

/** One self-contained classic script per entry. */
async function buildClassicScript(entry: string, fileName: string): Promise<void> {
  await build({
    ...shared,
    publicDir: false,
    plugins: [withoutFallbackCatalog(), readabilityWithoutReaderable(), readabilityWithoutDebugMessages(), dompurifyRewrites()],
    build: {
      cssTarget: CSS_TARGET,
      outDir: OUT_DIR,
      emptyOutDir: false,
      // Terser with four passes and ES2020 output packs the content script smaller than the
      // default minifier, which its 60 KiB budget needs (scripts/check-size.ts); no unsafe_*
      // rewrites, which could change what DOMPurify's checks mean. Readability's log calls do
      // nothing unless its debug flag is set, which Sift never sets. Properties named `_camelCase`
      // are Readability's private methods and fields (and src/core/readability.ts's hooks on them):
      // each script is one bundle, so terser renames every use alike (-674 bytes gzipped). No
      // message or stored key starts so; `__sift…` does not match, as the e2e tests read it.
      minify: 'terser',
      terserOptions: {
        ecma: 2020,
        compress: { passes: 4, ecma: 2020, pure_funcs: ['this.log'] },
        mangle: { properties: { regex: /^_[a-z]/ } },
      },
      sourcemap: false,
      lib: { entry: resolve(ROOT, entry), formats: ['iife'], name: 'sift', fileName: () => fileName },
    },
  });
}

/** The popup page with its module script and assets; also copies `public/` (icons, locales). */
async function buildPopup(): Promise<void> {
  await build({
    ...shared,
    root: resolve(ROOT, 'src/popup'),
    base: './',
    publicDir: resolve(ROOT, 'public'),
    plugins: [preact(), withoutFallbackCatalog(), dompurifyRewrites()],
    build: {
      cssTarget: CSS_TARGET,
      outDir: OUT_DIR,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      modulePreload: { polyfill: false },
      rollupOptions: { input: resolve(ROOT, 'src/popup/index.html') },
    },
  });
  renameSync(resolve(OUT_DIR, 'index.html'), resolve(OUT_DIR, 'popup.html'));
}

/** The settings page (manifest `options_ui`); shares `dist/assets/` with the popup. */
async function buildOptions(): Promise<void> {
  await build({
    ...shared,
    root: resolve(ROOT, 'src/options'),
    base: './',
    publicDir: false,
    plugins: [preact(), withoutFallbackCatalog()],
    build: {
      cssTarget: CSS_TARGET,
      outDir: OUT_DIR,
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      modulePreload: { polyfill: false },
      rollupOptions: { input: resolve(ROOT, 'src/options/index.html') },
    },
  });
  renameSync(resolve(OUT_DIR, 'index.html'), resolve(OUT_DIR, 'options.html'));
}

/**
 * V8's explicit compile hint (Chromium 136 and later; a plain comment elsewhere), which counts only
 * on the file's first line: compile every function as the script loads. The content script is
 * injected to extract at once, so nearly all of it runs within milliseconds, and lazily V8 parses
 * each function twice (a pre-parse at load, a full parse at its first call). On a reader's first
 * press in a tab (88 pages, real shortcut) the extraction went from 62 to 43 ms and the press to
 * the reader painted from 172 to 150 ms at the median (issue #8). The popup's module script got
 * slower with it (13 ms), so it has none.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

function addCompileHint(fileName: string): void {
  const file = resolve(OUT_DIR, fileName);
  writeFileSync(file, COMPILE_HINT + readFileSync(file, 'utf8'));
}

function writeManifest(): void {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
  manifest.version = pkg.version;
  if (TEST_BUILD) manifest.host_permissions = TEST_HOST_PERMISSIONS;
  else delete manifest.host_permissions;
  writeFileSync(resolve(OUT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

rmSync(OUT_DIR, { recursive: true, force: true });
await buildPopup();
await buildOptions();
await buildClassicScript('src/background/index.ts', 'background.js');
await buildClassicScript('src/content/index.ts', 'content.js');
addCompileHint('content.js');
writeManifest();
console.log(`built ${OUT_DIR}`);
