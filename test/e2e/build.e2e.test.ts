import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { TEST_BUILD } from './helpers/session';

/**
 * The builds the browser tests load are made by their global setup, under vitest, which sets
 * NODE_ENV=test: Vite kept it, and the popup and the settings page shipped Preact's debug checks
 * and devtools hook. What the tests load, and what `npm test` leaves in dist/, must be what ships.
 */

const DEBUG_MARKERS = ['__PREACT_DEVTOOLS__', 'Invalid type passed to createElement'];

function scripts(dir: string): string[] {
  const assets = join(dir, 'assets');
  return [...readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => join(dir, f)), ...readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => join(assets, f))];
}

test.each(['dist', 'dist-test'])('%s/ holds no Preact debug code', (name) => {
  const files = scripts(resolve(TEST_BUILD, '..', name));
  expect(files.length).toBeGreaterThan(3);
  const found = files.flatMap((file) => DEBUG_MARKERS.filter((marker) => readFileSync(file, 'utf8').includes(marker)).map((marker) => `${file}: ${marker}`));
  expect(found).toEqual([]);
});
