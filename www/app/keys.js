// The keyboard on the explorer's 2-D view: the arrow keys nudge θ′ (Shift: ten times as far),
// + and − zoom. In quiz mode the quiz listens instead.

import { roundTo, decimalsFor } from "../i18n/format.js";
import { zoom, ZOOM_FACTOR } from "./window-tools.js";

/** An arrow key moves θ′ by this share of the window's extent (Shift: ten times more). */
const NUDGE = 0.01;
/** The arrow keys as [x, y] steps (y up, as in parameter space). */
const MOVES = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

/** Listens to the keys on `canvas` and moves θ′ or the window through `store`. */
export function wireKeys(canvas, store) {
  canvas.addEventListener("keydown", (event) => {
    if (store.state.mode === "quiz") return;
    if (event.key === "+" || event.key === "=") {
      event.preventDefault();
      return zoom(store, 1 / ZOOM_FACTOR);
    }
    if (event.key === "-") {
      event.preventDefault();
      return zoom(store, ZOOM_FACTOR);
    }
    const move = MOVES[event.key];
    if (!move) return;
    const s = store.snapshot();
    if (!s.field) return;
    event.preventDefault();
    const factor = NUDGE * (event.shiftKey ? 10 : 1);
    const theta = [...s.theta];
    // Rounded to a tenth of the step, so repeated nudges give short numbers.
    const stepX = factor * (s.win.x1 - s.win.x0);
    theta[s.ix] = roundTo(theta[s.ix] + move[0] * stepX, decimalsFor(stepX) + 1);
    if (s.iy >= 0 && s.field.type === "grid") {
      const stepY = factor * (s.win.y1 - s.win.y0);
      theta[s.iy] = roundTo(theta[s.iy] + move[1] * stepY, decimalsFor(stepY) + 1);
    }
    store.setTheta(theta);
  });
}
