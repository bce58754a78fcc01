import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPng } from './png';

const icon = (size: number) => readPng(fs.readFileSync(new URL(`../../../public/icon/${size}.png`, import.meta.url)));

describe('the icons are what the stores ask for', () => {
  it('has every size the manifest names, at that size', () => {
    for (const size of [16, 32, 48, 96, 128]) {
      const png = icon(size);
      expect([png.width, png.height]).toEqual([size, size]);
    }
  });

  it('draws the 128 px store icon in the middle 96 px, with 16 px of transparent padding around it', () => {
    const png = icon(128);
    let opaqueInside = 0;
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        const inPadding = x < 16 || y < 16 || x >= 112 || y >= 112;
        if (inPadding) expect(png.alpha(x, y), `pixel ${x},${y}`).toBe(0);
        else if (png.alpha(x, y) === 255) opaqueInside += 1;
      }
    }
    // The artwork fills most of its square, so the padding is not just an empty image.
    expect(opaqueInside).toBeGreaterThan(96 * 96 * 0.8);
  });
});
