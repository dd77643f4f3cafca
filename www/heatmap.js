// Colouring a grid of loss values into RGBA pixels, fast: one lookup per pixel. Pure.
//
// The colour of v is viridis entry indexOf(scale.t(v)). Computing t means a power per pixel
// (t = u^γ), which costs several ms on a 512² grid; instead the 255 values where the entry
// changes, v_k = scale.v(k/256), are computed once and each pixel finds its entry by binary
// search among them (8 comparisons), then stores one packed 32-bit colour.

import { VIRIDIS, SIZE, indexOf } from "./colormap.js";

/** Viridis as packed RGBA words for a Uint32Array view of ImageData (little- or big-endian). */
const PACKED = (() => {
  const little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const table = new Uint32Array(SIZE);
  for (let k = 0; k < SIZE; k++) {
    const [r, g, b] = [VIRIDIS[3 * k], VIRIDIS[3 * k + 1], VIRIDIS[3 * k + 2]];
    table[k] = little ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
  }
  return table;
})();

/**
 * Writes the colours of `values` (nx × ny, values[i + j*nx], j = 0 at the bottom) into
 * `pixels` (a Uint32Array over an nx × ny ImageData, row 0 at the top). Non-finite values
 * and a null scale leave the pixel transparent (0).
 */
export function colorize(values, nx, ny, scale, pixels) {
  pixels.fill(0);
  if (!scale) return;
  const flat = !(scale.hi > scale.lo);
  const thresholds = new Float64Array(SIZE - 1);
  for (let k = 1; k < SIZE; k++) thresholds[k - 1] = scale.v(k / SIZE);
  const flatColor = PACKED[indexOf(scale.t(scale.lo))];
  for (let j = 0; j < ny; j++) {
    const row = j * nx;
    const out = (ny - 1 - j) * nx;
    for (let i = 0; i < nx; i++) {
      const v = values[row + i];
      if (!(v - v === 0)) continue; // NaN or ±Infinity: a hole
      if (flat) {
        pixels[out + i] = flatColor;
        continue;
      }
      // The number of thresholds ≤ v: the colour entry (0 … 255).
      let lo = 0;
      let hi = SIZE - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (thresholds[mid] <= v) lo = mid + 1;
        else hi = mid;
      }
      pixels[out + i] = PACKED[lo];
    }
  }
}
