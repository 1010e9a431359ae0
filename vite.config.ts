import { defineConfig } from 'vitest/config';

// Unit and golden tests run in Node; each test builds the DOM it needs with jsdom, so the core is
// exercised exactly as the CLI runs it. The extension build lives in scripts/build.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
