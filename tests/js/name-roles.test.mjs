// The hints under the formula (www/panel/name-roles.js's nameHints): when a name's role is
// probably not what the student meant. Pure.
import test from "node:test";
import assert from "node:assert/strict";
import { nameHints } from "../../www/panel/name-roles.js";

const LECTURE_TABLE = [{ name: "x", values: [1] }, { name: "ŷ", values: [1] }];

test("y in the formula, ŷ in the table (and the reverse): rename the column", () => {
  assert.deepEqual(nameHints(["w1", "w2", "y"], ["x"], LECTURE_TABLE), [{ kind: "rename", from: "ŷ", to: "y" }]);
  const yTable = [{ name: "x", values: [1] }, { name: "y", values: [1] }];
  assert.deepEqual(nameHints(["w1", "w2", "ŷ"], ["x"], yTable), [{ kind: "rename", from: "y", to: "ŷ" }]);
  // A combining hat (y + U+0302) is the same letter as the precomposed ŷ.
  assert.deepEqual(nameHints(["w1", "w2", "y"], ["x"], [{ name: "x", values: [1] }, { name: "y\u0302", values: [1] }]), [{ kind: "rename", from: "y\u0302", to: "y" }]);
});

test("a formula that reads no data is not told to rename a column it never meant", () => {
  assert.deepEqual(nameHints(["x", "y"], [], [{ name: "ŷ", values: [1] }]), []);
  // Nor one whose rename would leave nothing to draw (x² − y² over the lecture's table: y alone).
  assert.deepEqual(nameHints(["y"], ["x"], LECTURE_TABLE), [{ kind: "collapse", name: "x" }]);
});

test("data that leaves one parameter: make it a parameter; the lecture's own loss: no hint", () => {
  assert.deepEqual(nameHints(["y"], ["x"], LECTURE_TABLE), [{ kind: "collapse", name: "x" }]);
  assert.deepEqual(nameHints(["w1", "w2"], ["x", "ŷ"], LECTURE_TABLE), []);
});
