import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { removeClutter } from '../../src/core/clutter';
import type { ClutterRemoval } from '../../src/core/types';

/** The clutter unit tests' page: a block under test between paragraphs of an article's prose. */

export const URL = 'https://news.example/2025/12/city-budget/';
export const TITLE = 'City council passes the budget after a long night';
export const PROSE =
  '<p>The council voted seven to two shortly after midnight, ending a debate that had run since the afternoon and drawn a crowd.</p>' +
  '<p>The budget adds money for buses and libraries, and trims the fund for road repairs that the mayor had asked to double.</p>';

/** Runs the clutter pass over `html`, by default placed between two paragraphs of prose; returns text and removals. */
export function clean(html: string, wrap = (inner: string): string => `${PROSE}${inner}${PROSE}`): { text: string; removed: ClutterRemoval[] } {
  const dom = new JSDOM(`<!doctype html><body><div id="root">${wrap(html)}</div></body>`, { url: URL });
  const root = dom.window.document.getElementById('root') as HTMLElement;
  const removed = removeClutter(root, { title: TITLE, url: URL });
  return { text: (root.textContent ?? '').replace(/\s+/g, ' '), removed };
}

export function expectRemoved(html: string, reason: string, gone: string): void {
  const { text, removed } = clean(html);
  expect(text).not.toContain(gone);
  expect(removed.map((r) => r.reason)).toContain(reason);
  expect(text).toContain('The council voted seven to two');
}

export function expectKept(html: string, kept: string): void {
  const { text, removed } = clean(html);
  expect(text).toContain(kept);
  expect(removed.filter((r) => r.text.includes(kept.slice(0, 30)))).toEqual([]);
}
