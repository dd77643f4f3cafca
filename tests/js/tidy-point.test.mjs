// Points with the fewest decimals that still say the same thing (www/analysis/tidy-point.js).
import test from "node:test";
import assert from "node:assert/strict";
import { fewestDecimals, tidyCritical, tidyPoint } from "../../www/analysis/tidy-point.js";

test("the fewest decimals from `from` to `to` that keep what the caller asks, −0 as 0; null if none does", () => {
  assert.deepEqual(fewestDecimals([0.123456, -0.0001], () => true), [0.12, 0]);
  assert.ok(Object.is(fewestDecimals([-0.0001], () => true)[0], 0), "no −0");
  assert.deepEqual(fewestDecimals([0.123456], (r) => Math.abs(r[0] - 0.123456) < 1e-4), [0.1235]);
  assert.deepEqual(fewestDecimals([2.4], () => true, { from: 0 }), [2]);
  assert.equal(fewestDecimals([1 / 3], () => false), null);
});

/** x² + y² − 1e-7·x: the minimum is at (5e-8, 0); a verdict on either side of it is the same. */
const BOWL = { analyze: ([x, y]) => ({ kind: Math.hypot(2 * x - 1e-7, 2 * y) <= 1e-9 ? "minimum" : "not_critical", refined: "minimum" }) };

test("a critical point is shown as tidy as its verdict allows, never tidier", () => {
  // (5e-8, 1.6e-58): rounding to 2 decimals gives (0, 0), where the gradient is 1e-7: not critical.
  const shown = tidyCritical(BOWL, [5e-8, 1.6e-58]);
  assert.equal(BOWL.analyze(shown).kind, "minimum");
  assert.deepEqual(shown, [5e-8, 0]);
  // A generated question's point loses only noise (below 1e-9, relative), however its verdict reads.
  const always = { analyze: () => ({ kind: "saddle" }) };
  assert.deepEqual(tidyPoint(always, [4.19e-17, 1.5], "saddle"), [0, 1.5]);
  assert.deepEqual(tidyPoint(always, [0.123456789, 1], "saddle"), [0.12345679, 1], "a change of 1e-9 at most");
  assert.deepEqual(tidyPoint(always, [0.25, 1], "minimum"), [0.25, 1], "the verdict must be kept");
});
