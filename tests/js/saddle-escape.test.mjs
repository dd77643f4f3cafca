// Leaving a saddle (www/analysis/saddle-escape.js), with the real core: the walk along u while
// the loss falls, the start a hair away from the saddle, the crawl counted.
//
// Run: node --test tests/js/saddle-escape.test.mjs (needs www/pkg, no browser).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { Loss } from "../../www/pkg/hessian_explorer.js";
import { canEscape, escapeWalk, nudgedTheta, crawlSteps, windowSpan } from "../../www/analysis/saddle-escape.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

const lecture = new Loss("(y - w1*w2*x)^2", { data: { x: [1], y: [1] } });
const win = { x0: -2, x1: 2, y0: -2, y1: 2 };

test("only a saddle with a way out can be escaped", () => {
  assert.equal(canEscape(lecture.analyze([0, 0])), true);
  assert.equal(canEscape(lecture.analyze([1, 1])), false, "a valley point: a minimum");
  assert.equal(canEscape(lecture.analyze([0.5, -0.5])), false, "not a critical point");
  assert.equal(canEscape(null), false);
  assert.equal(escapeWalk(lecture, lecture.analyze([1, 1]), [1, 1], win), null);
});

test("the walk along u: equal steps of 2 % of the window while the loss falls, then it stops", () => {
  const walk = escapeWalk(lecture, lecture.analyze([0, 0]), [0, 0], win);
  const step = 0.02 * windowSpan(win);
  assert.deepEqual(walk.points[0], [0, 0]);
  walk.points.slice(0, -1).forEach((p, k) => {
    assert.ok(Math.abs(p[0] - p[1]) < 1e-12, "along u = (1, 1)/√2");
    assert.ok(Math.abs(Math.hypot(...p) - k * step) < 1e-9);
  });
  // The end is rounded to a tidy number (1.018, not 1.0182337649086284), still below θ′'s loss.
  const end = walk.points.at(-1);
  for (const c of end) assert.ok(String(c).length <= 5, `tidy: ${c}`);
  assert.equal(walk.values.at(-1), lecture.value(end), "the value is the tidied point's");
  assert.ok(Math.abs(Math.hypot(...end) - (walk.points.length - 1) * step) < 0.002, "the tidy end is next to the last step");
  for (let k = 1; k < walk.values.length; k++) assert.ok(walk.values[k] < walk.values[k - 1], "the loss falls at every step");
  const past = walk.points.at(-2).map((v) => v + 2 * step * Math.SQRT1_2);
  assert.ok(!(lecture.value(past) < walk.values.at(-1)), "one more step would not lower it: the valley");
  assert.ok(Math.abs(walk.distance - step * (walk.points.length - 1)) < 1e-12);
});

test("a hair away from the saddle, and the crawl of gradient descent from there", () => {
  assert.deepEqual(nudgedTheta([0, 0], win, 0, 1), [0.001, 0.0005]);
  assert.deepEqual(nudgedTheta([0, 0, 3], win, 2, 0), [0.0005, 0, 3.001]);
  const run = lecture.trajectory(nudgedTheta([0, 0], win, 0, 1), { method: "gd", learningRate: 0.1, steps: 300 });
  const crawl = crawlSteps(run.points, win);
  assert.ok(crawl >= 20, `gradient descent crawls next to the saddle (${crawl} short steps)`);
});

test("a crawl is short steps on the way, not the short steps of arriving", () => {
  // Ten long steps, then twenty that shrink as the run converges at (1, 0).
  const arriving = [];
  let x = 0;
  for (let k = 0; k < 10; k++) arriving.push([(x += 0.09), 0]);
  for (let k = 0; k < 20; k++) arriving.push([(x += (1 - x) / 2), 0]);
  assert.equal(crawlSteps(arriving, win), 0, "a momentum run's last steps are arriving");
  // Twelve tiny steps near the start (beside a saddle), then long ones away.
  const crawling = [[0, 0]];
  for (let k = 1; k <= 12; k++) crawling.push([0.0005 * k, 0]);
  for (let k = 1; k <= 10; k++) crawling.push([0.006 + 0.1 * k, 0]);
  assert.equal(crawlSteps(crawling, win), 12);
});
