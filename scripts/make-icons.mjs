// Draws the ClaimLens icon (a magnifying lens whose rim carries the four category colours) into
// icons/icon-{16,32,48,128}.png with plain pixel maths and zlib: no image library needed.
import fs from 'node:fs';
import zlib from 'node:zlib';

const CATEGORY = [[234, 88, 12], [59, 130, 246], [5, 150, 105], [168, 85, 247]];
const HANDLE = [55, 55, 65];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const S = 4; // supersampling per axis
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const p = pixel((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
        if (p) { acc[0] += p[0] * p[3]; acc[1] += p[1] * p[3]; acc[2] += p[2] * p[3]; acc[3] += p[3]; }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const a = acc[3] / (S * S);
      raw[o] = acc[3] ? Math.round(acc[0] / acc[3]) : 0;
      raw[o + 1] = acc[3] ? Math.round(acc[1] / acc[3]) : 0;
      raw[o + 2] = acc[3] ? Math.round(acc[2] / acc[3]) : 0;
      raw[o + 3] = Math.round(a * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
// Lens centre, radii and handle in unit coordinates.
const cx = 0.42, cy = 0.42, rOut = 0.36, rIn = 0.25;
function pixel(u, v) {
  const dx = u - cx, dy = v - cy, d = Math.hypot(dx, dy);
  if (d <= rOut && d >= rIn) {
    const q = Math.floor(((Math.atan2(dy, dx) + Math.PI) / (2 * Math.PI)) * 4) % 4;
    return [...CATEGORY[q], 1];
  }
  if (d < rIn) return [255, 255, 255, 0.92];
  // Handle: a thick segment from the rim towards the bottom-right corner.
  const t = ((u - cx) + (v - cy)) / 2, px = cx + t, py = cy + t;
  const off = Math.hypot(u - px, v - py);
  if (t > rOut * 0.7 && t < 0.55 && off < 0.085) return [...HANDLE, 1];
  return null;
}
fs.mkdirSync('icons', { recursive: true });
for (const size of [16, 32, 48, 128]) fs.writeFileSync(`icons/icon-${size}.png`, png(size, pixel));
console.log('icons written');
