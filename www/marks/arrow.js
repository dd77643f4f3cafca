// An arrow out of θ′: the way out u, the way down −g, the gradient g, the quiz's v.

import { OUTLINE, lineScale, fontScale } from "../canvas/theme.js";
import { THETA_RADIUS } from "./theta.js";
import { drawLabel } from "./label.js";

/** Length of the u and −g arrows, CSS px. */
export const ARROW_LENGTH = 72;

/**
 * An arrow from (x, y) along the pixel direction (dx, dy) (any length), `length` px long,
 * starting just outside the θ′ marker, with `label` past its head.
 */
export function drawArrow(ctx, { x, y, dx, dy, color, label, length = ARROW_LENGTH, dashed = false }) {
  const norm = Math.hypot(dx, dy);
  if (!(norm > 0)) return;
  const ux = dx / norm;
  const uy = dy / norm;
  const start = THETA_RADIUS + 2;
  const x0 = x + ux * start;
  const y0 = y + uy * start;
  const x1 = x + ux * length;
  const y1 = y + uy * length;
  const k = lineScale();
  const head = 13 * Math.sqrt(k);
  const wing = 6.5 * Math.sqrt(k);
  const shaftEnd = [x1 - ux * head * 0.8, y1 - uy * head * 0.8];
  const headPath = () => {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x1 - ux * head - uy * wing, y1 - uy * head + ux * wing);
    ctx.lineTo(x1 - ux * head + uy * wing, y1 - uy * head - ux * wing);
    ctx.closePath();
  };
  ctx.save();
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  // Outline, then colour: legible on any background.
  ctx.strokeStyle = OUTLINE;
  ctx.lineWidth = 6 * k;
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(...shaftEnd);
  ctx.stroke();
  headPath();
  ctx.lineWidth = 3 * k;
  ctx.stroke();
  ctx.strokeStyle = color;
  ctx.lineWidth = 3 * k;
  if (dashed) ctx.setLineDash([7 * k, 5 * k]);
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(...shaftEnd);
  ctx.stroke();
  ctx.setLineDash([]);
  headPath();
  ctx.fillStyle = color;
  ctx.fill();
  if (label) {
    drawLabel(ctx, label, x1 + ux * 14 * fontScale(), y1 + uy * 14 * fontScale(), color);
  }
  ctx.restore();
}
