// Contour lines by marching squares: ALL levels in ONE pass over the grid. Pure.
//
// Grid layout (as the core's `grid` returns it, and as d3-contour documents its own):
// values[i + j*nx], i along x (0 … nx−1), j along y (0 … ny−1). Output coordinates are in
// grid units: (i, j) with fractions, so the caller maps them to pixels with its own view.
//
// Each cell is visited once. Its four corners give a [min, max] range; only the levels inside
// that range can cross it (found by binary search in the sorted levels), so the cost is one
// pass plus the segments actually produced, not one pass per level. Blocks of cells that no
// level crosses are skipped whole (blocks.js). The segments are joined into polylines by
// chain.js, labelled by labels.js and mapped to pixels by polyline.js.

import { BLOCK, activeBlocks } from "./blocks.js";

// The cell's corners and edges:
//
//   (i, j+1) v01 ── top (2) ── v11 (i+1, j+1)
//        │                       │
//     left (3)               right (1)
//        │                       │
//   (i, j)   v00 ── bottom (0) ─ v10 (i+1, j)
//
// Case index = 1·[v00 above] + 2·[v10 above] + 4·[v11 above] + 8·[v01 above], "above"
// meaning value > level. Each entry lists the edges joined by a segment, in pairs. Cases 5
// and 10 are saddles: two readings are possible and the cell centre decides (see SADDLES).
const CASES = [
  [], //              0: all below
  [3, 0], //          1: v00
  [0, 1], //          2: v10
  [3, 1], //          3: v00 v10
  [1, 2], //          4: v11
  null, //            5: v00 v11 (saddle)
  [0, 2], //          6: v10 v11
  [3, 2], //          7: v00 v10 v11
  [2, 3], //          8: v01
  [0, 2], //          9: v00 v01
  null, //           10: v10 v01 (saddle)
  [1, 2], //         11: v00 v10 v01
  [3, 1], //         12: v11 v01
  [0, 1], //         13: v00 v11 v01
  [3, 0], //         14: v10 v11 v01
  [], //             15: all above
];

// Saddle cells by [case][centre above ? 1 : 0]: when the centre is above, the two "above"
// corners connect through it and the segments cut off the two "below" corners, and vice versa.
const SADDLES = {
  5: [
    [3, 0, 1, 2], // centre below: cut off v00 and v11 (the above corners)
    [0, 1, 2, 3], // centre above: cut off v10 and v01 (the below corners)
  ],
  10: [
    [0, 1, 2, 3], // centre below: cut off v10 and v01
    [3, 0, 1, 2], // centre above: cut off v00 and v11
  ],
};

/**
 * Contour segments of `values` (nx × ny, row-major as above) at each of `levels` (sorted
 * ascending). Returns one Float64Array per level, [x1, y1, x2, y2, x1, y1, …] in grid units,
 * segments in row-major cell order. Cells with a non-finite corner (a hole where the loss is
 * undefined) produce nothing. `blocks` (from contourBlocks on the same values, optional) lets
 * whole blocks of cells that no level crosses be skipped: the level set through θ′, one level
 * contoured every frame, then only visits the few blocks it passes through.
 */
