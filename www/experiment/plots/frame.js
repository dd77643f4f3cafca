// The frame every plot of the experiment draws in: axes with nice ticks and their names, and
// the mapping from data to CSS pixels. Pure but for drawing on the context it is given.

import { INK, PAPER, SURFACE, canvasFont } from "../../canvas/theme.js";
import { niceTicks, formatTick } from "../../surface/ticks.js";

/** Room around the plot for tick labels and axis names, CSS px. */
const MARGIN = { left: 58, right: 14, top: 12, bottom: 44 };
/** Tick marks' length and the gap to their labels, CSS px. */
const TICK = 4;
const FONT_SIZE = 12; // px

/**
 * Clears `ctx` (width × height CSS px) and draws the axes of `x` and `y`, each
 * { range: [lo, hi], label, ticks? (values; default nice ones) }. Returns
 * { px(value), py(value), plot: { left, top, width, height } }.
 */
export function drawFrame(ctx, width, height, x, y) {
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, width, height);
  const plot = { left: MARGIN.left, top: MARGIN.top, width: Math.max(10, width - MARGIN.left - MARGIN.right), height: Math.max(10, height - MARGIN.top - MARGIN.bottom) };
  const [x0, x1] = x.range;
  const [y0, y1] = y.range;
  const px = (v) => plot.left + ((v - x0) / (x1 - x0)) * plot.width;
  const py = (v) => plot.top + (1 - (v - y0) / (y1 - y0)) * plot.height;
  const xTicks = ticksOf(x);
  const yTicks = ticksOf(y);

  ctx.lineWidth = 1;
  ctx.strokeStyle = SURFACE.gridLine;
  ctx.beginPath();
  for (const v of yTicks.values) {
    ctx.moveTo(plot.left, Math.round(py(v)) + 0.5);
    ctx.lineTo(plot.left + plot.width, Math.round(py(v)) + 0.5);
  }
  ctx.stroke();

  ctx.strokeStyle = INK;
  ctx.beginPath();
  ctx.moveTo(plot.left - 0.5, plot.top);
  ctx.lineTo(plot.left - 0.5, plot.top + plot.height + 0.5);
  ctx.lineTo(plot.left + plot.width, plot.top + plot.height + 0.5);
  for (const v of xTicks.values) {
    ctx.moveTo(Math.round(px(v)) + 0.5, plot.top + plot.height);
    ctx.lineTo(Math.round(px(v)) + 0.5, plot.top + plot.height + TICK);
  }
  for (const v of yTicks.values) {
    ctx.moveTo(plot.left, Math.round(py(v)) + 0.5);
    ctx.lineTo(plot.left - TICK, Math.round(py(v)) + 0.5);
  }
  ctx.stroke();

  ctx.fillStyle = INK;
  ctx.font = canvasFont(FONT_SIZE);
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  for (const v of xTicks.values) ctx.fillText(xTicks.label(v), px(v), plot.top + plot.height + TICK + 2);
  ctx.fillText(x.label, plot.left + plot.width / 2, plot.top + plot.height + TICK + 18);
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  for (const v of yTicks.values) ctx.fillText(yTicks.label(v), plot.left - TICK - 3, py(v));
  ctx.save();
  ctx.translate(14, plot.top + plot.height / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = "center";
  ctx.fillText(y.label, 0, 0);
  ctx.restore();
  return { px, py, plot };
}

/** An axis' ticks: the given values (labelled as they are) or nice ones over its range. */
function ticksOf(axis) {
  if (axis.ticks) return { values: axis.ticks, label: axis.tickLabel ?? String };
  const { values, step } = niceTicks(axis.range[0], axis.range[1], 5);
  return { values, label: (v) => formatTick(v, step) };
}

/** [lo, hi] covering `values` with a little room, never empty; `floor` (e.g. 0) is kept in. */
export function paddedRange(values, { floor = null } = {}) {
  const finite = values.filter(Number.isFinite);
  let lo = Math.min(...finite, ...(floor === null ? [] : [floor]));
  let hi = Math.max(...finite, ...(floor === null ? [] : [floor]));
  if (!Number.isFinite(lo)) return [0, 1];
  if (!(hi > lo)) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.5 : 1;
    return [lo - (floor === lo ? 0 : pad), hi + pad];
  }
  const pad = 0.06 * (hi - lo);
  return [floor === lo ? lo : lo - pad, hi + pad];
}
