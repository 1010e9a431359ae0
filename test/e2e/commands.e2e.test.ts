import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSession, TEST_BUILD, type Session } from './helpers/session';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.stop();
});

test('both shortcuts are really assigned (Chromium leaves reserved suggested keys unset)', async () => {
  const commands = await session.worker.evaluate(() => chrome.commands.getAll());
  const byName = new Map(commands.map((c) => [c.name, c.shortcut]));
  expect(byName.get('toggle-reader')).toBe('Alt+Shift+S');
  expect(byName.get('_execute_action')).toMatch(/\S/);
});

test('the shipped manifest asks for no host permissions and declares no content scripts', () => {
  const shipped = JSON.parse(readFileSync(resolve(TEST_BUILD, '../dist/manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(shipped.host_permissions).toBeUndefined();
  expect(shipped.content_scripts).toBeUndefined();
  expect(shipped.permissions).toEqual(['activeTab', 'scripting', 'storage']);
});

test('the shipped content script opens with V8\'s compile hint, which only counts on the first line', () => {
  const script = readFileSync(resolve(TEST_BUILD, '../dist/content.js'), 'utf8');
  expect(script.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
});
