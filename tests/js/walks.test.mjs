// The optimizer card's readings of a path (www/analysis/walks.js): the walk down along u from
// a saddle ends at a tidy θ′, and only the short steps on the way count as a crawl, not the
// short steps of arriving.
import test from "node:test";
import assert from "node:assert/strict";
import { walkDown, crawlSteps } from "../../www/analysis/walks.js";

/** The lecture's loss (1 − w₁w₂)² as a Loss would answer value(). */
const LECTURE = { value: ([a, b]) => (1 - a * b) ** 2 };

test("escape along u from the lecture's saddle: the loss falls at every step, and θ′ ends at a tidy number", () => {
  const u = [Math.SQRT1_2, Math.SQRT1_2];
  const walk = walkDown(LECTURE, [0, 0], u, 1, 4);
  assert.ok(walk.points.length > 10);
  walk.values.slice(1).forEach((v, k) => assert.ok(v < walk.values[k], `falls at step ${k + 1}`));
  const end = walk.points.at(-1);
  for (const c of end) assert.ok(String(c).length <= 5, `tidy: ${c}`); // e.g. 1.018, not 1.0182337649086284
  assert.equal(walk.values.at(-1), LECTURE.value(end), "the value is the tidied point's");
  assert.ok(Math.abs(end[0] * end[1] - 1) < 0.05, `near the valley: ${end}`);
  assert.equal(walkDown(LECTURE, [1, 1], u, 0, 4), null, "no way down from a minimum");
});

test("a crawl is short steps on the way, not the short steps of arriving", () => {
  // Ten long steps, then twenty that shrink as the run converges at (1, 0).
  const arriving = [];
  let x = 0;
  for (let k = 0; k < 10; k++) arriving.push([(x += 0.09), 0]);
  for (let k = 0; k < 20; k++) arriving.push([(x += (1 - x) / 2), 0]);
  assert.equal(crawlSteps(arriving, 0.008, 0.08), 0, "a momentum run's last steps are arriving");
  // Twelve tiny steps near the start (beside a saddle), then long ones away.
  const crawling = [[0, 0]];
  for (let k = 1; k <= 12; k++) crawling.push([0.0005 * k, 0]);
  for (let k = 1; k <= 10; k++) crawling.push([0.006 + 0.1 * k, 0]);
  assert.equal(crawlSteps(crawling, 0.008, 0.08), 12);
});
