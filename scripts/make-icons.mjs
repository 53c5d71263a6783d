// Draws the toolbar icon (a page with one highlighted line) at each size the manifest lists.
// Generated rather than hand-made so every size stays crisp and the source is reviewable.
import { deflateSync, crc32 } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];
const BLUE = [31, 78, 121];
const WHITE = [255, 255, 255];
const AMBER = [255, 196, 0];
const GREY = [150, 165, 180];

/** Coverage of a rounded rectangle at a sample point, for 4×4 supersampled anti-aliasing. */
function inRoundRect(x, y, [x0, y0, x1, y1], r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function draw(size) {
  // Shapes in a 0..1 unit square, painted in order.
  const shapes = [
    { rect: [0, 0, 1, 1], r: 0.2, color: BLUE },
    { rect: [0.22, 0.14, 0.78, 0.86], r: 0.06, color: WHITE },
    { rect: [0.3, 0.28, 0.7, 0.36], r: 0.02, color: GREY },
    { rect: [0.27, 0.44, 0.73, 0.56], r: 0.03, color: AMBER },
    { rect: [0.3, 0.64, 0.62, 0.72], r: 0.02, color: GREY },
  ];
  const px = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let rgb = [0, 0, 0];
      let alpha = 0;
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          let hit = null;
          for (const shape of shapes) if (inRoundRect(u, v, shape.rect, shape.r)) hit = shape.color;
          if (hit) { acc[0] += hit[0]; acc[1] += hit[1]; acc[2] += hit[2]; acc[3] += 1; }
        }
      }
      if (acc[3]) { rgb = acc.slice(0, 3).map((c) => Math.round(c / acc[3])); alpha = Math.round((255 * acc[3]) / (S * S)); }
      px.set([...rgb, alpha], (y * size + x) * 4);
    }
  }
  return png(size, px);
}

function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of SIZES) writeFileSync(new URL(`../assets/icons/icon-${size}.png`, import.meta.url), draw(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
