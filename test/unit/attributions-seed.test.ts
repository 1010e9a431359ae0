import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, isFailure, type Source } from '../../src/core';

/** The seed page's sources, through the whole pipeline (issue #5). */

const DIR = resolve(import.meta.dirname, '../pages/putin-maduro-call');
const expectJson = JSON.parse(readFileSync(resolve(DIR, 'expect.json'), 'utf8')) as { url: string };

function seedSources(): Source[] {
  const dom = new JSDOM(readFileSync(resolve(DIR, 'source.html'), 'utf8'), { url: expectJson.url });
  const result = extractArticle(dom.window.document, { url: expectJson.url });
  if (isFailure(result)) throw new Error(result.message);
  return result.sources;
}

function find(sources: Source[], name: string): Source | undefined {
  return sources.find((s) => s.name === name || s.aliases?.includes(name));
}

describe('seed page sources', () => {
  const sources = seedSources();

  it.each([
    ['Reuters', 'news-agency', ['reported', 'contributed', 'photo']],
    ['Fox News', 'news-outlet', ['reported', 'contributed']],
    ['AP', 'news-agency', ['contributed', 'photo']],
    ['Kremlin', 'government', ['statement']],
    ['Congressional Research Service', 'government', ['cited']],
    ['Ariana Cubillos', 'person', ['photo']],
    ['Carlos Jasso', 'person', ['photo']],
    ['Ashley Carnahan', 'person', ['contributed']],
    ['Pam Bondi', 'person', ['quoted']],
  ])('%s is a %s with roles %j', (name, kind, roles) => {
    const source = find(sources, name);
    expect(source?.kind).toBe(kind);
    expect(source?.roles).toEqual(expect.arrayContaining(roles));
  });

  it('keeps the sentences that name a source', () => {
    expect(find(sources, 'Reuters')?.mentions.map((m) => m.text)).toContain(
      'Reuters reported that the action caused oil prices to rise and added new strain to U.S.–Venezuela relations.',
    );
    expect(find(sources, 'Ariana Cubillos')?.mentions[0]?.text).toMatch(/\(Ariana Cubillos\/AP Photo\)$/u);
  });

  it('names no share network, related headline or the site itself', () => {
    const names = sources.flatMap((s) => [s.name, ...(s.aliases ?? [])]);
    for (const word of ['Facebook', 'Pinterest', 'WhatsApp', 'X', 'US Daily Buzz', 'Buzz Newsroom', 'Saks Global', 'Timothy Busfield']) {
      expect(names).not.toContain(word);
    }
  });
});
