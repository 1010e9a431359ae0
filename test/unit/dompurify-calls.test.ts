import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dompurifyCalls, rewriteDomPurifyCalls } from '../../scripts/dompurify-calls';

const dist = dirname(createRequire(import.meta.url).resolve('dompurify'));

describe('DOMPurify calls without argument arrays (scripts/dompurify-calls.ts)', () => {
  // The ES module is what the bundler picks; the others are what it would pick under other conditions.
  for (const file of ['purify.es.mjs', 'purify.cjs.js', 'purify.js']) {
    it(`rewrites the installed ${file}`, () => {
      const code = rewriteDomPurifyCalls(readFileSync(join(dist, file), 'utf8'));
      expect(code).toContain('return Function.prototype.call.bind(func);');
      expect(code).toContain('return regExpTestCall(regExp, value);');
      expect(code).not.toMatch(/\bapply\(func, thisArg, args\)|\bapply\(regExpTestRaw/);
    });
  }

  it('refuses a DOMPurify it does not recognise, so a build cannot ship the change half made', () => {
    expect(() => rewriteDomPurifyCalls('function unapply(func) { return func; }')).toThrow(/no longer matches/);
  });

  it('leaves every other module alone', () => {
    const { transform } = dompurifyCalls();
    const run = transform as (code: string, id: string) => unknown;
    expect(run('const x = 1;', '/repo/node_modules/@mozilla/readability/Readability.js')).toBeNull();
    expect(() => run('const x = 1;', '/repo/node_modules/dompurify/dist/purify.es.mjs')).toThrow();
  });

  it('sanitizes exactly as the unchanged DOMPurify does', () => {
    const source = readFileSync(join(dist, 'purify.cjs.js'), 'utf8');
    const { window } = new JSDOM('');
    const load = (code: string): DOMPurify => {
      const module = { exports: {} as { default?: unknown } };
      runInNewContext(code, { module, exports: module.exports });
      return (module.exports.default ?? module.exports) as DOMPurify;
    };
    const [before, after] = [source, rewriteDomPurifyCalls(source)].map((code) => load(code)(window as unknown as Window & typeof globalThis));
    const dirty = [
      '<p onclick="x()">Text <a href="javascript:alert(1)">link</a> <a href="https://a.example/" title="T">ok</a></p>',
      '<form><input name="attributes"></form><div data-x="1" aria-label="L" style="color:red">Kept<b>{{x}} ${y} <%= z %></b></div>',
      '<img src=x onerror=alert(1)><svg><script>alert(2)</script></svg><math><mi><style><img src=y onerror=z>',
    ].join('');
    // Template scrubbing calls String replace with two arguments: a wrapper that dropped one would show here.
    for (const config of [{}, { FORBID_TAGS: ['a'], ALLOW_DATA_ATTR: false }, { SAFE_FOR_TEMPLATES: true }]) {
      const expected = before?.sanitize(dirty, config);
      expect(expected).toContain('Kept');
      expect(after?.sanitize(dirty, config)).toBe(expected);
    }
  });
});
