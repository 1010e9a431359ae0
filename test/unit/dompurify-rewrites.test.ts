import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dompurifyRewrites, rewriteDomPurify, rewriteDomPurifyCalls } from '../../scripts/dompurify-rewrites';
import { STRICT_PROFILE } from '../../src/core/sanitize';

const dist = dirname(createRequire(import.meta.url).resolve('dompurify'));

/** Loads a DOMPurify build (CommonJS source) for `window`, outside the bundler and its rewrite. */
function load(code: string, window: Window & typeof globalThis): DOMPurify {
  const module = { exports: {} as { default?: unknown } };
  runInNewContext(code, { module, exports: module.exports });
  return ((module.exports.default ?? module.exports) as (w: Window & typeof globalThis) => DOMPurify)(window);
}

/** The installed DOMPurify, unchanged and rewritten by `rewrite`, on one window. */
function beforeAndAfter(rewrite: (code: string) => string): (DOMPurify | undefined)[] {
  const source = readFileSync(join(dist, 'purify.cjs.js'), 'utf8');
  const window = new JSDOM('').window as unknown as Window & typeof globalThis;
  return [source, rewrite(source)].map((code) => load(code, window));
}

describe('DOMPurify as Sift builds it (scripts/dompurify-rewrites.ts)', () => {
  // The ES module is what the bundler picks; the others are what it would pick under other conditions.
  for (const file of ['purify.es.mjs', 'purify.cjs.js', 'purify.js']) {
    it(`rewrites the installed ${file}`, () => {
      const code = rewriteDomPurify(readFileSync(join(dist, file), 'utf8'));
      expect(code).toContain('return Function.prototype.call.bind(func);');
      expect(code).toContain('const svg = freeze([]);');
      // Sift's profile reads the MathML attributes: they ship.
      expect(code).toMatch(/const mathMl = freeze\(\[\s*"accent",/);
      // The tag lists the namespace checks read are untouched.
      expect(code).toMatch(/const svg\$1 = freeze\(\[\s*"svg",/);
      expect(code).toContain('return regExpTestCall(regExp, value);');
      expect(code).not.toMatch(/\bapply\(func, thisArg, args\)|\bapply\(regExpTestRaw/);
      // The methods Sift calls stay; the ones it never calls go.
      for (const kept of ['sanitize', 'setConfig', 'addHook']) expect(code).toContain(`DOMPurify.${kept} = function`);
      expect(code).not.toMatch(/DOMPurify\.(?:clearConfig|isValidAttribute|removeHooks?|removeAllHooks) =/);
      // The options Sift never sets are constants, and nothing in _parseConfig sets them.
      for (const option of ['IN_PLACE', 'SAFE_FOR_TEMPLATES', 'WHOLE_DOCUMENT', 'FORCE_BODY', 'RETURN_DOM_FRAGMENT']) {
        expect(code).toContain(`const ${option} = false;`);
        expect(code).not.toContain(`${option} = cfg.`);
      }
    });
  }

  it('refuses a DOMPurify it does not recognise, so a build cannot ship the change half made', () => {
    expect(() => rewriteDomPurifyCalls('function unapply(func) { return func; }')).toThrow(/no longer matches/);
    const calls = rewriteDomPurifyCalls(readFileSync(join(dist, 'purify.es.mjs'), 'utf8'));
    expect(() => rewriteDomPurify(calls.replace('const svg = freeze([', 'const SVG = freeze(['))).toThrow(/no longer matches/);
    expect(() => rewriteDomPurify(calls.replace('DOMPurify.removeHook = ', 'DOMPurify.dropHook = '))).toThrow(/no longer matches/);
    expect(() => rewriteDomPurify(calls.replace('IN_PLACE = cfg.IN_PLACE || false;', 'IN_PLACE = !!cfg.IN_PLACE;'))).toThrow(/no longer matches/);
  });

  it('leaves every other module alone', () => {
    const { transform } = dompurifyRewrites();
    const run = transform as (code: string, id: string) => unknown;
    expect(run('const x = 1;', '/repo/node_modules/@mozilla/readability/Readability.js')).toBeNull();
    expect(() => run('const x = 1;', '/repo/node_modules/dompurify/dist/purify.es.mjs')).toThrow();
  });

  it('with the calls rewritten, sanitizes exactly as the unchanged DOMPurify does under any config', () => {
    const [before, after] = beforeAndAfter(rewriteDomPurifyCalls);
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

  it("as shipped, sanitizes exactly as the unchanged DOMPurify does under Sift's profile", () => {
    const [before, after] = beforeAndAfter(rewriteDomPurify);
    // SVG and MathML attributes everywhere: on their own elements, on HTML ones, in either case.
    const dirty = [
      '<p class="lead" dir="rtl" fill="red" viewBox="0 0 1 1" mathvariant="bold">Text <a href="/x" stroke-width="2" xlink:href="javascript:x">l</a></p>',
      '<svg viewBox="0 0 10 10" width="10"><circle cx="5" cy="5" r="4" fill="red"/><text x="1" y="9">svg text</text></svg>',
      '<math display="block"><mi mathvariant="bold">x</mi><mo stretchy="false">=</mo><mn>2</mn></math>',
      '<img src="a.png" alt="A" width="10" height="10" preserveAspectRatio="none"><table border="1"><tr><td colspan="2" scope="row">c</td></tr></table>',
    ].join('');
    const expected = before?.sanitize(dirty, STRICT_PROFILE);
    expect(expected).toContain('scope="row"');
    expect(expected).toContain('<mi mathvariant="bold">x</mi>');
    expect(after?.sanitize(dirty, STRICT_PROFILE)).toBe(expected);
    // Under DOMPurify's default config, which Sift never uses, SVG keeps its elements and loses its attributes.
    expect(before?.sanitize('<svg viewBox="0 0 1 1"><circle r="4"></circle></svg>')).toContain('r="4"');
    expect(after?.sanitize('<svg viewBox="0 0 1 1"><circle r="4"></circle></svg>')).toBe('<svg><circle></circle></svg>');
    // As src/core/sanitize.ts calls it: the config set once, then each call without one.
    after?.setConfig(STRICT_PROFILE);
    expect(after?.sanitize(dirty)).toBe(expected);
    expect(after?.removeAllHooks).toBeUndefined();
  });

  it('refuses a config with an option it left out, rather than sanitizing without it', () => {
    const [before, after] = beforeAndAfter(rewriteDomPurify);
    const node = new JSDOM('<p>{{x}}</p>').window.document.body;
    for (const option of ['IN_PLACE', 'SAFE_FOR_TEMPLATES', 'WHOLE_DOCUMENT', 'FORCE_BODY', 'RETURN_DOM_FRAGMENT', 'SANITIZE_NAMED_PROPS', 'ALLOW_UNKNOWN_PROTOCOLS']) {
      expect(() => before?.sanitize(node, { [option]: true })).not.toThrow();
      expect(() => after?.sanitize(node, { [option]: true })).toThrow(/left out of Sift's DOMPurify/);
      expect(() => after?.setConfig({ ...STRICT_PROFILE, [option]: true })).toThrow(/left out of Sift's DOMPurify/);
    }
    // Set to false, as Sift's profile sets WHOLE_DOCUMENT, each is accepted.
    expect(after?.sanitize('<p>x</p>', { ...STRICT_PROFILE, IN_PLACE: false, SAFE_FOR_TEMPLATES: false })).toBe('<p>x</p>');
  });
});
