// The direction probe on the surface: a thin line through θ′ along ±v, a round handle the
// student drags to turn v, and vᵀHv read at the handle in the colour of its sign. The probe's
// math is in analysis/probe.js; its typed angle and read-out in panel/probe-box.js.

import { OUTLINE, MARK, SIGN_COLORS, canvasFont, lineScale, fontScale } from "../canvas/theme.js";
import { formatNumber } from "../i18n/format.js";
import { drawLabel } from "./label.js";

/**
 * Distance of the handle from θ′, CSS px: 27% of the plot's smaller side, within these bounds.
 * Never less than past the head and label of the u arrow (72 px and ~90 px), which point the
 * same way at the lecture's saddle and must stay visible; on a phone's small plot the lower
 * bound keeps the handle inside the plot.
 */
const PROBE_RADIUS = Object.freeze({ min: 100, max: 120, share: 0.27 });
/** A press this close to the handle turns it, CSS px. */
const PROBE_GRAB = 16;
/** The same for a finger, which covers more than it hits (about a 10 mm target). */
const PROBE_GRAB_TOUCH = 28;
/** The handle's radius, CSS px (times √ of projector mode's line scale). */
const HANDLE_RADIUS = 8;
/** The sign of vᵀHv → the colour of eigenvalues of that sign. */
const READING_COLORS = { up: SIGN_COLORS.positive, down: SIGN_COLORS.negative, flat: SIGN_COLORS.zero };

/** The handle's pixel position for θ′ at pixel (mx, my) and the probe's angle in parameter space. */
export function handlePixel(mx, my, angle, view) {
  const dx = Math.cos(angle) * view.sx;
  const dy = -Math.sin(angle) * view.sy;
  const n = Math.hypot(dx, dy) || 1;
  const side = Math.min(view.rect.width, view.rect.height);
  const r = Math.min(PROBE_RADIUS.max, Math.max(PROBE_RADIUS.min, PROBE_RADIUS.share * side));
  return [mx + (dx / n) * r, my + (dy / n) * r];
}

/** The angle (parameter space, radians in [0, 2π)) of pixel (px, py) seen from θ′ at (mx, my). */
export function angleAt(mx, my, px, py, view) {
  const a = Math.atan2((my - py) / view.sy, (px - mx) / view.sx);
  return a < 0 ? a + 2 * Math.PI : a;
}

/** The probe's mark with θ′ at (x, y), the handle at `handle` and `state` from analysis/probe.js. */
export function probeMark(x, y, handle, state) {
  const reading = { text: `vᵀHv = ${formatNumber(state.vhv, 3)}`, sign: state.sign };
  return { x, y, hx: handle[0], hy: handle[1], radius: HANDLE_RADIUS * Math.sqrt(lineScale()), reading };
}

/** Whether pixel (x, y) is on the handle of `probe` (a probeMark, or null); a finger gets more room. */
export function hitsProbe(probe, x, y, pointerType = "mouse") {
  const reach = pointerType === "touch" ? PROBE_GRAB_TOUCH : PROBE_GRAB;
  return probe !== null && Math.hypot(probe.hx - x, probe.hy - y) <= reach;
}

/**
 * Draws a probeMark: the line through θ′ along ±(hx − x, hy − y), the handle labelled v, and
 * the reading beside it, kept inside `bounds`.
 */
export function drawProbe(ctx, { x, y, hx, hy, radius, reading }, bounds) {
  const k = lineScale();
  ctx.save();
  ctx.lineCap = "round";
  const dx = hx - x;
  const dy = hy - y;
  const line = () => {
    ctx.beginPath();
    ctx.moveTo(x - dx * 1.6, y - dy * 1.6);
    ctx.lineTo(x + dx * 1.6, y + dy * 1.6);
  };
  line();
  ctx.strokeStyle = OUTLINE;
  ctx.lineWidth = 4 * k;
  ctx.stroke();
  line();
  ctx.strokeStyle = MARK.probe;
  ctx.lineWidth = 1.8 * k;
  ctx.setLineDash([2 * k, 4 * k]);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.arc(hx, hy, radius, 0, 2 * Math.PI);
  ctx.fillStyle = MARK.probe;
  ctx.fill();
  ctx.lineWidth = 2.5 * k;
  ctx.strokeStyle = OUTLINE;
  ctx.stroke();
  ctx.restore();
  const n = Math.hypot(dx, dy) || 1;
  drawLabel(ctx, "v", hx + (dx / n) * (radius + 12), hy + (dy / n) * (radius + 12), MARK.probe);
  // Beside the handle, below the line, just far enough that the text's box clears it.
  const size = 15;
  ctx.save();
  ctx.font = canvasFont(size, { bold: true });
  const halfWidth = ctx.measureText(reading.text).width / 2 + 3;
  ctx.restore();
  const halfHeight = (size * fontScale()) / 2 + 3;
  let [px, py] = [-dy / n, dx / n];
  if (py < 0) [px, py] = [-px, -py];
  const d = halfWidth * Math.abs(px) + halfHeight * Math.abs(py) + radius + 2;
  drawLabel(ctx, reading.text, hx + px * d, hy + py * d, READING_COLORS[reading.sign], { size, italic: false, bounds });
}
