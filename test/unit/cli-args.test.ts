import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args';
import { outputName } from '../../src/cli/render';
import { argValue, pageFilter } from '../../bench/context';

describe('CLI arguments', () => {
  it('defaults to JSON on standard output', () => {
    expect(parseCliArgs(['page.html'])).toEqual({ files: ['page.html'], url: null, format: 'json', outDir: null });
  });

  it('accepts every documented option', () => {
    const o = parseCliArgs(['--url', 'https://a.example/x', '--format', 'markdown', '--out-dir', 'out', 'a.html.gz', 'b.htm', '-']);
    expect(o).toEqual({ files: ['a.html.gz', 'b.htm', '-'], url: 'https://a.example/x', format: 'markdown', outDir: 'out' });
    expect(parseCliArgs(['--help'])).toBeNull();
  });

  it.each([
    [[], 'no FILE'],
    [['--format', 'pdf', 'a.html'], '--format'],
    [['a.html', 'b.html'], '--out-dir'],
    [['notes.txt'], 'not an .html'],
    [['--url', 'not a url', 'a.html'], '--url'],
    [['--colour', 'a.html'], 'colour'],
    [['--out-dir', 'o', '-', '-'], 'once'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('names outputs after the input less .gz and .html/.htm', () => {
    expect(outputName('/x/y/story.html.gz', 'json')).toBe('story.json');
    expect(outputName('Story.HTM', 'text')).toBe('Story.txt');
    expect(outputName('-', 'markdown')).toBe('stdin.md');
  });
});

describe('bench arguments', () => {
  it('reads --name value and --name=value, and splits --pages', () => {
    expect(argValue(['--corpus', '/c', '--only=extraction'], 'corpus')).toBe('/c');
    expect(argValue(['--corpus', '/c', '--only=extraction'], 'only')).toBe('extraction');
    expect(argValue([], 'only')).toBeUndefined();
    expect(pageFilter(['--pages', 'ab12, cd34,'])).toEqual(new Set(['ab12', 'cd34']));
    expect(pageFilter([])).toBeUndefined();
  });
});
