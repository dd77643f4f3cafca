// Labels that never collide (www/canvas/label-placer.js): each at its first free candidate,
// inside the bounds, or not at all.
import test from "node:test";
import assert from "node:assert/strict";
import { LabelPlacer } from "../../www/canvas/label-placer.js";

/** A 2-D context stand-in: 7 px per character, 12 px lines; records what is drawn where. */
function stubContext() {
  const drawn = [];
  return {
    drawn,
    textAlign: "left",
    textBaseline: "top",
    measureText: (text) => ({ width: 7 * text.length, actualBoundingBoxAscent: 9, actualBoundingBoxDescent: 3 }),
    fillText(text, x, y) {
      drawn.push({ text, x, y, align: this.textAlign, baseline: this.textBaseline });
    },
  };
}

test("a label whose first place is taken goes to its next candidate; one with no free place is left out", () => {
  const ctx = stubContext();
  const placer = new LabelPlacer({ left: 0, top: 0, width: 200, height: 100 });
  assert.ok(placer.place(ctx, "−2", [{ x: 50, y: 50 }]));
  assert.ok(placer.place(ctx, "2", [{ x: 52, y: 50 }, { x: 52, y: 70 }]), "moved down a line");
  assert.deepEqual(ctx.drawn.map((d) => [d.text, d.y]), [["−2", 50], ["2", 70]]);
  assert.equal(placer.place(ctx, "w₁", [{ x: 50, y: 50 }, { x: 52, y: 70 }]), null);
  assert.equal(ctx.drawn.length, 2, "nothing drawn over another label");
});

test("labels stay inside the bounds and out of reserved regions", () => {
  const ctx = stubContext();
  const placer = new LabelPlacer({ left: 0, top: 0, width: 100, height: 100 });
  placer.reserve({ left: 0, top: 0, width: 100, height: 20 });
  assert.equal(placer.place(ctx, "hint", [{ x: 20, y: 10 }]), null, "in the reserved hint");
  assert.equal(placer.place(ctx, "far right", [{ x: 98, y: 50, align: "left" }]), null, "off the canvas");
  assert.ok(placer.place(ctx, "far right", [{ x: 98, y: 50, align: "left" }, { x: 92, y: 50, align: "right" }]));
  assert.deepEqual(ctx.drawn.map((d) => [d.text, d.align]), [["far right", "right"]]);
});
