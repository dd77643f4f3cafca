// The one message an embedded page sends to the page around it (www/embed/frame-height.js).
import test from "node:test";
import assert from "node:assert/strict";
import { HEIGHT_MESSAGE, heightMessage, heightFrom } from "../../www/embed/frame-height.js";

test("the height message round trips, rounded up to whole pixels", () => {
  assert.deepEqual(heightMessage(712.2), { type: HEIGHT_MESSAGE, height: 713 });
  assert.equal(heightFrom(heightMessage(712.2)), 713);
});

test("anything else that arrives by postMessage is refused, field by field", () => {
  for (const data of [null, "713", 713, {}, { type: "other", height: 713 }, { type: HEIGHT_MESSAGE, height: "713" }, { type: HEIGHT_MESSAGE, height: NaN }, { type: HEIGHT_MESSAGE, height: 0 }, { type: HEIGHT_MESSAGE, height: -5 }, { type: HEIGHT_MESSAGE, height: 1e6 }]) {
    assert.equal(heightFrom(data), null, JSON.stringify(data));
  }
});
