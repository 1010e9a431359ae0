import { defineConfig } from 'vitest/config';
import { dompurifyRewrites } from './scripts/dompurify-rewrites.ts';

// Unit and golden tests run in Node; each test builds the DOM it needs with jsdom, so the core is
// exercised exactly as the CLI runs it. The extension build lives in scripts/build.ts. DOMPurify is
// run through the build's rewrite of it (scripts/dompurify-rewrites.ts), so the sanitizer tests check
// the code the extension ships.
export default defineConfig({
  plugins: [dompurifyRewrites()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    server: { deps: { inline: ['dompurify'] } },
  },
});
