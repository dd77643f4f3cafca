// The critical points as every view shows them (www/analysis/critical-points.js): the core's
// search as it comes (one entry per point: the page merges nothing), each point's marker
// shape, the legend's counts.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { Loss } from "../../www/pkg/hessian_explorer.js";
import { findCriticalPoints, markerShape, criticalCounts } from "../../www/analysis/critical-points.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

const WIN = { x0: -2, x1: 2, y0: -2, y1: 2 };

test("the search asks the core for the slice through θ′ over the axes within the window", () => {
  let asked = null;
  const loss = { criticalPoints: (options) => ((asked = options), []) };
  assert.deepEqual(findCriticalPoints(loss, ["a", "b"], WIN, [0.5, 0.25, 3]), []);
  assert.deepEqual(asked, { x: "a", y: "b", xRange: [-2, 2], yRange: [-2, 2], at: [0.5, 0.25, 3] });
});

test("a degenerate point is one entry at the point itself, so the page needs no merge of its own", () => {
  for (const [formula, kind, refined] of [
    ["x^2 + y^4", "inconclusive", "minimum"],
    ["x^3 - 3 x y^2", "inconclusive", "saddle"],
  ]) {
    const loss = new Loss(formula);
    const found = findCriticalPoints(loss, ["x", "y"], { x0: -1.5, x1: 1.5, y0: -1.5, y1: 1.5 }, [0, 0]);
    loss.free();
    assert.equal(found.length, 1, `${formula}: ${JSON.stringify(found.map((c) => c.point))}`);
    assert.deepEqual([found[0].point, found[0].kind, found[0].refined], [[0, 0], kind, refined], formula);
  }
});

test("a marker's shape is the verdict, or the refined one when the second-order test cannot decide", () => {
  assert.equal(markerShape({ kind: "saddle", refined: "saddle" }), "saddle");
  assert.equal(markerShape({ kind: "inconclusive", refined: "minimum" }), "minimum");
  assert.equal(markerShape({ kind: "inconclusive", refined: "unknown" }), "unknown");
  assert.equal(markerShape({ kind: "not_critical", refined: "not_critical" }), "unknown");
});

test("the legend counts each kind present, in the lecture's order; a flat region is its own entry", () => {
  const critical = [
    { kind: "saddle", refined: "saddle" },
    { kind: "minimum", refined: "minimum" },
    { curve: [[0, 0]], kind: "inconclusive", refined: "minimum" },
    { kind: "minimum", refined: "minimum" },
    { kind: "not_critical", refined: "not_critical" },
    { curve: [[0, 0]], kind: "inconclusive", refined: "unknown" },
    { point: [-1, -1], region: true, kind: "inconclusive", refined: "minimum" },
  ];
  assert.deepEqual(criticalCounts(critical), [
    { kind: "valley_minimum", count: 1 },
    { kind: "valley_other", count: 1 },
    { kind: "region", count: 1 },
    { kind: "minimum", count: 2 },
    { kind: "saddle", count: 1 },
    { kind: "slice", count: 1 },
  ]);
  assert.deepEqual(criticalCounts([]), []);
});
