// The critical points as every view shows them (www/analysis/critical-points.js): the core's
// search merged, each point's marker shape, the legend's counts. The Loss is a stand-in with
// the methods the module calls.
import test from "node:test";
import assert from "node:assert/strict";
import { findCriticalPoints, mergeCritical, markerShape, criticalCounts } from "../../www/analysis/critical-points.js";

/** x² + y⁴ (a minimum the second-order test cannot decide), as a Loss would answer. */
const QUARTIC = {
  gradient: ([x, y]) => [2 * x, 4 * y ** 3],
  analyze: ([x, y]) => ({ value: x * x + y ** 4, kind: x === 0 && y === 0 ? "inconclusive" : "not_critical", refined: "minimum", eigenvalues: [0, 2] }),
};
const WIN = { x0: -2, x1: 2, y0: -2, y1: 2 };

test("near-duplicates become one point at the tidiest centre as critical as its members, analysed there", () => {
  const found = [
    { point: [1e-3, 2e-3], kind: "inconclusive", refined: "minimum", value: 1e-6 },
    { point: [-1e-3, 1e-3], kind: "inconclusive", refined: "minimum", value: 1e-6 },
    { point: [1.5, 1.5], kind: "saddle", refined: "saddle", value: 7 },
  ];
  const merged = mergeCritical(QUARTIC, found, WIN, 0, 1);
  assert.equal(merged.length, 2);
  assert.deepEqual(merged[0].point, [0, 0]);
  assert.deepEqual([merged[0].kind, merged[0].refined, merged[0].value], ["inconclusive", "minimum", 0]);
  assert.equal(merged[1], found[2], "a point alone is kept as the core gave it");
  // A valley is never merged.
  const valley = { point: [0, 1], curve: [[0, 1], [0, 1.001]], kind: "inconclusive", refined: "minimum" };
  assert.equal(mergeCritical(QUARTIC, [valley], WIN, 0, 1)[0], valley);
});

test("the search asks the core for the slice through θ′ over the axes within the window", () => {
  let asked = null;
  const loss = { ...QUARTIC, criticalPoints: (options) => ((asked = options), []) };
  assert.deepEqual(findCriticalPoints(loss, ["a", "b"], WIN, [0.5, 0.25, 3], 0, 1), []);
  assert.deepEqual(asked, { x: "a", y: "b", xRange: [-2, 2], yRange: [-2, 2], at: [0.5, 0.25, 3] });
});

test("a marker's shape is the verdict, or the refined one when the second-order test cannot decide", () => {
  assert.equal(markerShape({ kind: "saddle", refined: "saddle" }), "saddle");
  assert.equal(markerShape({ kind: "inconclusive", refined: "minimum" }), "minimum");
  assert.equal(markerShape({ kind: "inconclusive", refined: "unknown" }), "unknown");
  assert.equal(markerShape({ kind: "not_critical", refined: "not_critical" }), "unknown");
});

test("the legend counts each kind present, in the lecture's order", () => {
  const critical = [
    { kind: "saddle", refined: "saddle" },
    { kind: "minimum", refined: "minimum" },
    { curve: [[0, 0]], kind: "inconclusive", refined: "minimum" },
    { kind: "minimum", refined: "minimum" },
    { kind: "not_critical", refined: "not_critical" },
    { curve: [[0, 0]], kind: "inconclusive", refined: "unknown" },
  ];
  assert.deepEqual(criticalCounts(critical), [
    { kind: "valley_minimum", count: 1 },
    { kind: "valley_other", count: 1 },
    { kind: "minimum", count: 2 },
    { kind: "saddle", count: 1 },
    { kind: "slice", count: 1 },
  ]);
  assert.deepEqual(criticalCounts([]), []);
});
