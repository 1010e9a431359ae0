import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPage } from '../../src/cli/load';
import { extractArticle } from '../../src/core/extract';
import { collapse } from '../../src/core/text';
import type { ExtractOutcome, ExtractResult } from '../../src/core/types';

/**
 * Golden pages: `test/pages/<slug>/source.html` with a hand-written `expect.json` (the rules a
 * reader would state) and the committed snapshots `expected.txt` + `expected-metadata.json`
 * (rewritten only by `npm run golden:update`). Shared by the golden test and the scripts.
 */

export const PAGES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'pages');

/** expect.json. Every list is optional; strings are compared after collapsing whitespace. */
export interface ExpectRules {
  url?: string;
  title?: string;
  lang?: string;
  /** Article sentences: each must appear exactly once. */
  must_keep?: string[];
  /** Clutter: must never appear. */
  must_drop?: string[];
  /** Sentences that must appear exactly once (e.g. one that a duplicate pass might also hit). */
  exact_once?: string[];
  /** Groups of reworded sentences: at least one of each must stay. */
  dup_groups?: string[][];
  /** When not false, exactly one sentence of each dup_groups group must stay. */
  dup_groups_strict?: boolean;
  /** Article text that looks like clutter ("share your story"), which must stay. */
  hard_negatives?: string[];
  /** Each group lists the accepted names of one source that `result.sources` must hold. */
  sources_required?: string[][];
  /** Only when true is `sources_required` checked. */
  check_sources?: boolean;
}

/** The metadata snapshot: what a reader sees besides the text. */
export interface GoldenMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  excerpt: string | null;
}

export interface GoldenPage {
  slug: string;
  dir: string;
  url: string;
  rules: ExpectRules | null;
}

export function listGoldenSlugs(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES_DIR, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

export function goldenPage(slug: string): GoldenPage {
  const dir = join(PAGES_DIR, slug);
  const rules = readJson<ExpectRules>(join(dir, 'expect.json'));
  const meta = readJson<{ url?: string }>(join(dir, 'meta.json'));
  const url = rules?.url ?? meta?.url ?? `https://golden.example/${slug}/`;
  return { slug, dir, url, rules };
}

/** Runs Sift on the page through the same loader the CLI and the benchmark use. */
export async function extractGolden(page: GoldenPage): Promise<ExtractOutcome> {
  const loaded = await loadPage(join(page.dir, 'source.html'), page.url);
  try {
    return extractArticle(loaded.document, { url: page.url, window: loaded.window });
  } finally {
    loaded.window.close();
  }
}

export function metadataOf(result: ExtractResult): GoldenMetadata {
  const { title, byline, siteName, lang, excerpt } = result;
  return { title, byline, siteName, lang, excerpt };
}

/** Whitespace-collapsed copy, so a snapshot does not fail on a reflowed line. */
export function normalizeMetadata(meta: GoldenMetadata): GoldenMetadata {
  const norm = (v: string | null): string | null => (v === null ? null : collapse(v));
  return {
    title: collapse(meta.title),
    byline: norm(meta.byline),
    siteName: norm(meta.siteName),
    lang: norm(meta.lang),
    excerpt: norm(meta.excerpt),
  };
}

/** Paragraphs of a text (blank-line separated), each whitespace-collapsed, empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/).map(collapse).filter(Boolean);
}

export function readExpectedText(page: GoldenPage): string | null {
  const file = join(page.dir, 'expected.txt');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

export function readExpectedMetadata(page: GoldenPage): GoldenMetadata | null {
  return readJson<GoldenMetadata>(join(page.dir, 'expected-metadata.json'));
}

/** The first paragraph where two texts differ, described for a failing test; null if equal. */
export function firstDifference(expected: string, actual: string): string | null {
  const want = paragraphsOf(expected);
  const got = paragraphsOf(actual);
  const n = Math.max(want.length, got.length);
  for (let i = 0; i < n; i++) {
    if (want[i] !== got[i]) {
      return [
        `paragraph ${i} differs (expected ${want.length} paragraphs, got ${got.length})`,
        `  expected: ${want[i] ?? '(none)'}`,
        `  actual:   ${got[i] ?? '(none)'}`,
      ].join('\n');
    }
  }
  return null;
}
