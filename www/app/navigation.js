// The gestures that move the window: wheel zoom about the cursor, pinch zoom with two fingers,
// and panning by dragging empty space.
//
// The page's pointer handler (pointer.js) decides what a press means (θ′, the probe's handle,
// or empty space) and hands empty-space drags and second fingers to a Navigation. The window
// math is surface/window.js.

import { zoomWindow, panWindow, pinchWindow, wheelFactor } from "../surface/window.js";

export class Navigation {
  /**
   * `getView()` the current View (or null), `getWindow()` / `setWindow(win)` the window.
   * Installs the wheel handler on `canvas`; pointer events come from the page's handler.
   */
  constructor(canvas, { getView, getWindow, setWindow }) {
    this.canvas = canvas;
    this.getView = getView;
    this.getWindow = getWindow;
    this.setWindow = setWindow;
    this.pointers = new Map(); // pointerId → [x, y] (canvas CSS px) of the pointers down
    this.pan = null; // { id, x, y, win, view } while panning
    this.pinch = null; // { d, mx, my, win, view } while pinching
    canvas.addEventListener(
      "wheel",
      (event) => {
        const view = this.getView();
        if (!view || !view.contains(event.offsetX, event.offsetY)) return;
        event.preventDefault(); // the wheel zooms the plot, not the page
        this.setWindow(zoomWindow(this.getWindow(), wheelFactor(event), view.x(event.offsetX), view.y(event.offsetY)));
      },
      { passive: false },
    );
  }

  /** Records a pointer going down; true if it starts a pinch (a second pointer). */
  down(event) {
    this.pointers.set(event.pointerId, [event.offsetX, event.offsetY]);
    if (this.pointers.size !== 2) return false;
    const [[ax, ay], [bx, by]] = [...this.pointers.values()];
    this.pan = null;
    this.pinch = { d: Math.hypot(ax - bx, ay - by), mx: (ax + bx) / 2, my: (ay + by) / 2, win: this.getWindow(), view: this.getView() };
    return true;
  }

  /** Whether two fingers are pinching. */
  get pinching() {
    return this.pinch !== null;
  }

  /** Starts panning with the pointer of `event` (which went down on empty space). */
  startPan(event, x, y) {
    this.pan = { id: event.pointerId, x, y, win: this.getWindow(), view: this.getView() };
  }

  /** A pointer moved; true if it panned or pinched. */
  move(event) {
    if (this.pointers.has(event.pointerId)) this.pointers.set(event.pointerId, [event.offsetX, event.offsetY]);
    if (this.pinch && this.pointers.size === 2) {
      const [[ax, ay], [bx, by]] = [...this.pointers.values()];
      const p = this.pinch;
      this.setWindow(pinchWindow(p.win, p.view, p.d, p.mx, p.my, Math.hypot(ax - bx, ay - by), (ax + bx) / 2, (ay + by) / 2));
      return true;
    }
    if (this.pan && this.pan.id === event.pointerId) {
      const p = this.pan;
      this.setWindow(panWindow(p.win, p.view, event.offsetX - p.x, event.offsetY - p.y));
      return true;
    }
    return false;
  }

  /** A pointer went up or was cancelled. */
  up(event) {
    this.pointers.delete(event.pointerId);
    if (this.pointers.size < 2) this.pinch = null;
    if (this.pan?.id === event.pointerId) this.pan = null;
  }
}

