import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/**
 * Draws Sift's toolbar icon (a rounded teal square with three text lines, the last one short)
 * as PNGs, so the repository needs no image tools. Run: `npx tsx scripts/icons.ts`.
 */

/** Icon sizes in pixels that the manifest references. */
const SIZES = [16, 32, 48, 128];
const BACKGROUND: Rgb = [22, 122, 112];
const INK: Rgb = [255, 255, 255];
type Rgb = [number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Coverage 0..1 of pixel (x, y) by the icon's shapes, sampled 4x4 for smooth edges. */
function coverage(size: number, x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  }
  return hits / 16;
}

function inRoundedSquare(u: number, v: number): boolean {
  const r = 0.22;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

function inTextLine(u: number, v: number): boolean {
  const lines: [number, number][] = [[0.3, 0.78], [0.47, 0.78], [0.64, 0.56]];
  return lines.some(([top, right]) => v >= top && v <= top + 0.09 && u >= 0.22 && u <= right);
}

function drawIcon(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const alpha = coverage(size, x, y, inRoundedSquare);
      const ink = coverage(size, x, y, inTextLine);
      const rgb = BACKGROUND.map((b, i) => Math.round(b + ((INK[i] ?? 0) - b) * ink));
      row.set([...rgb, Math.round(alpha * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icons/icon-${size}.png`, drawIcon(size));
console.log(`wrote ${SIZES.map((s) => `public/icons/icon-${s}.png`).join(', ')}`);
