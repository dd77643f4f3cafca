// The keys a presenter sends (www/tour/presenter-keys.js): each steps the tour, except where
// the focus already gives the key a meaning (a text field, the plot's arrows, a button's Space).
//
// Run: node --test tests/js/presenter-keys.test.mjs
import test from "node:test";
import assert from "node:assert/strict";
import { presenterAction } from "../../www/tour/presenter-keys.js";

test("a clicker's keys step the tour wherever the focus is but in a text field", () => {
  for (const focus of ["page", "button", "plot"]) {
    assert.equal(presenterAction("PageDown", focus), "next", focus);
    assert.equal(presenterAction("PageUp", focus), "back", focus);
  }
  assert.equal(presenterAction("PageDown", "text"), null);
});

test("→ and ← step the tour, except on the plot, where they move θ′; Home and End too", () => {
  assert.deepEqual(["ArrowRight", "ArrowLeft", "Home", "End"].map((key) => presenterAction(key, "page")), ["next", "back", "first", "last"]);
  assert.deepEqual(["ArrowRight", "ArrowLeft", "Home", "End"].map((key) => presenterAction(key, "plot")), [null, null, null, null]);
  assert.equal(presenterAction("ArrowRight", "button"), "next");
  assert.equal(presenterAction("ArrowLeft", "text"), null);
});

test("Space is next, but presses a focused button and types in a field; other keys do nothing", () => {
  assert.equal(presenterAction(" ", "page"), "next");
  assert.equal(presenterAction(" ", "plot"), "next");
  assert.equal(presenterAction(" ", "button"), null);
  assert.equal(presenterAction(" ", "text"), null);
  for (const key of ["Enter", "ArrowUp", "ArrowDown", "b", "Escape", "Tab"]) assert.equal(presenterAction(key, "page"), null, key);
});
