// An escape question is answered with a direction: the student aims a dashed arrow from θ′
// with the pointer (it follows it) or the arrow keys (← and → turn it), and chooses it with a
// click, Enter or Space. This is only the aiming; quiz-mode.js grades the direction chosen.

/** A click closer than this to θ′ (CSS px) names no direction. */
const MIN_CLICK = 10;
/** One press of ← or → turns the arrow by this much. */
const AIM_STEP = Math.PI / 12;
/** The keys that turn the arrow, and which way. */
const TURNS = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -1, ArrowDown: 1 };

export class EscapeAim {
  /**
   * @param {HTMLCanvasElement} canvas  the 2-D view's canvas
   * @param {{ aiming, theta, view, moved, chosen }} parts  aiming() whether a question waits for
   *   its direction; theta() θ′'s pixel [x, y]; view() the 2-D view's mapping; moved() the arrow
   *   turned (draw again); chosen(angle) the student chose the pixel angle (radians, y down)
   */
  constructor(canvas, parts) {
    Object.assign(this, parts);
    /** The pixel angle of the arrow shown before the choice, or null (none). */
    this.angle = null;
    canvas.addEventListener("pointermove", (event) => this.follow(event));
    canvas.addEventListener("pointerleave", () => this.leave());
    canvas.addEventListener("keydown", (event) => this.key(event));
  }

  /** The pixel angle of (px, py) seen from θ′, or null outside the plot or too close to name a direction. */
  angleAt(px, py) {
    const view = this.view();
    if (!view || !view.contains(px, py)) return null;
    const [x, y] = this.theta();
    return Math.hypot(px - x, py - y) < MIN_CLICK ? null : Math.atan2(py - y, px - x);
  }

  /** A press: the click names the direction (the page's pointer handling hands it over in quiz mode). */
  press(event) {
    if (event.button !== 0 || !this.aiming()) return;
    const angle = this.angleAt(event.offsetX, event.offsetY);
    if (angle === null) return;
    event.preventDefault();
    this.choose(angle);
  }

  follow(event) {
    if (!this.aiming()) return;
    this.angle = this.angleAt(event.offsetX, event.offsetY);
    this.moved();
  }

  leave() {
    if (this.angle === null) return;
    this.angle = null;
    this.moved();
  }

  key(event) {
    if (!this.aiming()) return;
    const turn = TURNS[event.key];
    if (turn) {
      event.preventDefault();
      this.angle = (this.angle ?? 0) + turn * AIM_STEP;
      this.moved();
    } else if ((event.key === "Enter" || event.key === " ") && this.angle !== null) {
      event.preventDefault();
      this.choose(this.angle);
    }
  }

  choose(angle) {
    this.angle = null;
    this.chosen(angle);
  }

  /** Forgets the arrow (a new question). */
  reset() {
    this.angle = null;
  }
}
