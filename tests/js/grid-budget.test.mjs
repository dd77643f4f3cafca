// How finely an expensive surface is sampled (www/surface/grid-budget.js).
import test from "node:test";
import assert from "node:assert/strict";
import { gridSide } from "../../www/surface/grid-budget.js";

test("cheap losses get the full grid; a large network a coarser one, never below the floor", () => {
  assert.equal(gridSide(0, 256), 256, "a formula");
  assert.equal(gridSide(1000, 256), 256, "the default study's network: full size");
  const big = gridSide(67000, 256); // 2–16–16–1 on 100 rows
  assert.ok(big >= 48 && big < 100, `${big}`);
  assert.ok(gridSide(67000, 161) <= 161);
  assert.equal(gridSide(1e9, 256), 48);
  assert.equal(gridSide(1e9, 20), 20, "never more than asked");
  assert.ok(gridSide(10000, 256) > gridSide(40000, 256), "more steps, fewer points");
});
