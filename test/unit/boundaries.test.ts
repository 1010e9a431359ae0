import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The lint rules that keep Sift's boundaries (eslint.config.js) really fire: each snippet is linted
 * as if it lived at the given path, and the test names the rule that must report it.
 */

const ROOT = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** Rule ids ESLint reports for `code` placed at `path` (relative to the repository root). */
async function rulesFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  // Directive problems (an unused eslint-disable) and parse errors carry no rule id.
  return (result?.messages ?? []).map((m) => m.ruleId ?? (m.message.startsWith('Unused eslint-disable') ? 'unused-disable' : `fatal: ${m.message}`));
}

describe('src/core stays pure', () => {
  it.each([
    ['preact', "import { h } from 'preact';\nexport const x = h;\n"],
    ['webextension-polyfill', "import browser from 'webextension-polyfill';\nexport const x = browser;\n"],
    ['the content script', "import { createReader } from '../content/reader/overlay';\nexport const x = createReader;\n"],
    ['the popup', "import { App } from '../popup/app';\nexport const x = App;\n"],
  ])('rejects an import of %s', async (_name, code) => {
    expect(await rulesFor('src/core/example.ts', code)).toContain('no-restricted-imports');
  });

  it.each(['chrome', 'browser', 'window', 'document', 'location', 'navigator'])('rejects the global %s', async (name) => {
    expect(await rulesFor('src/core/example.ts', `export const x = ${name};\n`)).toContain('no-restricted-globals');
  });

  it('accepts a document passed in as an argument', async () => {
    const code = 'export function title(doc: Document): string {\n  return doc.title;\n}\n';
    expect(await rulesFor('src/core/example.ts', code)).toEqual([]);
  });
});

describe('UI code never imports the background', () => {
  it.each(['src/popup/example.ts', 'src/content/example.ts'])('%s', async (path) => {
    const code = "import { handleRequest } from '../background/requests';\nexport const x = handleRequest;\n";
    expect(await rulesFor(path, code)).toContain('no-restricted-imports');
  });
});

describe('raw HTML only in src/core/sanitize.ts', () => {
  it.each([
    ['innerHTML assignment', 'export function f(el: Element, s: string): void {\n  el.innerHTML = s;\n}\n', 'no-restricted-syntax'],
    ['outerHTML assignment', 'export function f(el: Element, s: string): void {\n  el.outerHTML += s;\n}\n', 'no-restricted-syntax'],
    ['insertAdjacentHTML', "export function f(el: Element, s: string): void {\n  el.insertAdjacentHTML('beforeend', s);\n}\n", 'no-restricted-properties'],
    ['document.write', 'export function f(s: string): void {\n  document.write(s);\n}\n', 'no-restricted-properties'],
  ])('rejects %s in the content script', async (_name, code, rule) => {
    expect(await rulesFor('src/content/example.ts', code)).toContain(rule);
  });

  it('rejects dangerouslySetInnerHTML in the popup', async () => {
    const code = 'export const View = (p: { html: string }) => <div dangerouslySetInnerHTML={{ __html: p.html }} />;\n';
    expect(await rulesFor('src/popup/example.tsx', code)).toContain('no-restricted-syntax');
  });

  it('allows it in the sanitizer', async () => {
    const code = 'export function f(el: Element, s: string): void {\n  el.innerHTML = s;\n}\n';
    expect(await rulesFor('src/core/sanitize.ts', code)).toEqual([]);
  });
});

describe('lint suppressions', () => {
  it('must say why', async () => {
    const code = '// eslint-disable-next-line prefer-const\nlet x = 1;\nexport { x };\n';
    expect(await rulesFor('src/shared/example.ts', code)).toContain('sift/require-disable-reason');
  });

  it('pass with a reason', async () => {
    const code = '// eslint-disable-next-line prefer-const -- reassigned by a test hook\nlet x = 1;\nexport { x };\n';
    expect(await rulesFor('src/shared/example.ts', code)).toEqual([]);
  });

  it('must not outlive their use', async () => {
    const code = '// eslint-disable-next-line prefer-const -- left over\nconst x = 1;\nexport { x };\n';
    expect(await rulesFor('src/shared/example.ts', code)).toEqual(['unused-disable']);
  });
});
