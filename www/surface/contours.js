// Contour lines by marching squares: ALL levels in ONE pass over the grid. Pure.
//
// Grid layout (as the core's `grid` returns it, and as d3-contour documents its own):
// values[i + j*nx], i along x (0 … nx−1), j along y (0 … ny−1). Output coordinates are in
// grid units: (i, j) with fractions, so the caller maps them to pixels with its own view.
//
// Each cell is visited once. Its four corners give a [min, max] range; only the levels inside
// that range can cross it (found by binary search in the sorted levels), so the cost is one
// pass plus the segments actually produced, not one pass per level.

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

/**
 * Cells per side of a block in contourBlocks. Measured on 512² grids: 8 skips more than 16
 * (lecture 1.3 → 1.0 ms for all levels, the ripples 2.6 → 2.4) for +0.07 ms of block ranges.
 */
const BLOCK = 8;

/**
 * The range of `values` (nx × ny) over each block of BLOCK × BLOCK cells (corners included),
 * for contourSegments: { nx, ny, min, max } with min/max indexed bi + bj·⌈(nx−1)/BLOCK⌉.
 * NaN is ignored (a hole draws nothing anyway); ±Infinity widens the range, which only makes
 * a block visited when it need not be. Compute it once per grid, pass it with every level set.
 */
