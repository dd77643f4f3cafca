// The presets (www/app/presets.js): each a URL state; the menu shows which one the page shows.
import test from "node:test";
import assert from "node:assert/strict";
import { PRESETS, presetHash, matchPreset } from "../../www/app/presets.js";
import { parseHash, DEFAULT_FORMULA, DEFAULT_DATA } from "../../www/app/url-state.js";

test("a preset's hash loads its formula, data, θ′, window and axes, keeping the language and the view", () => {
  const himmelblau = PRESETS.find((p) => p.id === "himmelblau");
  const { state, notices } = parseHash(presetHash(himmelblau, "#lang=zh&view=3d&f=x&p=9"));
  assert.deepEqual(notices, []);
  assert.deepEqual([state.formula, state.data, state.point, state.window, state.axes], [himmelblau.formula, [], [3, 2], { x0: -5, x1: 5, y0: -5, y1: 5 }, null]);
  assert.deepEqual([state.lang, state.view], ["zh", "3d"]);
  const regression = PRESETS.find((p) => p.id === "regression");
  assert.deepEqual(parseHash(presetHash(regression, "")).state.axes, ["w", "b"]);
  // The lecture's example is the page's default: its hash is empty.
  assert.equal(presetHash(PRESETS[0], ""), "");
});

test("the preset shown is found by formula and data; anything else is the user's own", () => {
  assert.equal(matchPreset(DEFAULT_FORMULA, DEFAULT_DATA).id, "lecture");
  assert.equal(matchPreset("x^2 - y^2", []).id, "saddle");
  assert.equal(matchPreset("x^2 - y^2", [{ name: "x", values: [1] }]), null);
  assert.equal(matchPreset("x^2 + y^2", []), null);
  assert.equal(new Set(PRESETS.map((p) => p.id)).size, PRESETS.length, "ids are unique");
});
