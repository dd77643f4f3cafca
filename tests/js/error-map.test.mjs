// The error map's scale (www/marks/error-map.js): its top is a short number.
import test from "node:test";
import assert from "node:assert/strict";
import { roundUp } from "../../www/marks/error-map.js";

test("the scale's top: the short number (1, 2 or 5 × 10ⁿ) at or above the 90th percentile", () => {
  assert.equal(roundUp(0.7), 1);
  assert.equal(roundUp(1), 1);
  assert.equal(roundUp(1.2), 2);
  assert.equal(roundUp(3), 5);
  assert.equal(roundUp(6), 10);
  assert.equal(roundUp(0.0042), 0.005);
  assert.equal(roundUp(0), 1e-6, "a positive top even when q is exact everywhere");
  assert.equal(roundUp(NaN), 1e-6);
});
