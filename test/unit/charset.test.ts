import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffCharset } from '../../src/cli/charset';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('decodeHtml', () => {
  it('honours <meta charset> for a legacy single-byte page', () => {
    const bytes = latin1('<meta charset="iso-8859-1"><p>caf\u00e9 d\u00e9j\u00e0 vu \u0085</p>');
    // iso-8859-1 means windows-1252 on the web: 0x85 is an ellipsis.
    expect(decodeHtml(bytes)).toContain('café déjà vu …');
  });

  it('honours http-equiv Content-Type, e.g. windows-1251 Cyrillic', () => {
    const head = latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>');
    const privet = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in cp1251
    const bytes = new Uint8Array([...head, ...privet]);
    expect(sniffCharset(bytes)).toBe('windows-1251');
    expect(decodeHtml(bytes)).toContain('Привет');
  });

  it('decodes Shift_JIS when declared', () => {
    const head = latin1('<meta charset=shift_jis><p>');
    const bytes = new Uint8Array([...head, 0x82, 0xa0]); // "あ"
    expect(decodeHtml(bytes)).toContain('あ');
  });

  it('keeps valid UTF-8 even when the page declares an old encoding', () => {
    const bytes = new TextEncoder().encode('<meta charset="gb2312"><p>人工智能</p>');
    expect(decodeHtml(bytes)).toContain('人工智能');
  });

  it('falls back to windows-1252 for undeclared non-UTF-8 bytes', () => {
    expect(decodeHtml(latin1('<p>\u0093quoted\u0094 \u0080 5\u0096 caf\u00e9</p>'))).toContain('“quoted” € 5– café');
  });

  it('strips a UTF-8 byte-order mark and ignores unknown labels', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>ok</p>')]);
    expect(decodeHtml(bom)).toBe('<p>ok</p>');
    expect(sniffCharset(latin1('<meta charset="no-such-encoding">'))).toBeNull();
  });
});
