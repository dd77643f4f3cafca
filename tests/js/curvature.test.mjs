// How the loss curves along a direction (www/analysis/curvature.js).
import test from "node:test";
import assert from "node:assert/strict";
import { curvature, curvatureSign, eigenSign } from "../../www/analysis/curvature.js";

/** The lecture's Hessian at the saddle. */
const H = [
  [0, -2],
  [-2, 0],
];

test("vᵀHv: −2 along the way out (1, 1)/√2, +2 across it, 0 along an axis", () => {
  const s = Math.SQRT1_2;
  assert.ok(Math.abs(curvature(H, [s, s]) + 2) < 1e-12);
  assert.ok(Math.abs(curvature(H, [s, -s]) - 2) < 1e-12);
  assert.equal(curvature(H, [1, 0]), 0);
});

test("its sign: flat within a relative 10⁻⁹ of the largest |λ|", () => {
  assert.equal(curvatureSign(-2, 2), "down");
  assert.equal(curvatureSign(2, 2), "up");
  assert.equal(curvatureSign(1e-10, 2), "flat");
  assert.equal(curvatureSign(1e-6, 1e6), "flat");
});

test("an eigenvalue's sign, by the analysis' own zero threshold (null: only an exact 0)", () => {
  assert.equal(eigenSign(-2, 1e-9), "negative");
  assert.equal(eigenSign(2, null), "positive");
  assert.equal(eigenSign(1e-12, 1e-9), "zero");
  assert.equal(eigenSign(1e-12, null), "positive");
  assert.equal(eigenSign(0, null), "zero");
});
