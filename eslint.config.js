// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Sift's lint rules. Besides the usual recommended sets, three house rules are enforced here so
 * they hold without anyone remembering them:
 * 1. src/core stays pure: no browser extension APIs, no page globals, no Preact (the CLI and the
 *    benchmark run it under jsdom, and the content script hands it a clone of the page).
 * 2. Raw HTML reaches the DOM only through src/core/sanitize.ts (DOMPurify).
 * 3. Every lint suppression says why (`// eslint-disable-next-line rule -- reason`).
 */

/** Directive comments that switch rules off; each must carry ` -- reason`. */
const DISABLE_DIRECTIVE = /^\s*eslint-disable(?:-next-line|-line)?(?:\s|$)/;

/** Local rule: ESLint itself has no option that requires a description on a disable directive. */
const requireDisableReason = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Require a reason (`-- why`) on every eslint-disable directive' },
    schema: [],
    messages: { missing: 'Say why this rule is switched off: add `-- <reason>` to the directive.' },
  },
  /** @param {import('eslint').Rule.RuleContext} context */
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          if (!DISABLE_DIRECTIVE.test(comment.value)) continue;
          const reason = comment.value.split(/\s--\s/)[1];
          if (!reason?.trim() && comment.loc) context.report({ loc: comment.loc, messageId: 'missing' });
        }
      },
    };
  },
};

/** Page and extension globals that pure core code must not touch; it gets what it needs as arguments. */
const CORE_FORBIDDEN_GLOBALS = ['chrome', 'browser', 'window', 'document', 'location', 'navigator'].map(
  (name) => ({ name, message: 'src/core is pure: take the document or window as an argument instead.' }),
);

const BACKGROUND_IMPORTS = {
  group: ['**/background', '**/background/**'],
  message: 'Talk to the background through src/shared/messages.ts, never by importing it.',
};

/** Ways to turn a string into markup; src/core/sanitize.ts is the one audited place for them. */
const RAW_HTML_SYNTAX = [
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Raw HTML goes through src/core/sanitize.ts (DOMPurify); build nodes or use textContent.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render sanitized HTML via a fragment from src/core/sanitize.ts, not dangerouslySetInnerHTML.',
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: 'Render sanitized HTML via a fragment from src/core/sanitize.ts, not dangerouslySetInnerHTML.',
  },
];

const RAW_HTML_PROPERTIES = [
  ['insertAdjacentHTML', 'Raw HTML goes through src/core/sanitize.ts (DOMPurify).'],
  ['createContextualFragment', 'Raw HTML goes through src/core/sanitize.ts (DOMPurify).'],
  ['setHTMLUnsafe', 'Raw HTML goes through src/core/sanitize.ts (DOMPurify).'],
].map(([property, message]) => ({ property, message }));
RAW_HTML_PROPERTIES.push(
  { object: 'document', property: 'write', message: 'document.write replaces the page; Sift never does that.' },
  { object: 'document', property: 'writeln', message: 'document.writeln replaces the page; Sift never does that.' },
);

/**
 * A page's first date format loads ICU's calendar, pattern and time-zone data: 17-40 ms in a fresh
 * Chromium page, before the reader or the popup could paint (issue #8). Dates are written from the
 * catalog's words instead (src/shared/dates.ts).
 */
const ICU_DATE_MESSAGE = 'Write dates with src/shared/dates.ts: a first Intl date format costs 17-40 ms of ICU loading.';
const ICU_DATE_PROPERTIES = [
  { object: 'Intl', property: 'DateTimeFormat', message: ICU_DATE_MESSAGE },
  { property: 'toLocaleDateString', message: ICU_DATE_MESSAGE },
  { property: 'toLocaleTimeString', message: ICU_DATE_MESSAGE },
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'scratch/**', 'coverage/**', 'test-results/**',
      'bench-results/**', '.web-ext-artifacts/**'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { sift: { rules: { 'require-disable-reason': requireDisableReason } } },
    rules: { 'sift/require-disable-reason': 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
    rules: {
      'no-restricted-syntax': ['error', ...RAW_HTML_SYNTAX],
      'no-restricted-properties': ['error', ...RAW_HTML_PROPERTIES, ...ICU_DATE_PROPERTIES],
    },
  },
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...CORE_FORBIDDEN_GLOBALS],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['preact', 'preact/*', '@preact/*'], message: 'src/core renders nothing: no Preact.' },
          { group: ['webextension-polyfill'], message: 'src/core uses no extension APIs.' },
          { group: ['**/content', '**/content/**', '**/popup', '**/popup/**', '**/background', '**/background/**'],
            message: 'src/core depends on nothing above it: page -> content -> core -> message -> UI.' },
        ],
      }],
    },
  },
  {
    files: ['src/popup/**/*.{ts,tsx}', 'src/content/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [BACKGROUND_IMPORTS] }] },
  },
  {
    // The one audited place where HTML strings and markup meet (DOMPurify).
    files: ['src/core/sanitize.ts'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // In a test a wrong `!` throws at once and fails the test, which is what an assertion would do.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