export function contourSegments(values, nx, ny, levels, blocks = null) {
  if (!(nx >= 2 && ny >= 2) || values.length !== nx * ny) {
    throw new Error("invalid size");
  }
  for (let k = 1; k < levels.length; k++) {
    if (!(levels[k] > levels[k - 1])) throw new Error("levels must be strictly increasing");
  }
  if (levels.length >= HOLE) throw new Error("too many levels");
  if (blocks && (blocks.nx !== nx || blocks.ny !== ny)) throw new Error("blocks of another grid");
  const L = levels.length;
  if (L === 0) return [];
  const level = Float64Array.from(levels);
  // One growable buffer per level, kept between calls (the output is copied out of them).
  while (segmentPool.length < L) segmentPool.push(new SegmentBuffer());
  const out = segmentPool.slice(0, L);
  for (const seg of out) seg.length = 0;
  const bx = Math.ceil((nx - 1) / BLOCK);
  const by = Math.ceil((ny - 1) / BLOCK);
  const active = activeBlocks(blocks, bx, by, level);

  // Each vertex's band: how many levels lie strictly below its value (HOLE if not finite).
  // A cell is crossed by level k exactly when min(band) ≤ k < max(band) of its corners, the
  // same as lo ≤ level < hi on the values; most cells have one band at all four corners and
  // are skipped after three integer comparisons. Neighbouring samples mostly share a band, so
  // the band is found by stepping from the previous sample's, not by a binary search. Bands
  // are filled block row by block row, only in active blocks (the rest of the scratch array
  // is stale and never read).
  const band = bandScratch(values.length);
  let b = 0;
  for (let bj = 0; bj < by; bj++) {
    const j0 = bj * BLOCK;
    const j1 = Math.min(j0 + BLOCK, ny - 1); // cell rows j0 … j1 − 1, vertex rows j0 … j1
    for (let bi = 0; bi < bx; bi++) {
      if (!active[bi + bj * bx]) continue;
      const i0 = bi * BLOCK;
      const i1 = Math.min(i0 + BLOCK, nx - 1);
      for (let j = j0; j <= j1; j++) {
        for (let k = j * nx + i0, kEnd = j * nx + i1; k <= kEnd; k++) {
          const v = values[k];
          if (!(v - v === 0)) {
            band[k] = HOLE;
            continue;
          }
          while (b > 0 && level[b - 1] >= v) b--;
          while (b < L && level[b] < v) b++;
          band[k] = b;
        }
      }
    }
    // The cells of this block row, row by row (so the output stays in row-major order).
    for (let j = j0; j < j1; j++) {
      const row = j * nx;
      for (let bi = 0; bi < bx; bi++) {
        if (!active[bi + bj * bx]) continue;
        const iEnd = Math.min(bi * BLOCK + BLOCK, nx - 1);
        for (let i = bi * BLOCK; i < iEnd; i++) {
          const b00 = band[row + i];
          const b10 = band[row + i + 1];
          const b01 = band[row + nx + i];
          const b11 = band[row + nx + i + 1];
          if (b00 === b10 && b00 === b01 && b00 === b11) continue; // one band (or all holes)
          // A hole at any corner: nothing is drawn in this cell.
          if (b00 === HOLE || b10 === HOLE || b01 === HOLE || b11 === HOLE) continue;
          const v00 = values[row + i];
          const v10 = values[row + i + 1];
          const v01 = values[row + nx + i];
          const v11 = values[row + nx + i + 1];
          const first = Math.min(b00, b10, b01, b11);
          const end = Math.max(b00, b10, b01, b11);
          for (let k = first; k < end; k++) {
            const c = level[k];
            const index = (v00 > c ? 1 : 0) | (v10 > c ? 2 : 0) | (v11 > c ? 4 : 0) | (v01 > c ? 8 : 0);
            let edges = CASES[index];
            if (edges === null) {
              const centre = (v00 + v10 + v01 + v11) / 4;
              edges = SADDLES[index][centre > c ? 1 : 0];
            }
            const seg = out[k];
            for (let e = 0; e < edges.length; e += 2) {
              seg.reserve(4);
              pushPoint(seg, edges[e], i, j, c, v00, v10, v11, v01);
              pushPoint(seg, edges[e + 1], i, j, c, v00, v10, v11, v01);
            }
          }
        }
      }
    }
  }
  return out.map((seg) => seg.values());
}

/** The band of a vertex whose value is not finite (more levels than this are refused). */
const HOLE = 0xffff;

// The band array is scratch (nothing of it is returned), so one is kept for the largest grid
// seen rather than allocated per call: the level set through θ′ is contoured every frame.
let bandBuffer = new Uint16Array(0);
function bandScratch(length) {
  if (bandBuffer.length < length) bandBuffer = new Uint16Array(length);
  return bandBuffer;
}

// A growable Float64Array: numbers are appended without a JS array's boxing and growth checks
// per element; values() returns a copy of exactly the numbers written. contourSegments keeps
// its buffers in segmentPool, so that after the first surfaces they no longer grow.
const segmentPool = [];
class SegmentBuffer {
  constructor() {
    this.data = new Float64Array(256);
    this.length = 0;
  }

  reserve(count) {
    if (this.length + count <= this.data.length) return;
    const grown = new Float64Array(2 * Math.max(this.data.length, count));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  values() {
    return this.data.slice(0, this.length);
  }
}

// Appends the point where `level` crosses edge `edge` of cell (i, j), linearly interpolated
// (room for it was reserved).
function pushPoint(seg, edge, i, j, level, v00, v10, v11, v01) {
  const d = seg.data;
  const n = seg.length;
  switch (edge) {
    case 0:
      d[n] = i + (level - v00) / (v10 - v00);
      d[n + 1] = j;
      break;
    case 1:
      d[n] = i + 1;
      d[n + 1] = j + (level - v10) / (v11 - v10);
      break;
    case 2:
      d[n] = i + (level - v01) / (v11 - v01);
      d[n + 1] = j + 1;
      break;
    default:
      d[n] = i;
      d[n + 1] = j + (level - v00) / (v01 - v00);
  }
  seg.length = n + 2;
}
