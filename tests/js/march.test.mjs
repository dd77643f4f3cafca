// Marching squares over all levels in one pass (www/surface/contours/march.js), the blocks it
// skips (blocks.js) and where labels go (labels.js), against the plain code they replaced.
import test from "node:test";
import assert from "node:assert/strict";
import { contourSegments } from "../../www/surface/contours/march.js";
import { contourBlocks } from "../../www/surface/contours/blocks.js";
import { chainSegments } from "../../www/surface/contours/chain.js";
import { labelPlacements } from "../../www/surface/contours/labels.js";
import { colorScale, contourLevels } from "../../www/surface/levels.js";
import { testGrids } from "./test-grids.mjs";

// A cone: distance from (c, c), sampled on n × n; its contour at level r is a closed loop.
function cone(n, c) {
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[i + j * n] = Math.hypot(i - c, j - c);
  return values;
}

test("contours: all levels in one pass; points lie on the level; loops close", () => {
  const n = 41;
  const values = cone(n, 20);
  const levels = [5.5, 10.25, 15.5]; // never exactly a grid value: no degenerate corners
  const segs = contourSegments(values, n, n, levels);
  assert.equal(segs.length, 3);
  segs.forEach((seg, k) => {
    assert.ok(seg.length > 0 && seg.length % 4 === 0);
    // Every end point is on the circle of radius level (up to linear interpolation error).
    for (let s = 0; s < seg.length; s += 2) {
      const r = Math.hypot(seg[s] - 20, seg[s + 1] - 20);
      assert.ok(Math.abs(r - levels[k]) < 0.05, `level ${levels[k]}: r = ${r}`);
    }
    // A closed loop: every end point is shared by exactly two segments.
    const count = new Map();
    for (let s = 0; s < seg.length; s += 2) {
      const key = `${seg[s].toFixed(6)},${seg[s + 1].toFixed(6)}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
    for (const [key, c] of count) assert.equal(c, 2, `end point ${key} of level ${levels[k]}`);
  });
});

test("contours: saddle cells, holes, bad input", () => {
  // The lecture's saddle: L = (1 − xy)² at level 1 is the two axes (xy = 0) and xy = 2.
  const n = 21;
  const values = new Float64Array(n * n);
  const at = (i) => -2 + (4 * i) / (n - 1);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[i + j * n] = (1 - at(i) * at(j)) ** 2;
  const [seg] = contourSegments(values, n, n, [0.5]);
  assert.ok(seg.length > 0);
  // A NaN corner silences its cells only.
  values[10 + 10 * n] = NaN;
  const [withHole] = contourSegments(values, n, n, [0.5]);
  for (let s = 0; s < withHole.length; s += 2) {
    const near = Math.abs(withHole[s] - 10) < 1 && Math.abs(withHole[s + 1] - 10) < 1;
    assert.ok(!near || Number.isFinite(withHole[s]));
  }
  assert.throws(() => contourSegments(new Float64Array(3), 2, 2, [0]), /invalid size/);
  assert.throws(() => contourSegments(new Float64Array(4), 2, 2, [1, 1]), /increasing/);
  assert.throws(() => contourSegments(values, n, n, [0.5], contourBlocks(new Float64Array(9), 3, 3)), /another grid/);
  const labels = labelPlacements([seg], n, n, { margin: 1, minGap: 3 });
  assert.ok(labels.length >= 1 && labels.every((l) => l.level === 0));
});

// contourSegments as it was first written: level by level, cell by cell, into plain arrays.
// The banded single pass with typed output must give the same numbers in the same order.
const REFERENCE_CASES = [[], [3, 0], [0, 1], [3, 1], [1, 2], null, [0, 2], [3, 2], [2, 3], [0, 2], null, [1, 2], [3, 1], [0, 1], [3, 0], []];
const REFERENCE_SADDLES = { 5: [[3, 0, 1, 2], [0, 1, 2, 3]], 10: [[0, 1, 2, 3], [3, 0, 1, 2]] };
function referenceSegments(values, nx, ny, levels) {
  return levels.map((level) => {
    const seg = [];
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        const [v00, v10, v01, v11] = [values[i + j * nx], values[i + 1 + j * nx], values[i + (j + 1) * nx], values[i + 1 + (j + 1) * nx]];
        if (![v00, v10, v01, v11].every(Number.isFinite)) continue;
        const index = (v00 > level ? 1 : 0) | (v10 > level ? 2 : 0) | (v11 > level ? 4 : 0) | (v01 > level ? 8 : 0);
        const edges = REFERENCE_CASES[index] ?? REFERENCE_SADDLES[index][(v00 + v10 + v01 + v11) / 4 > level ? 1 : 0];
        for (const edge of edges) {
          if (edge === 0) seg.push(i + (level - v00) / (v10 - v00), j);
          else if (edge === 1) seg.push(i + 1, j + (level - v10) / (v11 - v10));
          else if (edge === 2) seg.push(i + (level - v01) / (v11 - v01), j + 1);
          else seg.push(i, j + (level - v00) / (v01 - v00));
        }
      }
    }
    return seg;
  });
}

// chainSegments as it was first written: end points matched through a Map keyed "x,y".
function referenceChain(seg) {
  const at = new Map();
  for (let e = 0; e < seg.length / 2; e++) {
    const key = `${seg[2 * e] + 0},${seg[2 * e + 1] + 0}`;
    if (!at.has(key)) at.set(key, []);
    at.get(key).push(e);
  }
  const used = new Uint8Array(seg.length / 4);
  const walk = (e, out) => {
    for (;;) {
      const candidate = at.get(`${seg[2 * e] + 0},${seg[2 * e + 1] + 0}`).find((c) => !used[c >> 1]);
      if (candidate === undefined) return;
      used[candidate >> 1] = 1;
      e = candidate ^ 1;
      out.push(seg[2 * e], seg[2 * e + 1]);
    }
  };
  const lines = [];
  for (let s = 0; s < seg.length / 4; s++) {
    if (used[s]) continue;
    used[s] = 1;
    const forward = Array.from(seg.slice(4 * s, 4 * s + 4));
    walk(2 * s + 1, forward);
    const backward = [];
    walk(2 * s, backward);
    const joined = [];
    for (let k = backward.length - 2; k >= 0; k -= 2) joined.push(backward[k], backward[k + 1]);
    lines.push(joined.concat(forward));
  }
  return lines;
}

test("contourSegments and chainSegments: typed output equals the reference's, number for number", () => {
  // 97: 96 cells a side, whole blocks; 53: 52 cells, a partial block at the top and right.
  for (const n of [97, 53]) for (const [name, values] of Object.entries(testGrids(n))) {
    const levels = contourLevels(colorScale(values));
    const blocks = contourBlocks(values, n, n);
    // Also a level exactly on sample values (ties at corners) and one level alone.
    for (const set of [levels, [levels[0]], [0, 1]]) {
      const fast = contourSegments(values, n, n, set);
      const ref = referenceSegments(values, n, n, set);
      // Skipping the blocks no level crosses changes nothing.
      const skipping = contourSegments(values, n, n, set, blocks);
      assert.deepEqual(skipping.map((seg) => Array.from(seg)), ref, `${name} ${n}: with blocks`);
      assert.equal(fast.length, set.length, name);
      fast.forEach((seg, k) => {
        assert.ok(seg instanceof Float64Array, `${name}: typed output`);
        assert.deepEqual(Array.from(seg), ref[k], `${name}: segments of level ${set[k]}`);
        const lines = chainSegments(seg);
        assert.ok(lines.every((line) => line instanceof Float64Array), `${name}: typed polylines`);
        assert.deepEqual(lines.map((line) => Array.from(line)), referenceChain(ref[k]), `${name}: polylines of level ${set[k]}`);
      });
    }
  }
});