export function contourBlocks(values, nx, ny) {
  const bx = Math.ceil((nx - 1) / BLOCK);
  const by = Math.ceil((ny - 1) / BLOCK);
  const min = new Float64Array(bx * by);
  const max = new Float64Array(bx * by);
  for (let bj = 0; bj < by; bj++) {
    const j0 = bj * BLOCK;
    const j1 = Math.min(j0 + BLOCK, ny - 1);
    for (let bi = 0; bi < bx; bi++) {
      const i0 = bi * BLOCK;
      const i1 = Math.min(i0 + BLOCK, nx - 1);
      let lo = Infinity;
      let hi = -Infinity;
      for (let j = j0; j <= j1; j++) {
        for (let k = j * nx + i0, kEnd = j * nx + i1; k <= kEnd; k++) {
          const v = values[k];
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
      }
      min[bi + bj * bx] = lo;
      max[bi + bj * bx] = hi;
    }
  }
  return { nx, ny, min, max };
}

// Which blocks some level crosses: level k can cross a cell only if min ≤ level_k < max over
// its corners, so a block is visited when some level lies in [min, max) of the block. Without
// blocks, every block is visited.
function activeBlocks(blocks, bx, by, level) {
  const active = new Uint8Array(bx * by);
  if (!blocks) return active.fill(1);
  for (let k = 0; k < bx * by; k++) {
    const lo = blocks.min[k];
    const hi = blocks.max[k];
    // The first level ≥ lo, then whether it is < hi.
    let a = 0;
    let z = level.length;
    while (a < z) {
      const mid = (a + z) >>> 1;
      if (level[mid] < lo) a = mid + 1;
      else z = mid;
    }
    active[k] = a < level.length && level[a] < hi ? 1 : 0;
  }
  return active;
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

/**
 * Where to write each level's label: for every level, up to `perLevel` segment midpoints
 * (grid units, with the segment's direction dx, dy in grid units: the caller turns it into
 * an upright angle in its own pixel space), at least `minGap` grid units from each other and
 * from labels already placed, and at least `margin` grid units inside the grid. Longer
 * segments are preferred (a label on a tiny wiggle reads badly). Returns
 * [{ level: k, x, y, dx, dy }].
 */
export function labelPlacements(segments, nx, ny, { perLevel = 2, minGap = 40, margin = 12 } = {}) {
  const placed = [];
  const far = (x, y) => placed.every((p) => (p.x - x) ** 2 + (p.y - y) ** 2 >= minGap * minGap);
  segments.forEach((seg, k) => {
    // Candidates spread evenly along the level's segments (about 24 of them): deterministic,
    // so labels do not jump between redraws of the same surface.
    const candidates = [];
    const stride = 4 * Math.max(1, Math.floor(seg.length / 4 / 24));
    for (let s = 0; s + 3 < seg.length; s += stride) {
      const [x1, y1, x2, y2] = [seg[s], seg[s + 1], seg[s + 2], seg[s + 3]];
      const x = (x1 + x2) / 2;
      const y = (y1 + y2) / 2;
      if (x < margin || y < margin || x > nx - 1 - margin || y > ny - 1 - margin) continue;
      candidates.push({ x, y, dx: x2 - x1, dy: y2 - y1, length: Math.hypot(x2 - x1, y2 - y1) });
    }
    candidates.sort((a, b) => b.length - a.length);
    let count = 0;
    for (const c of candidates) {
      if (count >= perLevel) break;
      if (!far(c.x, c.y)) continue;
      placed.push({ level: k, x: c.x, y: c.y, dx: c.dx, dy: c.dy });
      count++;
    }
  });
  return placed;
}

/**
 * Joins segments [x1, y1, x2, y2, …] that share end points into polylines, each a
 * Float64Array [x, y, x, y, …], so that strokes get proper joins and dash patterns run on.
 * Adjacent cells compute a shared edge's crossing from the same two values, so shared end
 * points are bit-identical and can be matched exactly.
 *
 * End points are matched through an open-addressing hash table on the two coordinates
 * (exact equality, as a Map keyed by "x,y" would, but without a string per point: on a
 * 512² grid that Map took most of the contour time).
 */
export function chainSegments(seg) {
  const count = seg.length >> 2;
  const ends = 2 * count; // end point e belongs to segment e >> 1; its partner is e ^ 1
  // Distinct points, and for each the end points at it in insertion order (a linked list).
  let capacity = 16;
  while (capacity < 2 * ends) capacity *= 2;
  const { slots, head, tail, next, pointOf, pointX, pointY, used, scratch } = chainScratch(capacity, ends);
  slots.fill(-1, 0, capacity); // → point index
  next.fill(-1, 0, ends); // next end point at the same point
  used.fill(0, 0, count);
  let points = 0;
  // End point e is at point p: a new point, or one more end point at an old one.
  const addEnd = (e, p) => {
    if (p === points) {
      head[points] = e;
      tail[points] = e;
      points++;
    } else {
      next[tail[p]] = e;
      tail[p] = e;
    }
    pointOf[e] = p;
  };
  const shift = 32 - Math.log2(capacity);
  for (let e = 0; e < ends; e++) {
    const x = seg[2 * e] + 0; // + 0: −0 and 0 are one point, as in a "x,y" key
    const y = seg[2 * e + 1] + 0;
    // A multiplicative hash of the coordinates in sixteenths: cheap, and equal points get
    // equal hashes; the points that share one (a cell edge holds a few) are told apart by
    // exact comparison.
    let h = (Math.imul((x * 16) | 0, 0x9e3779b1) ^ Math.imul((y * 16) | 0, 0x85ebca6b)) >>> shift;
    for (;;) {
      const p = slots[h];
      if (p === -1) {
        slots[h] = points;
        pointX[points] = x;
        pointY[points] = y;
        addEnd(e, points);
        break;
      }
      if (pointX[p] === x && pointY[p] === y) {
        addEnd(e, p);
        break;
      }
      h = (h + 1) & (capacity - 1);
    }
  }
  const lines = [];
  // A polyline is assembled in `scratch` around `middle`: the walk forward from the start
  // segment writes upward from there, the walk backward writes downward (a line has at most
  // count + 1 points each way), so no array is grown, reversed or concatenated.
  const middle = 2 * count + 2;
  for (let s = 0; s < count; s++) {
    if (used[s]) continue;
    used[s] = 1;
    scratch[middle] = seg[4 * s];
    scratch[middle + 1] = seg[4 * s + 1];
    scratch[middle + 2] = seg[4 * s + 2];
    scratch[middle + 3] = seg[4 * s + 3];
    let top = middle + 4;
    let bottom = middle;
    // Walks on from end point `e` (just reached) through unused segments.
    for (let e = 2 * s + 1; ; ) {
      e = nextEnd(e, head, next, pointOf, used);
      if (e === -1) break;
      scratch[top++] = seg[2 * e];
      scratch[top++] = seg[2 * e + 1];
    }
    for (let e = 2 * s; ; ) {
      e = nextEnd(e, head, next, pointOf, used);
      if (e === -1) break;
      scratch[--bottom] = seg[2 * e + 1];
      scratch[--bottom] = seg[2 * e];
    }
    lines.push(scratch.slice(bottom, top));
  }
  return lines;
}

// chainSegments' working arrays, kept between calls and grown when a call needs more (every
// level of every surface is chained: allocating them each time cost more than filling them).
let chainArrays = null;
function chainScratch(capacity, ends) {
  if (!chainArrays || chainArrays.slots.length < capacity || chainArrays.head.length < ends) {
    // Never smaller than before, so calls of alternating sizes do not reallocate each time.
    const n = Math.max(ends, 1024, chainArrays?.head.length ?? 0);
    chainArrays = {
      slots: new Int32Array(Math.max(capacity, 2048, chainArrays?.slots.length ?? 0)),
      head: new Int32Array(n),
      tail: new Int32Array(n),
      next: new Int32Array(n),
      pointOf: new Int32Array(n),
      pointX: new Float64Array(n),
      pointY: new Float64Array(n),
      used: new Uint8Array(n), // per segment: ends / 2 needed
      scratch: new Float64Array(2 * n + 8), // 2·(2·count + 2) = 2·ends + 4 needed
    };
  }
  return chainArrays;
}

// From end point `e`, just reached: the first unused segment at the same point is marked
// used, and its other end is returned (−1 if none is left).
function nextEnd(e, head, next, pointOf, used) {
  let candidate = head[pointOf[e]];
  while (candidate !== -1 && used[candidate >> 1]) candidate = next[candidate];
  if (candidate === -1) return -1;
  used[candidate >> 1] = 1;
  return candidate ^ 1;
}

/**
 * A polyline [i, j, i, j, …] in grid units mapped to pixels by x = x0 + i·sx, y = y0 + j·sy,
 * dropping every point within `tolerance` px of the last point kept (the first and last
 * points are always kept). A 512² grid gives ~1 px segments; points closer than a device
 * pixel cost raster time (and dash computation) without changing a pixel. Returns a
 * Float64Array [x, y, x, y, …]: a new one, or a view of `into` when it is given and long
 * enough (for a caller that uses the points at once and then draws the next line, no array
 * per line). The map is four numbers, not two functions: a call per point cost more than the
 * rest of the loop.
 */
export function pixelPolyline(line, { x0, sx, y0, sy }, tolerance, into = null) {
  const out = into && into.length >= line.length ? into : new Float64Array(line.length);
  let lx = x0 + line[0] * sx;
  let ly = y0 + line[1] * sy;
  out[0] = lx;
  out[1] = ly;
  let n = 2;
  const last = line.length - 2;
  const t2 = tolerance * tolerance;
  for (let s = 2; s <= last; s += 2) {
    const x = x0 + line[s] * sx;
    const y = y0 + line[s + 1] * sy;
    if (s < last && (x - lx) * (x - lx) + (y - ly) * (y - ly) < t2) continue;
    out[n++] = x;
    out[n++] = y;
    lx = x;
    ly = y;
  }
  return out.subarray(0, n);
}

/**
 * The map from grid units (i, j) to pixels for pixelPolyline: sample (0, 0) at the bottom
 * left corner of `rect`, sample (nx − 1, ny − 1) at its top right (y grows downwards).
 */
export function gridToPixels(rect, nx, ny) {
  return { x0: rect.left, sx: rect.width / (nx - 1), y0: rect.top + rect.height, sy: -rect.height / (ny - 1) };
}
