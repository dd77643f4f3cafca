// The 3-D view's height range (www/views/height-range.js): L itself, cut at a round value
// only where the surface runs far off, with round ends and linear ticks.
import test from "node:test";
import assert from "node:assert/strict";
import { heightRange } from "../../www/views/height-range.js";

/** f over [−r, r]² sampled n × n, row by row. */
function grid(f, r = 2, n = 64) {
  const values = [];
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values.push(f(-r + (2 * r * i) / (n - 1), -r + (2 * r * j) / (n - 1)));
  return values;
}

test("the lecture's window runs off to 25 in its corners: the box stops at 5, and says it cuts", () => {
  const range = heightRange(grid((x, y) => (1 - x * y) ** 2));
  assert.deepEqual([range.lo, range.hi, range.cutLow, range.cutHigh], [0, 5, false, true]);
  assert.deepEqual(range.ticks.values, [0, 1, 2, 3, 4, 5]);
});

test("a surface that does not run off keeps its whole range, at round ends; a flat one gets a band", () => {
  const saddle = heightRange(grid((x, y) => x * x - y * y));
  assert.deepEqual([saddle.lo, saddle.hi, saddle.cutLow, saddle.cutHigh], [-4, 4, false, false]);
  const flat = heightRange(grid(() => 3));
  assert.ok(flat.lo < 3 && flat.hi > 3 && !flat.cutHigh && !flat.cutLow, JSON.stringify(flat));
  assert.equal(heightRange([NaN, Infinity]), null);
});

test("a surface that plunges far below the rest is cut from below", () => {
  const range = heightRange(grid((x, y) => -Math.exp(3 * (x + y))));
  assert.equal(range.cutLow, true);
  assert.equal(range.cutHigh, false);
  assert.ok(range.lo > -Math.exp(12), `${range.lo}`);
});
