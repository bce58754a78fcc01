/**
 * Just enough of PNG to check what the stores check: the size, and the alpha of each pixel of an
 * 8-bit RGBA or RGB image (what the icon and screenshot scripts write).
 */
import zlib from 'node:zlib';

export interface Png {
  width: number;
  height: number;
  /** Alpha 0–255 at (x, y); 255 everywhere for an image without an alpha channel. */
  alpha(x: number, y: number): number;
}

export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export function readPng(bytes: Buffer): Png {
  const { width, height } = pngSize(bytes);
  const colourType = bytes[25];
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (bytes[24] !== 8 || channels === 0 || bytes[28] !== 0) throw new Error('only 8-bit RGB(A), not interlaced');
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let i = 0; i < stride; i++) {
      const value = raw[y * (stride + 1) + 1 + i] ?? 0;
      const left = i >= channels ? (pixels[y * stride + i - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + i] ?? 0) : 0;
      const upLeft = y > 0 && i >= channels ? (pixels[(y - 1) * stride + i - channels] ?? 0) : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + i] = (value + predicted) & 0xff;
    }
  }
  return { width, height, alpha: (x, y) => (channels === 4 ? (pixels[(y * width + x) * 4 + 3] ?? 0) : 255) };
}
