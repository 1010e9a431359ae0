/**
 * Scores the source finder against pages with expected sources: test/sources/<slug>.html with
 * <slug>.expected.json, and the golden pages whose expect.json lists `sources_required`.
 * Shared by bench/sources.bench.ts (figures) and test/unit/attributions-pages.test.ts (gates).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle, isFailure, type Source, type SourceKind, type SourceRole } from '../../src/core';

const TEST_DIR = resolve(import.meta.dirname, '..');

export interface ExpectedSource {
  /** Any of these names (or a found source's aliases) satisfies it. */
  names: string[];
  kind?: SourceKind;
  roles?: SourceRole[];
}

export interface SourcePage {
  slug: string;
  html: string;
  url: string;
  expected: ExpectedSource[];
  /** Names that are right too but not required. */
  optional: string[][];
  /** Host the page republishes, null when it is original, undefined when not checked. */
  republishedFrom?: string | null;
}

interface SourcesFile {
  url: string;
  sources: ExpectedSource[];
  optional?: string[][];
  republishedFrom?: string | null;
}

interface GoldenExpect {
  url: string;
  sources_required?: string[][];
  sources_optional?: string[][];
  photo_credits?: string[];
}

/** Every page with expected sources. */
export function loadSourcePages(): SourcePage[] {
  const pages: SourcePage[] = [];
  const dir = join(TEST_DIR, 'sources');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const slug = file.replace(/\.html$/u, '');
    const spec = JSON.parse(readFileSync(join(dir, `${slug}.expected.json`), 'utf8')) as SourcesFile;
    pages.push({
      slug,
      html: readFileSync(join(dir, file), 'utf8'),
      url: spec.url,
      expected: spec.sources,
      optional: spec.optional ?? [],
      republishedFrom: spec.republishedFrom,
    });
  }
  const golden = join(TEST_DIR, 'pages');
  for (const slug of readdirSync(golden).sort()) {
    const expectPath = join(golden, slug, 'expect.json');
    if (!existsSync(expectPath)) continue;
    const spec = JSON.parse(readFileSync(expectPath, 'utf8')) as GoldenExpect;
    if (!spec.sources_required) continue;
    pages.push({
      slug: `golden/${slug}`,
      html: readFileSync(join(golden, slug, 'source.html'), 'utf8'),
      url: spec.url,
      expected: [
        ...spec.sources_required.map((names) => ({ names })),
        ...(spec.photo_credits ?? []).map((name) => ({ names: [name], roles: ['photo' as const] })),
      ],
      optional: spec.sources_optional ?? [],
    });
  }
  return pages;
}

export function sourceNames(source: Source): string[] {
  return [source.name, ...(source.aliases ?? [])].map((n) => n.toLowerCase());
}

function matches(source: Source, names: readonly string[]): boolean {
  const own = sourceNames(source);
  return names.some((n) => own.includes(n.toLowerCase()));
}

export interface PageScore {
  slug: string;
  found: Source[];
  expected: number;
  /** Expected sources found. */
  hits: number;
  /** Found sources that are expected or optional. */
  correct: number;
  missing: string[];
  falsePositives: string[];
  kindHits: number;
  roleHits: number;
  roleTotal: number;
  republishedOk: boolean | null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return null;
  }
}

export function scorePage(page: SourcePage): PageScore {
  const dom = new JSDOM(page.html, { url: page.url });
  const outcome = extractArticle(dom.window.document, { url: page.url });
  const found = isFailure(outcome) ? [] : outcome.sources;
  const score: PageScore = {
    slug: page.slug, found, expected: page.expected.length, hits: 0, correct: 0, missing: [], falsePositives: [],
    kindHits: 0, roleHits: 0, roleTotal: 0, republishedOk: null,
  };
  for (const exp of page.expected) {
    const hit = found.find((s) => matches(s, exp.names));
    score.roleTotal += exp.roles?.length ?? 0;
    if (!hit) {
      score.missing.push(exp.names[0] ?? '?');
      continue;
    }
    score.hits += 1;
    if (!exp.kind || hit.kind === exp.kind) score.kindHits += 1;
    score.roleHits += (exp.roles ?? []).filter((r) => hit.roles.includes(r)).length;
  }
  const allRight = [...page.expected.map((e) => e.names), ...page.optional];
  for (const s of found) {
    if (allRight.some((names) => matches(s, names))) score.correct += 1;
    else score.falsePositives.push(s.name);
  }
  if (page.republishedFrom !== undefined && !isFailure(outcome)) {
    score.republishedOk = hostOf(outcome.page.republishedFrom) === page.republishedFrom;
  }
  return score;
}
