import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeDuplicates } from '../../src/core/duplicates';
import { collapse } from '../../src/core/text';

interface Pair {
  lang: string;
  first: string;
  second: string;
}
interface PairFile {
  repeats: Pair[];
  lookalikes: Pair[];
  tooShort: Pair[];
}

const pairs = JSON.parse(readFileSync(new URL('../data/duplicate-pairs.json', import.meta.url), 'utf8')) as PairFile;

/**
 * Unrelated paragraphs around the cases: real articles run longer than a pair, and the pass
 * removes nothing when repeats make up a quarter of the text.
 */
const FILLER = [
  'The report was published after a long review by the regional authorities and outside experts.',
  'Residents have been asked to follow the updates on the official website during the coming weeks.',
  'Several neighbourhood groups organised meetings in schools and churches to discuss the proposals.',
  'A spokesperson for the opposition declined to say whether the party would support the measure.',
  'Local businesses reported mixed feelings, with some owners welcoming the plan and others worried about costs.',
  'The final decision is expected before the end of the season, once the last hearings have taken place.',
];
const [F0, F1, ...REST] = FILLER as [string, string, ...string[]];

/** An article element as Readability hands it over, holding the given blocks (HTML). */
function article(blocks: string[], lang = 'en'): HTMLElement {
  const html = `<!doctype html><html lang="${lang}"><body><div id="a">${blocks.join('\n')}</div></body></html>`;
  const dom = new JSDOM(html, { url: 'https://example.test/story' });
  return dom.window.document.getElementById('a') as HTMLElement;
}

const paragraphs = (root: HTMLElement): string[] => Array.from(root.querySelectorAll('p')).map((p) => collapse(p.textContent ?? ''));
const p = (text: string): string => `<p>${text}</p>`;

describe('removeDuplicates on reworded pairs', () => {
  it.each(pairs.repeats.map((x) => [x.lang, x.second.slice(0, 50), x] as const))('%s: drops "%s…"', (lang, _, pair) => {
    const root = article([p(F0), p(pair.first), p(pair.second), ...[F1, ...REST].map(p)], lang);
    const removed = removeDuplicates(root, { title: 'A story' });
    expect(removed).toHaveLength(1);
    expect(removed[0]?.text).toBe(pair.second);
    expect(removed[0]?.duplicateOf).toBe(pair.first);
    expect(removed[0]?.similarity).toBeGreaterThan(0);
    expect(paragraphs(root)).toEqual([F0, pair.first, F1, ...REST]);
  });

  it.each(pairs.lookalikes.map((x) => [x.lang, x.second.slice(0, 50), x] as const))('%s: keeps look-alike "%s…"', (lang, _, pair) => {
    const root = article([p(pair.first), p(pair.second)], lang);
    expect(removeDuplicates(root, { title: 'A story' })).toEqual([]);
    expect(paragraphs(root)).toEqual([pair.first, pair.second]);
  });

  it.each(pairs.tooShort.map((x) => [x.lang, x.second.slice(0, 50), x] as const))('%s: keeps short restatement "%s…"', (lang, _, pair) => {
    const root = article([p(pair.first), p(pair.second)], lang);
    expect(removeDuplicates(root, { title: 'A story' })).toEqual([]);
  });

  it('has at least 20 repeats and 20 look-alikes, in English and Spanish', () => {
    for (const list of [pairs.repeats, pairs.lookalikes]) {
      expect(list.length).toBeGreaterThanOrEqual(20);
      expect(new Set(list.map((x) => x.lang))).toEqual(new Set(['en', 'es']));
    }
  });
});

const PASTED =
  'The council approved the new budget on Tuesday evening after a long debate about school funding and road repairs.';

