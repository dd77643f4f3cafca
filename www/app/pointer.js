// The pointer on the explorer's 2-D view. A press on θ′ drags θ′; on the probe's handle turns
// the probe; on empty space a click moves θ′ there (snapping onto a critical point) and a drag
// pans the window. A second finger turns the gesture into a pinch zoom (navigation.js). In quiz
// mode the quiz gets the presses.
//
// A drag of θ′ only records where the pointer is; the next frame moves θ′ there (flush), so a
// burst of pointer events costs one analysis per frame, not one per event.

import { roundTo, decimalsFor } from "../i18n/format.js";
import { tidyCritical } from "../analysis/tidy-point.js";
import { angleAt, hitsProbe } from "../marks/probe.js";
import { thetaPixel } from "../views/explorer-scene.js";

/** A press this close to θ′ drags it from where it is (no jump), CSS px. */
const GRAB_RADIUS = 18;
/** A click this close to a critical point (or a valley) puts θ′ exactly on it, CSS px. */
const SNAP_RADIUS = 12;
/** A press that moves less than this is a click, not a drag (a few pixels of jitter), CSS px. */
const CLICK_SLOP = 3;

/**
 * θ′ of the snapshot `s` with its axis components set to the parameter point (x, y), rounded
 * to about a pixel of `view` (the URL and the inputs stay short).
 */
function thetaAt(s, view, x, y) {
  const theta = [...s.theta];
  theta[s.ix] = roundTo(x, decimalsFor(1 / view.sx));
  if (s.iy >= 0 && s.field.type === "grid") theta[s.iy] = roundTo(y, decimalsFor(1 / view.sy));
  return theta;
}

/** The critical point (or valley point) nearest to pixel (px, py) within SNAP_RADIUS, as a full θ; null if none. */
function snapTarget(s, view, px, py) {
  if (s.field?.type !== "grid" || !s.overlays.includes("crit")) return null;
  let best = null;
  let bestDistance = SNAP_RADIUS;
  const consider = (point) => {
    const d = Math.hypot(view.px(point[s.ix]) - px, view.py(point[s.iy]) - py);
    if (d <= bestDistance) {
      best = point;
      bestDistance = d;
    }
  };
  for (const cp of s.critical) {
    consider(cp.point);
    if (cp.curve) cp.curve.forEach(consider);
  }
  return best;
}

export class PointerInput {
  /**
   * @param {HTMLCanvasElement} canvas  the 2-D view's canvas
   * @param {{ store, plane, navigation, quiz, requestFrame }} parts  the store (store.js), the 2-D
   *   view (views/plane-view.js), the window's gestures (navigation.js), quiz mode, and a way
   *   to ask for a frame
   */
  constructor(canvas, { store, plane, navigation, quiz, requestFrame }) {
    Object.assign(this, { canvas, store, plane, navigation, quiz, requestFrame });
    this.drag = null; // { offsetX, offsetY, moved, onMarker, probe, startX, startY } while a pointer is down
    this.pending = null; // [x, y]: where a dragged θ′ goes in the next frame
    canvas.addEventListener("pointerdown", (event) => this.down(event));
    canvas.addEventListener("pointermove", (event) => this.move(event));
    canvas.addEventListener("pointerup", (event) => this.up(event));
    canvas.addEventListener("pointercancel", (event) => this.up(event));
  }

  down(event) {
    if (this.store.state.mode === "quiz") return this.quiz.pointerdown(event);
    const s = this.store.snapshot();
    if ((event.pointerType === "mouse" && event.button !== 0) || !s.field) return;
    if (this.navigation.down(event)) {
      this.drag = null;
      this.pending = null;
      return;
    }
    const view = this.plane.view;
    const px = event.offsetX;
    const py = event.offsetY;
    if (!view.contains(px, py)) {
      this.navigation.up(event);
      return;
    }
    event.preventDefault();
    this.canvas.focus({ preventScroll: true, focusVisible: false }); // keys work next; a pointer needs no ring
    this.canvas.setPointerCapture(event.pointerId);
    const [mx, my] = thetaPixel(s, view);
    const onMarker = Math.hypot(mx - px, my - py) <= GRAB_RADIUS;
    const probe = !onMarker && hitsProbe(this.plane.scene?.probe ?? null, px, py, event.pointerType);
    this.drag = { offsetX: onMarker ? mx - px : 0, offsetY: onMarker ? my - py : 0, moved: false, onMarker, probe, startX: px, startY: py };
  }

  move(event) {
    if (this.navigation.move(event) || !this.drag) return;
    const drag = this.drag;
    if (!drag.moved && Math.hypot(event.offsetX - drag.startX, event.offsetY - drag.startY) < CLICK_SLOP) return;
    drag.moved = true;
    const s = this.store.snapshot();
    if (drag.probe) {
      const [mx, my] = thetaPixel(s, this.plane.view);
      this.store.setProbeAngle(angleAt(mx, my, event.offsetX, event.offsetY, this.plane.view));
    } else if (drag.onMarker || s.field.type !== "grid") {
      this.pending = [event.offsetX + drag.offsetX, event.offsetY + drag.offsetY];
      this.requestFrame();
    } else {
      this.navigation.startPan(event, drag.startX, drag.startY);
      this.navigation.move(event);
    }
  }

  up(event) {
    this.navigation.up(event);
    if (!this.drag) return;
    const drag = this.drag;
    this.drag = null;
    if (this.canvas.hasPointerCapture(event.pointerId)) this.canvas.releasePointerCapture(event.pointerId);
    if (drag.moved || drag.probe || event.type === "pointercancel") return;
    // A click: on θ′ next to a critical point it snaps there; elsewhere θ′ moves to the click
    // (onto the critical point or valley under it, if any).
    const s = this.store.snapshot();
    const view = this.plane.view;
    const target = snapTarget(s, view, drag.startX, drag.startY);
    if (target) this.store.setTheta(tidyCritical(s.loss, target));
    else if (!drag.onMarker) this.store.setTheta(thetaAt(s, view, view.x(drag.startX), view.y(drag.startY)));
  }

  /** Moves θ′ to where the pointer dragged it since the last frame; called first in each frame. */
  flush() {
    if (!this.pending) return;
    const [px, py] = this.pending;
    this.pending = null;
    const view = this.plane.view;
    if (!view) return;
    const { win } = this.store.state;
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    this.store.setTheta(thetaAt(this.store.snapshot(), view, clamp(view.x(px), win.x0, win.x1), clamp(view.y(py), win.y0, win.y1)));
  }
}
