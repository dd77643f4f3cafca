// Axis ticks at nice numbers (www/surface/ticks.js).
import test from "node:test";
import assert from "node:assert/strict";
import { niceTicks, formatTick } from "../../www/surface/ticks.js";

const M = "\u2212"; // the minus sign the page prints

test("niceTicks: steps of 1, 2, 5 × 10ⁿ, exact labels", () => {
  assert.deepEqual(niceTicks(-2, 2, 5).values, [-2, -1, 0, 1, 2]);
  const { values, step } = niceTicks(0, 1, 5);
  assert.equal(step, 0.2);
  assert.deepEqual(values, [0, 0.2, 0.4, 0.6, 0.8, 1]);
  assert.deepEqual(niceTicks(1, 1, 5).values, []);
  assert.equal(formatTick(-0.5, 0.5), `${M}0.5`);
  assert.equal(formatTick(-0, 1), "0");
  assert.equal(formatTick(0.30000000000000004, 0.1), "0.3");
});
