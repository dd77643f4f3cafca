// A step's animations (www/tour/animations.js), driven by the frame's clock: the probe turns
// once and rests where it started; the student taking the probe stops it; "escape" is the
// optimizer card's comparison. (Reduced motion: tests/browser/tour.test.mjs.)
//
// Run: node --test tests/js/tour-animations.test.mjs
import test from "node:test";
import assert from "node:assert/strict";
import { StepAnimation } from "../../www/tour/animations.js";

/** A store that records the probe's angles, and an optimizer that records the comparison asked for. */
function parts(angle = Math.PI / 4) {
  const angles = [];
  const store = {
    state: { probeAngle: angle },
    setProbeAngle(a) {
      this.state = { probeAngle: a };
      angles.push(a);
    },
  };
  const optimizer = { compared: 0, compareCrawlAndEscape() { this.compared++; } };
  let frames = 0;
  return { store, optimizer, angles, requestFrame: () => frames++, frames: () => frames };
}

test("probe: one turn around θ′ in the frames' time, then it rests where it began", () => {
  const p = parts();
  const animation = new StepAnimation(p);
  animation.start("probe");
  assert.equal(p.frames(), 1, "the first frame is asked for");
  animation.advance(1000); // the clock starts at the first frame
  assert.equal(p.angles[0], Math.PI / 4);
  animation.advance(1000 + 4500);
  assert.ok(Math.abs(p.angles[1] - (Math.PI / 4 + Math.PI)) < 1e-12, "half-way: half a turn");
  assert.ok(animation.sweeping);
  animation.advance(1000 + 9000);
  assert.ok(Math.abs(p.angles[2] - Math.PI / 4) < 1e-12, "a whole turn: back to the start");
  assert.ok(!animation.sweeping);
  animation.advance(20000);
  assert.equal(p.angles.length, 3, "nothing after the turn");
});

test("probe: the student's own angle stops the turn; a new step stops it too", () => {
  const p = parts();
  const animation = new StepAnimation(p);
  animation.start("probe");
  animation.advance(0);
  animation.noticed(p.store.state);
  assert.ok(animation.sweeping, "its own angle does not stop it");
  animation.noticed({ probeAngle: 2 });
  assert.ok(!animation.sweeping, "another angle: the student took the probe");
  animation.start("probe");
  animation.stop();
  animation.advance(100);
  assert.equal(p.angles.length, 1);
});

test("escape: the optimizer card plays its comparison; no animation does nothing", () => {
  const p = parts();
  const animation = new StepAnimation(p);
  animation.start("escape");
  animation.start(null);
  assert.equal(p.optimizer.compared, 1);
  assert.ok(!animation.sweeping);
});
