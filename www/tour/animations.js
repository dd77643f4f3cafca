// What a step may animate, in the page's frames (advance is called at the start of each):
// "probe" turns the direction probe's v once around θ′, so the class sees vᵀHv (drawn by the
// probe at its handle, in the colour of its sign) change sign; "escape" asks the optimizer card
// for the lecture's comparison: gradient descent crawling off the saddle, then the walk along u,
// both drawn on the plot and charted together. With reduced motion the probe stays where the
// step put it (the student turns it) and the runs are shown whole (the card's own rule).

import { prefersReducedMotion } from "../a11y/reduced-motion.js";

/** One turn of the probe, ms: slow enough to read the sign at each heading. */
const SWEEP_MS = 9000;
const TURN = 2 * Math.PI;

export class StepAnimation {
  /**
   * `store` (app/store.js) receives the probe's angle; `optimizer` is the explorer's
   * OptimizerCard; `requestFrame()` asks for the next frame.
   */
  constructor({ store, optimizer, requestFrame }) {
    Object.assign(this, { store, optimizer, requestFrame });
    this.sweep = null; // { from (radians), start (ms), angle: the angle set last }
  }

  /** Starts the step's animation (`kind` from the tour's step, or null). */
  start(kind) {
    this.stop();
    if (kind === "escape") this.optimizer.compareCrawlAndEscape();
    if (kind === "probe" && !prefersReducedMotion()) {
      this.sweep = { from: this.store.state.probeAngle, start: null, angle: this.store.state.probeAngle };
      this.requestFrame();
    }
  }

  /** Whether the probe is turning. */
  get sweeping() {
    return this.sweep !== null;
  }

  stop() {
    this.sweep = null;
  }

  /** The probe's angle for the time `now` (ms); one turn, then it rests where it started. */
  advance(now = performance.now()) {
    const sweep = this.sweep;
    if (!sweep) return;
    sweep.start ??= now;
    const done = Math.min(1, (now - sweep.start) / SWEEP_MS);
    sweep.angle = (sweep.from + done * TURN) % TURN;
    if (done >= 1) this.sweep = null;
    this.store.setProbeAngle(sweep.angle);
  }

  /** Told of every state: the probe taken by the student (another angle than the sweep's) stops the sweep. */
  noticed(state) {
    if (this.sweep && state.probeAngle !== this.sweep.angle) this.sweep = null;
  }
}
