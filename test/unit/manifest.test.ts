import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What the shipped manifest promises users: nothing runs until asked, and extension pages run only our own code. */
const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8')) as {
  permissions: string[];
  host_permissions?: string[];
  content_scripts?: unknown[];
  content_security_policy?: { extension_pages?: string };
  minimum_chrome_version?: string;
  browser_specific_settings?: Record<string, { strict_min_version?: string }>;
};

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe('manifest.json', () => {
  it('admits only browsers that read CSS light-dark(), which the built styles keep as written (scripts/build.ts)', () => {
    const major = (version: string | undefined): number => Number.parseInt(version ?? '0', 10);
    expect(major(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(123);
    for (const gecko of ['gecko', 'gecko_android']) {
      expect(major(manifest.browser_specific_settings?.[gecko]?.strict_min_version), gecko).toBeGreaterThanOrEqual(120);
    }
  });

  it('asks only for activeTab, scripting and storage, with no host access and no declared content scripts', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts).toBeUndefined();
  });

  it('gives extension pages a strict Content Security Policy', () => {
    const csp = directives(manifest.content_security_policy?.extension_pages ?? '');
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    for (const values of csp.values()) expect(values.join(' ')).not.toMatch(/unsafe|\*|https?:/);
  });
});
