// Draws the app emblem and writes resources/icons/icon.png (512×512) and
// resources/icons/icon.ico (16–256 px). Pure Node, no downloads: the shapes are
// signed-distance functions, supersampled for smooth edges, and every size is
// drawn from them rather than scaled down from the big one.
// Run: npm exec -- node scripts/make-icon.mjs
import { mkdir, writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';

const OUT = new URL('../resources/icons/', import.meta.url);
const SUPERSAMPLE = 4;

// The emblem on a 512-unit canvas: a deep-blue rounded tile holding an archive
// box (lid, body, handle slot) with a red label band, the colours of official
// documents.
const TILE = { x0: 16, y0: 16, x1: 496, y1: 496, r: 104 };
const TILE_TOP = [0x2a, 0x57, 0xa3];
const TILE_BOTTOM = [0x14, 0x2f, 0x63];
const SHAPES = [
  { x0: 104, y0: 132, x1: 408, y1: 198, r: 18, color: [0xf2, 0xf6, 0xfc] }, // lid
  { x0: 126, y0: 212, x1: 386, y1: 392, r: 18, color: [0xd9, 0xe4, 0xf4] }, // body
  { x0: 210, y0: 252, x1: 302, y1: 282, r: 15, color: [0x1d, 0x3f, 0x7e] }, // handle slot
  { x0: 126, y0: 330, x1: 386, y1: 350, r: 0, color: [0xc6, 0x3a, 0x2f] }, // label band
];

/** Signed distance from (x, y) to a rounded rectangle: negative inside. */
function roundedRect(x, y, { x0, y0, x1, y1, r }) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** The colour (RGBA, 0–255) of one point of the 512-unit canvas. */
function sample(x, y) {
  if (roundedRect(x, y, TILE) > 0) return [0, 0, 0, 0];
  for (let i = SHAPES.length - 1; i >= 0; i--) {
    const shape = SHAPES[i];
    // The label band only shows on the box body.
    if (roundedRect(x, y, shape) <= 0 && (i !== 3 || roundedRect(x, y, SHAPES[1]) <= 0)) {
      return [...shape.color, 255];
    }
  }
  const t = (y - TILE.y0) / (TILE.y1 - TILE.y0);
  return [...TILE_TOP.map((top, c) => Math.round(top + (TILE_BOTTOM[c] - top) * t)), 255];
}

/** Renders the emblem at `size`×`size` as straight (non-premultiplied) RGBA. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 512 / size;
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const [cr, cg, cb, ca] = sample(
            (px + (sx + 0.5) / SUPERSAMPLE) * scale,
            (py + (sy + 0.5) / SUPERSAMPLE) * scale,
          );
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const o = (py * size + px) * 4;
      pixels[o] = a ? Math.round(r / a) : 0;
      pixels[o + 1] = a ? Math.round(g / a) : 0;
      pixels[o + 2] = a ? Math.round(b / a) : 0;
      pixels[o + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no interlace, filter 0 per row). */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Encodes RGBA pixels as an ICO bitmap entry: a 32-bit BGRA DIB, bottom-up,
 * with its (all-clear) AND mask. Small sizes use this form because older
 * Windows components and NSIS read it where they may not read PNG entries.
 */
function encodeDib(size, pixels) {
  const maskRow = Math.ceil(size / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows + mask rows
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  const bgra = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      bgra[to] = pixels[from + 2];
      bgra[to + 1] = pixels[from + 1];
      bgra[to + 2] = pixels[from];
      bgra[to + 3] = pixels[from + 3];
    }
  }
  return Buffer.concat([header, bgra, Buffer.alloc(maskRow * size)]);
}

/** An ICO file: 16–128 px as bitmaps, 256 px as PNG (the Vista+ form). */
function encodeIco(sizes) {
  const images = sizes.map((size) => {
    const pixels = render(size);
    return { size, data: size >= 256 ? encodePng(size, pixels) : encodeDib(size, pixels) };
  });
  const directory = Buffer.alloc(6 + 16 * images.length);
  directory.writeUInt16LE(0, 0);
  directory.writeUInt16LE(1, 2);
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    directory[entry] = size >= 256 ? 0 : size; // 0 means 256
    directory[entry + 1] = size >= 256 ? 0 : size;
    directory.writeUInt16LE(1, entry + 4); // planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(data.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([directory, ...images.map((image) => image.data)]);
}

await mkdir(OUT, { recursive: true });
await writeFile(new URL('icon.png', OUT), encodePng(512, render(512)));
await writeFile(new URL('icon.ico', OUT), encodeIco([16, 24, 32, 48, 64, 128, 256]));
console.log('已生成 resources/icons/icon.png 与 resources/icons/icon.ico');
