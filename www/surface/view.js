// The mapping between the window of parameter space and pixels of the plot. Pure.
//
// Parameter space has y up; the canvas has y down. Everything that converts between the two
// goes through a View so the flip lives in one place. Moving the window is window.js.

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
