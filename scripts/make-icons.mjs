// Draws the app icons into public/ with no dependency: shapes are signed-distance tests, 4×4 supersampled, written
// as RGBA PNGs through node:zlib. Run `node scripts/make-icons.mjs` after changing the design; the PNGs are committed.
//
// The motif is a counter window (窓口): a window with a cross bar over a counter, white on the brand teal.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public');
const BRAND = [0x0b, 0x55, 0x63];
const WHITE = [0xff, 0xff, 0xff];

// Shapes in a unit box (0..1). Each is a function (x, y) -> inside?
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

const STROKE = 0.07;
const frameOuter = roundedRect(0.22, 0.16, 0.78, 0.62, 0.06);
const frameInner = rect(0.22 + STROKE, 0.16 + STROKE, 0.78 - STROKE, 0.62 - STROKE);
const mullionV = rect(0.5 - 0.025, 0.16, 0.5 + 0.025, 0.62);
const mullionH = rect(0.22, 0.39 - 0.025, 0.78, 0.39 + 0.025);
const counter = roundedRect(0.1, 0.7, 0.9, 0.8, 0.025);
const counterLeg = rect(0.2, 0.8, 0.8, 0.84);

/** The white motif, in the unit box. */
const motif = (x, y) =>
  (frameOuter(x, y) && !frameInner(x, y)) || mullionV(x, y) || mullionH(x, y) || counter(x, y) || counterLeg(x, y);

/**
 * Renders one icon. `content` is the fraction of the icon the motif box fills (maskable icons keep it inside the
 * 80 % safe circle); `corner` rounds the background (0 = full bleed, for maskable and Apple icons).
 */
function draw(size, { content, corner }) {
  const px = new Uint8Array(size * size * 4);
  const bg = corner > 0 ? roundedRect(0, 0, 1, 1, corner) : () => true;
  const offset = (1 - content) / 2;
  const N = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const u = (i + (sx + 0.5) / N) / size;
          const v = (j + (sy + 0.5) / N) / size;
          if (!bg(u, v)) continue;
          cover++;
          if (motif((u - offset) / content, (v - offset) / content)) white++;
        }
      }
      const k = (j * size + i) * 4;
      const a = cover / (N * N);
      const w = cover ? white / cover : 0;
      for (let c = 0; c < 3; c++) px[k + c] = Math.round(BRAND[c] * (1 - w) + WHITE[c] * w);
      px[k + 3] = Math.round(a * 255);
    }
  }
  return png(size, size, px);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  // Each row starts with filter type 0 (none).
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" rx="22" fill="#0b5563"/>
<g transform="translate(10 10) scale(.8)" fill="#fff">
<path fill-rule="evenodd" d="M28 16h44a6 6 0 0 1 6 6v34a6 6 0 0 1-6 6H28a6 6 0 0 1-6-6V22a6 6 0 0 1 6-6zm1 7v32h42V23z"/>
<rect x="47.5" y="16" width="5" height="46"/><rect x="22" y="36.5" width="56" height="5"/>
<rect x="10" y="70" width="80" height="10" rx="2.5"/><rect x="20" y="80" width="60" height="4"/>
</g>
</svg>
`;

mkdirSync(OUT, { recursive: true });
const files = {
  'icon-192.png': draw(192, { content: 0.8, corner: 0.22 }),
  'icon-512.png': draw(512, { content: 0.8, corner: 0.22 }),
  // Maskable: full bleed; the motif box fills 60 % so its corners stay inside the 80 % safe circle.
  'icon-maskable-512.png': draw(512, { content: 0.6, corner: 0 }),
  // iOS rounds the corners itself and shows transparency as black.
  'apple-touch-icon.png': draw(180, { content: 0.72, corner: 0 }),
  'favicon.svg': svg,
};
for (const [name, data] of Object.entries(files)) {
  writeFileSync(path.join(OUT, name), data);
  console.log(`public/${name}`);
}
