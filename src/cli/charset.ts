/**
 * Decodes an HTML file's bytes: byte-order mark first; then UTF-8 if the bytes are valid UTF-8;
 * then the `<meta charset>` or `http-equiv="Content-Type"` declaration in the first 1024 bytes;
 * then windows-1252. Valid UTF-8 wins over the declaration because saved and scraped pages are
 * often re-encoded to UTF-8 with their old `<meta charset=gb2312>` left in place (Readability's
 * "qq" test page is one), while legacy-encoded text with non-ASCII bytes is almost never valid
 * UTF-8 by accident. jsdom cannot do this for us once the page is a string.
 */

/** How far into the file the HTML spec's prescan looks for a charset declaration, in bytes. */
const PRESCAN_BYTES = 1024;

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function fromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The encoding a `<meta>` in the first 1024 bytes declares, as a label TextDecoder accepts. */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    // The spec: a page that declares UTF-16 in ASCII-compatible bytes is really UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null; // an unknown label is ignored, as browsers do
  }
}

/**
 * windows-1252's characters for bytes 0x80-0x9F (curly quotes, dashes, €). Node 20's TextDecoder
 * decodes "windows-1252" as ISO-8859-1 and returns C1 control codes there instead, so the
 * decoded text is mapped again; the five undefined bytes keep their code points, as the
 * Encoding Standard says.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (new TextDecoder(encoding).encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

export function decodeHtml(bytes: Uint8Array): string {
  const bom = fromBom(bytes);
  if (bom) return decode(bytes, bom);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decode(bytes, sniffCharset(bytes) ?? 'windows-1252');
  }
}
