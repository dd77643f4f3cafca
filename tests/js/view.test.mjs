// The window ↔ pixel mapping (www/surface/view.js), with a zoom of the window (window.js).
import test from "node:test";
import assert from "node:assert/strict";
import { createView } from "../../www/surface/view.js";
import { zoomWindow, isValidWindow } from "../../www/surface/window.js";

test("view: window ↔ pixels round trip, y up", () => {
  const v = createView({ x0: -2, x1: 2, y0: -1, y1: 3 }, { left: 10, top: 20, width: 400, height: 200 });
  assert.equal(v.px(-2), 10);
  assert.equal(v.px(2), 410);
  assert.equal(v.py(3), 20); // top of the plot is the largest y
  assert.equal(v.py(-1), 220);
  assert.ok(Math.abs(v.x(v.px(0.7)) - 0.7) < 1e-12);
  assert.ok(Math.abs(v.y(v.py(0.3)) - 0.3) < 1e-12);
  assert.ok(v.contains(10, 20) && !v.contains(9, 20));
  const z = zoomWindow({ x0: -2, x1: 2, y0: -2, y1: 2 }, 0.5);
  assert.deepEqual(z, { x0: -1, x1: 1, y0: -1, y1: 1 });
  assert.ok(!isValidWindow({ x0: 1, x1: 1, y0: 0, y1: 1 }));
});
