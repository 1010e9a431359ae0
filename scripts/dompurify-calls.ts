import type { Plugin } from 'vite';

/**
 * DOMPurify calls every built-in it uses (toLowerCase, RegExp test, Set has, the DOM getters)
 * through `unapply(fn)(thisArg, ...args)`, which copies the arguments into a new array for
 * `Reflect.apply`. An extraction makes thousands of these calls: in heap samples of the browser
 * benchmark the arrays were 349 of the 1,540 KiB a run allocates, and the wrapper 0.3 ms of it
 * (issue #8). `Function.prototype.call.bind(fn)` makes the same call without the array. It is
 * bound when DOMPurify loads, as `Reflect.apply` is read then, so a page or script that later
 * replaces `Function.prototype.call` reaches it no more than it reached `Reflect.apply`.
 *
 * Every build that runs DOMPurify applies this (the extension, the benchmark, the unit tests), so
 * the sanitizer tests check the code that ships. A DOMPurify whose source no longer matches fails
 * the build rather than shipping the change half made.
 */

const DOMPURIFY_FILE = /[\\/]dompurify[\\/]dist[\\/]purify(?:\.es\.mjs|\.cjs\.js|\.js)$/;

const REWRITES: readonly (readonly [RegExp, string])[] = [
  [
    /function unapply\(func\) \{\s*return function\(thisArg\) \{[^{}]*\breturn apply\(func, thisArg, args\);\s*\};\s*\}/,
    'function unapply(func) {\n\treturn Function.prototype.call.bind(func);\n}',
  ],
  [/const regExpTestRaw = RegExp\.prototype\.test;/, 'const regExpTestRaw = RegExp.prototype.test;\nconst regExpTestCall = unapply(regExpTestRaw);'],
  [/return apply\(regExpTestRaw, regExp, \[value\]\);/, 'return regExpTestCall(regExp, value);'],
];

/** DOMPurify's source with the calls rewritten; throws if any rewrite finds nothing to rewrite. */
export function rewriteDomPurifyCalls(code: string): string {
  return REWRITES.reduce((out, [pattern, replacement]) => {
    if (!pattern.test(out)) throw new Error(`DOMPurify no longer matches ${pattern}: update scripts/dompurify-calls.ts`);
    return out.replace(pattern, replacement);
  }, code);
}

export function dompurifyCalls(): Plugin {
  return {
    name: 'sift-dompurify-calls',
    enforce: 'pre',
    transform: (code, id) => (DOMPURIFY_FILE.test(id) ? { code: rewriteDomPurifyCalls(code), map: null } : null),
  };
}
