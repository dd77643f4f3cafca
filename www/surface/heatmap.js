// Colouring a grid of loss values into RGBA pixels, fast: one lookup per pixel. Pure.
//
// The colour of v is viridis entry indexOf(scale.t(v)). Computing t means a power per pixel
// (t = u^γ), which costs several ms on a 512² grid; instead the 255 values where the entry
// changes, v_k = scale.v(k/256), are computed once, and the entry of a pixel is the number of
// them ≤ v. A binary search for that number (8 unpredictable branches) still cost ~3 ms on
// 512²; so the thresholds' range is cut into BUCKETS equal buckets, each bucket remembers how
// many thresholds lie in the buckets below it, and a pixel only compares v with the few
// thresholds inside its own bucket (usually none or one). The result is the same count.

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
  if (!scale) {
    pixels.fill(0);
    return;
  }
  if (!(scale.hi > scale.lo)) {
    // A flat scale: one colour wherever the value is finite.
    const color = PACKED[indexOf(scale.t(scale.lo))];
    for (let j = 0; j < ny; j++) {
      for (let i = 0, row = j * nx, out = (ny - 1 - j) * nx; i < nx; i++) {
        const v = values[row + i];
        pixels[out + i] = v - v === 0 ? color : 0;
      }
    }
    return;
  }
  const thresholds = new Float64Array(SIZE - 1);
  for (let k = 1; k < SIZE; k++) thresholds[k - 1] = scale.v(k / SIZE);
  const { first, inverse, below } = bucketTable(thresholds);
  const last = SIZE - 1;
  const top = BUCKETS - 1;
  for (let j = 0; j < ny; j++) {
    const row = j * nx;
    const out = (ny - 1 - j) * nx;
    for (let i = 0; i < nx; i++) {
      const v = values[row + i];
      if (!(v - v === 0)) {
        pixels[out + i] = 0; // NaN or ±Infinity: a hole
        continue;
      }
      // bucketOf(v), inlined: u is capped before `| 0` (which would wrap above 2³¹) and
      // truncation equals floor once u > 0.
      const u = (v - first) * inverse;
      const b = u < top ? (u > 0 ? u | 0 : 0) : top;
      // Then the thresholds ≤ v inside the bucket.
      let entry = below[b];
      while (entry < last && thresholds[entry] <= v) entry++;
      pixels[out + i] = PACKED[entry];
    }
  }
}

/** Buckets over the thresholds' range: enough that most hold at most one threshold. */
const BUCKETS = 2048;

// For thresholds t_0 ≤ … ≤ t_254: below[b] = how many thresholds fall in buckets < b, where
// a value's bucket is ⌊(v − t_0)·inverse⌋ clamped to [0, BUCKETS − 1]. That map never
// decreases as v grows (rounding included), so every threshold in a lower bucket is < v and
// every one in a higher bucket is > v: the count of thresholds ≤ v is below[b] plus those of
// bucket b that are ≤ v, exactly, whatever the floating-point rounding.
function bucketTable(thresholds) {
  const first = thresholds[0];
  const span = thresholds[thresholds.length - 1] - first;
  const inverse = span > 0 && Number.isFinite(BUCKETS / span) ? BUCKETS / span : 0;
  const below = new Uint16Array(BUCKETS);
  const top = BUCKETS - 1;
  for (const t of thresholds) {
    const u = (t - first) * inverse;
    const b = u < top ? (u > 0 ? u | 0 : 0) : top; // the same map as in colorize
    if (b < top) below[b + 1]++;
  }
  for (let b = 1; b < BUCKETS; b++) below[b] += below[b - 1];
  return { first, inverse, below };
}
