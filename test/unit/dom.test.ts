// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { el } from '../../src/shared/dom';

/** The reader's DOM builder: text stays text, handlers are listeners, never inline code. */

test('builds attributes, listeners and text children', () => {
  const clicks: string[] = [];
  const button = el(document, 'button', { type: 'button', 'aria-pressed': 'true', onclick: () => clicks.push('click') }, '<b>Bold?</b>', null, false);
  button.click();
  expect(button.outerHTML).toBe('<button type="button" aria-pressed="true">&lt;b&gt;Bold?&lt;/b&gt;</button>');
  expect(clicks).toEqual(['click']);
});

test('a string under an on… name never becomes an inline handler', () => {
  const link = el(document, 'a', { href: '#', onclick: 'window.pwned = 1', ONMOUSEOVER: 'window.pwned = 2' });
  expect(link.getAttributeNames()).toEqual(['href']);
});
