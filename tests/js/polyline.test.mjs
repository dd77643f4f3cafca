// Contour polylines from grid units to pixels (www/surface/contours/polyline.js).
import test from "node:test";
import assert from "node:assert/strict";
import { pixelPolyline, gridToPixels } from "../../www/surface/contours/polyline.js";

test("pixelPolyline: maps to pixels, drops points closer than the tolerance, keeps both ends", () => {
  // A 6 × 51 grid over a 10 × 100 px rectangle at (10, 0): x = 10 + 2i, y = 100 − 2j.
  const toPixels = gridToPixels({ left: 10, top: 0, width: 10, height: 100 }, 6, 51);
  assert.deepEqual(toPixels, { x0: 10, sx: 2, y0: 100, sy: -2 });
  // Steps of 0.2 grid units = 0.4 px along x: with a 1 px tolerance every third point stays.
  const line = [];
  for (let k = 0; k <= 10; k++) line.push(0.2 * k, 1);
  const p = pixelPolyline(line, toPixels, 1);
  assert.ok(p instanceof Float64Array);
  assert.deepEqual(Array.from(p.slice(0, 2)), [10, 98]);
  assert.deepEqual(Array.from(p.slice(-2)), [14, 98]); // the last point, even if close
  for (let k = 2; k < p.length - 2; k += 2) assert.ok(Math.hypot(p[k] - p[k - 2], p[k + 1] - p[k - 1]) >= 1);
  assert.equal(p.length, 2 * 5); // x = 10, 11.2, 12.4, 13.6, 14
  // A tolerance of 0 keeps every point.
  assert.equal(pixelPolyline(line, toPixels, 0).length, line.length);
  // Into a given buffer: the same points, in a view of it; a buffer too short is not used.
  const into = new Float64Array(64).fill(-1);
  const q = pixelPolyline(line, toPixels, 1, into);
  assert.equal(q.buffer, into.buffer);
  assert.deepEqual(Array.from(q), Array.from(p));
  const short = new Float64Array(4);
  assert.notEqual(pixelPolyline(line, toPixels, 1, short).buffer, short.buffer);
});
