// The quadratic Taylor model around θ′ (www/analysis/quadratic-model.js).
import test from "node:test";
import assert from "node:assert/strict";
import { quadraticModel, modelGrid } from "../../www/analysis/quadratic-model.js";

// L = (1 − w₁w₂)² at θ′ = (1, 2): L = 1, g = (4, 2), H = [[8, 6], [6, 2]].
const A = { value: 1, gradient: [4, 2], hessian: [[8, 6], [6, 2]] };

test("q(θ′ + d) = L + dᵀg + ½ dᵀHd, with the ½", () => {
  const q = quadraticModel(A, 0, 1);
  assert.equal(q(0, 0), 1);
  assert.equal(q(1, 0), 1 + 4 + 0.5 * 8);
  assert.equal(q(0, 1), 1 + 2 + 0.5 * 2);
  assert.equal(q(1, 1), 1 + 6 + 0.5 * (8 + 12 + 2));
});

test("the axes may be any two parameters; the grid samples q over a window, endpoints included", () => {
  const three = { value: 0, gradient: [0, 5, 0], hessian: [[0, 0, 0], [0, 2, 0], [0, 0, 4]] };
  assert.equal(quadraticModel(three, 2, 1)(1, 1), 5 + 0.5 * (4 + 2));
  const grid = modelGrid(A, [1, 2], 0, 1, { x0: 0, x1: 2, y0: 1, y1: 3 }, 3);
  const q = quadraticModel(A, 0, 1);
  assert.equal(grid.length, 9);
  assert.equal(grid[4], q(0, 0), "the centre is θ′");
  assert.equal(grid[0], q(-1, -1), "values[0] is the bottom-left corner");
  assert.equal(grid[2 + 2 * 3], q(1, 1));
});
