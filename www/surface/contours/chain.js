// Contour segments joined into polylines. Pure.

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
