#!/usr/bin/env node
/**
 * Draws the designer's icon (two data centers joined by their link, under a chat bubble)
 * and writes every file the installers need into assets/icons/:
 *   icon.png            1024×1024, the master image (Linux window icon, macOS source)
 *   icon.ico            Windows (16…256 px, PNG-compressed entries)
 *   icon.icns           macOS (128…1024 px, PNG entries)
 *   png/<n>x<n>.png     Linux icon theme sizes
 * Pure Node: shapes are sampled 4×4 per pixel for smooth edges, PNGs are encoded with zlib.
 * No artwork is downloaded. Run with `npm run icons`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'assets', 'icons'));

const NAVY = [23, 69, 122, 255];
const SKY = [127, 209, 255, 255];
const WHITE = [255, 255, 255, 255];

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}
const ellipse = (cx, cy, rx, ry) => (x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
const circle = (cx, cy, r) => ellipse(cx, cy, r, r);
function triangle(ax, ay, bx, by, cx, cy) {
  const side = (px, py, qx, qy, x, y) => (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
}

/** Painted in order; later layers cover earlier ones. Coordinates are fractions of the size. */
const layers = [
  { color: NAVY, shape: roundedRect(0.02, 0.02, 0.98, 0.98, 0.2) },
  // The chat bubble, its tail pointing down at the left data center.
  { color: SKY, shape: ellipse(0.5, 0.28, 0.3, 0.16) },
  { color: SKY, shape: triangle(0.3, 0.36, 0.44, 0.4, 0.27, 0.5) },
  { color: NAVY, shape: circle(0.38, 0.28, 0.035) },
  { color: NAVY, shape: circle(0.5, 0.28, 0.035) },
  { color: NAVY, shape: circle(0.62, 0.28, 0.035) },
  // Two data centers and the link between them.
  { color: WHITE, shape: roundedRect(0.1, 0.52, 0.42, 0.88, 0.05) },
  { color: WHITE, shape: roundedRect(0.58, 0.52, 0.9, 0.88, 0.05) },
  { color: SKY, shape: roundedRect(0.4, 0.675, 0.6, 0.725, 0.02) },
  // Two servers in each data center.
  { color: NAVY, shape: roundedRect(0.15, 0.58, 0.37, 0.67, 0.02) },
  { color: NAVY, shape: roundedRect(0.15, 0.73, 0.37, 0.82, 0.02) },
  { color: NAVY, shape: roundedRect(0.63, 0.58, 0.85, 0.67, 0.02) },
  { color: NAVY, shape: roundedRect(0.63, 0.73, 0.85, 0.82, 0.02) },
];

const SAMPLES = 4;

export function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let color = null;
          for (const layer of layers) if (layer.shape(x, y)) color = layer.color;
          if (!color) continue;
          // Premultiplied, so transparent samples do not darken the edges.
          for (let c = 0; c < 3; c++) sum[c] += color[c] * (color[3] / 255);
          sum[3] += color[3];
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = sum[3] / n;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = alpha > 0 ? Math.round(((sum[c] / n) * 255) / alpha) : 0;
      pixels[i + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** ICO with PNG entries (Windows Vista and later read them at every size). */
function encodeIco(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

/** ICNS with PNG entries: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x). */
function encodeIcns(pngs) {
  const types = { 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
  const entries = pngs
    .filter((p) => types[p.size])
    .map(({ size, data }) => {
      const head = Buffer.alloc(8);
      head.write(types[size], 0, 'ascii');
      head.writeUInt32BE(data.length + 8, 4);
      return Buffer.concat([head, data]);
    });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const pngs = sizes.map((size) => ({ size, data: encodePng(size, render(size)) }));
const bySize = (s) => pngs.find((p) => p.size === s);

mkdirSync(path.join(outDir, 'png'), { recursive: true });
writeFileSync(path.join(outDir, 'icon.png'), bySize(1024).data);
writeFileSync(path.join(outDir, 'icon.ico'), encodeIco(pngs.filter((p) => p.size <= 256)));
writeFileSync(path.join(outDir, 'icon.icns'), encodeIcns(pngs));
for (const p of pngs.filter((p) => p.size <= 512)) {
  writeFileSync(path.join(outDir, 'png', `${p.size}x${p.size}.png`), p.data);
}
process.stdout.write(`icons written to ${path.relative(process.cwd(), outDir) || '.'}\n`);
