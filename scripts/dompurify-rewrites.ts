import type { Plugin } from 'vite';

/**
 * DOMPurify as Sift builds it: four rewrites of its source, applied by every build that runs it
 * (the extension, the benchmark, the unit tests), so the sanitizer tests check the code that
 * ships. A DOMPurify whose source no longer matches fails the build rather than shipping a
 * rewrite half made.
 */

type Rewrite = readonly [RegExp, string];

const DOMPURIFY_FILE = /[\\/]dompurify[\\/]dist[\\/]purify(?:\.es\.mjs|\.cjs\.js|\.js)$/;

/**
 * DOMPurify calls every built-in it uses (toLowerCase, RegExp test, Set has, the DOM getters)
 * through `unapply(fn)(thisArg, ...args)`, which copies the arguments into a new array for
 * `Reflect.apply`. An extraction makes thousands of these calls: in heap samples of the browser
 * benchmark the arrays were 349 of the 1,540 KiB a run allocates, and the wrapper 0.3 ms of it
 * (issue #8). `Function.prototype.call.bind(fn)` makes the same call without the array. It is
 * bound when DOMPurify loads, as `Reflect.apply` is read then, so a page or script that later
 * replaces `Function.prototype.call` reaches it no more than it reached `Reflect.apply`.
 */
const CALLS: readonly Rewrite[] = [
  [
    /function unapply\(func\) \{\s*return function\(thisArg\) \{[^{}]*\breturn apply\(func, thisArg, args\);\s*\};\s*\}/,
    'function unapply(func) {\n\treturn Function.prototype.call.bind(func);\n}',
  ],
  [/const regExpTestRaw = RegExp\.prototype\.test;/, 'const regExpTestRaw = RegExp.prototype.test;\nconst regExpTestCall = unapply(regExpTestRaw);'],
  [/return apply\(regExpTestRaw, regExp, \[value\]\);/, 'return regExpTestCall(regExp, value);'],
];

/**
 * The attribute allow-list of SVG, emptied. DOMPurify reads it only for its default config and its
 * svg and svgFilters profiles; Sift sanitizes with the html and mathMl profiles (src/core/sanitize.ts),
 * which never do. It was most of 1,073 of the content script's gzipped bytes (issue #8's 60 KiB
 * budget) and about 200 set entries built on every injection. Emptying an allow-list can only make
 * another config allow less. The SVG tag lists stay: the namespace checks read them under every profile.
 */
const PROFILE_LISTS: readonly Rewrite[] = [[/const svg = freeze\(\[[^\]]*\]\);/, 'const svg = freeze([]);']];

/**
 * The public methods Sift never calls: clearConfig, isValidAttribute and the three that remove
 * hooks (src/core/sanitize.ts sets its config once, adds its hooks once and sanitizes). They hang
 * off DOMPurify's object, so the bundler cannot drop them: 174 gzipped bytes of the content script
 * (issue #8's 60 KiB budget). Dropping a method changes nothing the others do.
 */
const UNUSED_API: readonly Rewrite[] = [
  [/(\t+)DOMPurify\.clearConfig = function\(\) \{[\s\S]*?(?=\1DOMPurify\.addHook = )/, ''],
  [/(\t+)DOMPurify\.removeHook = function\(entryPoint, hookFunction\) \{[\s\S]*?(?=\1return DOMPurify;)/, ''],
];

/**
 * Options Sift never sets (src/core/sanitize.ts), each made a constant false so the minifier drops
 * the code only they run: sanitizing in place, scrubbing template expressions, whole documents,
 * forced bodies, fragments, prefixed names, unknown protocols. 1,132 gzipped bytes of the content
 * script (issue #8's 60 KiB budget). A config that sets one is refused, not quietly sanitized
 * without it.
 */
const NEVER_SET = ['IN_PLACE', 'SAFE_FOR_TEMPLATES', 'WHOLE_DOCUMENT', 'FORCE_BODY', 'RETURN_DOM_FRAGMENT', 'SANITIZE_NAMED_PROPS', 'ALLOW_UNKNOWN_PROTOCOLS'];
const UNUSED_OPTIONS: readonly Rewrite[] = [
  ...NEVER_SET.flatMap((name): Rewrite[] => [
    [new RegExp(`\\blet ${name} = false;`), `const ${name} = false;`],
    [new RegExp(`\\t+${name} = cfg\\.${name} \\|\\| false;\\n`), ''],
  ]),
  [
    /(\t+)(USE_PROFILES = )/,
    `$1if (${NEVER_SET.map((name) => `cfg.${name}`).join(' || ')}) throw typeErrorCreate("option left out of Sift's DOMPurify");\n$1$2`,
  ],
];

function apply(code: string, rewrites: readonly Rewrite[]): string {
  return rewrites.reduce((out, [pattern, replacement]) => {
    if (!pattern.test(out)) throw new Error(`DOMPurify no longer matches ${pattern}: update scripts/dompurify-rewrites.ts`);
    return out.replace(pattern, replacement);
  }, code);
}

/** DOMPurify's source with the calls rewritten, and nothing else; throws if a rewrite finds nothing to rewrite. */
export function rewriteDomPurifyCalls(code: string): string {
  return apply(code, CALLS);
}

/** DOMPurify's source as Sift ships it: the calls rewritten, the unused SVG allow-list emptied, the unused methods and options gone. */
export function rewriteDomPurify(code: string): string {
  return apply(rewriteDomPurifyCalls(code), [...PROFILE_LISTS, ...UNUSED_API, ...UNUSED_OPTIONS]);
}

export function dompurifyRewrites(): Plugin {
  return {
    name: 'sift-dompurify-rewrites',
    enforce: 'pre',
    transform: (code, id) => (DOMPURIFY_FILE.test(id) ? { code: rewriteDomPurify(code), map: null } : null),
  };
}
