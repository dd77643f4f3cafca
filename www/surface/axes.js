// The surface's frame: the plot's border, ticks at nice numbers with their labels, the axis
// names (the parameters, as the lecture writes them: w₁, w₂), and the light grid behind a
// one-parameter curve.

import { INK, SURFACE, canvasFont } from "../canvas/theme.js";
import { prettyName } from "../i18n/format.js";
import { niceTicks, formatTick } from "./ticks.js";

/** Space around the plot for ticks and axis names, CSS px. */
export const MARGIN = Object.freeze({ left: 62, right: 14, top: 14, bottom: 52 });
/** Tick length, CSS px. */
const TICK = 6;
/** Target distance between ticks, CSS px. */
const TICK_SPACING = 80;

/** The frame, ticks and axis names of `field` (grid or curve) in `view`, on a canvas `height` px tall. */
export function paintAxes(ctx, view, field, height) {
  const { rect, win } = view;
  ctx.strokeStyle = INK;
  ctx.fillStyle = INK;
  ctx.lineWidth = 1;
  ctx.strokeRect(rect.left - 0.5, rect.top - 0.5, rect.width + 1, rect.height + 1);
  ctx.font = canvasFont(14);
  const xt = niceTicks(win.x0, win.x1, Math.max(2, rect.width / TICK_SPACING));
  const yt = niceTicks(win.y0, win.y1, Math.max(2, rect.height / TICK_SPACING));
  const bottom = rect.top + rect.height;
  ctx.beginPath();
  for (const x of xt.values) {
    const p = Math.round(view.px(x)) + 0.5;
    ctx.moveTo(p, bottom + 0.5);
    ctx.lineTo(p, bottom + TICK);
  }
  for (const y of yt.values) {
    const p = Math.round(view.py(y)) + 0.5;
    ctx.moveTo(rect.left - 0.5, p);
    ctx.lineTo(rect.left - TICK, p);
  }
  ctx.stroke();
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  for (const x of xt.values) ctx.fillText(formatTick(x, xt.step), view.px(x), bottom + TICK + 3);
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  for (const y of yt.values) ctx.fillText(formatTick(y, yt.step), rect.left - TICK - 4, view.py(y));
  ctx.font = canvasFont(18, { italic: true });
  ctx.fillStyle = INK;
  ctx.textAlign = "center";
  ctx.textBaseline = "alphabetic";
  ctx.fillText(prettyName(field.xName), rect.left + rect.width / 2, height - 8);
  ctx.save();
  ctx.translate(16, rect.top + rect.height / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textBaseline = "middle";
  ctx.fillText(field.type === "grid" ? prettyName(field.yName) : field.yName, 0, 0);
  ctx.restore();
}

/** The light grid lines at the ticks, behind a one-parameter curve. */
export function paintGridLines(ctx, view) {
  const { rect, win } = view;
  ctx.strokeStyle = SURFACE.gridLine;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const x of niceTicks(win.x0, win.x1, rect.width / TICK_SPACING).values) {
    const p = Math.round(view.px(x)) + 0.5;
    ctx.moveTo(p, rect.top);
    ctx.lineTo(p, rect.top + rect.height);
  }
  for (const y of niceTicks(win.y0, win.y1, rect.height / TICK_SPACING).values) {
    const p = Math.round(view.py(y)) + 0.5;
    ctx.moveTo(rect.left, p);
    ctx.lineTo(rect.left + rect.width, p);
  }
  ctx.stroke();
}
