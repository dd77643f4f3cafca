// Moving the window (www/surface/window.js): zoom, centre, pan, pinch, wheel, fit.
import test from "node:test";
import assert from "node:assert/strict";
import { MIN_SPAN, MAX_SPAN, isValidWindow, zoomWindow, centerWindow, panWindow, pinchWindow, fitWindow, wheelFactor, fitCriticalWindow } from "../../www/surface/window.js";
import { createView } from "../../www/surface/view.js";

const W = Object.freeze({ x0: -2, x1: 2, y0: -2, y1: 2 });
/** W over a 400 px square: 100 px per parameter unit, (0, 0) at pixel (200, 200). */
const VIEW = createView(W, { left: 0, top: 0, width: 400, height: 400 });

test("a usable window is finite and increasing, with extents within [MIN_SPAN, MAX_SPAN]", () => {
  assert.ok(isValidWindow(W));
  assert.ok(!isValidWindow({ x0: 0, x1: MIN_SPAN / 2, y0: 0, y1: 1 }));
  assert.ok(!isValidWindow({ x0: 0, x1: 2 * MAX_SPAN, y0: 0, y1: 1 }));
  assert.ok(!isValidWindow({ x0: 0, x1: NaN, y0: 0, y1: 1 }));
  assert.ok(!isValidWindow({ x0: 1, x1: 0, y0: 0, y1: 1 }));
  assert.ok(!isValidWindow(null));
});

test("zoom keeps its point, centre keeps the size; bounds stay tidy; an unusable result is refused", () => {
  assert.deepEqual(zoomWindow(W, 0.5, 1, 1), { x0: -0.5, x1: 1.5, y0: -0.5, y1: 1.5 });
  assert.deepEqual(centerWindow(W, 1, -1), { x0: -1, x1: 3, y0: -3, y1: 1 });
  assert.equal(zoomWindow(W, 1e-12), W);
  assert.equal(centerWindow(W, Infinity, 0), W);
  // In and out again, ten times: no 1.9999999999999998 creeps into the bounds (and the URL).
  let w = W;
  for (let k = 0; k < 10; k++) w = zoomWindow(zoomWindow(w, 1 / 1.5), 1.5);
  assert.deepEqual(w, W);
});

test("a drag pans the content with the pointer; a pinch keeps the point under the fingers", () => {
  // Dragged 100 px right and 100 px down: the window moves one unit left and one unit up.
  assert.deepEqual(panWindow(W, VIEW, 100, 100), { x0: -3, x1: 1, y0: -1, y1: 3 });
  // Fingers 100 px apart at pixel (300, 100), the point (1, 1), spread to 200 px: twice the zoom.
  const pinched = pinchWindow(W, VIEW, 100, 300, 100, 200, 300, 100);
  assert.deepEqual(pinched, { x0: -0.5, x1: 1.5, y0: -0.5, y1: 1.5 });
  const after = createView(pinched, VIEW.rect);
  assert.deepEqual([after.px(1), after.py(1)], [300, 100]);
  assert.equal(pinchWindow(W, VIEW, 0, 0, 0, 100, 0, 0), W, "no distance, no pinch");
});

test("the wheel: a pixel, a line (16 px) or a page (400 px) of scroll, clamped to ±200 px", () => {
  assert.equal(wheelFactor({ deltaMode: 0, deltaY: 100 }), Math.exp(100 * 0.0018));
  assert.equal(wheelFactor({ deltaMode: 1, deltaY: 3 }), Math.exp(48 * 0.0018));
  assert.equal(wheelFactor({ deltaMode: 2, deltaY: 1 }), Math.exp(200 * 0.0018));
  assert.equal(wheelFactor({ deltaMode: 0, deltaY: -1e6 }), Math.exp(-200 * 0.0018));
  assert.ok(wheelFactor({ deltaMode: 0, deltaY: 10 }) > 1, "scrolling down zooms out");
});

test("fit: a square around the points with a margin, at least one unit wide, centred tidily", () => {
  assert.deepEqual(fitWindow([[0, 0], [2, 1]]), { x0: -0.7, x1: 2.7, y0: -1.2, y1: 2.2 });
  // A point found a hair off 0 still gives a window centred on 0.
  assert.deepEqual(fitWindow([[1e-6, -3e-7]]), { x0: -0.5, x1: 0.5, y0: -0.5, y1: 0.5 });
  assert.equal(fitWindow([]), null);
  assert.equal(fitWindow([[NaN, 1]]), null);
  // θ′ and the critical points the core finds around the window and the page's default one.
  const asked = [];
  const criticalPoints = (win) => {
    asked.push(win);
    return [{ point: [3, 3] }, { point: [-1, 0] }];
  };
  assert.deepEqual(fitCriticalWindow(criticalPoints, [0, 0], 0, 1, W, W), { x0: -2.4, x1: 4.4, y0: -1.9, y1: 4.9 });
  assert.deepEqual(asked, [{ x0: -6, x1: 6, y0: -6, y1: 6 }], "three times as wide as the region it starts from");
});
