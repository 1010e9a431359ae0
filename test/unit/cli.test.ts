import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

/** The CLI as a user runs it: a child process through tsx, no build step. */

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'cli', 'extract.ts');
const ESSAY = join(ROOT, 'test', 'pages', 'clean-essay-night-trains', 'source.html');
const SENTENCE = 'The first lesson is that the timetable is a promise about departure, not arrival.';
/** Spawning tsx takes a second or two on a busy machine; this is a ceiling, not a timing check. */
const SLOW = 60_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: Buffer): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(TSX, [CLI, ...args], { cwd: ROOT, maxBuffer: 32 << 20 }, (err, stdout, stderr) => {
      const code = err && typeof err.code === 'number' ? err.code : 0;
      done({ code, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sift-cli-'));
  const essay = readFileSync(ESSAY);
  writeFileSync(join(dir, 'essay.html.gz'), gzipSync(essay));
  writeFileSync(join(dir, 'nothing.htm'), '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>');
  // windows-1252 bytes (0xE9 = é, 0x93/0x94 = curly quotes) declared in a meta tag.
  const legacy = `<html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head><body><article>${'<p>Le caf\u00e9 \u0093Chez L\u00e9on\u0094 a rouvert ses portes apr\u00e8s des travaux qui ont dur\u00e9 tout l\u2019hiver, et les habitu\u00e9s sont revenus d\u00e8s le premier matin.</p>'.repeat(4)}</article></body></html>`;
  writeFileSync(join(dir, 'legacy.html'), Buffer.from(legacy.replace('\u2019', "'"), 'latin1'));
  // A stylesheet jsdom's CSS parser throws on (from a real page): the CLI must not care.
  writeFileSync(join(dir, 'badcss.html'), essay.toString('utf8').replace('</style>', '@media (min-width:1px){.a{min-height:calc(100vh - (2 * 3px)}}</style>'));
});

describe('npm run extract', () => {
  it('prints one JSON result and nothing else for one file', { timeout: SLOW }, async () => {
    const r = await run([ESSAY]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as { title: string; text: string; url: string };
    expect(json.title).toBe('What I learned from a winter of night trains');
    expect(json.text).toContain(SENTENCE);
    expect(json.url).toMatch(/^file:\/\/.*source\.html$/);
  });

  it('reads standard input and prints plain text with --format text and --url', { timeout: SLOW }, async () => {
    const r = await run(['--format', 'text', '--url', 'https://inesvarga.example/trains/', '-'], readFileSync(ESSAY));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Between November and February I made eleven overnight rail journeys');
    expect(r.stdout).toContain(`${SENTENCE}`);
    expect(r.stdout).not.toContain('{');
  });

  it('writes Markdown under the title as a heading, as the popup copies it', { timeout: SLOW }, async () => {
    const r = await run(['--format', 'markdown', ESSAY]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# What I learned from a winter of night trains\n')).toBe(true);
    // The popup's converter (src/shared/markdown.ts): the link to the page follows the title.
    expect(r.stdout).toMatch(/^Source: \[file:\/\/.*source\.html\]\(file:\/\/.*source\.html\)$/m);
    expect(r.stdout).toContain('> If you can sleep on a train');
    expect(r.stdout).toMatch(/^1\. {1,2}Book as soon as/m);
  });

  it('writes one file per input to --out-dir and exits 2 when a page has no article', { timeout: SLOW }, async () => {
    const out = join(dir, 'out');
    const r = await run(['--out-dir', out, join(dir, 'essay.html.gz'), join(dir, 'nothing.htm'), join(dir, 'legacy.html'), join(dir, 'badcss.html')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['badcss.json', 'essay.json', 'legacy.json', 'nothing.json']);
    const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(out, name), 'utf8')) as Record<string, unknown>;
    expect(read('nothing.json').error).toBe('no-article');
    expect(read('essay.json').text).toContain(SENTENCE);
    expect(read('badcss.json').text).toContain(SENTENCE);
    expect(read('legacy.json').text).toContain('Le café “Chez Léon” a rouvert ses portes après des travaux');
  });

  it('exits 1 with a message on stderr for usage and I/O errors', { timeout: SLOW }, async () => {
    const none = await run([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Usage:');
    const missing = await run([join(dir, 'no-such-page.html')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-page.html');
    expect(missing.stdout).toBe('');
  });
});
