// The Loss the explorer shows (www/app/loss.js): compiled in the page's language, its axes.
//
// Run: node --test tests/js/loss.test.mjs (needs www/pkg, no browser).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init from "../../www/pkg/hessian_explorer.js";
import { compileLoss, chooseAxes, isDataError } from "../../www/app/loss.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

test("the axes: the wanted two if they are two different parameters, else the first ones", () => {
  const params = ["a", "b", "c"];
  assert.deepEqual(chooseAxes(params, ["c", "a"]), ["c", "a"]);
  assert.deepEqual(chooseAxes(params, ["c", "c"]), ["a", "b"]);
  assert.deepEqual(chooseAxes(params, ["c", "z"]), ["a", "b"]);
  assert.deepEqual(chooseAxes(params, null), ["a", "b"]);
  assert.deepEqual(chooseAxes(["w"], ["a", "b"]), ["w"]);
});

test("compiled with its messages in the page's language; no parameters is refused; data errors are told apart", () => {
  const loss = compileLoss("(y - w x)^2", [{ name: "x", values: [1] }, { name: "y", values: [2] }], "en");
  assert.deepEqual(loss.params, ["w"]);
  loss.free();
  for (const [lang, pattern] of [["en", /no parameters/], ["zh", /没有可以训练的参数/]]) {
    assert.throws(() => compileLoss("2 + 3", [], lang), (e) => e.code === "no_params" && pattern.test(e.message));
  }
  let formulaError = null;
  try {
    compileLoss("sine(w)", [], "en");
  } catch (error) {
    formulaError = error;
  }
  assert.ok(formulaError && !isDataError(formulaError) && Number.isInteger(formulaError.start));
  assert.ok(isDataError({ code: "data_length" }));
});
