// A network's data at a glance, in a small canvas: with one input, the points (x, y); with two,
// the points (x₁, x₂) coloured by their target (viridis: 0 purple … 1 yellow), so XOR's corners
// and the two half-moons are seen before training. With more inputs nothing is drawn.

import { fitCanvas } from "../canvas/fit.js";
import { INK, OUTLINE, PAPER } from "../canvas/theme.js";
import { cssColorAt } from "../surface/colormap.js";

/** Room around the points, CSS px. */
const PAD = 8;
/** A point's radius, CSS px. */
const DOT = 3.5;

/**
 * Draws `columns` ([{ name, values }]) as seen by a network reading `inputs` (names) to predict
 * `target`; returns whether there was a picture to draw (one or two inputs).
 */
export function drawDataPreview(canvas, columns, inputs, target) {
  const column = (name) => columns.find((c) => c.name === name)?.values;
  const ys = column(target);
  const xs = inputs.map(column);
  if (!ys || xs.length === 0 || xs.length > 2 || xs.some((x) => !x)) return false;
  const fitted = fitCanvas(canvas, 20);
  if (!fitted) return true;
  const { ctx, width, height } = fitted;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, width, height);
  ctx.strokeStyle = INK;
  ctx.strokeRect(0.5, 0.5, width - 1, height - 1);
  // One input: y against x. Two: x₂ against x₁, the colour saying y.
  const [horizontal, vertical] = xs.length === 1 ? [xs[0], ys] : xs;
  const span = (values) => {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return hi > lo ? [lo, hi] : [lo - 1, hi + 1];
  };
  const [x0, x1] = span(horizontal);
  const [y0, y1] = span(vertical);
  const [c0, c1] = span(ys);
  const px = (v) => PAD + ((v - x0) / (x1 - x0)) * (width - 2 * PAD);
  const py = (v) => height - PAD - ((v - y0) / (y1 - y0)) * (height - 2 * PAD);
  ctx.lineWidth = 1;
  ctx.strokeStyle = OUTLINE;
  for (let k = 0; k < ys.length; k++) {
    ctx.beginPath();
    ctx.arc(px(horizontal[k]), py(vertical[k]), DOT, 0, 2 * Math.PI);
    ctx.fillStyle = xs.length === 1 ? INK : cssColorAt((ys[k] - c0) / (c1 - c0));
    ctx.fill();
    ctx.stroke();
  }
  return true;
}
