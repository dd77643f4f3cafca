// Contour segments joined into polylines (www/surface/contours/chain.js).
import test from "node:test";
import assert from "node:assert/strict";
import { contourSegments } from "../../www/surface/contours/march.js";
import { chainSegments } from "../../www/surface/contours/chain.js";

test("chainSegments: a closed contour becomes one polyline back to its start", () => {
  const n = 41;
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[i + j * n] = Math.hypot(i - 20, j - 20);
  const [seg] = contourSegments(values, n, n, [7.5]);
  const lines = chainSegments(seg);
  assert.equal(lines.length, 1);
  const line = lines[0];
  assert.equal(line.length, seg.length / 2 + 2); // every segment once, plus the closing point
  assert.deepEqual(Array.from(line.slice(0, 2)), Array.from(line.slice(-2)));
  // Two separate branches stay two polylines.
  const open = [0, 0, 1, 0, 1, 0, 2, 1, 5, 5, 6, 6];
  assert.deepEqual(chainSegments(open).map((l) => Array.from(l)), [[0, 0, 1, 0, 2, 1], [5, 5, 6, 6]]);
});
