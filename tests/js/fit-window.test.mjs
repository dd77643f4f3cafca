// The window a tour draws on a plot of another shape (www/tour/fit-window.js): widened about its
// centre, never cut, one unit as long along both axes.
//
// Run: node --test tests/js/fit-window.test.mjs
import test from "node:test";
import assert from "node:assert/strict";
import { containWindow } from "../../www/tour/fit-window.js";

const square = { x0: -2, x1: 2, y0: -2, y1: 2 };

test("a square window on a wide plot is widened along x, on a tall plot along y, about its centre", () => {
  assert.deepEqual(containWindow(square, 1.5), { x0: -3, x1: 3, y0: -2, y1: 2 });
  assert.deepEqual(containWindow(square, 0.5), { x0: -2, x1: 2, y0: -4, y1: 4 });
  assert.deepEqual(containWindow({ x0: 0, x1: 2, y0: 1, y1: 2 }, 1), { x0: 0, x1: 2, y0: 0.5, y1: 2.5 });
  for (const aspect of [0.3, 0.77, 1.33, 1.52, 4]) {
    const w = containWindow({ x0: -1.5, x1: 2.5, y0: -0.5, y1: 1.5 }, aspect);
    assert.ok(Math.abs((w.x1 - w.x0) / (w.y1 - w.y0) - aspect) < 1e-5, `${aspect}`);
    assert.ok(w.x0 <= -1.5 && w.x1 >= 2.5 && w.y0 <= -0.5 && w.y1 >= 1.5, "the step's window stays in view");
  }
});

test("the right shape, or no shape known, leaves the window as it is (the same object)", () => {
  assert.equal(containWindow(square, 1), square);
  for (const aspect of [0, -1, NaN, Infinity]) assert.equal(containWindow(square, aspect), square);
});

test("bounds are short numbers, fit for a link", () => {
  const w = containWindow(square, 778 / 521);
  assert.deepEqual(w, { x0: -2.98656, x1: 2.98656, y0: -2, y1: 2 });
});
