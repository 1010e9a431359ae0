import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Vitest global setup for browser tests: builds the shipped and the test extension once. */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '../../..');
  for (const args of [['scripts/build.ts'], ['scripts/build.ts', '--test']]) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`Building the extension failed: tsx ${args.join(' ')}`);
  }
}
