// A tour's plot is wider than tall (the projector layout gives it 60 % of the screen's width
// but not of its height), while a step's window is usually square. Stretching the window to the
// plot would make one unit longer along w₁ than along w₂, and tilt every direction the lecture
// talks about (u at 45° would not look like 45°). So the step's window is the region that must
// show, and the window drawn is widened along one axis to the plot's shape. Pure.

/**
 * `win` ({ x0, x1, y0, y1 }) widened about its centre along x or y so that a plot of `aspect`
 * (width / height, in pixels) shows one unit as long along both axes; `win` itself when the
 * aspect is unknown or already right.
 */
export function containWindow(win, aspect) {
  if (!(aspect > 0) || !Number.isFinite(aspect)) return win;
  const width = win.x1 - win.x0;
  const height = win.y1 - win.y0;
  const wanted = height * aspect; // the width at one unit per unit
  if (Math.abs(wanted - width) <= 1e-9 * width) return win;
  if (wanted > width) {
    const cx = (win.x0 + win.x1) / 2;
    return { ...win, x0: tidy(cx - wanted / 2), x1: tidy(cx + wanted / 2) };
  }
  const cy = (win.y0 + win.y1) / 2;
  const tall = width / aspect;
  return { ...win, y0: tidy(cy - tall / 2), y1: tidy(cy + tall / 2) };
}

// Six significant digits: the window is written in a link ("Copy link" in a tour step) and
// must read back as drawn, but 2.1428571428571423 says nothing 2.14286 does not.
function tidy(x) {
  return Number(x.toPrecision(6)) + 0;
}
