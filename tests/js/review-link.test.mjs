// The explorer's view of an answered question (www/quiz/review-link.js): what "Review in the
// explorer" opens and what the CSV links to.
import test from "node:test";
import assert from "node:assert/strict";
import { reviewHash } from "../../www/quiz/review-link.js";
import { parseHash } from "../../www/app/url-state.js";

test("the question's formula, data, θ′, axes and window, in explore mode and the given language", () => {
  const item = { formula: "w1^2 + w2^2 - w3^2", data: [{ name: "x", values: [1, 2] }], point: [0, 0.5, 0], axes: ["w1", "w3"], window: { x0: -1, x1: 1, y0: -2, y1: 2 } };
  const state = parseHash(reviewHash(item, "zh")).state;
  assert.deepEqual([state.formula, state.data, state.point, state.axes, state.window, state.mode, state.lang], [item.formula, item.data, item.point, ["w1", "w3"], item.window, "explore", "zh"]);
  // The default axes are left out of the link.
  assert.doesNotMatch(reviewHash({ ...item, axes: ["w1", "w2"] }, "en"), /ax=/);
});