describe('removeDuplicates on a page', () => {
  it('drops a paragraph pasted twice, whatever its quotes, dashes and case', () => {
    const copy = PASTED.replace('new budget', 'NEW  budget').replace('school funding', '‘school’ funding');
    const root = article([p(PASTED), p(F0), p(copy), ...REST.map(p)]);
    const removed = removeDuplicates(root, { title: 'Budget' });
    expect(removed).toEqual([{ text: collapse(copy), duplicateOf: PASTED, similarity: 1 }]);
    expect(paragraphs(root)).toEqual([PASTED, F0, ...REST]);
  });

  it('cuts a repeated sentence out of a paragraph and keeps the rest with its markup', () => {
    const root = article([
      p(PASTED),
      p(`The mayor <em>thanked</em> the members. ${PASTED} She said <a href="/x">more details</a> would follow.`),
      ...FILLER.map(p),
    ]);
    const removed = removeDuplicates(root, { title: 'Budget' });
    expect(removed.map((r) => r.text)).toEqual([PASTED]);
    const second = root.querySelectorAll('p')[1];
    expect(collapse(second?.textContent ?? '')).toBe('The mayor thanked the members. She said more details would follow.');
    expect(second?.querySelector('em')?.textContent).toBe('thanked');
    expect(second?.querySelector('a')?.getAttribute('href')).toBe('/x');
  });

  it('drops a repeated sentence that sits inside a link, and the emptied link', () => {
    const root = article([p(PASTED), p(`Read on. <a href="/y">${PASTED}</a> The vote was close.`), ...FILLER.map(p)]);
    removeDuplicates(root, { title: 'Budget' });
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(collapse(root.querySelectorAll('p')[1]?.textContent ?? '')).toBe('Read on. The vote was close.');
  });

  it('drops the first paragraph when it repeats the title', () => {
    const title = 'Putin doubles down on backing Maduro amid mounting US pressure on Venezuela';
    const root = article([p(title.toUpperCase()), p(PASTED)]);
    const removed = removeDuplicates(root, { title });
    expect(removed).toEqual([{ text: title.toUpperCase(), duplicateOf: title, similarity: 1 }]);
    expect(paragraphs(root)).toEqual([PASTED]);
    // The headline goes even on a page where the guard against mass removal holds back the rest.
    const short = article([p(title), p(PASTED), p(PASTED)]);
    expect(removeDuplicates(short, { title }).map((r) => r.text)).toEqual([title]);
    expect(paragraphs(short)).toEqual([PASTED, PASTED]);
  });

  it('keeps the title words when the first paragraph only starts like the title', () => {
    const root = article([p('Budget approved after long debate, and the mayor thanked everyone who took part in it.')]);
    expect(removeDuplicates(root, { title: 'Budget approved' })).toEqual([]);
  });

  it('keeps a text repeated three times or more: that is a template, not a paste', () => {
    const root = article([p(PASTED), p(F0), p(PASTED), p(F1), p(PASTED), ...REST.map(p)]);
    expect(removeDuplicates(root, { title: 'Budget' })).toEqual([]);
  });

  it('removes nothing when a quarter of the text or more would go: the page is built on repeats', () => {
    const other = 'The second paragraph of this short page says something else about the same budget vote.';
    const root = article([p(PASTED), p(other), p(PASTED)]);
    expect(removeDuplicates(root, { title: 'Budget' })).toEqual([]);
    expect(paragraphs(root)).toEqual([PASTED, other, PASTED]);
  });

  it('keeps repeated questions, short lines and quantity lines', () => {
    const question = 'What inspired you to start writing about food and cooking for other people online?';
    const recipe = 'Portion: 1 green, 1 red, 1 yellow, 2 tsp. oil, 3 eggs and 1 cup rice.';
    const root = article([p(question), p('He declined to comment.'), p(recipe), p(question), p('He declined to comment.'), p(recipe)]);
    expect(removeDuplicates(root, { title: 'Interview' })).toEqual([]);
  });

  it('keeps a restatement far from the original: a summary or a recap is meant', () => {
    const pair = pairs.repeats[1] as Pair;
    const filler = Array.from({ length: 4 }, (_, i) => p(`Paragraph ${i + 1} tells another part of the story in its own words today.`));
    const root = article([p(pair.first), ...filler, p(pair.second)]);
    expect(removeDuplicates(root, { title: 'A story' })).toEqual([]);
  });

  it('never touches lists, captions and tables, and keeps the body over a pull quote', () => {
    const root = article([
      `<ul><li>${PASTED}</li></ul>`,
      p(PASTED),
      `<figure><img src="a.jpg"><figcaption>${PASTED}</figcaption></figure>`,
      `<blockquote><p>${PASTED}</p></blockquote>`,
      ...FILLER.map(p),
    ]);
    const removed = removeDuplicates(root, { title: 'Budget' });
    expect(removed).toHaveLength(1);
    expect(root.querySelector('li')?.textContent).toBe(PASTED);
    expect(root.querySelector('figcaption')?.textContent).toBe(PASTED);
    expect(root.querySelector('blockquote')).toBeNull();
    expect(root.querySelectorAll(':scope > p')).toHaveLength(1 + FILLER.length);
  });

  it('keeps the text of an embedded post that restates the story', () => {
    const tweet = `<blockquote class="twitter-tweet"><p>${PASTED}</p>— City Council (@council) <a href="/t">May 2, 2024</a></blockquote>`;
    const root = article([p(PASTED), tweet, ...FILLER.map(p)]);
    expect(removeDuplicates(root, { title: 'Budget' })).toEqual([]);
    expect(root.querySelector('blockquote p')?.textContent).toBe(PASTED);
  });

  it('treats hostile markup as text and leaves it in place', () => {
    const hostile = '&lt;img src=x onerror=alert(1)&gt; The council approved the new budget on Tuesday evening.';
    const root = article([p(hostile), p(`<b onclick="x()">${F0}</b>`), p(hostile), ...REST.map(p)]);
    const removed = removeDuplicates(root, { title: 'Budget' });
    expect(removed).toHaveLength(1);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelector('b')?.getAttribute('onclick')).toBe('x()');
  });
});
