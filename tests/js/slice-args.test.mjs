// The arguments of the core's calls over a plane slice (www/core/slice-args.js).
import test from "node:test";
import assert from "node:assert/strict";
import { sliceArgs, gridArgs, windowOf } from "../../www/core/slice-args.js";

test("a slice: the axes, the window's ranges, θ′ for the rest; a grid adds its size", () => {
  const win = { x0: -1, x1: 2, y0: -3, y1: 4 };
  assert.deepEqual(sliceArgs(["a", "c"], win, [1, 2, 3]), { x: "a", y: "c", xRange: [-1, 2], yRange: [-3, 4], at: [1, 2, 3] });
  assert.deepEqual(gridArgs(["a", "c"], win, [1, 2, 3], 64), { x: "a", y: "c", xRange: [-1, 2], yRange: [-3, 4], at: [1, 2, 3], nx: 64, ny: 64 });
  assert.deepEqual(windowOf([-1, 2], [-3, 4]), win);
});
