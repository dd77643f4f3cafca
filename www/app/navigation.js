// Moving the window: wheel zoom about the cursor, pinch zoom with two fingers, panning by
// dragging empty space, and "fit" (the critical points and θ′ in view).
//
// The page's pointer handler decides what a press means (θ′, the probe's handle, or empty
// space) and hands empty-space drags and second fingers to a Navigation. The window math is
// pure and exported for tests.

import { zoomWindow, centerWindow, isValidWindow } from "../surface/view.js";
import { DEFAULT_WINDOW } from "./url-state.js";

/** Wheel zoom per pixel of scroll (deltaMode 0); a line (deltaMode 1) counts as 16 px. */
const WHEEL_RATE = 0.0018;
/** Fit: margin around the fitted points, as a share of their extent. */
const FIT_MARGIN = 0.35;
/** Fit: the smallest window extent, parameter units (one point alone: a window this wide). */
const FIT_MIN_SPAN = 1;

/** The window moved by (dx, dy) pixels of a drag under `view` (the content follows the pointer). */
export function panWindow(win, view, dx, dy) {
  const cx = (win.x0 + win.x1) / 2 - dx / view.sx;
  const cy = (win.y0 + win.y1) / 2 + dy / view.sy;
  return centerWindow(win, cx, cy);
}

/**
 * The window after a pinch: `start` was the window when two fingers went down `d0` px apart
 * around pixel (mx0, my0) under `view`; now they are `d1` px apart around (mx1, my1). The
 * point under the fingers' midpoint stays under it, and the window scales by d0/d1.
 */
export function pinchWindow(start, view, d0, mx0, my0, d1, mx1, my1) {
  if (!(d0 > 0 && d1 > 0)) return start;
  const factor = d0 / d1;
  const zoomed = zoomWindow(start, factor, view.x(mx0), view.y(my0));
  // After zooming about the old midpoint, move it to the new midpoint (pixels at the new scale).
  const sx = view.sx / factor;
  const sy = view.sy / factor;
  return panWindow(zoomed, { sx, sy }, mx1 - mx0, my1 - my0);
}

/**
 * A square window around `points` ([[x, y], …], θ′ among them), with a margin; at least
 * FIT_MIN_SPAN wide. Returns null when there is nothing finite to fit.
 */
export function fitWindow(points) {
  const finite = points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (finite.length === 0) return null;
  const xs = finite.map((p) => p[0]);
  const ys = finite.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const span = Math.max(FIT_MIN_SPAN, (1 + 2 * FIT_MARGIN) * Math.max(x1 - x0, y1 - y0));
  // The centre to a hundredth of the span: a critical point found at 1 × 10⁻⁶ instead of 0
  // must not give a window of −0.500001 … 0.499999.
  const step = 10 ** Math.floor(Math.log10(span / 100));
  const cx = Math.round((x0 + x1) / 2 / step) * step + 0;
  const cy = Math.round((y0 + y1) / 2 / step) * step + 0;
  const base = { x0: cx - span / 2, x1: cx + span / 2, y0: cy - span / 2, y1: cy + span / 2 };
  if (!isValidWindow(base)) return null;
  return centerWindow(base, cx, cy); // rounds the bounds like every other window change
}

/** A wheel event's zoom factor (> 1 zooms out). */
export function wheelFactor(event) {
  const pixels = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaMode === 2 ? event.deltaY * 400 : event.deltaY;
  return Math.exp(Math.max(-200, Math.min(200, pixels)) * WHEEL_RATE);
}

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

/** How much wider than the region it starts from "fit" looks for critical points. */
const FIT_SEARCH = 3;

/**
 * The window "fit" shows: θ′ and the critical points found around both the current window
 * and the page's default one (so that fit from a view zoomed in on one minimum still finds
 * the others): the box around both, and θ′, FIT_SEARCH times as wide about its centre. A valley
 * counts by its representative point (it may run on forever). `criticalPoints(win)` asks the
 * core; `ix`, `iy` are the axes' indices.
 */
export function fitCriticalWindow(criticalPoints, theta, ix, iy, win, home = DEFAULT_WINDOW) {
  const x0 = Math.min(win.x0, home.x0, theta[ix]);
  const x1 = Math.max(win.x1, home.x1, theta[ix]);
  const y0 = Math.min(win.y0, home.y0, theta[iy]);
  const y1 = Math.max(win.y1, home.y1, theta[iy]);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (FIT_SEARCH * (x1 - x0)) / 2;
  const hy = (FIT_SEARCH * (y1 - y0)) / 2;
  let found = [];
  try {
    found = criticalPoints({ x0: cx - hx, x1: cx + hx, y0: cy - hy, y1: cy + hy });
  } catch (error) {
    console.warn("criticalPoints:", error);
  }
  const points = [[theta[ix], theta[iy]], ...found.map((cp) => [cp.point[ix], cp.point[iy]])];
  return fitWindow(points);
}
