import { defineConfig } from 'vitest/config';

// Real-browser tests: one browser at a time (they share the X display and the keyboard), with
// timeouts long enough for a cold browser start on a 2-core CI machine. The global setup builds
// dist/ and dist-test/ so the tests always exercise the current source.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/helpers/build.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
