// Moving the window of parameter space: zoom about a point, centre, pan by a drag, pinch, and
// "fit" (the critical points and θ′ in view). Pure but for asking the core for critical points.
// Every result is a usable window (finite, within the spans) with tidy bounds, or the input.

import { reportCoreFailure } from "../core/failures.js";

/** Smallest window extent accepted (parameter units): below it the picture is all noise. */
export const MIN_SPAN = 1e-9;
/** Largest window extent accepted (parameter units). */
export const MAX_SPAN = 1e9;
/** Wheel zoom per pixel of scroll (deltaMode 0); a line (deltaMode 1) counts as 16 px, a page as 400. */
const WHEEL_RATE = 0.0018;
/** Fit: margin around the fitted points, as a share of their extent. */
const FIT_MARGIN = 0.35;
/** Fit: the smallest window extent, parameter units (one point alone: a window this wide). */
const FIT_MIN_SPAN = 1;
/** How much wider than the region it starts from "fit" looks for critical points. */
const FIT_SEARCH = 3;

/** Whether `win` is a usable window: finite, increasing, extents within [MIN_SPAN, MAX_SPAN]. */
export function isValidWindow(win) {
  const ok = (a, b) => Number.isFinite(a) && Number.isFinite(b) && b - a >= MIN_SPAN && b - a <= MAX_SPAN;
  return Boolean(win) && ok(win.x0, win.x1) && ok(win.y0, win.y1);
}

/**
 * The window scaled by `factor` (< 1 zooms in) about the point (cx, cy), which stays put.
 * Returns the input unchanged if the result would be unusable.
 */
export function zoomWindow(win, factor, cx = (win.x0 + win.x1) / 2, cy = (win.y0 + win.y1) / 2) {
  const next = {
    x0: cx + (win.x0 - cx) * factor,
    x1: cx + (win.x1 - cx) * factor,
    y0: cy + (win.y0 - cy) * factor,
    y1: cy + (win.y1 - cy) * factor,
  };
  return isValidWindow(next) ? tidyWindow(next) : win;
}

/** The window moved so its centre is (cx, cy), same size. */
export function centerWindow(win, cx, cy) {
  const hx = (win.x1 - win.x0) / 2;
  const hy = (win.y1 - win.y0) / 2;
  const next = { x0: cx - hx, x1: cx + hx, y0: cy - hy, y1: cy + hy };
  return isValidWindow(next) ? tidyWindow(next) : win;
}

// Rounds the bounds to 6 significant digits of the extent so that zooming in and out does
// not grow URL bounds like 1.9999999999999998.
function tidyWindow(win) {
  const span = Math.min(win.x1 - win.x0, win.y1 - win.y0);
  const decimals = Math.max(0, Math.min(15, 6 - Math.floor(Math.log10(span))));
  const r = (v) => Number(v.toFixed(decimals)) + 0;
  return { x0: r(win.x0), x1: r(win.x1), y0: r(win.y0), y1: r(win.y1) };
}

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

/**
 * The window "fit" shows: θ′ and the critical points found around both the current window
 * and the page's default one (so that fit from a view zoomed in on one minimum still finds
 * the others): the box around both, and θ′, FIT_SEARCH times as wide about its centre. A valley
 * counts by its representative point (it may run on forever). `criticalPoints(win)` asks the
 * core; `ix`, `iy` are the axes' indices; `home` is the page's default window.
 */
export function fitCriticalWindow(criticalPoints, theta, ix, iy, win, home) {
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
    reportCoreFailure("criticalPoints", error);
  }
  const points = [[theta[ix], theta[iy]], ...found.map((cp) => [cp.point[ix], cp.point[iy]])];
  return fitWindow(points);
}
