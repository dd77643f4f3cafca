// The mapping between the window of parameter space and pixels of the plot. Pure.
//
// Parameter space has y up; the canvas has y down. Everything that converts between the two
// goes through a View so the flip lives in one place.

/** Smallest window extent accepted (parameter units): below it the picture is all noise. */
export const MIN_SPAN = 1e-9;
/** Largest window extent accepted (parameter units). */
export const MAX_SPAN = 1e9;

/**
 * A View for `win` = { x0, x1, y0, y1 } (parameter units, x0 < x1, y0 < y1) drawn into
 * `rect` = { left, top, width, height } (CSS pixels of the canvas).
 */
export function createView(win, rect) {
  const sx = rect.width / (win.x1 - win.x0); // px per parameter unit along x
  const sy = rect.height / (win.y1 - win.y0); // px per parameter unit along y
  return {
    win,
    rect,
    sx,
    sy,
    /** Pixel x of parameter x. */
    px: (x) => rect.left + (x - win.x0) * sx,
    /** Pixel y of parameter y (flipped: larger y is higher up). */
    py: (y) => rect.top + (win.y1 - y) * sy,
    /** Parameter x of pixel x. */
    x: (px) => win.x0 + (px - rect.left) / sx,
    /** Parameter y of pixel y. */
    y: (py) => win.y1 - (py - rect.top) / sy,
    /** Whether a pixel lies inside the plot rectangle (edges included). */
    contains: (px, py) =>
      px >= rect.left && px <= rect.left + rect.width && py >= rect.top && py <= rect.top + rect.height,
  };
}

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
