// @vitest-environment jsdom
import { beforeAll, expect, test, vi } from 'vitest';
import { clearMentions, highlightMention } from '../../src/content/reader/highlight';

const scrolled = vi.fn();
beforeAll(() => {
  // jsdom does no layout and has no scrollIntoView; the browser test sees the real scroll.
  Element.prototype.scrollIntoView = scrolled;
});

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  const template = document.createElement('template');
  template.innerHTML = html;
  el.append(template.content);
  document.body.replaceChildren(el);
  return el;
}

const marked = (el: Element): string => [...el.querySelectorAll('mark.sift-mention')].map((m) => m.textContent).join('');

test('marks a sentence that runs across links and odd whitespace, and focuses it', () => {
  const el = body('<p>First sentence here.</p><p>The sale, <a href="#">Reuters</a> reported\n   on Monday, was final. Next one.</p>');
  expect(highlightMention(el, 'The sale, Reuters reported on Monday, was final.')).toBe(true);
  expect(marked(el)).toBe('The sale, Reuters reported\n   on Monday, was final.');
  expect(el.querySelectorAll('mark.sift-mention').length).toBe(3);
  expect(document.activeElement).toBe(el.querySelector('mark.sift-mention'));
  expect(scrolled).toHaveBeenLastCalledWith({ block: 'center' });
  expect(el.querySelector('p:last-child')?.textContent).toBe('The sale, Reuters reported\n   on Monday, was final. Next one.');
});

test('a second mention replaces the first, and clearing puts the text back as it was', () => {
  const html = '<p>One fact, the ministry said.</p><figure><figcaption>A ship (Jane Doe/AP Photo)</figcaption></figure>';
  const el = body(html);
  highlightMention(el, 'One fact, the ministry said.');
  expect(highlightMention(el, 'A ship (Jane Doe/AP Photo)')).toBe(true);
  expect(marked(el)).toBe('A ship (Jane Doe/AP Photo)');
  clearMentions(el);
  expect(el.innerHTML).toBe(html);
});

test('says false for a sentence the article does not hold', () => {
  const el = body('<p>Only this.</p>');
  expect(highlightMention(el, 'Something else entirely.')).toBe(false);
  expect(el.querySelector('mark')).toBeNull();
});
